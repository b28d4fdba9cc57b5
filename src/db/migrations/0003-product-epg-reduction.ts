import { sql } from "kysely";
import type { Kysely } from "kysely";

/**
 * Records whether a product's published rates already include the Energy
 * Price Guarantee reduction, the government discount on domestic unit rates
 * of October 2022 to June 2023. Existing products did not include it.
 */
export async function up(db: Kysely<unknown>): Promise<void> {
  await sql`alter table products
    add column includes_epg_reduction boolean not null default false`.execute(
    db,
  );
}

export async function down(db: Kysely<unknown>): Promise<void> {
  await sql`alter table products drop column includes_epg_reduction`.execute(
    db,
  );
}
