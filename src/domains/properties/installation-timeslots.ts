import fs from "node:fs";

import type { Temporal } from "temporal-polyfill";

/** The bank holiday calendars of GB: Scotland keeps its own. */
export type BankHolidayDivision = "england-and-wales" | "scotland";

type BankHolidayFile = Record<
  BankHolidayDivision,
  { events: { date: string }[] }
>;

/** How many working days ahead installation appointments are offered. */
export const INSTALLATION_WORKING_DAYS = 10;

/** The morning and afternoon appointment windows, GB local time. */
const APPOINTMENT_WINDOWS = [
  { startTime: "08:00:00", endTime: "12:00:00" },
  { startTime: "12:00:00", endTime: "17:00:00" },
] as const;

/** GSP groups of Scotland: N South Scotland, P North Scotland. */
const SCOTTISH_GSP_GROUPS = new Set(["N", "P", "_N", "_P"]);

export interface InstallationTimeslot {
  appointmentDate: string;
  startTime: string;
  endTime: string;
}

function readBankHolidays(): Record<BankHolidayDivision, Set<string>> {
  const file = new URL("./data/uk-bank-holidays.json", import.meta.url);
  const data = JSON.parse(fs.readFileSync(file, "utf8")) as BankHolidayFile;
  const datesOf = (division: BankHolidayDivision) =>
    new Set(data[division].events.map((event) => event.date));

  return {
    "england-and-wales": datesOf("england-and-wales"),
    scotland: datesOf("scotland"),
  };
}

// NOTE: the GOV.UK list stored here ends on 2027-12-28, so bank holidays
// after that date are not skipped.
const bankHolidays = readBankHolidays();

/**
 * Picks the bank holiday calendar for a property from the GSP groups of
 * its electricity meter points: Scotland for groups N and P, otherwise
 * England and Wales.
 */
export function divisionForGspGroups(
  gspGroupIds: readonly string[],
): BankHolidayDivision {
  return gspGroupIds.some((id) => SCOTTISH_GSP_GROUPS.has(id))
    ? "scotland"
    : "england-and-wales";
}

/**
 * Lists SMETS2 installation appointments: a morning and an afternoon slot
 * on each of the next `workingDays` working days after today in Great
 * Britain. Weekends and the division's bank holidays are skipped.
 */
export function listInstallationTimeslots(
  now: Temporal.Instant,
  division: BankHolidayDivision,
  workingDays: number = INSTALLATION_WORKING_DAYS,
): InstallationTimeslot[] {
  const holidays = bankHolidays[division];
  const slots: InstallationTimeslot[] = [];
  let date = now.toZonedDateTimeISO("Europe/London").toPlainDate();
  let found = 0;

  while (found < workingDays) {
    date = date.add({ days: 1 });

    if (date.dayOfWeek > 5 || holidays.has(date.toString())) continue;

    found += 1;

    for (const window of APPOINTMENT_WINDOWS) {
      slots.push({ appointmentDate: date.toString(), ...window });
    }
  }

  return slots;
}
