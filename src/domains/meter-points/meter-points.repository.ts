import type { Selectable } from "kysely";

import type { Db } from "../../db/database.js";
import type {
  ElectricityMeterPointsTable,
  GasMeterPointsTable,
} from "../../db/schema.js";

export type ElectricityMeterPointRow = Selectable<ElectricityMeterPointsTable>;
export type GasMeterPointRow = Selectable<GasMeterPointsTable>;

const electricityColumns = [
  "id",
  "property_id",
  "mpan",
  "gsp_group_id",
  "direction",
  "profile_class",
  "ssc",
  "llf",
  "mtc",
  "measurement_class",
  "energisation_status",
  "dcc_service_flag",
  "sms_operator",
  "status",
  "smart_start_date",
  "supply_end_date",
  "created_at",
] as const;

const gasColumns = [
  "id",
  "property_id",
  "mprn",
  "ldz",
  "exit_zone",
  "market_sector_code",
  "supply_class",
  "status",
  "smart_start_date",
  "supply_end_date",
  "created_at",
] as const;

/** Finds the electricity meter points with the given ids. */
export function findElectricityMeterPointsByIds(
  db: Db,
  ids: readonly number[],
): Promise<ElectricityMeterPointRow[]> {
  return db
    .selectFrom("electricity_meter_points")
    .select(electricityColumns)
    .where("id", "in", ids)
    .execute();
}

/** Finds the electricity meter points with the given MPAN cores. */
export function findElectricityMeterPointsByMpans(
  db: Db,
  mpans: readonly string[],
): Promise<ElectricityMeterPointRow[]> {
  return db
    .selectFrom("electricity_meter_points")
    .select(electricityColumns)
    .where("mpan", "in", mpans)
    .execute();
}

/** Lists the electricity meter points of the given properties, ordered by id. */
export function findElectricityMeterPointsByPropertyIds(
  db: Db,
  propertyIds: readonly number[],
): Promise<ElectricityMeterPointRow[]> {
  return db
    .selectFrom("electricity_meter_points")
    .select(electricityColumns)
    .where("property_id", "in", propertyIds)
    .orderBy("id")
    .execute();
}

/** Finds the gas meter points with the given ids. */
export function findGasMeterPointsByIds(
  db: Db,
  ids: readonly number[],
): Promise<GasMeterPointRow[]> {
  return db
    .selectFrom("gas_meter_points")
    .select(gasColumns)
    .where("id", "in", ids)
    .execute();
}

/** Finds the gas meter points with the given MPRNs. */
export function findGasMeterPointsByMprns(
  db: Db,
  mprns: readonly string[],
): Promise<GasMeterPointRow[]> {
  return db
    .selectFrom("gas_meter_points")
    .select(gasColumns)
    .where("mprn", "in", mprns)
    .execute();
}

/** Lists the gas meter points of the given properties, ordered by id. */
export function findGasMeterPointsByPropertyIds(
  db: Db,
  propertyIds: readonly number[],
): Promise<GasMeterPointRow[]> {
  return db
    .selectFrom("gas_meter_points")
    .select(gasColumns)
    .where("property_id", "in", propertyIds)
    .orderBy("id")
    .execute();
}
