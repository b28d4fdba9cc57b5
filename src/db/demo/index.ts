import { Temporal } from "temporal-polyfill";

import { hashPassword } from "../../domains/auth/passwords.js";
import { hashSecret } from "../../server/tokens.js";
import type { Db } from "../database.js";
import { ensureConsumptionPartitions } from "../partitions.js";
import { LONDON, buildTimeGrid, londonMidnight, toJsDate } from "./calendar.js";
import { buildCatalogue } from "./catalogue.js";
import { insertCatalogue } from "./catalogue-insert.js";
import { insertHouseholds } from "./household-insert.js";
import { planHousehold } from "./households.js";
import type { PlanContext } from "./households.js";
import { Identifiers } from "./identifiers.js";
import { Random } from "./random.js";
import { insertReadingsAndLedgers } from "./readings.js";

export interface DemoOptions {
  accounts: number;
  seed: number;
  onProgress?: (done: number, total: number) => void;
  /**
   * The London date the data ends at (readings stop at its midnight),
   * e.g. "2026-12-04". Defaults to today in London.
   */
  anchorDay?: string;
}

export interface DemoLogin {
  email: string;
  password: string;
  apiKey: string;
  accountNumber: string;
}

/** Accounts generated per transaction; a multiple of 4 keeps each previous occupier in its batch. */
const BATCH_SIZE = 24;

/** Months of half-hourly readings before the anchor day. */
const READING_MONTHS = 13;

const DEMO_EMAIL = "demo@kraken.example";
const DEMO_PASSWORD = "demo-password";
const API_KEY_ALPHABET =
  "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789";

/** Fills an empty, migrated database; returns the login for the first account. */
export async function generateDemoData(
  db: Db,
  options: DemoOptions,
): Promise<DemoLogin> {
  if (!Number.isInteger(options.accounts) || options.accounts < 2) {
    throw new Error(
      `invalid demo account count ${options.accounts}: use a whole number of at least 2`,
    );
  }

  const anchor = options.anchorDay
    ? Temporal.PlainDate.from(options.anchorDay)
    : Temporal.Now.plainDateISO(LONDON);
  const identifiers = new Identifiers(options.seed);
  const login = demoLoginOf(options.seed, identifiers);
  const catalogue = buildCatalogue(options.seed, anchor);
  const tariffIds = await insertCatalogue(db, catalogue);
  const demoUserId = await insertDemoUser(db, login, identifiers, anchor);
  const grid = buildTimeGrid(
    anchor.subtract({ months: READING_MONTHS }),
    anchor,
  );
  const context: PlanContext = {
    seed: options.seed,
    anchor,
    catalogue,
    identifiers,
    demoEmail: login.email,
    demoName: "Alex Taylor",
  };

  await ensureConsumptionPartitions(
    db,
    toJsDate(grid.start),
    toJsDate(grid.end),
  );

  for (let first = 0; first < options.accounts; first += BATCH_SIZE) {
    const count = Math.min(BATCH_SIZE, options.accounts - first);
    const plans = Array.from({ length: count }, (_, i) =>
      planHousehold(context, first + i),
    );

    await db.transaction().execute(async (trx) => {
      const ids = await insertHouseholds(
        trx,
        plans,
        demoUserId,
        tariffIds,
        identifiers,
        options.seed,
      );

      for (const [i, plan] of plans.entries()) {
        const householdIds = ids[i];

        if (householdIds) {
          await insertReadingsAndLedgers(
            trx,
            { seed: options.seed, grid, anchor, identifiers },
            plan,
            householdIds,
          );
        }
      }
    });

    options.onProgress?.(first + count, options.accounts);
  }

  return login;
}

/** True when the database has no accounts yet (first start). */
export async function isDatabaseEmpty(db: Db): Promise<boolean> {
  const row = await db
    .selectFrom("accounts")
    .select("id")
    .limit(1)
    .executeTakeFirst();

  return row === undefined;
}

function demoLoginOf(seed: number, identifiers: Identifiers): DemoLogin {
  const random = new Random(seed, "api-key");

  return {
    email: DEMO_EMAIL,
    password: DEMO_PASSWORD,
    apiKey: `sk_live_${random.characters(API_KEY_ALPHABET, 24)}`,
    accountNumber: identifiers.accountNumber(0),
  };
}

/**
 * Inserts the demo user, who owns the first two accounts. It is the only
 * user with a password and an API key.
 */
async function insertDemoUser(
  db: Db,
  login: DemoLogin,
  identifiers: Identifiers,
  anchor: Temporal.PlainDate,
): Promise<number> {
  // Before any household's sign-up, which is at most 1,021 days back.
  const createdAt = toJsDate(londonMidnight(anchor.subtract({ days: 1100 })));
  const user = await db
    .insertInto("account_users")
    .values({
      number: identifiers.userNumber(0),
      given_name: "Alex",
      family_name: "Taylor",
      email: login.email,
      mobile: "+447700900123",
      title: "Mx",
      date_of_birth: "1986-04-17",
      password_hash: await hashPassword(login.password),
      created_at: createdAt,
    })
    .returning("id")
    .executeTakeFirstOrThrow();

  await db
    .insertInto("api_keys")
    .values({
      account_user_id: user.id,
      key_hash: hashSecret(login.apiKey),
      key_suffix: login.apiKey.slice(-4),
      revoked_at: null,
      created_at: createdAt,
    })
    .execute();

  return user.id;
}
