import fs from "node:fs";

import type { DayType, Season, TimeGrid } from "./calendar.js";

/** Average demand in kW per local half-hour (index 0 = 00:00-00:30). */
export type ProfileColumns = Map<string, Float64Array>;

let profile: ProfileColumns | undefined;

/**
 * Reads Elexon's Profile Class 1 (domestic unrestricted) load profile kept
 * beside this module: one column per season and day type, one row per
 * half-hour, the row's time being the end of its half-hour.
 */
export function loadProfileClass1(): ProfileColumns {
  if (profile) return profile;

  const file = new URL("./data/elexon-profile-class-1.csv", import.meta.url);
  const [header = "", ...rows] = fs
    .readFileSync(file, "utf8")
    .trim()
    .split("\n");
  const names = header.split(",").slice(1);
  const columns: ProfileColumns = new Map(
    names.map((name) => [name, new Float64Array(48)]),
  );

  rows.forEach((row, rowIndex) => {
    const values = row.split(",").slice(1);

    names.forEach((name, column) => {
      const target = columns.get(name);

      if (target) target[rowIndex] = Number(values[column]);
    });
  });

  if (rows.length !== 48 || columns.size !== 15) {
    throw new Error(
      `expected 48 rows and 15 columns in ${file.pathname}, ` +
        `found ${rows.length} and ${columns.size}`,
    );
  }

  profile = columns;

  return profile;
}

/** Looks up the profile column of a season and day type, e.g. "Wtr Sat". */
export function profileColumn(
  columns: ProfileColumns,
  season: Season,
  dayType: DayType,
): Float64Array {
  const column = columns.get(`${season} ${dayType}`);

  if (!column) throw new Error(`profile has no column "${season} ${dayType}"`);

  return column;
}

/** Mean daily energy in kWh of the profile over the grid's days. */
export function meanDailyKwh(columns: ProfileColumns, grid: TimeGrid): number {
  let total = 0;

  for (const day of grid.days) {
    const column = profileColumn(columns, day.season, day.dayType);

    for (const kw of column) total += kw * 0.5;
  }

  return total / grid.days.length;
}
