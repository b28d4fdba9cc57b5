import fs from "node:fs";

import { inject } from "vitest";

import { openDatabase } from "../../src/db/database.js";
import type { Db } from "../../src/db/database.js";

/**
 * Opens the database for one test file: a private in-memory PGlite loaded
 * from the run's dump, or the shared PostgreSQL database.
 */
export function openTestDatabase(
  onQuery?: (sql: string, durationMs: number) => void,
): Db {
  const databaseUrl = process.env.DATABASE_URL;

  if (databaseUrl) {
    return openDatabase({ databaseUrl, onQuery });
  }

  const dump = fs.readFileSync(inject("pgliteDumpFile"));

  return openDatabase({ pgliteDump: new Blob([dump]), onQuery });
}

/** The demo login made by the run's demo data. */
export function demoLogin() {
  return inject("demoLogin");
}
