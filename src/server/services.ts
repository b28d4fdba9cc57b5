import path from "node:path";

import type { Config } from "../config.js";
import { openDatabase } from "../db/database.js";
import type { DemoLogin } from "../db/demo/index.js";
import { seedOnFirstStart } from "../db/first-start.js";
import { migrateToLatest } from "../db/migrate.js";
import { lockDataDirectory } from "../db/pid-lock.js";
import { createApp } from "./app.js";
import type { KrakenYoga } from "./app.js";
import type { ContextServices } from "./context.js";
import type { Logger } from "./logger.js";
import { buildSchema } from "./schema.js";
import { TokenService } from "./tokens.js";

export interface Runtime extends ContextServices {
  yoga: KrakenYoga;
  /** The demo login when this start generated the demo data, else null. */
  demoLogin: DemoLogin | null;
  close(): Promise<void>;
}

/**
 * Opens and migrates the database, loads the signing key and builds the
 * GraphQL app: everything the HTTP server, the tests and the benchmarks
 * share.
 */
export async function startRuntime(
  config: Config,
  logger: Logger,
): Promise<Runtime> {
  const unlock = config.databaseUrl
    ? () => undefined
    : lockDataDirectory(config.dataDir, "the API server");
  const sqlLogger = logger.child({ category: "sql" });
  const db = openDatabase({
    databaseUrl: config.databaseUrl,
    pgliteDir: path.join(config.dataDir, "pglite"),
    onQuery: sqlLogger.isLevelEnabled("debug")
      ? (sql, durationMs) => sqlLogger.debug({ durationMs, sql }, "query")
      : undefined,
  });
  const applied = await migrateToLatest(db);

  if (applied.length > 0) {
    logger.info({ migrations: applied }, "applied database migrations");
  }

  const demoLogin = await seedOnFirstStart(db, config, logger);

  const tokens = await TokenService.fromKeyFile(
    config.jwtPrivateKeyFile,
    config.publicUrl,
  );
  const services: ContextServices = { db, config, logger, tokens };
  const yoga = createApp(await buildSchema(), services);

  return {
    ...services,
    yoga,
    demoLogin,
    close: async () => {
      await db.destroy();
      unlock();
    },
  };
}
