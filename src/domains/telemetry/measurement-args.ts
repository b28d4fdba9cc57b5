import { Temporal } from "temporal-polyfill";

import type { TariffFuel } from "../../db/schema.js";
import type {
  ElectricityFiltersInput,
  GasFiltersInput,
  PropertyTypeMeasurementsArgs,
  ReadingDirectionType,
  ReadingFrequencyType,
  UtilityFiltersInput,
} from "../../generated/graphql.js";
import { KrakenError } from "../../server/errors.js";
import { checkMpan, checkMprn } from "../../shared/meter-identifiers.js";

/** Length of a measurement interval. */
export type MeasurementBucket =
  "HALF_HOUR" | "HOUR" | "DAY" | "WEEK" | "MONTH" | "QUARTER";

const BUCKET_BY_FREQUENCY: Partial<
  Record<ReadingFrequencyType, MeasurementBucket>
> = {
  RAW_INTERVAL: "HALF_HOUR",
  THIRTY_MIN_INTERVAL: "HALF_HOUR",
  HOUR_INTERVAL: "HOUR",
  DAY_INTERVAL: "DAY",
  WEEK_INTERVAL: "WEEK",
  MONTH_INTERVAL: "MONTH",
  QUARTER_INTERVAL: "QUARTER",
};

/** One requested series: a utility filter with its defaults applied. */
export interface MeasurementFilter {
  /** Position of the filter in `utilityFilters`. */
  index: number;
  fuel: TariffFuel;
  /** Null for gas, which is always consumption. */
  readingDirection: ReadingDirectionType | null;
  readingFrequencyType: ReadingFrequencyType;
  bucket: MeasurementBucket;
  marketSupplyPointId: string | null;
  deviceId: string | null;
}

/** A validated measurements request over the range `[start, end)`. */
export interface MeasurementQuery {
  start: Date | null;
  end: Date | null;
  timeZone: string;
  filters: MeasurementFilter[];
}

/** The series that an empty `utilityFilters` list selects. */
const ALL_SERIES: UtilityFiltersInput[] = [
  { electricityFilters: { readingDirection: "CONSUMPTION" } },
  { electricityFilters: { readingDirection: "GENERATION" } },
  { gasFilters: {} },
];

/**
 * Checks the measurements arguments and applies their defaults. Raises
 * KT-CT-1605 naming the invalid value.
 */
export function parseMeasurementArgs(
  args: PropertyTypeMeasurementsArgs,
): MeasurementQuery {
  const timeZone = parseTimeZone(args.timezone ?? "Europe/London");
  const start = latest(args.startAt, localDayStart(args.startOn, timeZone));
  const end = earliest(args.endAt, localDayEnd(args.endOn, timeZone));

  if (start && end && end.getTime() <= start.getTime()) {
    throw invalid(
      `The range ends at ${end.toISOString()}, not after its start ` +
        `${start.toISOString()}; give an end later than the start.`,
      ["endAt"],
    );
  }

  const inputs = args.utilityFilters?.length ? args.utilityFilters : ALL_SERIES;
  const filters = inputs.map((input, index) => parseFilter(input, index));

  return { start, end, timeZone, filters };
}

/**
 * Accepts IANA zone names only. Offsets such as "+01:00" are rejected
 * because PostgreSQL reads them with the POSIX sign, the opposite of ISO
 * 8601.
 */
function parseTimeZone(timeZone: string): string {
  let id: string | null = null;

  try {
    id = Temporal.Now.zonedDateTimeISO(timeZone).timeZoneId;
  } catch {
    id = null;
  }

  if (id === null || /^[+-]/.test(id)) {
    throw invalid(
      `${JSON.stringify(timeZone)} is not an IANA time zone name; ` +
        "send one like Europe/London.",
      ["timezone"],
    );
  }

  return id;
}

function localDayStart(
  date: string | null | undefined,
  timeZone: string,
): Date | null {
  if (date == null) return null;

  const start = Temporal.PlainDate.from(date).toZonedDateTime(timeZone);

  return new Date(start.epochMilliseconds);
}

function localDayEnd(
  date: string | null | undefined,
  timeZone: string,
): Date | null {
  if (date == null) return null;

  const end = Temporal.PlainDate.from(date)
    .add({ days: 1 })
    .toZonedDateTime(timeZone);

  return new Date(end.epochMilliseconds);
}

function latest(a: Date | null | undefined, b: Date | null): Date | null {
  if (a == null) return b;
  if (b == null) return a;

  return a.getTime() >= b.getTime() ? a : b;
}

function earliest(a: Date | null | undefined, b: Date | null): Date | null {
  if (a == null) return b;
  if (b == null) return a;

  return a.getTime() <= b.getTime() ? a : b;
}

function parseFilter(
  input: UtilityFiltersInput | null | undefined,
  index: number,
): MeasurementFilter {
  const electricity = input?.electricityFilters;
  const gas = input?.gasFilters;

  if ((electricity == null) === (gas == null)) {
    throw invalid(
      "Each utility filter needs exactly one of electricityFilters and " +
        "gasFilters.",
      ["utilityFilters", index],
    );
  }

  return electricity
    ? parseElectricityFilter(electricity, index)
    : parseGasFilter(gas ?? {}, index);
}

function parseElectricityFilter(
  input: ElectricityFiltersInput,
  index: number,
): MeasurementFilter {
  const path = ["utilityFilters", index, "electricityFilters"];
  const frequency = input.readingFrequencyType ?? "RAW_INTERVAL";
  const mpan = input.marketSupplyPointId?.trim() || null;

  rejectRegister(input.registerId, path);

  if (input.readingQuality != null && input.readingQuality !== "COMBINED") {
    throw invalid(
      `readingQuality ${input.readingQuality} is not supported because ` +
        "stored readings carry no quality flag; send COMBINED.",
      [...path, "readingQuality"],
    );
  }

  if (mpan !== null && checkMpan(mpan) !== null) {
    throw invalid(
      `marketSupplyPointId ${JSON.stringify(mpan)} is not a valid ` +
        `13-digit MPAN core (${checkMpan(mpan)} check failed).`,
      [...path, "marketSupplyPointId"],
    );
  }

  return {
    index,
    fuel: "ELECTRICITY",
    readingDirection: input.readingDirection ?? "CONSUMPTION",
    readingFrequencyType: frequency,
    bucket: parseFrequency(frequency, path),
    marketSupplyPointId: mpan,
    deviceId: input.deviceId?.trim().toUpperCase() || null,
  };
}

function parseGasFilter(
  input: GasFiltersInput,
  index: number,
): MeasurementFilter {
  const path = ["utilityFilters", index, "gasFilters"];
  const frequency = input.readingFrequencyType ?? "RAW_INTERVAL";
  const mprn = input.marketSupplyPointId?.trim() || null;

  rejectRegister(input.registerId, path);

  if (mprn !== null && checkMprn(mprn) !== null) {
    throw invalid(
      `marketSupplyPointId ${JSON.stringify(mprn)} is not a valid MPRN ` +
        `(${checkMprn(mprn)} check failed).`,
      [...path, "marketSupplyPointId"],
    );
  }

  return {
    index,
    fuel: "GAS",
    readingDirection: null,
    readingFrequencyType: frequency,
    bucket: parseFrequency(frequency, path),
    marketSupplyPointId: mprn,
    deviceId: input.deviceId?.trim().toUpperCase() || null,
  };
}

function parseFrequency(
  frequency: ReadingFrequencyType,
  path: (string | number)[],
): MeasurementBucket {
  const bucket = BUCKET_BY_FREQUENCY[frequency];

  if (!bucket) {
    throw invalid(
      `readingFrequencyType ${frequency} is not supported because readings ` +
        "are stored half-hourly; send RAW_INTERVAL, THIRTY_MIN_INTERVAL, " +
        "HOUR_INTERVAL, DAY_INTERVAL, WEEK_INTERVAL, MONTH_INTERVAL or " +
        "QUARTER_INTERVAL.",
      [...path, "readingFrequencyType"],
    );
  }

  return bucket;
}

function rejectRegister(
  registerId: string | null | undefined,
  path: (string | number)[],
): void {
  if (registerId == null) return;

  throw invalid(
    `registerId ${JSON.stringify(registerId)} cannot be used because ` +
      "readings are stored per meter, not per register; leave it out.",
    [...path, "registerId"],
  );
}

function invalid(detail: string, inputPath: (string | number)[]): KrakenError {
  return new KrakenError("KT-CT-1605", { detail, inputPath });
}
