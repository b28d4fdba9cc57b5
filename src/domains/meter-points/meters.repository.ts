import type { Selectable } from "kysely";

import type { Db } from "../../db/database.js";
import type {
  ElectricityMeterRegistersTable,
  ElectricityMetersTable,
  GasMetersTable,
} from "../../db/schema.js";

export type ElectricityMeterRow = Selectable<ElectricityMetersTable>;
export type GasMeterRow = Selectable<GasMetersTable>;
export type ElectricityMeterRegisterRow =
  Selectable<ElectricityMeterRegistersTable>;

const electricityColumns = [
  "id",
  "meter_point_id",
  "serial_number",
  "meter_type",
  "make_and_type",
  "is_digital",
  "installation_date",
  "active_from",
  "active_to",
  "location",
  "consumption_units",
  "created_at",
  "updated_at",
] as const;

const gasColumns = [
  "id",
  "meter_point_id",
  "serial_number",
  "manufacturer_code",
  "model_name",
  "manufactured_year",
  "meter_type",
  "mechanism",
  "imperial",
  "units",
  "correction",
  "reading_factor",
  "location",
  "installation_date",
  "active_from",
  "active_to",
  "consumption_units",
  "created_at",
  "updated_at",
] as const;

/** Finds the electricity meters with the given ids. */
export function findElectricityMetersByIds(
  db: Db,
  ids: readonly number[],
): Promise<ElectricityMeterRow[]> {
  return db
    .selectFrom("electricity_meters")
    .select(electricityColumns)
    .where("id", "in", ids)
    .execute();
}

/** Lists the meters of the given electricity meter points, oldest first. */
export function findElectricityMetersByMeterPointIds(
  db: Db,
  meterPointIds: readonly number[],
): Promise<ElectricityMeterRow[]> {
  return db
    .selectFrom("electricity_meters")
    .select(electricityColumns)
    .where("meter_point_id", "in", meterPointIds)
    .orderBy("active_from")
    .orderBy("id")
    .execute();
}

/** Finds the gas meters with the given ids. */
export function findGasMetersByIds(
  db: Db,
  ids: readonly number[],
): Promise<GasMeterRow[]> {
  return db
    .selectFrom("gas_meters")
    .select(gasColumns)
    .where("id", "in", ids)
    .execute();
}

/** Lists the meters of the given gas meter points, oldest first. */
export function findGasMetersByMeterPointIds(
  db: Db,
  meterPointIds: readonly number[],
): Promise<GasMeterRow[]> {
  return db
    .selectFrom("gas_meters")
    .select(gasColumns)
    .where("meter_point_id", "in", meterPointIds)
    .orderBy("active_from")
    .orderBy("id")
    .execute();
}

/** Lists the registers of the given electricity meters. */
export function findRegistersByMeterIds(
  db: Db,
  meterIds: readonly number[],
): Promise<ElectricityMeterRegisterRow[]> {
  return db
    .selectFrom("electricity_meter_registers")
    .select([
      "id",
      "meter_id",
      "identifier",
      "name",
      "rate",
      "is_settlement_register",
      "digits",
    ])
    .where("meter_id", "in", meterIds)
    .orderBy("identifier")
    .execute();
}

/**
 * Lists which of the given properties have a meter that a SMETS2 install
 * would replace. Such a meter is in service on `today` (a Europe/London
 * date), sits on an ON_SUPPLY meter point and has no working ESME or GSME.
 */
export async function findPropertyIdsWithNonSmartMeters(
  db: Db,
  propertyIds: readonly number[],
  today: string,
): Promise<number[]> {
  const retiredStatuses = ["DECOMMISSIONED", "WITHDRAWN"];
  const electricity = db
    .selectFrom("electricity_meter_points as point")
    .innerJoin(
      "electricity_meters as meter",
      "meter.meter_point_id",
      "point.id",
    )
    .select("point.property_id")
    .where("point.property_id", "in", propertyIds)
    .where("point.status", "=", "ON_SUPPLY")
    .where((eb) =>
      eb.or([
        eb("meter.active_to", "is", null),
        eb("meter.active_to", ">", today),
      ]),
    )
    .where((eb) =>
      eb.not(
        eb.exists(
          eb
            .selectFrom("smart_devices as device")
            .select("device.id")
            .where("device.type", "=", "ESME")
            .where("device.status", "not in", retiredStatuses)
            .where((inner) =>
              inner.or([
                inner("device.import_meter_id", "=", inner.ref("meter.id")),
                inner("device.export_meter_id", "=", inner.ref("meter.id")),
              ]),
            ),
        ),
      ),
    );
  const gas = db
    .selectFrom("gas_meter_points as point")
    .innerJoin("gas_meters as meter", "meter.meter_point_id", "point.id")
    .select("point.property_id")
    .where("point.property_id", "in", propertyIds)
    .where("point.status", "=", "ON_SUPPLY")
    .where((eb) =>
      eb.or([
        eb("meter.active_to", "is", null),
        eb("meter.active_to", ">", today),
      ]),
    )
    .where((eb) =>
      eb.not(
        eb.exists(
          eb
            .selectFrom("smart_devices as device")
            .select("device.id")
            .where("device.type", "=", "GSME")
            .where("device.status", "not in", retiredStatuses)
            .whereRef("device.gas_meter_id", "=", "meter.id"),
        ),
      ),
    );
  const rows = await electricity.union(gas).execute();

  return rows.map((row) => row.property_id);
}
