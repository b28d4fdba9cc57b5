import { randomBytes } from "node:crypto";

import { hash, verify } from "@node-rs/argon2";

/**
 * argon2id with 19 MiB of memory and 2 passes: the OWASP minimum for
 * password storage.
 */
const ARGON2_OPTIONS = {
  algorithm: 2, // Algorithm.Argon2id; the const enum cannot be imported here
  memoryCost: 19_456,
  timeCost: 2,
  parallelism: 1,
};

/** Hashes a password for storage (PHC string format). */
export function hashPassword(password: string): Promise<string> {
  return hash(password, ARGON2_OPTIONS);
}

/** Checks a password against a stored hash; false for a malformed hash. */
export async function verifyPassword(
  storedHash: string,
  password: string,
): Promise<boolean> {
  try {
    return await verify(storedHash, password);
  } catch {
    return false;
  }
}

let dummyHash: Promise<string> | undefined;

/**
 * Runs one argon2 verification against a hash no password matches, so a
 * login for an unknown email takes as long as one with a wrong password.
 */
export async function verifyAgainstDummyHash(password: string): Promise<void> {
  dummyHash ??= hashPassword(randomBytes(32).toString("hex"));
  await verifyPassword(await dummyHash, password);
}
