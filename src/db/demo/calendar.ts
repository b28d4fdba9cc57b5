import { Temporal } from "temporal-polyfill";

import { loadBankHolidays } from "../../shared/bank-holidays.js";

/** Settlement and billing follow the wall clock of Great Britain. */
export const LONDON = "Europe/London";

const HALF_HOUR_MS = 30 * 60 * 1000;

/** Returns the instant of London midnight at the start of `date`. */
export function londonMidnight(date: Temporal.PlainDate): Temporal.Instant {
  return date.toZonedDateTime({ timeZone: LONDON }).toInstant();
}

export function toJsDate(instant: Temporal.Instant): Date {
  return new Date(instant.epochMilliseconds);
}

/** Load-profile seasons as Elexon names them in the profile class tables. */
export type Season = "Wtr" | "Spr" | "Smr" | "Hsr" | "Aut";
export type DayType = "Wd" | "Sat" | "Sun";

/** One local day of the grid with the profile column that applies to it. */
export interface GridDay {
  date: Temporal.PlainDate;
  season: Season;
  /** Day type in England and Wales and in Scotland (bank holidays differ). */
  dayType: DayType;
  scottishDayType: DayType;
  /** Index of the first half-hour of this day in the grid arrays. */
  firstSlot: number;
  slotCount: number;
}

/**
 * The half-hours between two London midnights, computed once and shared by
 * every meter. Half-hours are stepped as UTC instants, so a day on which the
 * clocks change has 46 or 50 of them.
 */
export interface TimeGrid {
  start: Temporal.Instant;
  end: Temporal.Instant;
  /** UTC epoch milliseconds of each half-hour's start. */
  startsMs: Float64Array;
  /** Local (London) wall-clock half-hour of the day, 0 for 00:00-00:30. */
  localSlots: Uint8Array;
  /** Index into `days` of each half-hour. */
  dayIndexes: Uint16Array;
  days: GridDay[];
}

/** Builds the grid of half-hours in [from, to), both London dates. */
export function buildTimeGrid(
  from: Temporal.PlainDate,
  to: Temporal.PlainDate,
): TimeGrid {
  const start = londonMidnight(from);
  const end = londonMidnight(to);
  const count =
    Number(end.epochMilliseconds - start.epochMilliseconds) / HALF_HOUR_MS;
  const startsMs = new Float64Array(count);
  const localSlots = new Uint8Array(count);
  const dayIndexes = new Uint16Array(count);
  const days: GridDay[] = [];
  const holidays = loadBankHolidays();
  let slot = 0;

  for (
    let date = from;
    Temporal.PlainDate.compare(date, to) < 0;
    date = date.add({ days: 1 })
  ) {
    const dayStart = londonMidnight(date).epochMilliseconds;
    const dayEnd = londonMidnight(date.add({ days: 1 })).epochMilliseconds;
    const slotCount = (dayEnd - dayStart) / HALF_HOUR_MS;
    const offsetAtStart = offsetMinutes(dayStart);
    const uniform = offsetAtStart === offsetMinutes(dayEnd);

    for (let k = 0; k < slotCount; k += 1) {
      const ms = dayStart + k * HALF_HOUR_MS;
      // Only clock-change days need a time-zone look-up per half-hour.
      const offset = uniform ? offsetAtStart : offsetMinutes(ms);
      const localMinutes = Math.floor((ms / 60_000 + offset) % 1440);

      startsMs[slot] = ms;
      localSlots[slot] = Math.floor(((localMinutes + 1440) % 1440) / 30);
      dayIndexes[slot] = days.length;
      slot += 1;
    }

    days.push({
      date,
      season: seasonOf(date),
      dayType: dayTypeOf(date, holidays["england-and-wales"]),
      scottishDayType: dayTypeOf(date, holidays.scotland),
      firstSlot: slot - slotCount,
      slotCount,
    });
  }

  return { start, end, startsMs, localSlots, dayIndexes, days };
}

function offsetMinutes(epochMs: number): number {
  const zoned =
    Temporal.Instant.fromEpochMilliseconds(epochMs).toZonedDateTimeISO(LONDON);

  return zoned.offsetNanoseconds / 60_000_000_000;
}

/** Bank holidays are profiled as Sundays, as settlement does. */
function dayTypeOf(
  date: Temporal.PlainDate,
  holidays: ReadonlySet<string>,
): DayType {
  if (date.dayOfWeek === 7 || holidays.has(date.toString())) return "Sun";
  if (date.dayOfWeek === 6) return "Sat";

  return "Wd";
}

/**
 * Finds Elexon's load-profile season of a date. Winter lies between the
 * October and March clock changes. Spring runs to the Saturday before the
 * last Sunday of May, and summer from there to high summer. High summer
 * lasts six weeks and two days from the Saturday before the first Monday of
 * August, and autumn follows it.
 * NOTE: the spring, summer and high-summer boundaries are approximations of
 * Elexon's definitions and may be a day or two off in some years.
 */
export function seasonOf(date: Temporal.PlainDate): Season {
  const year = date.year;
  const springStart = lastWeekday(year, 3, 7);
  const winterStart = lastWeekday(year, 10, 7);
  const summerStart = lastWeekday(year, 5, 7).subtract({ days: 1 });
  const firstAugustMonday = firstWeekday(year, 8, 1);
  const highSummerStart = firstAugustMonday.subtract({ days: 2 });
  const autumnStart = highSummerStart.add({ days: 44 });

  if (before(date, springStart) || !before(date, winterStart)) return "Wtr";
  if (before(date, summerStart)) return "Spr";
  if (before(date, highSummerStart)) return "Smr";
  if (before(date, autumnStart)) return "Hsr";

  return "Aut";
}

function before(a: Temporal.PlainDate, b: Temporal.PlainDate): boolean {
  return Temporal.PlainDate.compare(a, b) < 0;
}

/** Finds the last `weekday` (1 = Monday) of a month. */
function lastWeekday(
  year: number,
  month: number,
  weekday: number,
): Temporal.PlainDate {
  const last = Temporal.PlainDate.from({ year, month, day: 1 })
    .add({ months: 1 })
    .subtract({ days: 1 });

  return last.subtract({ days: (last.dayOfWeek - weekday + 7) % 7 });
}

function firstWeekday(
  year: number,
  month: number,
  weekday: number,
): Temporal.PlainDate {
  const first = Temporal.PlainDate.from({ year, month, day: 1 });

  return first.add({ days: (weekday - first.dayOfWeek + 7) % 7 });
}
