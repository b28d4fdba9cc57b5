import { sql } from "kysely";
import type { Kysely } from "kysely";

/**
 * Adds embedded (private) electricity networks, such as those of a block of
 * flats or a park home site, and the properties supplied through each. A
 * property belongs to at most one embedded network.
 */
export async function up(db: Kysely<unknown>): Promise<void> {
  await sql`create table embedded_networks (
    id integer generated always as identity primary key,
    name text not null
  )`.execute(db);
  await sql`create table embedded_network_properties (
    id integer generated always as identity primary key,
    embedded_network_id integer not null
      references embedded_networks (id) on delete cascade,
    property_id integer not null unique
      references properties (id) on delete cascade
  )`.execute(db);
  await sql`create index embedded_network_properties_network_idx
    on embedded_network_properties (embedded_network_id)`.execute(db);
}

export async function down(db: Kysely<unknown>): Promise<void> {
  await sql`drop table if exists embedded_network_properties`.execute(db);
  await sql`drop table if exists embedded_networks`.execute(db);
}
