import type { TelemetryGrouping } from "../../generated/graphql.js";
import { KrakenError } from "../../server/errors.js";

const DAY_MS = 86_400_000;

/** How far back telemetry is kept: a little over 13 months. */
export const TELEMETRY_RETENTION_DAYS = 400;

/** Bucket length of each grouping, in seconds. */
export const GROUPING_SECONDS: Readonly<Record<TelemetryGrouping, number>> = {
  TEN_SECONDS: 10,
  ONE_MINUTE: 60,
  FIVE_MINUTES: 300,
  HALF_HOURLY: 1800,
  HOURLY: 3600,
};

/**
 * Maximum range per request for each grouping, in days. Each limit keeps
 * a response under 17,568 rows (366 days of half-hours).
 */
export const MAX_RANGE_DAYS: Readonly<Record<TelemetryGrouping, number>> = {
  TEN_SECONDS: 1,
  ONE_MINUTE: 7,
  FIVE_MINUTES: 31,
  HALF_HOURLY: 366,
  HOURLY: 366,
};

/** A validated telemetry range `[start, end)` of UTC instants. */
export interface TelemetryRange {
  start: Date;
  end: Date;
  grouping: TelemetryGrouping;
}

export interface TelemetryArgs {
  start?: Date | null;
  end?: Date | null;
  grouping?: TelemetryGrouping | null;
}

/**
 * Checks the optional range arguments. Returns null when none is given,
 * which requests the latest reading. Raises KT-GB-4040, KT-GB-4041,
 * KT-GB-4051 or KT-CT-1605 as Kraken does.
 */
export function parseTelemetryRange(
  args: TelemetryArgs,
  now: Date,
): TelemetryRange | null {
  const { start, end, grouping } = args;
  const given = [start, end, grouping].filter((value) => value != null);

  if (given.length === 0) return null;

  if (start == null || end == null || grouping == null) {
    throw new KrakenError("KT-GB-4040", {
      detail: "Give start, end and grouping together, or only deviceId.",
      inputPath: [firstMissingArgument(args)],
    });
  }

  if (end.getTime() <= start.getTime()) {
    throw new KrakenError("KT-GB-4041", {
      detail:
        `end ${end.toISOString()} is not after start ` +
        `${start.toISOString()}; the range is [start, end).`,
      inputPath: ["end"],
    });
  }

  checkRetention(start, now);
  checkRangeLength({ start, end, grouping });

  return { start, end, grouping };
}

function firstMissingArgument(args: TelemetryArgs): string {
  if (args.start == null) return "start";
  if (args.end == null) return "end";

  return "grouping";
}

function checkRetention(start: Date, now: Date): void {
  const earliest = new Date(now.getTime() - TELEMETRY_RETENTION_DAYS * DAY_MS);

  if (start.getTime() < earliest.getTime()) {
    throw new KrakenError("KT-GB-4051", {
      detail:
        `start ${start.toISOString()} is more than ` +
        `${TELEMETRY_RETENTION_DAYS} days ago; telemetry is kept from ` +
        `${earliest.toISOString()}.`,
      inputPath: ["start"],
    });
  }
}

function checkRangeLength(range: TelemetryRange): void {
  const maxDays = MAX_RANGE_DAYS[range.grouping];
  const lengthMs = range.end.getTime() - range.start.getTime();

  if (lengthMs > maxDays * DAY_MS) {
    throw new KrakenError("KT-CT-1605", {
      detail:
        `The range from ${range.start.toISOString()} to ` +
        `${range.end.toISOString()} is longer than ${maxDays} days, the ` +
        `maximum at ${range.grouping}; split it into shorter ranges.`,
      inputPath: ["end"],
    });
  }
}
