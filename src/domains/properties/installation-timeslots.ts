import fs from "node:fs";

import type { Temporal } from "temporal-polyfill";

interface BankHolidayFile {
  "england-and-wales": { events: { date: string }[] };
}

/** How many working days ahead installation appointments are offered. */
export const INSTALLATION_WORKING_DAYS = 10;

/** The morning and afternoon appointment windows, GB local time. */
const APPOINTMENT_WINDOWS = [
  { startTime: "08:00:00", endTime: "12:00:00" },
  { startTime: "12:00:00", endTime: "17:00:00" },
] as const;

export interface InstallationTimeslot {
  appointmentDate: string;
  startTime: string;
  endTime: string;
}

function readBankHolidays(): ReadonlySet<string> {
  const file = new URL("./data/uk-bank-holidays.json", import.meta.url);
  const data = JSON.parse(fs.readFileSync(file, "utf8")) as BankHolidayFile;

  return new Set(data["england-and-wales"].events.map((event) => event.date));
}

// NOTE: the list ends on 2027-12-28, so later bank holidays are not
// skipped, and Scottish holidays are never applied, not even in Scotland.
const bankHolidays = readBankHolidays();

function isWorkingDay(date: Temporal.PlainDate): boolean {
  return date.dayOfWeek <= 5 && !bankHolidays.has(date.toString());
}

/**
 * Lists SMETS2 installation appointments: a morning and an afternoon slot
 * on each of the next `workingDays` working days after today in Great
 * Britain. Weekends and England and Wales bank holidays are skipped.
 */
export function listInstallationTimeslots(
  now: Temporal.Instant,
  workingDays: number = INSTALLATION_WORKING_DAYS,
): InstallationTimeslot[] {
  const slots: InstallationTimeslot[] = [];
  let date = now.toZonedDateTimeISO("Europe/London").toPlainDate();
  let found = 0;

  while (found < workingDays) {
    date = date.add({ days: 1 });

    if (!isWorkingDay(date)) continue;

    found += 1;

    for (const window of APPOINTMENT_WINDOWS) {
      slots.push({ appointmentDate: date.toString(), ...window });
    }
  }

  return slots;
}
