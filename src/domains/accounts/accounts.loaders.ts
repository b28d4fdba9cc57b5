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

/** Per-request loaders of the accounts domain. */
export const accountLoaders = perRequest(({ db }: RequestContext) => ({
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
      await findLedgersForAccounts(db, accountIds),
      (row) => row.account_id,
    ),
  ),
  accountUserById: new DataLoader(async (ids: readonly number[]) =>
    findByKey(ids, await findAccountUsersByIds(db, ids), (row) => row.id),
  ),
  accountUsersByAccountId: new DataLoader(
    async (accountIds: readonly number[]) =>
      groupByKey(
        accountIds,
        await findAccountUsersForAccounts(db, accountIds),
        (row) => row.account_id,
      ),
  ),
}));
