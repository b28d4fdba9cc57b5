import { sql } from "kysely";

import type { Db } from "../../db/database.js";

/** An account user as far as logging in needs it. */
export interface LoginUserRow {
  id: number;
  email: string;
  is_active: boolean;
  password_hash: string | null;
}

/** A stored refresh token with the user it was issued to. */
export interface RefreshTokenRow {
  token_hash: string;
  account_user_id: number;
  grant_type: string;
  original_issued_at: Date;
  expires_at: Date;
  email: string;
  is_active: boolean;
}

/** Finds the users with these email addresses, ignoring letter case. */
export function findLoginUsersByEmails(
  db: Db,
  emails: readonly string[],
): Promise<LoginUserRow[]> {
  const lowered = emails.map((email) => email.toLowerCase());

  return db
    .selectFrom("account_users")
    .select(["id", "email", "is_active", "password_hash"])
    .where(sql<string>`lower(email)`, "in", lowered)
    .execute();
}

/**
 * Finds the owners of the API keys with these SHA-256 hashes. Revoked keys
 * are left out, so they fail like unknown ones.
 */
export function findApiKeyOwners(
  db: Db,
  keyHashes: readonly string[],
): Promise<(LoginUserRow & { key_hash: string })[]> {
  return db
    .selectFrom("api_keys")
    .innerJoin("account_users", "account_users.id", "api_keys.account_user_id")
    .select([
      "api_keys.key_hash",
      "account_users.id",
      "account_users.email",
      "account_users.is_active",
      "account_users.password_hash",
    ])
    .where("api_keys.key_hash", "in", keyHashes)
    .where("api_keys.revoked_at", "is", null)
    .execute();
}

/** Finds the refresh tokens with these SHA-256 hashes and their users. */
export function findRefreshTokens(
  db: Db,
  tokenHashes: readonly string[],
): Promise<RefreshTokenRow[]> {
  return db
    .selectFrom("refresh_tokens")
    .innerJoin(
      "account_users",
      "account_users.id",
      "refresh_tokens.account_user_id",
    )
    .select([
      "refresh_tokens.token_hash",
      "refresh_tokens.account_user_id",
      "refresh_tokens.grant_type",
      "refresh_tokens.original_issued_at",
      "refresh_tokens.expires_at",
      "account_users.email",
      "account_users.is_active",
    ])
    .where("refresh_tokens.token_hash", "in", tokenHashes)
    .execute();
}

/** Stores the hash of a newly issued refresh token. */
export async function insertRefreshToken(
  db: Db,
  row: {
    accountUserId: number;
    tokenHash: string;
    grantType: string;
    originalIssuedAt: Date;
    expiresAt: Date;
  },
): Promise<void> {
  await db
    .insertInto("refresh_tokens")
    .values({
      account_user_id: row.accountUserId,
      token_hash: row.tokenHash,
      grant_type: row.grantType,
      original_issued_at: row.originalIssuedAt,
      expires_at: row.expiresAt,
    })
    .execute();
}

/** Stores the hash of a new API key and the key's last four characters. */
export async function insertApiKey(
  db: Db,
  key: { accountUserId: number; keyHash: string; keySuffix: string },
): Promise<void> {
  await db
    .insertInto("api_keys")
    .values({
      account_user_id: key.accountUserId,
      key_hash: key.keyHash,
      key_suffix: key.keySuffix,
    })
    .execute();
}
