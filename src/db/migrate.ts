import { Migrator } from "kysely";
import type { Migration, MigrationProvider } from "kysely";

import type { Db } from "./database.js";
import * as coreModel from "./migrations/0001-core-model.js";
import * as productEpgReduction from "./migrations/0003-product-epg-reduction.js";
import * as embeddedNetworks from "./migrations/0004-embedded-networks.js";

/** Every migration, in the order it runs; names never change once shipped. */
const migrations: Record<string, Migration> = {
  "0001-core-model": coreModel,
  "0003-product-epg-reduction": productEpgReduction,
  "0004-embedded-networks": embeddedNetworks,
};

const provider: MigrationProvider = {
  getMigrations: () => Promise.resolve(migrations),
};

/** Applies pending migrations; returns the names it applied. */
export async function migrateToLatest(db: Db): Promise<string[]> {
  const migrator = new Migrator({ db, provider });
  const { error, results } = await migrator.migrateToLatest();

  if (error) {
    const failed = results?.find((result) => result.status === "Error");
    const name = failed?.migrationName ?? "unknown";
    throw new Error(`Migration ${name} failed`, { cause: error });
  }

  return (results ?? []).map((result) => result.migrationName);
}
