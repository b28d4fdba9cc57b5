import type { Selectable } from "kysely";

import type { Db } from "../../db/database.js";
import type {
  OccupancyPeriodsTable,
  PropertiesTable,
} from "../../db/schema.js";

export type PropertyRow = Selectable<PropertiesTable>;
export type OccupancyPeriodRow = Selectable<OccupancyPeriodsTable>;

const occupancyColumns = [
  "id",
  "property_id",
  "account_id",
  "effective_from",
  "effective_to",
  "is_occupier",
  "number_of_occupants",
] as const;

/** Finds the properties with the given ids. */
export function findPropertiesByIds(
  db: Db,
  ids: readonly number[],
): Promise<PropertyRow[]> {
  return db
    .selectFrom("properties")
    .select([
      "id",
      "address_line1",
      "address_line2",
      "address_line3",
      "town",
      "county",
      "postcode",
      "country_code",
      "uprn",
      "label",
      "latitude",
      "longitude",
      "wan_coverage",
      "created_at",
    ])
    .where("id", "in", ids)
    .execute();
}

/** Lists the occupancy periods of the given accounts, oldest first. */
export function findOccupancyPeriodsByAccountIds(
  db: Db,
  accountIds: readonly number[],
): Promise<OccupancyPeriodRow[]> {
  return db
    .selectFrom("occupancy_periods")
    .select(occupancyColumns)
    .where("account_id", "in", accountIds)
    .orderBy("effective_from")
    .orderBy("id")
    .execute();
}

/** Lists the occupancy periods on the given properties, oldest first. */
export function findOccupancyPeriodsByPropertyIds(
  db: Db,
  propertyIds: readonly number[],
): Promise<OccupancyPeriodRow[]> {
  return db
    .selectFrom("occupancy_periods")
    .select(occupancyColumns)
    .where("property_id", "in", propertyIds)
    .orderBy("effective_from")
    .orderBy("id")
    .execute();
}
