import { sql } from "kysely";

import type { Db } from "../src/db/database.js";
import type { DemoLogin } from "../src/db/demo/index.js";

export interface BenchContext {
  db: Db;
  login: DemoLogin;
  token: string;
}

export interface BenchCase {
  name: string;
  query: string;
  variables?: Record<string, unknown>;
}

/** Finds the smart electricity meter device of the demo account. */
async function findDemoDevice(context: BenchContext): Promise<string> {
  const row = await context.db
    .selectFrom("smart_devices as d")
    .innerJoin("electricity_meters as m", "m.id", "d.import_meter_id")
    .innerJoin(
      "agreements as a",
      "a.electricity_meter_point_id",
      "m.meter_point_id",
    )
    .innerJoin("accounts as acc", "acc.id", "a.account_id")
    .select("d.device_id")
    .where("acc.number", "=", context.login.accountNumber)
    .executeTakeFirstOrThrow();

  return row.device_id;
}

async function latestReading(context: BenchContext): Promise<Date> {
  const row = await context.db
    .selectFrom("consumption_readings")
    .select(sql<Date>`max(interval_start)`.as("latest"))
    .executeTakeFirstOrThrow();

  return row.latest;
}

/** Lists the queries to measure; the first (viewer) is the baseline. */
export async function benchmarkCases(
  context: BenchContext,
): Promise<BenchCase[]> {
  const accountNumber = context.login.accountNumber;
  const deviceId = await findDemoDevice(context);
  const end = await latestReading(context);
  const day = new Date(end.getTime() - 24 * 3600_000);
  const month = new Date(end.getTime() - 31 * 24 * 3600_000);
  const telemetry = `query($deviceId: String!, $start: DateTime, $end: DateTime) {
    smartMeterTelemetry(deviceId: $deviceId, start: $start, end: $end,
      grouping: HALF_HOURLY) { readAt consumptionDelta costDelta }
  }`;

  return [
    { name: "viewer", query: "{ viewer { id email accounts { number } } }" },
    {
      name: "account with agreements and tariffs",
      query: `query($n: String!) { account(accountNumber: $n) {
        number balance
        electricityAgreements(active: true) { id validFrom
          meterPoint { mpan meters { serialNumber
            smartImportElectricityMeter { deviceId } }
            agreements(includeInactive: true) { validFrom
              tariff { ... on TariffType { tariffCode standingCharge }
                ... on StandardTariff { unitRate } } } } }
        gasAgreements(active: true) { id tariff {
          ... on GasTariffType { unitRate } } } } }`,
      variables: { n: accountNumber },
    },
    {
      name: "properties with meter points and meters",
      query: `query($n: String!) { properties(accountNumber: $n) {
        id postcode occupancyPeriods { effectiveFrom }
        electricityMeterPoints { mpan meters { serialNumber
          smartDevices { deviceId } } }
        gasMeterPoints { mprn meters { serialNumber } } } }`,
      variables: { n: accountNumber },
    },
    {
      name: "telemetry, 1 day half-hourly",
      query: telemetry,
      variables: { deviceId, start: day.toISOString(), end: end.toISOString() },
    },
    {
      name: "telemetry, 31 days half-hourly",
      query: telemetry,
      variables: {
        deviceId,
        start: month.toISOString(),
        end: end.toISOString(),
      },
    },
    {
      name: "energyProducts, first 100, no token",
      query: `{ energyProducts(postcode: "SW1A 2AA", first: 100) {
        totalCount edges { node { code displayName isVariable } } } }`,
    },
  ];
}
