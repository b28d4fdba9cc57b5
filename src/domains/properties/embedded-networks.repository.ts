import type { Selectable } from "kysely";

import type { Db } from "../../db/database.js";
import type {
  EmbeddedNetworkPropertiesTable,
  EmbeddedNetworksTable,
} from "../../db/schema.js";

export type EmbeddedNetworkRow = Selectable<EmbeddedNetworksTable>;
export type EmbeddedNetworkPropertyRow =
  Selectable<EmbeddedNetworkPropertiesTable>;

/** Finds the embedded networks with the given ids. */
export function findEmbeddedNetworksByIds(
  db: Db,
  ids: readonly number[],
): Promise<EmbeddedNetworkRow[]> {
  return db
    .selectFrom("embedded_networks")
    .select(["id", "name"])
    .where("id", "in", ids)
    .execute();
}

/** Finds the embedded network membership of each of the given properties. */
export function findEmbeddedPropertiesByPropertyIds(
  db: Db,
  propertyIds: readonly number[],
): Promise<EmbeddedNetworkPropertyRow[]> {
  return db
    .selectFrom("embedded_network_properties")
    .select(["id", "embedded_network_id", "property_id"])
    .where("property_id", "in", propertyIds)
    .execute();
}

/** Lists the member properties of the given embedded networks. */
export function findEmbeddedPropertiesByNetworkIds(
  db: Db,
  networkIds: readonly number[],
): Promise<EmbeddedNetworkPropertyRow[]> {
  return db
    .selectFrom("embedded_network_properties")
    .select(["id", "embedded_network_id", "property_id"])
    .where("embedded_network_id", "in", networkIds)
    .orderBy("property_id")
    .execute();
}
