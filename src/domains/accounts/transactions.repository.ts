import { sql } from "kysely";

import type { Db } from "../../db/database.js";

/** A ledger transaction with its ledger, account and running balance. */
export interface TransactionRow {
  id: string;
  account_id: number;
  account_number: string;
  ledger_number: string;
  ledger_type: string;
  kind: string;
  /** Pence; charges are negative, payments and credits positive. */
  amount: number;
  description: string;
  posted_at: Date;
  /** Ledger balance in pence after this transaction. */
  balance_carried_forward: number;
}

/** Half-open range [from, to) of posting times; null leaves a side open. */
export interface PostingRange {
  from: Date | null;
  to: Date | null;
}

/**
 * Lists the transactions of the given accounts posted within the range,
 * oldest first. The running balance counts every earlier transaction of
 * the ledger, including those before the range.
 */
export function findTransactionsForAccounts(
  db: Db,
  accountIds: readonly number[],
  range: PostingRange,
): Promise<TransactionRow[]> {
  const withBalances = db
    .selectFrom("ledger_transactions")
    .innerJoin("ledgers", "ledgers.id", "ledger_transactions.ledger_id")
    .innerJoin("accounts", "accounts.id", "ledgers.account_id")
    .select([
      "ledger_transactions.id",
      "ledgers.account_id",
      "accounts.number as account_number",
      "ledgers.number as ledger_number",
      "ledgers.ledger_type",
      "ledger_transactions.kind",
      "ledger_transactions.amount",
      "ledger_transactions.description",
      "ledger_transactions.posted_at",
      sql<number>`cast(sum(ledger_transactions.amount) over (
        partition by ledger_transactions.ledger_id
        order by ledger_transactions.posted_at, ledger_transactions.id
      ) as integer)`.as("balance_carried_forward"),
    ])
    .where("ledgers.account_id", "in", accountIds);

  let query = db.selectFrom(withBalances.as("t")).selectAll();

  if (range.from) query = query.where("t.posted_at", ">=", range.from);
  if (range.to) query = query.where("t.posted_at", "<", range.to);

  return query.orderBy("t.posted_at").orderBy("t.id").execute();
}
