import { Decimal } from "decimal.js";
import { Temporal } from "temporal-polyfill";
import { afterAll, beforeAll, describe, expect, it } from "vitest";

import type { RateType } from "../../db/schema.js";
import { demoLogin } from "../../../test/helpers/test-database.js";
import { startTestServer } from "../../../test/helpers/test-server.js";
import type { TestServer } from "../../../test/helpers/test-server.js";
import { issueTestToken } from "../../../test/helpers/tokens.js";
import { formatDateTime } from "../../shared/datetime.js";
import {
  clockChangeDay,
  findRateAt,
  findSmartMeter,
  findTariffAt,
  listReadings,
} from "./telemetry-test-data.js";
import type {
  SmartMeterFixture,
  TariffAtFixture,
} from "./telemetry-test-data.js";

const TELEMETRY = `
  query Telemetry(
    $deviceId: String!
    $start: DateTime
    $end: DateTime
    $grouping: TelemetryGrouping
  ) {
    smartMeterTelemetry(
      deviceId: $deviceId
      start: $start
      end: $end
      grouping: $grouping
    ) {
      readAt
      consumption
      export
      demand
      consumptionDelta
      costDelta
      costDeltaWithTax
    }
  }
`;

const HALF_HOUR_MS = 1_800_000;
const DAY_MS = 86_400_000;

interface TelemetryRow {
  readAt: string;
  consumption: string;
  export: string | null;
  demand: string;
  consumptionDelta: string;
  costDelta: string | null;
  costDeltaWithTax: string | null;
}

let server: TestServer;
let token: string;
let meter: SmartMeterFixture;

beforeAll(async () => {
  server = await startTestServer();
  const { email } = demoLogin();
  token = await issueTestToken(server, email);
  meter = await findSmartMeter(server.db, { viewerEmail: email });
});

afterAll(async () => {
  await server.close();
});

/** Sends the query with the demo user's token, or with none for null. */
async function requestTelemetry(
  variables: Record<string, unknown>,
  authorization: string | null = token,
) {
  return server.request<{ smartMeterTelemetry: TelemetryRow[] | null }>(
    TELEMETRY,
    variables,
    authorization ?? undefined,
  );
}

/** Requests a range and fails the test on any error. */
async function fetchRows(
  deviceId: string,
  start: Date | string,
  end: Date | string,
  grouping: string,
  authorization = token,
): Promise<TelemetryRow[]> {
  const response = await requestTelemetry(
    {
      deviceId,
      start: typeof start === "string" ? start : start.toISOString(),
      end: typeof end === "string" ? end : end.toISOString(),
      grouping,
    },
    authorization,
  );

  expect(response.body.errors).toBeUndefined();

  return response.body.data?.smartMeterTelemetry ?? [];
}

function expectError(
  body: Awaited<ReturnType<typeof requestTelemetry>>["body"],
  errorCode: string,
  message: string,
) {
  expect(body.data).toEqual({ smartMeterTelemetry: null });
  expect(body.errors).toHaveLength(1);
  expect(body.errors?.[0]).toMatchObject({
    message,
    path: ["smartMeterTelemetry"],
    extensions: { errorCode },
  });
}

/** Returns a local time on the day before the last reading, in London. */
function dayBeforeLastReading(hour: number, minute: number): Date {
  const day = Temporal.Instant.fromEpochMilliseconds(
    meter.lastReading.getTime(),
  )
    .toZonedDateTimeISO("Europe/London")
    .toPlainDate()
    .subtract({ days: 1 });
  const local = day.toZonedDateTime({
    timeZone: "Europe/London",
    plainTime: Temporal.PlainTime.from({ hour, minute }),
  });

  return new Date(local.epochMilliseconds);
}

function roundPence(value: Decimal): string {
  return value.toDecimalPlaces(4, Decimal.ROUND_HALF_UP).toString();
}

describe("smartMeterTelemetry access", () => {
  it("rejects a request without a token", async () => {
    const response = await requestTelemetry({ deviceId: meter.deviceId }, null);

    expectError(
      response.body,
      "KT-CT-1112",
      "'Authorization' header not provided.",
    );
  });

  it("hides an unknown device", async () => {
    const response = await requestTelemetry({
      deviceId: "00-00-00-00-00-00-00-00",
    });

    expectError(response.body, "KT-GB-4050", "Smart meter not found.");
    expect(response.body.errors?.[0]?.extensions).toEqual({
      errorType: "NOT_FOUND",
      errorCode: "KT-GB-4050",
      errorDescription:
        "No smart meter device has this device id. No ESME or GSME with " +
        'device id "00-00-00-00-00-00-00-00" serves a meter point of the ' +
        "viewer's accounts.",
    });
  });

  it("hides another account's device", async () => {
    const other = await findSmartMeter(server.db, {
      notViewerEmail: demoLogin().email,
    });
    const response = await requestTelemetry({ deviceId: other.deviceId });

    expectError(response.body, "KT-GB-4050", "Smart meter not found.");
  });

  it("hides a device that is not a meter", async () => {
    const hub = await server.db
      .selectFrom("smart_devices")
      .select("device_id")
      .where("type", "not in", ["ESME", "GSME"])
      .executeTakeFirstOrThrow();
    const response = await requestTelemetry({ deviceId: hub.device_id });

    expectError(response.body, "KT-GB-4050", "Smart meter not found.");
  });
});

describe("smartMeterTelemetry arguments", () => {
  it("needs start, end and grouping together", async () => {
    const response = await requestTelemetry({
      deviceId: meter.deviceId,
      start: meter.lastReading.toISOString(),
    });

    expectError(
      response.body,
      "KT-GB-4040",
      "'start', 'end', and 'grouping' must all be provided.",
    );
    expect(response.body.errors?.[0]?.extensions).toMatchObject({
      errorType: "VALIDATION",
      validationErrors: [{ inputPath: ["end"] }],
    });
  });

  it("rejects an end that is not after start", async () => {
    const at = meter.lastReading.toISOString();
    const response = await requestTelemetry({
      deviceId: meter.deviceId,
      start: at,
      end: at,
      grouping: "HALF_HOURLY",
    });

    expectError(
      response.body,
      "KT-GB-4041",
      "'end' should be later than 'start'.",
    );
  });

  it("rejects a start older than 400 days", async () => {
    const start = new Date(Date.now() - 401 * DAY_MS);
    const response = await requestTelemetry({
      deviceId: meter.deviceId,
      start: start.toISOString(),
      end: new Date(start.getTime() + DAY_MS).toISOString(),
      grouping: "HALF_HOURLY",
    });

    expectError(
      response.body,
      "KT-GB-4051",
      "The start of the range is too far in the past.",
    );
  });

  it("rejects a range over the grouping's limit", async () => {
    const end = meter.lastReading;
    const response = await requestTelemetry({
      deviceId: meter.deviceId,
      start: new Date(end.getTime() - 32 * DAY_MS).toISOString(),
      end: end.toISOString(),
      grouping: "FIVE_MINUTES",
    });

    expectError(response.body, "KT-CT-1605", "Invalid input.");
    expect(response.body.errors?.[0]?.extensions).toMatchObject({
      validationErrors: [
        {
          message: expect.stringContaining("longer than 31 days"),
          inputPath: ["end"],
        },
      ],
    });
  });

  it("rejects a malformed datetime", async () => {
    const response = await requestTelemetry({
      deviceId: meter.deviceId,
      start: "yesterday",
      end: meter.lastReading.toISOString(),
      grouping: "HOURLY",
    });

    expect(response.body.errors?.[0]?.extensions).toMatchObject({
      errorCode: "KT-CT-1608",
    });
  });
});

describe("smartMeterTelemetry readings", () => {
  it("returns the latest reading for a device id alone", async () => {
    const [latest] = await listReadings(
      server.db,
      meter.meterId,
      "ELECTRICITY",
      meter.lastReading,
      new Date(meter.lastReading.getTime() + HALF_HOUR_MS),
    );
    const response = await requestTelemetry({ deviceId: meter.deviceId });
    const rows = response.body.data?.smartMeterTelemetry;

    expect(response.body.errors).toBeUndefined();
    expect(rows).toHaveLength(1);
    expect(rows?.[0]).toMatchObject({
      readAt: formatDateTime(meter.lastReading),
      consumption: latest?.registerWh,
      consumptionDelta: String(latest?.consumptionWh),
      demand: String((latest?.consumptionWh ?? 0) * 2),
    });
  });

  it("reads datetimes without an offset as UTC", async () => {
    const start = dayBeforeLastReading(12, 0);
    const end = new Date(start.getTime() + 2 * HALF_HOUR_MS);
    const naive = (value: Date) => value.toISOString().slice(0, 19);
    const withZ = await fetchRows(meter.deviceId, start, end, "HALF_HOURLY");
    const withoutOffset = await fetchRows(
      meter.deviceId,
      naive(start),
      naive(end),
      "HALF_HOURLY",
    );

    expect(withZ).toHaveLength(2);
    expect(withoutOffset).toEqual(withZ);
  });

  it("applies +0000 and +01:00 offsets", async () => {
    const start = dayBeforeLastReading(12, 0);
    const end = new Date(start.getTime() + 2 * HALF_HOUR_MS);
    const plusZero = `${start.toISOString().slice(0, 19)}+0000`;
    const shifted = new Date(start.getTime() + 3_600_000);
    const plusOne = `${shifted.toISOString().slice(0, 19)}+01:00`;
    const endText = end.toISOString();
    const expected = await fetchRows(meter.deviceId, start, end, "HALF_HOURLY");

    expect(
      await fetchRows(meter.deviceId, plusZero, endText, "HALF_HOURLY"),
    ).toEqual(expected);
    expect(
      await fetchRows(meter.deviceId, plusOne, endText, "HALF_HOURLY"),
    ).toEqual(expected);
  });

  it("matches stored half-hours", async () => {
    const start = dayBeforeLastReading(0, 0);
    const end = new Date(start.getTime() + 4 * HALF_HOUR_MS);
    const readings = await listReadings(
      server.db,
      meter.meterId,
      "ELECTRICITY",
      start,
      end,
    );
    const rows = await fetchRows(meter.deviceId, start, end, "HALF_HOURLY");

    expect(rows.map((row) => row.readAt)).toEqual(
      readings.map((reading) => formatDateTime(reading.intervalStart)),
    );
    expect(rows.map((row) => row.consumptionDelta)).toEqual(
      readings.map((reading) => String(reading.consumptionWh)),
    );
    expect(rows.map((row) => row.consumption)).toEqual(
      readings.map((reading) => reading.registerWh),
    );
  });
});

describe("smartMeterTelemetry clock changes", () => {
  it("has 50 half-hours on the last Sunday of October", async () => {
    const day = clockChangeDay(10, meter.firstReading, meter.lastReading);
    const rows = await fetchRows(
      meter.deviceId,
      day.start,
      day.end,
      "HALF_HOURLY",
    );

    expect(day.end.getTime() - day.start.getTime()).toBe(25 * 3_600_000);
    expect(rows).toHaveLength(50);
  });

  it("has 46 half-hours on the last Sunday of March", async () => {
    const day = clockChangeDay(3, meter.firstReading, meter.lastReading);
    const rows = await fetchRows(
      meter.deviceId,
      day.start,
      day.end,
      "HALF_HOURLY",
    );

    expect(rows).toHaveLength(46);
  });

  it("has 25 and 23 hours on those days", async () => {
    const october = clockChangeDay(10, meter.firstReading, meter.lastReading);
    const march = clockChangeDay(3, meter.firstReading, meter.lastReading);
    const long = await fetchRows(
      meter.deviceId,
      october.start,
      october.end,
      "HOURLY",
    );
    const short = await fetchRows(
      meter.deviceId,
      march.start,
      march.end,
      "HOURLY",
    );

    expect(long).toHaveLength(25);
    expect(short).toHaveLength(23);
  });

  it("sums two half-hours into each hour", async () => {
    const day = clockChangeDay(10, meter.firstReading, meter.lastReading);
    const halves = await fetchRows(
      meter.deviceId,
      day.start,
      day.end,
      "HALF_HOURLY",
    );
    const hours = await fetchRows(meter.deviceId, day.start, day.end, "HOURLY");

    hours.forEach((hour, index) => {
      const pair = halves.slice(index * 2, index * 2 + 2);
      const sum = pair.reduce(
        (total, half) => total.plus(half.consumptionDelta),
        new Decimal(0),
      );

      expect(hour.readAt).toBe(pair[0]?.readAt);
      expect(hour.consumptionDelta).toBe(sum.toString());
      expect(hour.consumption).toBe(pair[1]?.consumption);
      expect(hour.demand).toBe(sum.toString());
    });
  });
});

describe("smartMeterTelemetry finer groupings", () => {
  it("splits each half-hour into six FIVE_MINUTES buckets", async () => {
    const start = dayBeforeLastReading(18, 0);
    const end = new Date(start.getTime() + 2 * HALF_HOUR_MS);
    const halves = await fetchRows(meter.deviceId, start, end, "HALF_HOURLY");
    const fives = await fetchRows(meter.deviceId, start, end, "FIVE_MINUTES");

    expect(fives).toHaveLength(12);
    halves.forEach((half, index) => {
      const pieces = fives.slice(index * 6, index * 6 + 6);
      const sum = (field: "consumptionDelta" | "costDelta") =>
        pieces
          .reduce(
            (total, piece) => total.plus(piece[field] ?? 0),
            new Decimal(0),
          )
          .toString();

      expect(pieces[0]?.readAt).toBe(half.readAt);
      expect(sum("consumptionDelta")).toBe(half.consumptionDelta);
      expect(sum("costDelta")).toBe(half.costDelta);
      expect(pieces[5]?.consumption).toBe(half.consumption);
      pieces.forEach((piece) => expect(piece.demand).toBe(half.demand));
    });
  });

  it("returns 180 TEN_SECONDS buckets per half-hour", async () => {
    const start = dayBeforeLastReading(18, 0);
    const end = new Date(start.getTime() + HALF_HOUR_MS);
    const rows = await fetchRows(meter.deviceId, start, end, "TEN_SECONDS");

    expect(rows).toHaveLength(180);
    expect(rows[1]?.readAt).toBe(
      formatDateTime(new Date(start.getTime() + 10_000)),
    );
  });
});

describe("smartMeterTelemetry costs", () => {
  async function expectCostAt(fixture: SmartMeterFixture, at: Date) {
    const tariff = await findTariffAt(server.db, fixture.meterPointId, at);
    const rateType = expectedRateType(tariff, at);
    const rate = await findRateAt(server.db, tariff.tariffId, rateType, at);
    const [reading] = await listReadings(
      server.db,
      fixture.meterId,
      "ELECTRICITY",
      at,
      new Date(at.getTime() + HALF_HOUR_MS),
    );
    const ownerToken = await issueTestToken(server, fixture.ownerEmail);
    const [row] = await fetchRows(
      fixture.deviceId,
      at,
      new Date(at.getTime() + HALF_HOUR_MS),
      "HALF_HOURLY",
      ownerToken,
    );
    const kwh = new Decimal(reading?.consumptionWh ?? 0).div(1000);

    expect(row?.costDelta).toBe(roundPence(kwh.times(rate.excVat)));
    expect(row?.costDeltaWithTax).toBe(roundPence(kwh.times(rate.incVat)));

    return { rateType, row };
  }

  it("charges the STANDARD rate", async () => {
    const fixture = await findSmartMeter(server.db, { tariffKind: "STANDARD" });
    const { rateType } = await expectCostAt(
      fixture,
      dayBeforeLastReading(12, 0),
    );

    expect(rateType).toBe("STANDARD");
  });

  it("charges Economy 7 night and day rates", async () => {
    const fixture = await findSmartMeter(server.db, {
      tariffKind: "DAY_NIGHT",
    });
    const night = await expectCostAt(fixture, dayBeforeLastReading(3, 0));
    const day = await expectCostAt(fixture, dayBeforeLastReading(12, 0));

    expect(night.rateType).toBe("NIGHT");
    expect(day.rateType).toBe("DAY");
  });

  it("charges the half-hourly Agile rate", async () => {
    const fixture = await findSmartMeter(server.db, {
      tariffKind: "HALF_HOURLY",
    });
    const { rateType } = await expectCostAt(
      fixture,
      dayBeforeLastReading(17, 30),
    );

    expect(rateType).toBe("STANDARD");
  });

  it("adds 5% VAT to costDelta", async () => {
    const start = dayBeforeLastReading(0, 0);
    const rows = await fetchRows(
      meter.deviceId,
      start,
      new Date(start.getTime() + DAY_MS),
      "HALF_HOURLY",
    );

    expect(rows.length).toBeGreaterThan(0);
    rows.forEach((row) => {
      const withTax = new Decimal(row.costDeltaWithTax ?? "NaN");
      const expected = new Decimal(row.costDelta ?? "NaN").times("1.05");

      expect(withTax.minus(expected).abs().toNumber()).toBeLessThanOrEqual(
        0.0001,
      );
    });
  });
});

describe("smartMeterTelemetry export and gas", () => {
  it("reports the export register of an exporting home", async () => {
    const fixture = await findSmartMeter(server.db, { withExport: true });
    const at = dayBeforeLastReading(12, 0);
    const [exported] = await listReadings(
      server.db,
      fixture.exportMeterId ?? 0,
      "ELECTRICITY",
      at,
      new Date(at.getTime() + HALF_HOUR_MS),
    );
    const ownerToken = await issueTestToken(server, fixture.ownerEmail);
    const [row] = await fetchRows(
      fixture.deviceId,
      at,
      new Date(at.getTime() + HALF_HOUR_MS),
      "HALF_HOURLY",
      ownerToken,
    );

    expect(exported).toBeDefined();
    expect(row?.export).toBe(exported?.registerWh);
  });

  it("leaves export null without an export meter", async () => {
    const fixture = await findSmartMeter(server.db, { withExport: false });
    const ownerToken = await issueTestToken(server, fixture.ownerEmail);
    const response = await requestTelemetry(
      { deviceId: fixture.deviceId },
      ownerToken,
    );

    expect(response.body.data?.smartMeterTelemetry?.[0]?.export).toBeNull();
  });

  it("reads a gas meter through its GSME", async () => {
    const fixture = await findSmartMeter(server.db, { type: "GSME" });
    const ownerToken = await issueTestToken(server, fixture.ownerEmail);
    const [latest] = await listReadings(
      server.db,
      fixture.meterId,
      "GAS",
      fixture.lastReading,
      new Date(fixture.lastReading.getTime() + HALF_HOUR_MS),
    );
    const response = await requestTelemetry(
      { deviceId: fixture.deviceId },
      ownerToken,
    );

    expect(response.body.data?.smartMeterTelemetry).toEqual([
      expect.objectContaining({
        readAt: formatDateTime(fixture.lastReading),
        consumption: latest?.registerWh,
        consumptionDelta: String(latest?.consumptionWh),
        export: null,
      }),
    ]);
  });
});

/** Works out from the tariff's night window which rate a half-hour pays. */
function expectedRateType(tariff: TariffAtFixture, at: Date): RateType {
  if (tariff.kind !== "DAY_NIGHT") return "STANDARD";

  const local = Temporal.Instant.fromEpochMilliseconds(at.getTime())
    .toZonedDateTimeISO("Europe/London")
    .toPlainTime();
  const starts = Temporal.PlainTime.from(tariff.nightStartsAt ?? "00:00");
  const ends = Temporal.PlainTime.from(tariff.nightEndsAt ?? "00:00");
  const afterStart = Temporal.PlainTime.compare(local, starts) >= 0;
  const beforeEnd = Temporal.PlainTime.compare(local, ends) < 0;
  const wraps = Temporal.PlainTime.compare(starts, ends) > 0;

  return (wraps ? afterStart || beforeEnd : afterStart && beforeEnd)
    ? "NIGHT"
    : "DAY";
}
