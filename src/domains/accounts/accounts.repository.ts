import { sql } from "kysely";
import type { Selectable } from "kysely";

import type { Db } from "../../db/database.js";
import type { AccountsTable } from "../../db/schema.js";

export type AccountRow = Selectable<AccountsTable>;

/** A role an account user holds on an account. */
export interface AccountRoleRow {
  account_user_id: number;
  account_id: number;
  role: string;
}

const accountColumns = [
  "id",
  "number",
  "status",
  "brand",
  "account_type",
  "billing_name",
  "billing_sub_name",
  "billing_email",
  "billing_address_line1",
  "billing_address_line2",
  "billing_address_line3",
  "billing_address_line4",
  "billing_address_line5",
  "billing_postcode",
  "billing_country_code",
  "preferred_language",
  "created_at",
] as const;

/** Finds the accounts with the given numbers. */
export function findAccountsByNumbers(
  db: Db,
  numbers: readonly string[],
): Promise<AccountRow[]> {
  return db
    .selectFrom("accounts")
    .select(accountColumns)
    .where("number", "in", numbers)
    .execute();
}

/** Finds the accounts with the given ids. */
export function findAccountsByIds(
  db: Db,
  ids: readonly number[],
): Promise<AccountRow[]> {
  return db
    .selectFrom("accounts")
    .select(accountColumns)
    .where("id", "in", ids)
    .execute();
}

/** Lists, for each user, the accounts they hold a role on. */
export function findAccountRolesForUsers(
  db: Db,
  userIds: readonly number[],
): Promise<AccountRoleRow[]> {
  return db
    .selectFrom("account_user_roles")
    .select(["account_user_id", "account_id", "role"])
    .where("account_user_id", "in", userIds)
    .orderBy("account_id")
    .execute();
}

/** A ledger with its balance: the sum of its transactions, in pence. */
export interface LedgerRow {
  id: number;
  account_id: number;
  ledger_type: string;
  number: string;
  balance: number;
  /** Balance in pence of the transactions posted before the due cutoff. */
  balance_before_cutoff: number;
  /** Payments and credits in pence posted at or after the due cutoff. */
  credits_since_cutoff: number;
}

/**
 * Lists the ledgers of the given accounts with their balances, as of now
 * and as of `dueCutoff`. Charges posted before that instant are overdue
 * while unpaid.
 */
export function findLedgersForAccounts(
  db: Db,
  accountIds: readonly number[],
  dueCutoff: Date,
): Promise<LedgerRow[]> {
  const amount = sql.ref("ledger_transactions.amount");
  const postedAt = sql.ref("ledger_transactions.posted_at");

  return db
    .selectFrom("ledgers")
    .leftJoin(
      "ledger_transactions",
      "ledger_transactions.ledger_id",
      "ledgers.id",
    )
    .select([
      "ledgers.id",
      "ledgers.account_id",
      "ledgers.ledger_type",
      "ledgers.number",
      sql<number>`cast(coalesce(sum(${amount}), 0) as integer)`.as("balance"),
      sql<number>`cast(coalesce(
        sum(${amount}) filter (where ${postedAt} < ${dueCutoff}), 0
      ) as integer)`.as("balance_before_cutoff"),
      sql<number>`cast(coalesce(
        sum(${amount}) filter (
          where ${postedAt} >= ${dueCutoff} and ${amount} > 0
        ), 0
      ) as integer)`.as("credits_since_cutoff"),
    ])
    .where("ledgers.account_id", "in", accountIds)
    .groupBy("ledgers.id")
    .orderBy("ledgers.id")
    .execute();
}

/** Creates an account and returns its id. */
export async function insertAccount(
  db: Db,
  account: { number: string; brand: string },
): Promise<number> {
  const row = await db
    .insertInto("accounts")
    .values({ number: account.number, brand: account.brand })
    .returning("id")
    .executeTakeFirstOrThrow();

  return row.id;
}

/** Gives an account user a role on an account. */
export async function insertAccountRole(
  db: Db,
  role: { accountId: number; accountUserId: number; role: string },
): Promise<void> {
  await db
    .insertInto("account_user_roles")
    .values({
      account_id: role.accountId,
      account_user_id: role.accountUserId,
      role: role.role,
    })
    .execute();
}
