import fs from "node:fs";
import os from "node:os";
import path from "node:path";

import type { TestProject } from "vitest/node";

import {
  createPglite,
  openDatabase,
  wrapPglite,
} from "../../src/db/database.js";
import type { Db } from "../../src/db/database.js";
import { generateDemoData } from "../../src/db/demo/index.js";
import type { DemoLogin } from "../../src/db/demo/index.js";
import { migrateToLatest } from "../../src/db/migrate.js";
import { TEST_DEMO_OPTIONS } from "./demo-options.js";

async function prepare(db: Db, project: TestProject): Promise<void> {
  await migrateToLatest(db);
  const login = await generateDemoData(db, TEST_DEMO_OPTIONS);
  project.provide("demoLogin", login);
}

/**
 * Builds the test database once per run: migrations and a small demo data
 * set. On PGlite the result is dumped to a file that each test file loads
 * into its own in-memory database. With DATABASE_URL the filled database
 * is the template that each test file copies.
 */
export default async function setup(project: TestProject): Promise<void> {
  const started = Date.now();
  const databaseUrl = process.env.DATABASE_URL;

  if (databaseUrl) {
    const db = openDatabase({ databaseUrl });
    await prepare(db, project);
    await db.destroy();
    project.provide("pgliteDumpFile", "");
  } else {
    const client = createPglite("memory://");
    const db = wrapPglite(client);
    await prepare(db, project);
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), "kraken-test-"));
    const dumpFile = path.join(dir, "pglite.tar.gz");
    const dump = await client.dumpDataDir("gzip");
    fs.writeFileSync(dumpFile, Buffer.from(await dump.arrayBuffer()));
    await db.destroy();
    project.provide("pgliteDumpFile", dumpFile);
  }

  console.log(`test database ready in ${Date.now() - started} ms`);
}

declare module "vitest" {
  export interface ProvidedContext {
    demoLogin: DemoLogin;
    pgliteDumpFile: string;
  }
}
