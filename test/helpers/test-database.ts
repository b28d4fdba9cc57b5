import fs from "node:fs";
import { randomBytes } from "node:crypto";

import pg from "pg";
import { inject } from "vitest";

import { openDatabase } from "../../src/db/database.js";
import type { Db } from "../../src/db/database.js";

export interface TestDatabase {
  db: Db;
  close(): Promise<void>;
}

type QueryListener = (sql: string, durationMs: number) => void;

/**
 * Opens a private database for one test file, so that files running in
 * parallel never see each other's writes. On PGlite it is an in-memory
 * copy of the run's dump. With DATABASE_URL it is a PostgreSQL database
 * copied from the one the global setup filled, and dropped on close.
 */
export async function openTestDatabase(
  onQuery?: QueryListener,
): Promise<TestDatabase> {
  const databaseUrl = process.env.DATABASE_URL;

  if (databaseUrl) {
    return copyTemplateDatabase(databaseUrl, onQuery);
  }

  const dump = fs.readFileSync(inject("pgliteDumpFile"));
  const db = openDatabase({ pgliteDump: new Blob([dump]), onQuery });

  return { db, close: () => db.destroy() };
}

async function copyTemplateDatabase(
  templateUrl: string,
  onQuery?: QueryListener,
): Promise<TestDatabase> {
  const template = new URL(templateUrl);
  const templateName = decodeURIComponent(template.pathname.slice(1));
  const copyName = `${templateName}_${randomBytes(4).toString("hex")}`;
  const adminUrl = new URL(templateUrl);
  adminUrl.pathname = "/postgres";

  await runAdmin(
    adminUrl,
    `create database "${copyName}" template "${templateName}"`,
  );

  const copyUrl = new URL(templateUrl);
  copyUrl.pathname = `/${copyName}`;
  const db = openDatabase({ databaseUrl: copyUrl.toString(), onQuery });

  return {
    db,
    async close() {
      await db.destroy();
      await runAdmin(
        adminUrl,
        `drop database if exists "${copyName}" with (force)`,
      );
    },
  };
}

/** Runs a statement on the server's maintenance database. */
async function runAdmin(adminUrl: URL, statement: string): Promise<void> {
  // Copies of one template cannot start while another copy is reading
  // it, so a busy template (SQLSTATE 55006) is retried.
  for (let attempt = 0; ; attempt += 1) {
    const client = new pg.Client({ connectionString: adminUrl.toString() });
    await client.connect();

    try {
      await client.query(statement);
      return;
    } catch (error) {
      const busy = (error as { code?: string }).code === "55006";

      if (!busy || attempt >= 50) throw error;
    } finally {
      await client.end();
    }

    await new Promise((resolve) => setTimeout(resolve, 100 + attempt * 20));
  }
}

/** Returns the demo login of the run's demo data. */
export function demoLogin() {
  return inject("demoLogin");
}
