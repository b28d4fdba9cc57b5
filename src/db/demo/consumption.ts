import type { Temporal } from "temporal-polyfill";

import type { Season, TimeGrid } from "./calendar.js";
import { londonMidnight } from "./calendar.js";
import {
  loadProfileClass1,
  meanDailyKwh,
  profileColumn,
} from "./load-profile.js";
import type { Random } from "./random.js";

/** Energy per half-hour in Wh for grid slots [firstSlot, firstSlot + length). */
export interface Series {
  firstSlot: number;
  values: Int32Array;
}

/** Finds the grid slots in which a meter active on [from, to) has readings. */
export function activeSlots(
  grid: TimeGrid,
  from: Temporal.PlainDate,
  to: Temporal.PlainDate | null,
): [number, number] {
  const fromMs = londonMidnight(from).epochMilliseconds;
  const toMs = to
    ? londonMidnight(to).epochMilliseconds
    : Number.POSITIVE_INFINITY;
  let first = 0;

  while (first < grid.startsMs.length && (grid.startsMs[first] ?? 0) < fromMs)
    first += 1;

  let end = first;

  while (end < grid.startsMs.length && (grid.startsMs[end] ?? 0) < toMs)
    end += 1;

  return [first, end];
}

/** Storage heating makes the Economy 7 night load heaviest in winter. */
const NIGHT_LOAD_WEIGHTS: Record<Season, number> = {
  Wtr: 1.6,
  Spr: 0.9,
  Smr: 0.9,
  Hsr: 0.4,
  Aut: 0.9,
};

export interface ImportOptions {
  annualKwh: number;
  scottish: boolean;
  /** Share of daily energy moved into the Economy 7 night, or 0. */
  nightShare: number;
  /** Local half-hour slots of the night window, e.g. 1..14 for 00:30-07:30. */
  nightSlots: readonly [number, number];
}

/**
 * Household import: the Profile Class 1 shape of the day's season and day
 * type, scaled to the home's annual consumption, with day-to-day and
 * half-hour noise.
 */
export function importSeries(
  grid: TimeGrid,
  [first, end]: [number, number],
  options: ImportOptions,
  random: Random,
): Series {
  const columns = loadProfileClass1();
  const scale = options.annualKwh / (meanDailyKwh(columns, grid) * 365.25);
  const values = new Int32Array(Math.max(0, end - first));
  const dayFactors = grid.days.map(() => Math.max(0.5, random.normal(1, 0.12)));
  const [nightFirst, nightLast] = options.nightSlots;
  const nightLength = nightLast - nightFirst + 1;

  for (let slot = first; slot < end; slot += 1) {
    const dayIndex = grid.dayIndexes[slot] ?? 0;
    const day = grid.days[dayIndex];

    if (!day) continue;

    const dayType = options.scottish ? day.scottishDayType : day.dayType;
    const local = grid.localSlots[slot] ?? 0;
    const kw = profileColumn(columns, day.season, dayType)[local] ?? 0;
    // exp(N(0, 0.3)) has mean exp(0.045); dividing keeps the total unbiased.
    const noise = Math.exp(random.normal(0, 0.3)) / 1.046;
    let wh = kw * 500 * scale * (dayFactors[dayIndex] ?? 1) * noise;

    if (options.nightShare > 0) {
      const dailyWh = (options.annualKwh * 1000) / 365.25;
      const seasonWeight = NIGHT_LOAD_WEIGHTS[day.season];
      const inNight = local >= nightFirst && local <= nightLast;

      wh *= 1 - options.nightShare;

      if (inNight) {
        wh += (dailyWh * options.nightShare * seasonWeight) / nightLength;
      }
    }

    values[slot - first] = Math.max(0, Math.round(wh));
  }

  return { firstSlot: first, values };
}

export interface SolarOptions {
  peakKw: number;
  latitude: number;
  longitude: number;
  /** Share of generation not used in the home. */
  exportShare: number;
}

/**
 * Solar export: generation follows the sun's elevation at the home,
 * scaled by a random clearness per day, and is zero at night.
 */
export function exportSeries(
  grid: TimeGrid,
  [first, end]: [number, number],
  options: SolarOptions,
  random: Random,
): Series {
  const values = new Int32Array(Math.max(0, end - first));
  const clearness = grid.days.map(() => 0.15 + 0.85 * random.next() ** 0.7);
  const latitude = (options.latitude * Math.PI) / 180;

  for (let slot = first; slot < end; slot += 1) {
    const dayIndex = grid.dayIndexes[slot] ?? 0;
    const day = grid.days[dayIndex];

    if (!day) continue;

    // Sun position at the middle of the half-hour, in local solar time.
    const utcHours = (((grid.startsMs[slot] ?? 0) / 3_600_000) % 24) + 0.25;
    const solarHours = utcHours + options.longitude / 15;
    const declination =
      ((23.44 * Math.PI) / 180) *
      Math.sin((2 * Math.PI * (284 + day.date.dayOfYear)) / 365);
    const hourAngle = ((solarHours - 12) * 15 * Math.PI) / 180;
    const sinElevation =
      Math.sin(latitude) * Math.sin(declination) +
      Math.cos(latitude) * Math.cos(declination) * Math.cos(hourAngle);

    if (sinElevation <= 0) continue;

    const kw =
      options.peakKw * 0.85 * (clearness[dayIndex] ?? 1) * sinElevation ** 1.2;
    const wh = kw * 500 * options.exportShare * (0.9 + 0.2 * random.next());

    values[slot - first] = Math.round(wh);
  }

  return { firstSlot: first, values };
}

/** Heating demand per local half-hour: morning and evening heating periods. */
const HEATING_WEIGHTS = Array.from({ length: 48 }, (_, slot) => {
  if (slot >= 12 && slot < 18) return 2.2;
  if (slot >= 33 && slot < 44) return 1.8;
  if (slot >= 18 && slot < 33) return 0.6;

  return 0.1;
});
const HEATING_TOTAL = HEATING_WEIGHTS.reduce((sum, weight) => sum + weight, 0);

/** Base temperature for heating degree days in the UK, degrees Celsius. */
const BASE_TEMPERATURE = 15.5;

/**
 * Gas for space heating and hot water: heating follows degree days of a
 * seasonal temperature model with random weather, so winter dominates.
 */
export function gasSeries(
  grid: TimeGrid,
  [first, end]: [number, number],
  annualKwh: number,
  random: Random,
): Series {
  const values = new Int32Array(Math.max(0, end - first));
  const temperatures = grid.days.map(
    (day) =>
      10.5 -
      6.5 * Math.cos((2 * Math.PI * (day.date.dayOfYear - 20)) / 365.25) +
      random.normal(0, 2.2),
  );
  const meanDegreeDays =
    temperatures.reduce(
      (sum, temperature) => sum + Math.max(0, BASE_TEMPERATURE - temperature),
      0,
    ) / Math.max(1, temperatures.length);
  const hotWaterWhPerDay = (annualKwh * 1000 * 0.2) / 365.25;
  const heatingWhPerDegreeDay =
    (annualKwh * 1000 * 0.8) / 365.25 / Math.max(0.1, meanDegreeDays);

  for (let slot = first; slot < end; slot += 1) {
    const dayIndex = grid.dayIndexes[slot] ?? 0;
    const day = grid.days[dayIndex];

    if (!day) continue;

    const local = grid.localSlots[slot] ?? 0;
    const degreeDays = Math.max(
      0,
      BASE_TEMPERATURE - (temperatures[dayIndex] ?? BASE_TEMPERATURE),
    );
    const heating =
      (heatingWhPerDegreeDay * degreeDays * (HEATING_WEIGHTS[local] ?? 0)) /
      HEATING_TOTAL;
    const hotWater = local === 14 || local === 38 ? hotWaterWhPerDay / 2 : 0;
    const wh = (heating + hotWater) * (0.85 + 0.3 * random.next());

    values[slot - first] = Math.round(wh);
  }

  return { firstSlot: first, values };
}
