import DataLoader from "dataloader";

import type { RequestContext } from "../../server/context.js";
import { findByKey, groupByKey, perRequest } from "../../shared/loaders.js";
import {
  findAccountUsersByIds,
  findAccountUsersForAccounts,
} from "./account-users.repository.js";
import {
  findAccountRolesForUsers,
  findAccountsByIds,
  findAccountsByNumbers,
  findLedgersForAccounts,
} from "./accounts.repository.js";
import { findTransactionsForAccounts } from "./transactions.repository.js";
import type {
  PostingRange,
  TransactionRow,
} from "./transactions.repository.js";

/**
 * Days a charge may stay unpaid before it counts as overdue.
 * NOTE: Kraken does not document its rule for overdueBalance, so 28 days
 * is this server's own choice.
 */
const PAYMENT_TERMS_DAYS = 28;

/** Key of the transactions loader: an account and a posting range. */
export interface AccountTransactionsKey {
  accountId: number;
  range: PostingRange;
}

function rangeKey(range: PostingRange): string {
  return `${range.from?.toISOString() ?? ""}/${range.to?.toISOString() ?? ""}`;
}

/**
 * Loads transactions with one query per distinct posting range in the
 * batch. Sibling fields of one request usually share a range.
 */
async function loadTransactions(
  db: RequestContext["db"],
  keys: readonly AccountTransactionsKey[],
): Promise<TransactionRow[][]> {
  const ranges = new Map<string, PostingRange>();

  for (const key of keys) ranges.set(rangeKey(key.range), key.range);

  const results = new Map<string, TransactionRow[]>();

  for (const [name, range] of ranges) {
    const accountIds = keys
      .filter((key) => rangeKey(key.range) === name)
      .map((key) => key.accountId);
    const rows = await findTransactionsForAccounts(db, accountIds, range);

    for (const row of rows) {
      const resultKey = `${row.account_id}@${name}`;
      const list = results.get(resultKey) ?? [];
      list.push(row);
      results.set(resultKey, list);
    }
  }

  return keys.map(
    (key) => results.get(`${key.accountId}@${rangeKey(key.range)}`) ?? [],
  );
}

/** Per-request loaders of the accounts domain. */
export const accountLoaders = perRequest(({ db }: RequestContext) => {
  const dueCutoff = new Date(Date.now() - PAYMENT_TERMS_DAYS * 86_400_000);

  return {
    accountByNumber: new DataLoader(async (numbers: readonly string[]) =>
      findByKey(
        numbers,
        await findAccountsByNumbers(db, numbers),
        (row) => row.number,
      ),
    ),
    accountById: new DataLoader(async (ids: readonly number[]) =>
      findByKey(ids, await findAccountsByIds(db, ids), (row) => row.id),
    ),
    accountRolesByUserId: new DataLoader(async (userIds: readonly number[]) =>
      groupByKey(
        userIds,
        await findAccountRolesForUsers(db, userIds),
        (row) => row.account_user_id,
      ),
    ),
    ledgersByAccountId: new DataLoader(async (accountIds: readonly number[]) =>
      groupByKey(
        accountIds,
        await findLedgersForAccounts(db, accountIds, dueCutoff),
        (row) => row.account_id,
      ),
    ),
    accountUserById: new DataLoader(async (ids: readonly number[]) =>
      findByKey(ids, await findAccountUsersByIds(db, ids), (row) => row.id),
    ),
    transactionsByAccount: new DataLoader(
      (keys: readonly AccountTransactionsKey[]) => loadTransactions(db, keys),
      { cacheKeyFn: (key) => `${key.accountId}@${rangeKey(key.range)}` },
    ),
    accountUsersByAccountId: new DataLoader(
      async (accountIds: readonly number[]) =>
        groupByKey(
          accountIds,
          await findAccountUsersForAccounts(db, accountIds),
          (row) => row.account_id,
        ),
    ),
  };
});
