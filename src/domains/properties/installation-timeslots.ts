import type { Temporal } from "temporal-polyfill";

import { loadBankHolidays } from "../../shared/bank-holidays.js";
import type { BankHolidayDivision } from "../../shared/bank-holidays.js";

export type { BankHolidayDivision } from "../../shared/bank-holidays.js";

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
  const holidays = loadBankHolidays()[division];
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
