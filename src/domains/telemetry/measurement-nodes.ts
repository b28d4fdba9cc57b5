import { Temporal } from "temporal-polyfill";

import type {
  MeasurementBucket,
  MeasurementFilter,
} from "./measurement-args.js";
import type { MeasurementQuery } from "./measurement-args.js";
import type { MeasurementRow } from "./measurements.repository.js";

const HALF_HOUR_MS = 1_800_000;

/** Currency of every amount, because prices are stored in pence sterling. */
const CURRENCY = "GBP";

/**
 * Shapes a measurement row as an IntervalMeasurementType. An interval cut
 * by the range keeps only the part inside it. The range is first widened
 * to whole half-hours, because a half-hour that starts in the range counts
 * in full.
 */
export function toIntervalMeasurement(
  row: MeasurementRow,
  query: MeasurementQuery,
) {
  const filter = query.filters[row.filter_index];

  if (!filter) {
    throw new Error(`Measurement row has unknown filter ${row.filter_index}`);
  }

  const bucketEnd = addBucket(row.bucket_start, filter.bucket, query.timeZone);
  const startAt = latest(row.bucket_start, ceilToHalfHour(query.start));
  const endAt = earliest(bucketEnd, ceilToHalfHour(query.end));

  return {
    __typename: "IntervalMeasurementType" as const,
    value: row.value_kwh,
    unit: "kwh",
    readAt: startAt,
    startAt,
    endAt,
    durationInSeconds: (endAt.getTime() - startAt.getTime()) / 1000,
    metaData: {
      utilityFilters: toFiltersOutput(filter, row.market_supply_point_id),
      statistics: toStatistics(row, filter),
    },
  };
}

function addBucket(
  start: Date,
  bucket: MeasurementBucket,
  timeZone: string,
): Date {
  const zoned = Temporal.Instant.fromEpochMilliseconds(
    start.getTime(),
  ).toZonedDateTimeISO(timeZone);
  const end = (() => {
    switch (bucket) {
      case "HALF_HOUR":
        return zoned.add({ minutes: 30 });
      case "HOUR":
        return zoned.add({ hours: 1 });
      case "DAY":
        return zoned.add({ days: 1 });
      case "WEEK":
        return zoned.add({ weeks: 1 });
      case "MONTH":
        return zoned.add({ months: 1 });
      case "QUARTER":
        return zoned.add({ months: 3 });
    }
  })();

  return new Date(end.epochMilliseconds);
}

function ceilToHalfHour(value: Date | null): Date | null {
  if (value === null) return null;

  return new Date(Math.ceil(value.getTime() / HALF_HOUR_MS) * HALF_HOUR_MS);
}

function latest(value: Date, bound: Date | null): Date {
  return bound && bound.getTime() > value.getTime() ? bound : value;
}

function earliest(value: Date, bound: Date | null): Date {
  return bound && bound.getTime() < value.getTime() ? bound : value;
}

function toFiltersOutput(filter: MeasurementFilter, supplyPointId: string) {
  const common = {
    readingFrequencyType: filter.readingFrequencyType,
    marketSupplyPointId: supplyPointId,
    deviceId: filter.deviceId,
  };

  if (filter.fuel === "GAS") {
    return { __typename: "GasFiltersOutput" as const, ...common };
  }

  return {
    __typename: "ElectricityFiltersOutput" as const,
    readingDirection: filter.readingDirection,
    ...common,
  };
}

function toStatistics(row: MeasurementRow, filter: MeasurementFilter) {
  if (row.cost === null || row.cost_with_tax === null) return [];

  return [
    {
      type:
        filter.readingDirection === "GENERATION"
          ? ("GENERATION_VALUE" as const)
          : ("CONSUMPTION_COST" as const),
      costExclTax: toMoney(row.cost, row.unit_rate),
      costInclTax: toMoney(row.cost_with_tax, row.unit_rate_with_tax),
    },
  ];
}

function toMoney(amount: string, unitRate: string | null) {
  return {
    estimatedAmount: amount,
    costCurrency: CURRENCY,
    pricePerUnit:
      unitRate === null
        ? null
        : { amount: unitRate, unit: "KILOWATT_HOURS" as const },
  };
}
