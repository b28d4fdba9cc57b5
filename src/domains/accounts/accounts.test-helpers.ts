import { randomBytes } from "node:crypto";

import type { Db } from "../../db/database.js";

/** 00:30 on 1 July 2024 in London (BST), still 30 June in UTC. */
export const CHARGE_POSTED_AT = new Date("2024-06-30T23:30:00Z");
export const PAYMENT_POSTED_AT = new Date("2024-07-15T12:00:00Z");

/**
 * Adds a user with accounts, each with an ENERGY and a DEBT ledger that
 * hold a charge of 1234 pence and a payment of 1000 pence.
 */
export async function addUserWithAccounts(
  db: Db,
  accountCount: number,
  mobile = "",
): Promise<{ email: string; accountIds: number[]; numbers: string[] }> {
  const tag = randomBytes(3).toString("hex").toUpperCase();
  const email = `accounts-test-${tag}@example.com`;
  const user = await db
    .insertInto("account_users")
    .values({
      number: `U-TEST${tag}`,
      given_name: "Test",
      family_name: `User ${tag}`,
      email,
      mobile,
    })
    .returning("id")
    .executeTakeFirstOrThrow();
  const accountIds: number[] = [];
  const numbers: string[] = [];

  for (let index = 0; index < accountCount; index += 1) {
    const number = `A-T${tag}${index}`;
    const account = await db
      .insertInto("accounts")
      .values({ number, brand: "OCTOPUS_ENERGY" })
      .returning("id")
      .executeTakeFirstOrThrow();
    accountIds.push(account.id);
    numbers.push(number);
    await db
      .insertInto("account_user_roles")
      .values({ account_id: account.id, account_user_id: user.id })
      .execute();

    for (const ledgerType of ["ENERGY", "DEBT"]) {
      const ledger = await db
        .insertInto("ledgers")
        .values({
          account_id: account.id,
          ledger_type: ledgerType,
          number: `L-T${tag}${index}${ledgerType[0]}`,
        })
        .returning("id")
        .executeTakeFirstOrThrow();
      await db
        .insertInto("ledger_transactions")
        .values([
          {
            ledger_id: ledger.id,
            kind: "CHARGE",
            amount: -1234,
            description: "Electricity charges for June 2024",
            posted_at: CHARGE_POSTED_AT,
          },
          {
            ledger_id: ledger.id,
            kind: "PAYMENT",
            amount: 1000,
            posted_at: PAYMENT_POSTED_AT,
          },
        ])
        .execute();
    }
  }

  return { email, accountIds, numbers };
}
