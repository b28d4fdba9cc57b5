import type { Selectable } from "kysely";

import type { Db } from "../../db/database.js";
import type {
  SmartDeviceNetworksTable,
  SmartDevicesTable,
} from "../../db/schema.js";

export type SmartDeviceRow = Selectable<SmartDevicesTable>;
export type SmartDeviceNetworkRow = Selectable<SmartDeviceNetworksTable>;

const deviceColumns = [
  "id",
  "network_id",
  "device_id",
  "serial_number",
  "type",
  "status",
  "manufacturer",
  "model",
  "firmware_version",
  "payment_mode",
  "import_meter_id",
  "export_meter_id",
  "gas_meter_id",
] as const;

/** Finds the smart devices with the given ids. */
export function findSmartDevicesByIds(
  db: Db,
  ids: readonly number[],
): Promise<SmartDeviceRow[]> {
  return db
    .selectFrom("smart_devices")
    .select(deviceColumns)
    .where("id", "in", ids)
    .execute();
}

/** Finds the smart devices with the given EUI-64 device ids. */
export function findSmartDevicesByDeviceIds(
  db: Db,
  deviceIds: readonly string[],
): Promise<SmartDeviceRow[]> {
  return db
    .selectFrom("smart_devices")
    .select(deviceColumns)
    .where("device_id", "in", deviceIds)
    .execute();
}

/** Lists the devices that serve the given electricity meters. */
export function findSmartDevicesByElectricityMeterIds(
  db: Db,
  meterIds: readonly number[],
): Promise<SmartDeviceRow[]> {
  return db
    .selectFrom("smart_devices")
    .select(deviceColumns)
    .where((eb) =>
      eb.or([
        eb("import_meter_id", "in", meterIds),
        eb("export_meter_id", "in", meterIds),
      ]),
    )
    .orderBy("id")
    .execute();
}

/** Lists the devices that serve the given gas meters. */
export function findSmartDevicesByGasMeterIds(
  db: Db,
  meterIds: readonly number[],
): Promise<SmartDeviceRow[]> {
  return db
    .selectFrom("smart_devices")
    .select(deviceColumns)
    .where("gas_meter_id", "in", meterIds)
    .orderBy("id")
    .execute();
}

/** Lists the devices joined to the given home area networks. */
export function findSmartDevicesByNetworkIds(
  db: Db,
  networkIds: readonly number[],
): Promise<SmartDeviceRow[]> {
  return db
    .selectFrom("smart_devices")
    .select(deviceColumns)
    .where("network_id", "in", networkIds)
    .orderBy("id")
    .execute();
}

/** Finds the smart device networks with the given ids. */
export function findSmartDeviceNetworksByIds(
  db: Db,
  ids: readonly number[],
): Promise<SmartDeviceNetworkRow[]> {
  return db
    .selectFrom("smart_device_networks")
    .select(["id", "property_id"])
    .where("id", "in", ids)
    .execute();
}

/** Lists the smart device networks of the given properties. */
export function findSmartDeviceNetworksByPropertyIds(
  db: Db,
  propertyIds: readonly number[],
): Promise<SmartDeviceNetworkRow[]> {
  return db
    .selectFrom("smart_device_networks")
    .select(["id", "property_id"])
    .where("property_id", "in", propertyIds)
    .orderBy("id")
    .execute();
}
