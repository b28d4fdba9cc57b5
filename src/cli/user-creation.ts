import { randomBytes } from "node:crypto";

import type { Db } from "../db/database.js";
import {
  emailExists,
  insertAccountUser,
} from "../domains/accounts/account-users.repository.js";
import {
  findAccountsByNumbers,
  insertAccount,
  insertAccountRole,
} from "../domains/accounts/accounts.repository.js";
import { insertApiKey } from "../domains/auth/auth.repository.js";
import { hashPassword } from "../domains/auth/passwords.js";
import { hashSecret, randomSecret } from "../server/tokens.js";
import type { CreateUserOptions } from "./create-user-options.js";

/** Error for a request the stored data rules out, such as a taken email. */
export class UserCreationError extends Error {}

/** The user and account the command created, and the only copy of the API key. */
export interface CreatedUser {
  userNumber: string;
  accountNumber: string;
  newAccount: boolean;
  apiKey: string | null;
}

/**
 * Creates the user, their OWNER role and, as asked, a new account and an
 * API key, all in one transaction. Raises UserCreationError when the email is
 * taken or the account does not exist.
 */
export async function createUser(
  db: Db,
  options: CreateUserOptions,
): Promise<CreatedUser> {
  const passwordHash =
    options.password === null ? null : await hashPassword(options.password);

  return db.transaction().execute(async (trx) => {
    if (await emailExists(trx, options.email)) {
      throw new UserCreationError(
        `A user with email ${options.email} already exists; ` +
          "choose another email.",
      );
    }

    const account = await findOrCreateAccount(trx, options);
    const userNumber = makeNumber("U");
    const accountUserId = await insertAccountUser(trx, {
      number: userNumber,
      givenName: options.givenName,
      familyName: options.familyName,
      email: options.email,
      passwordHash,
    });
    await insertAccountRole(trx, {
      accountId: account.id,
      accountUserId,
      role: "OWNER",
    });
    const apiKey = options.createApiKey
      ? await createApiKey(trx, accountUserId)
      : null;

    return {
      userNumber,
      accountNumber: account.number,
      newAccount: options.accountNumber === null,
      apiKey,
    };
  });
}

async function findOrCreateAccount(
  db: Db,
  options: CreateUserOptions,
): Promise<{ id: number; number: string }> {
  if (options.accountNumber === null) {
    const number = makeNumber("A");
    const id = await insertAccount(db, { number, brand: options.brand });

    return { id, number };
  }

  const [account] = await findAccountsByNumbers(db, [options.accountNumber]);

  if (!account) {
    throw new UserCreationError(
      `No account has number ${options.accountNumber}; check the number ` +
        "or pass --new-account.",
    );
  }

  return account;
}

async function createApiKey(db: Db, accountUserId: number): Promise<string> {
  const key = `sk_live_${randomSecret(24)}`;
  await insertApiKey(db, {
    accountUserId,
    keyHash: hashSecret(key),
    keySuffix: key.slice(-4),
  });

  return key;
}

/**
 * Makes an account (A-) or user (U-) number of 8 hexadecimal digits. A
 * clash with an existing number fails the unique constraint, and so the
 * whole transaction.
 */
function makeNumber(prefix: "A" | "U"): string {
  return `${prefix}-${randomBytes(4).toString("hex").toUpperCase()}`;
}
