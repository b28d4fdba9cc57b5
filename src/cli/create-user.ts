import path from "node:path";

import { ConfigError, loadConfig } from "../config.js";
import type { Config } from "../config.js";
import { openDatabase } from "../db/database.js";
import type { Db } from "../db/database.js";
import { migrateToLatest } from "../db/migrate.js";
import { DataDirectoryLockedError, lockDataDirectory } from "../db/pid-lock.js";
import {
  parseCreateUserOptions,
  USAGE,
  UsageError,
} from "./create-user-options.js";
import { createUser, UserCreationError } from "./user-creation.js";
import type { CreatedUser } from "./user-creation.js";

/**
 * Opens the configured database. PGlite runs inside one process, so the
 * data directory is locked first and the command fails while a server
 * holds it.
 */
function openConfiguredDatabase(config: Config): {
  db: Db;
  release: () => void;
} {
  if (config.databaseUrl) {
    return {
      db: openDatabase({ databaseUrl: config.databaseUrl }),
      release: () => undefined,
    };
  }

  const release = lockDataDirectory(config.dataDir, "npm run user:create");
  const db = openDatabase({ pgliteDir: path.join(config.dataDir, "pglite") });

  return { db, release };
}

function printResult(email: string, created: CreatedUser): void {
  const accountState = created.newAccount ? "new account" : "account";
  const lines = [
    `Created user ${created.userNumber} (${email}), OWNER of ` +
      `${accountState} ${created.accountNumber}.`,
  ];

  if (created.apiKey) {
    lines.push(`API key (shown only now; store it safely): ${created.apiKey}`);
  }

  console.log(lines.join("\n"));
}

async function main(): Promise<void> {
  if (process.argv.includes("--help")) {
    console.log(USAGE);
    return;
  }

  const options = parseCreateUserOptions(process.argv.slice(2), process.env);
  const config = loadConfig();
  const { db, release } = openConfiguredDatabase(config);

  try {
    await migrateToLatest(db);
    printResult(options.email, await createUser(db, options));
  } finally {
    await db.destroy();
    release();
  }
}

main().catch((error: unknown) => {
  if (error instanceof UsageError) {
    console.error(`${error.message}\n\n${USAGE}`);
  } else if (
    error instanceof UserCreationError ||
    error instanceof ConfigError ||
    error instanceof DataDirectoryLockedError
  ) {
    console.error(error.message);
  } else {
    console.error("Creating the user failed:", error);
  }

  process.exitCode = 1;
});
