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
import { describeDatabaseUrl, StartupError } from "./startup-error.js";
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
  const applied = await migrateToLatest(db).catch(async (error: unknown) => {
    await db.destroy().catch(() => undefined);
    unlock();
    throw explainDatabaseFailure(error, config);
  });

  if (applied.length > 0) {
    logger.info({ migrations: applied }, "applied database migrations");
  }

  const demoLogin = await seedOnFirstStart(db, config, logger);

  const tokens = await TokenService.fromKeyFile(
    config.jwtPrivateKeyFile,
    config.publicUrl,
  ).catch((error: unknown) => {
    throw new StartupError(
      `Cannot use the token signing key ${config.jwtPrivateKeyFile}: ` +
        `${(error as Error).message}. Point JWT_PRIVATE_KEY_FILE at an RSA ` +
        "private key in PKCS#8 PEM form, or at a path that does not exist " +
        "yet to have one made.",
    );
  });
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

/** Turns a failed first query into a message that names the database. */
function explainDatabaseFailure(error: unknown, config: Config): Error {
  const cause = (error as { cause?: unknown }).cause ?? error;
  const message = cause instanceof Error ? cause.message : String(cause);

  if (config.databaseUrl) {
    return new StartupError(
      `Cannot set up the database at ` +
        `${describeDatabaseUrl(config.databaseUrl)} (DATABASE_URL): ` +
        `${message}. Check that the server runs and the database exists.`,
    );
  }

  return new StartupError(
    `Cannot set up the PGlite database in ${config.dataDir}/pglite: ` +
      `${message}. Move that directory aside to start afresh.`,
  );
}
