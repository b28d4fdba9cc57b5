import { sql } from "kysely";
import type { Selectable } from "kysely";

import type { Db } from "../../db/database.js";
import type { AccountUsersTable } from "../../db/schema.js";

/** An account user without credentials. */
export type AccountUserRow = Omit<
  Selectable<AccountUsersTable>,
  "password_hash"
>;

const userColumns = [
  "account_users.id",
  "account_users.number",
  "account_users.given_name",
  "account_users.family_name",
  "account_users.email",
  "account_users.mobile",
  "account_users.landline",
  "account_users.title",
  "account_users.pronouns",
  "account_users.preferred_name",
  "account_users.date_of_birth",
  "account_users.is_deceased",
  "account_users.is_active",
  "account_users.created_at",
] as const;

/** Finds the account users with the given ids. */
export function findAccountUsersByIds(
  db: Db,
  ids: readonly number[],
): Promise<AccountUserRow[]> {
  return db
    .selectFrom("account_users")
    .select(userColumns)
    .where("account_users.id", "in", ids)
    .execute();
}

/** Lists, for each account, the users who hold a role on it. */
export function findAccountUsersForAccounts(
  db: Db,
  accountIds: readonly number[],
): Promise<(AccountUserRow & { account_id: number })[]> {
  return db
    .selectFrom("account_user_roles")
    .innerJoin(
      "account_users",
      "account_users.id",
      "account_user_roles.account_user_id",
    )
    .select([...userColumns, "account_user_roles.account_id"])
    .where("account_user_roles.account_id", "in", accountIds)
    .orderBy("account_users.id")
    .execute();
}

/** The columns a new account user needs. */
export interface NewAccountUser {
  number: string;
  givenName: string;
  familyName: string;
  email: string;
  passwordHash: string | null;
}

/** Creates an account user and returns the id. */
export async function insertAccountUser(
  db: Db,
  user: NewAccountUser,
): Promise<number> {
  const row = await db
    .insertInto("account_users")
    .values({
      number: user.number,
      given_name: user.givenName,
      family_name: user.familyName,
      email: user.email,
      password_hash: user.passwordHash,
    })
    .returning("id")
    .executeTakeFirstOrThrow();

  return row.id;
}

/** Tells whether a user has this email address, ignoring letter case. */
export async function emailExists(db: Db, email: string): Promise<boolean> {
  const row = await db
    .selectFrom("account_users")
    .select("id")
    .where(sql<string>`lower(email)`, "=", email.toLowerCase())
    .executeTakeFirst();

  return row !== undefined;
}
