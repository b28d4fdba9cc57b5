import fs from "node:fs";
import path from "node:path";

import { PGlite, types as pgliteTypes } from "@electric-sql/pglite";
import { btree_gist } from "@electric-sql/pglite/contrib/btree_gist";
import { Kysely, PostgresDialect } from "kysely";
import type { LogEvent } from "kysely";
import { PGliteDialect } from "kysely-pglite-dialect";
import pg from "pg";

import type { Database } from "./schema.js";

export type Db = Kysely<Database>;

/** PostgreSQL type ids whose default JavaScript parsing we override. */
const DATE_OID = 1082;
const INT8_OID = 20;
const NUMERIC_OID = 1700;

export interface DatabaseOptions {
  /** A PostgreSQL server to use; without it PGlite runs in-process. */
  databaseUrl?: string | undefined;
  /** Directory of PGlite's files, or `memory://` to keep them in memory. */
  pgliteDir?: string;
  /** A PGlite data directory dump to start from (tests use one). */
  pgliteDump?: Blob;
  /** Called after every query with its SQL and duration in milliseconds. */
  onQuery?: (sql: string, durationMs: number) => void;
}

/**
 * Opens the database: a PostgreSQL server when a URL is given, otherwise
 * an embedded PGlite. Both return `date` and `numeric` as strings and
 * `timestamptz` as Date, so repositories see the same values on either.
 */
export function openDatabase(options: DatabaseOptions): Db {
  if (options.databaseUrl) {
    return new Kysely<Database>({
      dialect: new PostgresDialect({ pool: createPool(options.databaseUrl) }),
      log: queryLogger(options.onQuery),
    });
  }

  const client = createPglite(options.pgliteDir ?? "memory://", {
    dump: options.pgliteDump,
  });

  return wrapPglite(client, options.onQuery);
}

/** Creates an embedded PGlite with the extensions and parsers we rely on. */
export function createPglite(
  dataDir: string,
  options: { dump?: Blob | undefined } = {},
): PGlite {
  if (!dataDir.startsWith("memory://")) {
    fs.mkdirSync(path.dirname(dataDir), { recursive: true });
  }

  return new PGlite(dataDir, {
    extensions: { btree_gist },
    ...(options.dump ? { loadDataDir: options.dump } : {}),
    parsers: {
      [DATE_OID]: (value: string) => value,
      [INT8_OID]: (value: string) => value,
      [NUMERIC_OID]: (value: string) => value,
    },
    serializers: { [pgliteTypes.INT8]: (value: unknown) => String(value) },
  });
}

/** Wraps a PGlite client in Kysely. */
export function wrapPglite(
  client: PGlite,
  onQuery?: DatabaseOptions["onQuery"],
): Db {
  return new Kysely<Database>({
    dialect: new PGliteDialect(client),
    log: queryLogger(onQuery),
  });
}

function queryLogger(onQuery: DatabaseOptions["onQuery"]) {
  if (!onQuery) return undefined;

  return (event: LogEvent) => {
    onQuery(event.query.sql, event.queryDurationMillis);
  };
}

function createPool(connectionString: string): pg.Pool {
  const typeParsers = {
    getTypeParser(oid: number, format?: "text" | "binary") {
      if (oid === DATE_OID || oid === INT8_OID || oid === NUMERIC_OID) {
        return (value: string) => value;
      }

      return pg.types.getTypeParser(oid, format) as (value: string) => unknown;
    },
  };

  return new pg.Pool({ connectionString, max: 10, types: typeParsers });
}
