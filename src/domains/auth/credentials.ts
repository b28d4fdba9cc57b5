import type { Db } from "../../db/database.js";
import { KrakenError } from "../../server/errors.js";
import { hashSecret } from "../../server/tokens.js";
import { findApiKeyOwners, findLoginUsersByEmails } from "./auth.repository.js";
import type { LoginUserRow } from "./auth.repository.js";
import { verifyAgainstDummyHash, verifyPassword } from "./passwords.js";

/** The fields of ObtainJSONWebTokenInput. */
export interface TokenInput {
  email?: string | null;
  password?: string | null;
  APIKey?: string | null;
  refreshToken?: string | null;
}

/** The one way of logging in that a token request uses. */
export type LoginMethod =
  | { kind: "password"; email: string; password: string }
  | { kind: "apiKey"; apiKey: string }
  | { kind: "refreshToken"; refreshToken: string };

/** Account-user API keys: `sk_live_` and 24 letters or digits. */
const API_KEY_SHAPE = /^sk_live_[A-Za-z0-9]{24}$/;

/** Treats null, missing and empty strings alike, as clients send all three. */
function given(value: string | null | undefined): string | null {
  return value === undefined || value === null || value === "" ? null : value;
}

/**
 * Works out which login method the input uses. Raises KT-CT-1137 unless
 * exactly one is given and KT-CT-1136 when email or password is alone.
 */
export function selectLoginMethod(input: TokenInput): LoginMethod {
  const email = given(input.email);
  const password = given(input.password);
  const apiKey = given(input.APIKey);
  const refreshToken = given(input.refreshToken);
  const methodCount = [
    email !== null || password !== null,
    apiKey !== null,
    refreshToken !== null,
  ].filter(Boolean).length;

  if (methodCount !== 1) {
    throw new KrakenError("KT-CT-1137", {
      detail:
        `Give exactly one of email with password, APIKey or refreshToken; ` +
        `this input gives ${methodCount}.`,
      inputPath: ["input"],
    });
  }

  if (apiKey !== null) return { kind: "apiKey", apiKey };
  if (refreshToken !== null) return { kind: "refreshToken", refreshToken };

  if (email === null || password === null) {
    const missing = email === null ? "email" : "password";

    throw new KrakenError("KT-CT-1136", {
      detail: `The ${missing} is missing; email and password go together.`,
      inputPath: ["input", missing],
    });
  }

  return { kind: "password", email: email.trim(), password };
}

/**
 * Checks an email and password. Raises KT-CT-1138 alike for an unknown
 * email, a wrong password and an inactive user, after one argon2
 * verification in every case, so neither the error nor its timing reveals
 * which emails exist.
 */
export async function checkPassword(
  db: Db,
  email: string,
  password: string,
): Promise<LoginUserRow> {
  const [user] = await findLoginUsersByEmails(db, [email]);
  const matches = user?.password_hash
    ? await verifyPassword(user.password_hash, password)
    : await verifyAgainstDummyHash(password).then(() => false);

  if (!user || !matches || !user.is_active) {
    throw new KrakenError("KT-CT-1138", {
      detail:
        "The email and password do not match an active account user; " +
        "check both and try again.",
      inputPath: ["input", "password"],
    });
  }

  return user;
}

/**
 * Checks an API key. Raises KT-CT-1139 for a key of the wrong shape, an
 * unknown or revoked key, and the key of an inactive user.
 */
export async function checkApiKey(
  db: Db,
  apiKey: string,
): Promise<LoginUserRow> {
  const invalid = (detail: string) =>
    new KrakenError("KT-CT-1139", { detail, inputPath: ["input", "APIKey"] });

  if (!API_KEY_SHAPE.test(apiKey)) {
    throw invalid(
      "An API key is sk_live_ followed by 24 letters or digits; copy the " +
        "whole key from where it was issued.",
    );
  }

  const [owner] = await findApiKeyOwners(db, [hashSecret(apiKey)]);

  if (!owner || !owner.is_active) {
    throw invalid(
      "This API key is unknown or revoked; use a current key of an active " +
        "account user.",
    );
  }

  return owner;
}
