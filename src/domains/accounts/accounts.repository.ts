import type { Selectable } from "kysely";

import type { Db } from "../../db/database.js";
import type { AccountsTable } from "../../db/schema.js";

export type AccountRow = Selectable<AccountsTable>;

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
): Promise<{ account_user_id: number; account_id: number; role: string }[]> {
  return db
    .selectFrom("account_user_roles")
    .select(["account_user_id", "account_id", "role"])
    .where("account_user_id", "in", userIds)
    .orderBy("account_id")
    .execute();
}
