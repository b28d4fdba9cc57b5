import { Decimal } from "decimal.js";
import type { Temporal } from "temporal-polyfill";

import { buildTimeGrid } from "./calendar.js";
import { Random } from "./random.js";
import { REGIONS } from "./regions.js";

/**
 * Agile Octopus unit rates in p/kWh for the 48 half-hours of 2024-11-05, a
 * GMT day, so index 0 is 00:00-00:30 local time. The values are Octopus
 * Energy's published prices, most likely for region G with VAT included
 * (the source does not state either; see data/NOTICE.md). They give the
 * daily shape: cheap overnight, a peak from 16:00 to 19:00.
 */
const AGILE_DAY_SHAPE = [
  16.8525, 19.1835, 17.766, 16.8525, 17.22, 17.199, 17.4195, 16.9785, 17.766,
  16.9785, 17.8605, 18.522, 22.2915, 24.9165, 21.609, 26.817, 24.339, 24.4755,
  23.1525, 22.575, 22.932, 22.491, 23.1525, 23.6355, 23.184, 23.184, 24.0345,
  23.1525, 27.5205, 27.6885, 31.1745, 37.338, 64.4175, 77.994, 74.3925, 77.994,
  77.994, 59.367, 38.5875, 27.468, 29.988, 22.932, 23.1525, 19.404, 21.8295,
  16.8525, 18.27, 18.963,
];

/** Agile unit rates may not exceed 100p/kWh including VAT. */
const PRICE_CAP_INC_VAT = 100;

/** Days of Agile prices before the anchor day, and days published ahead. */
export const AGILE_DAYS_BEFORE = 45;
export const AGILE_DAYS_AHEAD = 2;

/** One region's half-hourly rates, each valid for 30 minutes. */
export interface AgileRates {
  startsMs: Float64Array;
  valuesExcVat: string[];
  valuesIncVat: string[];
  /** VAT-inclusive prices as numbers, for billing. */
  pricesIncVat: Float64Array;
  indexByStartMs: Map<number, number>;
}

/**
 * Builds the Agile unit rates of every region from 45 days before the
 * anchor day to two days after it. Each day scales the real day shape by a
 * national wholesale factor, then each region by its distribution factor.
 */
export function buildAgileRates(
  seed: number,
  anchor: Temporal.PlainDate,
): Map<string, AgileRates> {
  const grid = buildTimeGrid(
    anchor.subtract({ days: AGILE_DAYS_BEFORE }),
    anchor.add({ days: AGILE_DAYS_AHEAD }),
  );
  const random = new Random(seed, "agile");
  const dayFactors = grid.days.map(() => random.between(0.7, 1.35));
  const slotNoise = Array.from(grid.startsMs, () => random.normal(0, 1.2));
  const rates = new Map<string, AgileRates>();
  const reference =
    REGIONS.find((region) => region.gspGroupId === "G")?.unitRateFactor ?? 1;

  for (const region of REGIONS) {
    const count = grid.startsMs.length;
    const valuesExcVat: string[] = new Array<string>(count);
    const valuesIncVat: string[] = new Array<string>(count);
    const pricesIncVat = new Float64Array(count);
    const factor = region.unitRateFactor / reference;

    for (let i = 0; i < count; i += 1) {
      const shape = AGILE_DAY_SHAPE[grid.localSlots[i] ?? 0] ?? 20;
      const dayFactor = dayFactors[grid.dayIndexes[i] ?? 0] ?? 1;
      const incVat = Math.min(
        PRICE_CAP_INC_VAT,
        shape * dayFactor * factor + (slotNoise[i] ?? 0),
      );
      // Rounding down keeps a capped price at or below the cap after VAT.
      const excVat = new Decimal(incVat)
        .dividedBy("1.05")
        .toDecimalPlaces(4, Decimal.ROUND_DOWN);
      const exact = excVat.times("1.05");

      valuesExcVat[i] = excVat.toString();
      valuesIncVat[i] = exact.toString();
      pricesIncVat[i] = exact.toNumber();
    }

    rates.set(region.gspGroupId, {
      startsMs: grid.startsMs,
      valuesExcVat,
      valuesIncVat,
      pricesIncVat,
      indexByStartMs: new Map(
        Array.from(grid.startsMs, (ms, index) => [ms, index]),
      ),
    });
  }

  return rates;
}
