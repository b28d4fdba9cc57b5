import { sql } from "kysely";
import { Temporal } from "temporal-polyfill";

import type { Db } from "./database.js";

/**
 * Creates the monthly partitions of consumption_readings that cover
 * [from, to). Partition bounds are UTC month starts, so a half-hour always
 * falls in exactly one partition.
 */
export async function ensureConsumptionPartitions(
  db: Db,
  from: Date,
  to: Date,
): Promise<void> {
  const end = Temporal.Instant.fromEpochMilliseconds(to.getTime());
  let month = Temporal.Instant.fromEpochMilliseconds(from.getTime())
    .toZonedDateTimeISO("UTC")
    .toPlainDate()
    .toPlainYearMonth();

  while (Temporal.Instant.compare(startOf(month), end) < 0) {
    const next = month.add({ months: 1 });
    const name = `consumption_readings_y${month.year}m${pad(month.month)}`;
    const statement =
      `create table if not exists ${name} partition of consumption_readings` +
      ` for values from ('${startOf(month).toString()}')` +
      ` to ('${startOf(next).toString()}')`;

    await sql.raw(statement).execute(db);
    month = next;
  }
}

function startOf(month: Temporal.PlainYearMonth): Temporal.Instant {
  return month.toPlainDate({ day: 1 }).toZonedDateTime("UTC").toInstant();
}

function pad(value: number): string {
  return String(value).padStart(2, "0");
}
