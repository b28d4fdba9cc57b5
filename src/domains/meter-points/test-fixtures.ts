import type { Db } from "../../db/database.js";
import {
  mpanCheckDigit,
  mprnCheckDigits,
} from "../../shared/meter-identifiers.js";

/** Ids and identifiers of a property that `insertFixtureProperty` made. */
export interface FixtureProperty {
  propertyId: number;
  occupancyId: number;
  mpan: string;
  mprn: string;
  electricityMeterPointId: number;
  currentMeterId: number;
  removedMeterId: number;
  gasMeterPointId: number;
  gasMeterId: number;
  networkId: number;
  gsmeDeviceId: string;
}

/**
 * Inserts, for tests, a property that an account moved into on
 * `movedInAt`, with an electricity meter point (a current non-smart
 * Economy 7 meter and a removed one) and a gas meter point whose meter is
 * served by a GSME. The MPAN after its distributor id, the MPRN and the
 * device ids start with 99, so they are unlikely to clash with demo data.
 */
export async function insertFixtureProperty(
  db: Db,
  accountId: number,
  movedInAt: Date,
): Promise<FixtureProperty> {
  const property = await db
    .insertInto("properties")
    .values({
      address_line1: "Flat 3",
      address_line2: "12 Harbour Street",
      town: "Bristol",
      county: "City of Bristol",
      postcode: "BS1 4RH",
      uprn: "000012345678",
      label: "Test flat",
      latitude: "51.449800",
      longitude: "-2.593100",
      wan_coverage: "MEDIUM",
    })
    .returning("id")
    .executeTakeFirstOrThrow();
  const propertyId = property.id;
  const occupancy = await db
    .insertInto("occupancy_periods")
    .values({
      property_id: propertyId,
      account_id: accountId,
      effective_from: movedInAt,
      number_of_occupants: 2,
    })
    .returning("id")
    .executeTakeFirstOrThrow();
  const mpanBody = `2299${String(propertyId).padStart(8, "0")}`;
  const mpan = `${mpanBody}${mpanCheckDigit(mpanBody)}`;
  const electricityPoint = await db
    .insertInto("electricity_meter_points")
    .values({
      property_id: propertyId,
      mpan,
      gsp_group_id: "L",
      profile_class: 2,
      ssc: "0151",
      llf: "571",
      mtc: 811,
    })
    .returning("id")
    .executeTakeFirstOrThrow();
  const [removedMeter, currentMeter] = await db
    .insertInto("electricity_meters")
    .values([
      {
        meter_point_id: electricityPoint.id,
        serial_number: "99K0000001",
        meter_type: "N",
        is_digital: false,
        active_from: "2010-04-01",
        active_to: "2019-06-15",
      },
      {
        meter_point_id: electricityPoint.id,
        serial_number: "99K0000002",
        meter_type: "H",
        make_and_type: "Landis+Gyr 5235",
        active_from: "2019-06-15",
        installation_date: "2019-06-15",
        location: "Hall cupboard",
      },
    ])
    .returning("id")
    .execute();
  await db
    .insertInto("electricity_meter_registers")
    .values([
      { meter_id: currentMeter!.id, identifier: "1", name: "Day", rate: "DAY" },
      {
        meter_id: currentMeter!.id,
        identifier: "2",
        name: "Night",
        rate: "NIGHT",
      },
    ])
    .execute();
  const mprnBody = `99${String(propertyId).padStart(6, "0")}`;
  const mprn = `${mprnBody}${mprnCheckDigits(mprnBody)}`;
  const gasPoint = await db
    .insertInto("gas_meter_points")
    .values({
      property_id: propertyId,
      mprn,
      ldz: "SW",
      exit_zone: "SW1",
      market_sector_code: "D",
    })
    .returning("id")
    .executeTakeFirstOrThrow();
  const gasMeter = await db
    .insertInto("gas_meters")
    .values({
      meter_point_id: gasPoint.id,
      serial_number: "E6S99000001961",
      manufacturer_code: "LPG",
      model_name: "E6VG470",
      manufactured_year: 2019,
      meter_type: "U",
      mechanism: "S2",
      reading_factor: "1.0000",
      correction: 1.02264,
      location: "Kitchen",
      active_from: "2019-06-15",
    })
    .returning("id")
    .executeTakeFirstOrThrow();
  const network = await db
    .insertInto("smart_device_networks")
    .values({ property_id: propertyId })
    .returning("id")
    .executeTakeFirstOrThrow();
  const suffix = propertyId.toString(16).toUpperCase().padStart(4, "0");
  const deviceIdPrefix = `99-00-00-FF-${suffix.slice(0, 2)}-${suffix.slice(2)}`;
  const gsmeDeviceId = `${deviceIdPrefix}-00-01`;
  await db
    .insertInto("smart_devices")
    .values([
      {
        network_id: network.id,
        device_id: gsmeDeviceId,
        serial_number: "E6S99000001961",
        type: "GSME",
        manufacturer: "Landis+Gyr",
        model: "G470",
        firmware_version: "3.1",
        payment_mode: "CREDIT",
        gas_meter_id: gasMeter.id,
      },
      {
        network_id: network.id,
        device_id: `${deviceIdPrefix}-00-02`,
        serial_number: "IHD9900001",
        type: "IHD",
        status: "DECOMMISSIONED",
        manufacturer: "Chameleon",
        model: "IHD6",
        firmware_version: "1.4",
      },
    ])
    .execute();

  return {
    propertyId,
    occupancyId: occupancy.id,
    mpan,
    mprn,
    electricityMeterPointId: electricityPoint.id,
    currentMeterId: currentMeter!.id,
    removedMeterId: removedMeter!.id,
    gasMeterPointId: gasPoint.id,
    gasMeterId: gasMeter.id,
    networkId: network.id,
    gsmeDeviceId,
  };
}

/** Deletes a fixture property; its meter points, meters and devices cascade. */
export async function deleteFixtureProperty(
  db: Db,
  fixture: FixtureProperty,
): Promise<void> {
  await db
    .deleteFrom("smart_devices")
    .where("network_id", "=", fixture.networkId)
    .execute();
  await db
    .deleteFrom("properties")
    .where("id", "=", fixture.propertyId)
    .execute();
}
