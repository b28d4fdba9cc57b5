import { Temporal } from "temporal-polyfill";

import { hashPassword } from "../../domains/auth/passwords.js";
import { hashSecret } from "../../server/tokens.js";
import type { Db } from "../database.js";
import { ensureConsumptionPartitions } from "../partitions.js";
import { LONDON, buildTimeGrid, londonMidnight, toJsDate } from "./calendar.js";
import type { TimeGrid } from "./calendar.js";
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
   * e.g. "2026-12-04", no earlier than 2025-12-23. Defaults to today in
   * London.
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
const DEMO_GIVEN_NAME = "Alex";
const DEMO_FAMILY_NAME = "Taylor";
const API_KEY_ALPHABET =
  "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789";

/** Fills an empty, migrated database; returns the login for the first account. */
export async function generateDemoData(
  db: Db,
  options: DemoOptions,
): Promise<DemoLogin> {
  if (!Number.isInteger(options.accounts) || options.accounts < 1) {
    throw new Error(
      `invalid demo account count ${options.accounts}: use a whole number of at least 1`,
    );
  }

  const anchor = anchorOf(options);
  const run = await prepareRun(db, options.seed, anchor);
  let done = 0;

  for (let first = 0; first < options.accounts; first += BATCH_SIZE) {
    const count = Math.min(BATCH_SIZE, options.accounts - first);

    await insertBatch(db, run, first, count, () => {
      done += 1;
      options.onProgress?.(done, options.accounts);
    });
  }

  return run.login;
}

/**
 * Households move in up to 1,000 days before the anchor day, and the
 * earliest product they start on, Flexible Octopus, launched on 2023-03-28.
 */
const EARLIEST_ANCHOR_DAY = Temporal.PlainDate.from("2025-12-23");

function anchorOf(options: DemoOptions): Temporal.PlainDate {
  if (!options.anchorDay) return Temporal.Now.plainDateISO(LONDON);

  const anchor = Temporal.PlainDate.from(options.anchorDay);

  if (Temporal.PlainDate.compare(anchor, EARLIEST_ANCHOR_DAY) < 0) {
    throw new Error(
      `invalid demo anchor day ${options.anchorDay}: use ` +
        `${EARLIEST_ANCHOR_DAY.toString()} or later, so that every ` +
        "agreement starts after its product launched",
    );
  }

  return anchor;
}

/** Everything the batches share: catalogue, demo user and reading grid. */
interface Run {
  context: PlanContext;
  login: DemoLogin;
  tariffIds: Map<string, number>;
  demoUserId: number;
  grid: TimeGrid;
}

/** Inserts the catalogue and the demo user and creates the partitions. */
async function prepareRun(
  db: Db,
  seed: number,
  anchor: Temporal.PlainDate,
): Promise<Run> {
  const identifiers = new Identifiers(seed);
  const login = demoLoginOf(seed, identifiers);
  const catalogue = buildCatalogue(seed, anchor);
  const tariffIds = await insertCatalogue(db, catalogue);
  const demoUserId = await insertDemoUser(db, login, identifiers, anchor);
  const grid = buildTimeGrid(
    anchor.subtract({ months: READING_MONTHS }),
    anchor,
  );

  await ensureConsumptionPartitions(
    db,
    toJsDate(grid.start),
    toJsDate(grid.end),
  );

  return {
    context: {
      seed,
      anchor,
      catalogue,
      identifiers,
      demoEmail: login.email,
      demoName: `${DEMO_GIVEN_NAME} ${DEMO_FAMILY_NAME}`,
    },
    login,
    tariffIds,
    demoUserId,
    grid,
  };
}

/**
 * Inserts households first to first + count - 1 in one transaction,
 * calling `onHousehold` after each one's readings.
 */
async function insertBatch(
  db: Db,
  run: Run,
  first: number,
  count: number,
  onHousehold: () => void,
): Promise<void> {
  const { context, grid } = run;
  const plans = Array.from({ length: count }, (_, i) =>
    planHousehold(context, first + i),
  );

  await db.transaction().execute(async (trx) => {
    const ids = await insertHouseholds(
      trx,
      plans,
      run.demoUserId,
      run.tariffIds,
      context.identifiers,
      context.seed,
    );
    const readingsContext = {
      seed: context.seed,
      grid,
      anchor: context.anchor,
      identifiers: context.identifiers,
    };

    for (const [i, plan] of plans.entries()) {
      const householdIds = ids[i];

      if (householdIds) {
        await insertReadingsAndLedgers(
          trx,
          readingsContext,
          plan,
          householdIds,
        );
      }

      onHousehold();
    }
  });
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
      given_name: DEMO_GIVEN_NAME,
      family_name: DEMO_FAMILY_NAME,
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
