import { Decimal } from "decimal.js";
import { Temporal } from "temporal-polyfill";
import { afterAll, beforeAll, describe, expect, it } from "vitest";

import { demoLogin } from "../../../test/helpers/test-database.js";
import { startTestServer } from "../../../test/helpers/test-server.js";
import type { TestServer } from "../../../test/helpers/test-server.js";
import { issueTestToken } from "../../../test/helpers/tokens.js";
import { formatDateTime } from "../../shared/datetime.js";
import {
  clockChangeDay,
  findSmartMeter,
  listReadings,
} from "./telemetry-test-data.js";
import type { SmartMeterFixture } from "./telemetry-test-data.js";

const MEASUREMENTS = `
  query Measurements(
    $accountNumber: String!
    $startAt: DateTime
    $endAt: DateTime
    $startOn: Date
    $endOn: Date
    $timezone: String
    $utilityFilters: [UtilityFiltersInput]
    $first: Int
    $after: String
  ) {
    properties(accountNumber: $accountNumber) {
      id
      measurements(
        startAt: $startAt
        endAt: $endAt
        startOn: $startOn
        endOn: $endOn
        timezone: $timezone
        utilityFilters: $utilityFilters
        first: $first
        after: $after
      ) {
        totalCount
        edgeCount
        pageInfo { hasNextPage hasPreviousPage startCursor endCursor }
        edges {
          cursor
          node {
            value
            unit
            readAt
            ... on IntervalMeasurementType {
              startAt
              endAt
              durationInSeconds
            }
            metaData {
              utilityFilters {
                ... on ElectricityFiltersOutput {
                  readingDirection
                  readingFrequencyType
                  marketSupplyPointId
                  deviceId
                }
                ... on GasFiltersOutput {
                  readingFrequencyType
                  marketSupplyPointId
                }
              }
              statistics {
                type
                costExclTax {
                  estimatedAmount
                  costCurrency
                  pricePerUnit { amount unit }
                }
                costInclTax { estimatedAmount costCurrency }
              }
            }
          }
        }
      }
    }
  }
`;

const TELEMETRY_COST = `
  query Cost($deviceId: String!, $start: DateTime, $end: DateTime) {
    smartMeterTelemetry(
      deviceId: $deviceId
      start: $start
      end: $end
      grouping: HALF_HOURLY
    ) {
      readAt
      costDelta
      costDeltaWithTax
    }
  }
`;

const HALF_HOUR_MS = 1_800_000;

interface MeasurementNode {
  value: string;
  unit: string;
  readAt: string;
  startAt: string;
  endAt: string;
  durationInSeconds: number;
  metaData: {
    utilityFilters: Record<string, unknown>;
    statistics: {
      type: string;
      costExclTax: {
        estimatedAmount: string;
        costCurrency: string;
        pricePerUnit: { amount: string; unit: string } | null;
      };
      costInclTax: { estimatedAmount: string; costCurrency: string };
    }[];
  };
}

interface MeasurementConnection {
  totalCount: number;
  edgeCount: number;
  pageInfo: {
    hasNextPage: boolean;
    hasPreviousPage: boolean;
    startCursor: string | null;
    endCursor: string | null;
  };
  edges: { cursor: string; node: MeasurementNode }[];
}

interface PropertiesData {
  properties: { id: string; measurements: MeasurementConnection | null }[];
}

let server: TestServer;
let token: string;
let meter: SmartMeterFixture;
let mpan: string;
let propertyId: string;

beforeAll(async () => {
  server = await startTestServer();
  const { email } = demoLogin();
  token = await issueTestToken(server, email);
  meter = await findSmartMeter(server.db, { viewerEmail: email });
  const point = await server.db
    .selectFrom("electricity_meter_points")
    .select(["mpan", "property_id"])
    .where("id", "=", meter.meterPointId)
    .executeTakeFirstOrThrow();
  mpan = point.mpan;
  propertyId = String(point.property_id);
});

afterAll(async () => {
  await server.close();
});

function importFilter(readingFrequencyType: string, extra = {}) {
  return [
    {
      electricityFilters: {
        readingFrequencyType,
        marketSupplyPointId: mpan,
        ...extra,
      },
    },
  ];
}

async function requestMeasurements(variables: Record<string, unknown>) {
  return server.request<PropertiesData>(
    MEASUREMENTS,
    { accountNumber: demoLogin().accountNumber, first: 100, ...variables },
    token,
  );
}

/** Requests measurements of the meter's property; fails on any error. */
async function fetchMeasurements(
  variables: Record<string, unknown>,
): Promise<MeasurementConnection> {
  const response = await requestMeasurements(variables);

  expect(response.body.errors).toBeUndefined();

  const property = response.body.data?.properties.find(
    (candidate) => candidate.id === propertyId,
  );

  expect(property?.measurements).toBeTruthy();

  return property?.measurements as MeasurementConnection;
}

function expectValidationError(
  response: Awaited<ReturnType<typeof requestMeasurements>>,
  errorCode: string,
  inputPath: (string | number)[],
) {
  const error = response.body.errors?.[0];

  expect(response.body.errors).toHaveLength(1);
  expect(error?.path).toEqual([
    "properties",
    expect.any(Number),
    "measurements",
  ]);
  expect(error?.extensions).toMatchObject({
    errorType: "VALIDATION",
    errorCode,
    validationErrors: [{ inputPath }],
  });
}

function sumKwh(readings: { consumptionWh: number }[]): string {
  return readings
    .reduce(
      (total, reading) => total.plus(reading.consumptionWh),
      new Decimal(0),
    )
    .div(1000)
    .toString();
}

describe("PropertyType.measurements half-hours", () => {
  it("returns stored half-hours with their cost", async () => {
    const start = new Date(meter.lastReading.getTime() - 3 * HALF_HOUR_MS);
    const end = new Date(meter.lastReading.getTime() + HALF_HOUR_MS);
    const readings = await listReadings(
      server.db,
      meter.meterId,
      "ELECTRICITY",
      start,
      end,
    );
    const telemetry = await server.request<{
      smartMeterTelemetry: { costDelta: string; costDeltaWithTax: string }[];
    }>(
      TELEMETRY_COST,
      {
        deviceId: meter.deviceId,
        start: start.toISOString(),
        end: end.toISOString(),
      },
      token,
    );
    const costs = telemetry.body.data?.smartMeterTelemetry ?? [];
    const connection = await fetchMeasurements({
      startAt: start.toISOString(),
      endAt: end.toISOString(),
      utilityFilters: importFilter("RAW_INTERVAL"),
    });

    expect(readings).toHaveLength(4);
    expect(connection.totalCount).toBe(4);
    expect(connection.edges.map((edge) => edge.node)).toEqual(
      readings.map((reading, index) => {
        const startAt = formatDateTime(reading.intervalStart);

        return {
          value: sumKwh([reading]),
          unit: "kwh",
          readAt: startAt,
          startAt,
          endAt: formatDateTime(
            new Date(reading.intervalStart.getTime() + HALF_HOUR_MS),
          ),
          durationInSeconds: 1800,
          metaData: {
            utilityFilters: {
              readingDirection: "CONSUMPTION",
              readingFrequencyType: "RAW_INTERVAL",
              marketSupplyPointId: mpan,
              deviceId: null,
            },
            statistics: [
              {
                type: "CONSUMPTION_COST",
                costExclTax: {
                  estimatedAmount: costs[index]?.costDelta,
                  costCurrency: "GBP",
                  pricePerUnit: {
                    amount: expect.any(String),
                    unit: "KILOWATT_HOURS",
                  },
                },
                costInclTax: {
                  estimatedAmount: costs[index]?.costDeltaWithTax,
                  costCurrency: "GBP",
                },
              },
            ],
          },
        };
      }),
    );
  });

  it("returns gas half-hours by MPRN", async () => {
    const gas = await findSmartMeter(server.db, {
      type: "GSME",
      viewerEmail: demoLogin().email,
    });
    const point = await server.db
      .selectFrom("gas_meter_points")
      .select(["mprn", "property_id"])
      .where("id", "=", gas.meterPointId)
      .executeTakeFirstOrThrow();
    const start = new Date(gas.lastReading.getTime() - HALF_HOUR_MS);
    const end = new Date(gas.lastReading.getTime() + HALF_HOUR_MS);
    const readings = await listReadings(
      server.db,
      gas.meterId,
      "GAS",
      start,
      end,
    );
    const connection = await fetchMeasurements({
      startAt: start.toISOString(),
      endAt: end.toISOString(),
      utilityFilters: [{ gasFilters: { marketSupplyPointId: point.mprn } }],
    });

    expect(String(point.property_id)).toBe(propertyId);
    expect(connection.edges.map((edge) => edge.node.value)).toEqual(
      readings.map((reading) => sumKwh([reading])),
    );
    expect(connection.edges[0]?.node.metaData.utilityFilters).toEqual({
      readingFrequencyType: "RAW_INTERVAL",
      marketSupplyPointId: point.mprn,
    });
    expect(connection.edges[0]?.node.metaData.statistics[0]?.type).toBe(
      "CONSUMPTION_COST",
    );
  });

  it("pages with first and after", async () => {
    const start = new Date(meter.lastReading.getTime() - 3 * HALF_HOUR_MS);
    const variables = {
      startAt: start.toISOString(),
      endAt: new Date(meter.lastReading.getTime() + HALF_HOUR_MS).toISOString(),
      utilityFilters: importFilter("THIRTY_MIN_INTERVAL"),
    };
    const first = await fetchMeasurements({ ...variables, first: 3 });
    const second = await fetchMeasurements({
      ...variables,
      first: 3,
      after: first.pageInfo.endCursor,
    });

    expect(first.edgeCount).toBe(3);
    expect(first.totalCount).toBe(4);
    expect(first.pageInfo.hasNextPage).toBe(true);
    expect(second.edgeCount).toBe(1);
    expect(second.pageInfo.hasNextPage).toBe(false);
    expect(second.edges[0]?.node.startAt).toBe(
      formatDateTime(meter.lastReading),
    );
  });

  it("rejects first above 1000", async () => {
    const response = await requestMeasurements({ first: 1001 });

    expectValidationError(response, "KT-CT-1202", ["first"]);
  });

  it("requires first or last", async () => {
    const response = await requestMeasurements({ first: null });

    expect(response.body.errors?.[0]?.extensions).toMatchObject({
      errorCode: "KT-CT-1201",
    });
  });
});

describe("PropertyType.measurements local days", () => {
  async function expectClockChangeDay(month: 3 | 10, hours: number) {
    const day = clockChangeDay(month, meter.firstReading, meter.lastReading);
    const localDate = new Date(day.start.getTime() + 12 * 3_600_000)
      .toISOString()
      .slice(0, 10);
    const readings = await listReadings(
      server.db,
      meter.meterId,
      "ELECTRICITY",
      day.start,
      day.end,
    );
    const connection = await fetchMeasurements({
      startOn: localDate,
      endOn: localDate,
      timezone: "Europe/London",
      utilityFilters: importFilter("DAY_INTERVAL"),
    });

    expect(readings).toHaveLength(hours * 2);
    expect(connection.edges).toHaveLength(1);
    expect(connection.edges[0]?.node).toMatchObject({
      value: sumKwh(readings),
      startAt: formatDateTime(day.start),
      endAt: formatDateTime(day.end),
      durationInSeconds: hours * 3600,
    });
  }

  it("sums a 25-hour October day", async () => {
    await expectClockChangeDay(10, 25);
  });

  it("sums a 23-hour March day", async () => {
    await expectClockChangeDay(3, 23);
  });

  it("starts months at local midnight", async () => {
    const connection = await fetchMeasurements({
      startAt: meter.firstReading.toISOString(),
      endAt: meter.lastReading.toISOString(),
      utilityFilters: importFilter("MONTH_INTERVAL"),
    });
    const starts = connection.edges.slice(1).map((edge) => edge.node.startAt);

    expect(connection.totalCount).toBeGreaterThanOrEqual(13);
    for (const start of starts) {
      const local =
        Temporal.Instant.from(start).toZonedDateTimeISO("Europe/London");

      expect(local.toPlainDateTime().toString()).toMatch(/-01T00:00:00$/);
    }
  });
});

describe("PropertyType.measurements arguments", () => {
  it("rejects an unknown time zone", async () => {
    const response = await requestMeasurements({ timezone: "Mars/Olympus" });

    expectValidationError(response, "KT-CT-1605", ["timezone"]);
    expect(response.body.errors?.[0]?.extensions?.validationErrors).toEqual([
      {
        message:
          '"Mars/Olympus" is not an IANA time zone name; send one like ' +
          "Europe/London.",
        inputPath: ["timezone"],
      },
    ]);
  });

  it("rejects a frequency finer than half-hours", async () => {
    const response = await requestMeasurements({
      utilityFilters: importFilter("FIVE_MIN_INTERVAL"),
    });

    expectValidationError(response, "KT-CT-1605", [
      "utilityFilters",
      0,
      "electricityFilters",
      "readingFrequencyType",
    ]);
  });

  it("rejects an MPAN with a bad check digit", async () => {
    const lastDigit = Number(mpan.slice(-1));
    const badMpan = `${mpan.slice(0, -1)}${(lastDigit + 1) % 10}`;
    const response = await requestMeasurements({
      utilityFilters: [
        { electricityFilters: { marketSupplyPointId: badMpan } },
      ],
    });

    expectValidationError(response, "KT-CT-1605", [
      "utilityFilters",
      0,
      "electricityFilters",
      "marketSupplyPointId",
    ]);
  });

  it("rejects a filter with both fuels", async () => {
    const response = await requestMeasurements({
      utilityFilters: [{ electricityFilters: {}, gasFilters: {} }],
    });

    expectValidationError(response, "KT-CT-1605", ["utilityFilters", 0]);
  });

  it("rejects an end before the start", async () => {
    const response = await requestMeasurements({
      startAt: meter.lastReading.toISOString(),
      endAt: meter.firstReading.toISOString(),
    });

    expectValidationError(response, "KT-CT-1605", ["endAt"]);
  });
});

describe("PropertyType.measurements batching", () => {
  it("costs one statement for all properties", async () => {
    const account = await server.db
      .selectFrom("occupancy_periods")
      .innerJoin("accounts", "accounts.id", "occupancy_periods.account_id")
      .select(["accounts.number", "accounts.id"])
      .groupBy(["accounts.number", "accounts.id"])
      .having((eb) => eb.fn.count("occupancy_periods.property_id"), ">", 1)
      .executeTakeFirstOrThrow();
    const owner = await server.db
      .selectFrom("account_user_roles")
      .innerJoin(
        "account_users",
        "account_users.id",
        "account_user_roles.account_user_id",
      )
      .select("account_users.email")
      .where("account_user_roles.account_id", "=", account.id)
      .executeTakeFirstOrThrow();
    const ownerToken = await issueTestToken(server, owner.email);
    const variables = {
      accountNumber: account.number,
      first: 10,
      utilityFilters: [
        { electricityFilters: { readingFrequencyType: "DAY_INTERVAL" } },
      ],
    };
    let response: Awaited<ReturnType<typeof requestMeasurements>> | undefined;
    const withMeasurements = await server.countQueries(async () => {
      response = await server.request<PropertiesData>(
        MEASUREMENTS,
        variables,
        ownerToken,
      );
    });
    const withoutMeasurements = await server.countQueries(() =>
      server.request(
        `query P($accountNumber: String!) {
          properties(accountNumber: $accountNumber) { id }
        }`,
        { accountNumber: account.number },
        ownerToken,
      ),
    );

    expect(response?.body.errors).toBeUndefined();
    expect(response?.body.data?.properties.length).toBeGreaterThan(1);
    // One statement loads the occupancy periods that authorize every
    // property, and one loads the measurements of them all.
    expect(withMeasurements - withoutMeasurements).toBe(2);
  });
});
