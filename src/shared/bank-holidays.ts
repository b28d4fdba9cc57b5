import fs from "node:fs";

/** The bank holiday calendars of Great Britain: Scotland keeps its own. */
export type BankHolidayDivision = "england-and-wales" | "scotland";

type BankHolidayFile = Record<
  BankHolidayDivision,
  { events: { date: string }[] }
>;

let calendars: Record<BankHolidayDivision, Set<string>> | undefined;

/**
 * Returns the bank holiday dates (`YYYY-MM-DD`) of each division, read
 * once from the GOV.UK list in `data/`.
 *
 * NOTE: the stored list ends on 2027-12-28; later dates are treated as
 * ordinary days until the file is refreshed.
 */
export function loadBankHolidays(): Record<BankHolidayDivision, Set<string>> {
  if (calendars) return calendars;

  const file = new URL("./data/uk-bank-holidays.json", import.meta.url);
  const data = JSON.parse(fs.readFileSync(file, "utf8")) as BankHolidayFile;
  const datesOf = (division: BankHolidayDivision) =>
    new Set(data[division].events.map((event) => event.date));

  calendars = {
    "england-and-wales": datesOf("england-and-wales"),
    scotland: datesOf("scotland"),
  };

  return calendars;
}
