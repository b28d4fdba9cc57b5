import type { Transaction } from "kysely";

import type { Database } from "../schema.js";
import { londonMidnight } from "./calendar.js";
import { planDevices } from "./devices.js";
import type { HouseholdPlan, MeterPlan } from "./households.js";
import type { Identifiers } from "./identifiers.js";

type Trx = Transaction<Database>;

export async function insertElectricityMeters(
  trx: Trx,
  meters: { pointId: number; meter: MeterPlan; economy7: boolean }[],
): Promise<number[]> {
  const rows = await trx
    .insertInto("electricity_meters")
    .values(
      meters.map(({ pointId, meter }) => ({
        meter_point_id: pointId,
        serial_number: meter.serialNumber,
        meter_type: meter.meterType,
        make_and_type: meter.makeAndType,
        is_digital: true,
        installation_date: meter.activeFrom.toString(),
        created_at: installedAt(meter),
        active_from: meter.activeFrom.toString(),
        active_to: meter.activeTo?.toString() ?? null,
        location: "Under stairs",
        updated_at: null,
      })),
    )
    .returning(["id", "meter_point_id", "serial_number", "active_from"])
    .execute();
  const keyOf = (pointId: number, serial: string, activeFrom: string) =>
    `${pointId}/${serial}/${activeFrom}`;
  const ids = new Map(
    rows.map((row) => [
      keyOf(row.meter_point_id, row.serial_number, row.active_from),
      row.id,
    ]),
  );
  const meterIds = meters.map(
    ({ pointId, meter }) =>
      ids.get(
        keyOf(pointId, meter.serialNumber, meter.activeFrom.toString()),
      ) ?? 0,
  );

  await trx
    .insertInto("electricity_meter_registers")
    .values(
      meters.flatMap(({ meter, economy7 }, i) =>
        (economy7
          ? [
              { identifier: "1", name: "Day", rate: "DAY" },
              { identifier: "2", name: "Night", rate: "NIGHT" },
            ]
          : [{ identifier: "1", name: "Standard", rate: "STANDARD" }]
        ).map((register) => ({
          meter_id: meterIds[i] ?? 0,
          ...register,
          digits: meter.smart ? 6 : 5,
        })),
      ),
    )
    .execute();

  return meterIds;
}

export async function insertGasMeters(
  trx: Trx,
  meters: { pointId: number; meter: MeterPlan }[],
): Promise<number[]> {
  const rows = await trx
    .insertInto("gas_meters")
    .values(
      meters.map(({ pointId, meter }) => ({
        meter_point_id: pointId,
        serial_number: meter.serialNumber,
        manufacturer_code: meter.makeAndType.split(" ")[0]?.toUpperCase() ?? "",
        model_name: meter.makeAndType,
        manufactured_year: meter.manufacturedYear,
        meter_type: meter.smart ? "S2" : "U",
        mechanism: meter.smart ? "S2" : "CR",
        imperial: false,
        units: 5,
        correction: 1.02264,
        reading_factor: "1.0000",
        location: "Outside box",
        installation_date: meter.activeFrom.toString(),
        created_at: installedAt(meter),
        active_from: meter.activeFrom.toString(),
        active_to: meter.activeTo?.toString() ?? null,
        updated_at: null,
      })),
    )
    .returning(["id", "meter_point_id", "serial_number", "active_from"])
    .execute();
  const keyOf = (pointId: number, serial: string, activeFrom: string) =>
    `${pointId}/${serial}/${activeFrom}`;
  const ids = new Map(
    rows.map((row) => [
      keyOf(row.meter_point_id, row.serial_number, row.active_from),
      row.id,
    ]),
  );

  return meters.map(
    ({ pointId, meter }) =>
      ids.get(
        keyOf(pointId, meter.serialNumber, meter.activeFrom.toString()),
      ) ?? 0,
  );
}

export async function insertDevices(
  trx: Trx,
  plans: HouseholdPlan[],
  propertyIds: number[],
  meterIdOf: Map<MeterPlan, number>,
  identifiers: Identifiers,
  seed: number,
): Promise<void> {
  const smartPlans = plans
    .map((plan, i) => ({ plan, propertyId: propertyIds[i] ?? 0 }))
    .filter(({ plan }) => plan.archetype.smart);

  if (smartPlans.length === 0) return;

  const networks = await trx
    .insertInto("smart_device_networks")
    .values(smartPlans.map(({ propertyId }) => ({ property_id: propertyId })))
    .returning(["id", "property_id"])
    .execute();
  const networkIds = new Map(networks.map((row) => [row.property_id, row.id]));
  const devices = smartPlans.flatMap(({ plan, propertyId }) =>
    planDevices(seed, plan, identifiers).map((device) => ({
      network_id: networkIds.get(propertyId) ?? null,
      device_id: device.deviceId,
      serial_number: device.serialNumber,
      type: device.type,
      status: device.status,
      manufacturer: device.manufacturer,
      model: device.model,
      firmware_version: device.firmwareVersion,
      payment_mode: device.paymentMode,
      import_meter_id: device.importMeter
        ? (meterIdOf.get(device.importMeter) ?? null)
        : null,
      export_meter_id: device.exportMeter
        ? (meterIdOf.get(device.exportMeter) ?? null)
        : null,
      gas_meter_id: device.gasMeter
        ? (meterIdOf.get(device.gasMeter) ?? null)
        : null,
    })),
  );

  await trx.insertInto("smart_devices").values(devices).execute();
}

/** Returns London midnight of the day a meter became active. */
function installedAt(meter: MeterPlan): Date {
  return new Date(londonMidnight(meter.activeFrom).epochMilliseconds);
}
