import { sql } from "kysely";
import { Temporal } from "temporal-polyfill";

import type { Db } from "../../db/database.js";
import type { RateType } from "../../db/schema.js";

const HALF_HOUR_MS = 1_800_000;

/**
 * Read-only queries that find demo data for the telemetry tests, so the
 * tests never depend on generated ids.
 */

/** A smart meter device with readings, and a user who may see it. */
export interface SmartMeterFixture {
  deviceId: string;
  meterId: number;
  meterPointId: number;
  exportMeterId: number | null;
  ownerEmail: string;
  firstReading: Date;
  lastReading: Date;
}

interface SmartMeterFilter {
  /** Only devices on an agreement of this user's accounts. */
  viewerEmail?: string;
  /** Only devices none of this user's accounts has an agreement for. */
  notViewerEmail?: string;
  /** Only devices whose current agreement's tariff is of this kind. */
  tariffKind?: string;
  type?: "ESME" | "GSME";
  withExport?: boolean;
}

/** Finds one smart meter device that has readings, by the filter. */
export async function findSmartMeter(
  db: Db,
  filter: SmartMeterFilter,
): Promise<SmartMeterFixture> {
  const type = filter.type ?? "ESME";
  const result = await sql<SmartMeterFixture>`
    select d.device_id as "deviceId", m.meter_id as "meterId",
      m.meter_point_id as "meterPointId",
      d.export_meter_id as "exportMeterId",
      u.email as "ownerEmail",
      span.first_reading as "firstReading",
      span.last_reading as "lastReading"
    from smart_devices d
    join lateral (
      select em.id as meter_id, em.meter_point_id, 'ELECTRICITY' as fuel
      from electricity_meters em
      where d.type = 'ESME' and em.id = d.import_meter_id
      union all
      select gm.id, gm.meter_point_id, 'GAS'
      from gas_meters gm
      where d.type = 'GSME' and gm.id = d.gas_meter_id
    ) m on true
    join agreements a
      on (m.fuel = 'ELECTRICITY'
          and a.electricity_meter_point_id = m.meter_point_id
        or m.fuel = 'GAS' and a.gas_meter_point_id = m.meter_point_id)
      and a.valid_to is null
    join tariffs t on t.id = a.tariff_id
    join account_user_roles role on role.account_id = a.account_id
    join account_users u on u.id = role.account_user_id
    join lateral (
      select min(c.interval_start) as first_reading,
        max(c.interval_start) as last_reading
      from consumption_readings c
      where c.meter_fuel = m.fuel and c.meter_id = m.meter_id
    ) span on span.last_reading is not null
    where d.type = ${type}
      and (${filter.viewerEmail ?? null}::text is null
        or lower(u.email) = lower(${filter.viewerEmail ?? null}))
      and (${filter.tariffKind ?? null}::text is null
        or t.kind = ${filter.tariffKind ?? null})
      and (${filter.withExport ?? null}::boolean is null
        or (d.export_meter_id is not null) = ${filter.withExport ?? null})
      and (${filter.notViewerEmail ?? null}::text is null or not exists (
        select 1
        from agreements other
        join account_user_roles r2 on r2.account_id = other.account_id
        join account_users u2 on u2.id = r2.account_user_id
        where lower(u2.email) = lower(${filter.notViewerEmail ?? null})
          and (other.electricity_meter_point_id = m.meter_point_id
            or other.gas_meter_point_id = m.meter_point_id)
      ))
    order by d.id
    limit 1
  `.execute(db);
  const row = result.rows[0];

  if (!row) {
    throw new Error(`No smart meter in the demo data matches the filter.`);
  }

  return row;
}

/** One stored half-hour of a meter. */
export interface ReadingFixture {
  intervalStart: Date;
  consumptionWh: number;
  registerWh: string;
}

/** Lists a meter's readings with starts in [start, end). */
export async function listReadings(
  db: Db,
  meterId: number,
  fuel: "ELECTRICITY" | "GAS",
  start: Date,
  end: Date,
): Promise<ReadingFixture[]> {
  const rows = await db
    .selectFrom("consumption_readings")
    .select(["interval_start", "consumption_wh", "register_wh"])
    .where("meter_fuel", "=", fuel)
    .where("meter_id", "=", meterId)
    .where("interval_start", ">=", start)
    .where("interval_start", "<", end)
    .orderBy("interval_start")
    .execute();

  return rows.map((row) => ({
    intervalStart: row.interval_start,
    consumptionWh: row.consumption_wh,
    registerWh: String(row.register_wh),
  }));
}

/** The tariff of the agreement on a meter point in force at an instant. */
export interface TariffAtFixture {
  tariffId: number;
  kind: string;
  nightStartsAt: string | null;
  nightEndsAt: string | null;
}

export async function findTariffAt(
  db: Db,
  meterPointId: number,
  at: Date,
): Promise<TariffAtFixture> {
  const row = await db
    .selectFrom("agreements")
    .innerJoin("tariffs", "tariffs.id", "agreements.tariff_id")
    .select([
      "tariffs.id as tariffId",
      "tariffs.kind",
      "tariffs.night_starts_at as nightStartsAt",
      "tariffs.night_ends_at as nightEndsAt",
    ])
    .where("agreements.electricity_meter_point_id", "=", meterPointId)
    .where("agreements.is_revoked", "=", false)
    .where("agreements.valid_from", "<=", at)
    .where((eb) =>
      eb.or([
        eb("agreements.valid_to", "is", null),
        eb("agreements.valid_to", ">", at),
      ]),
    )
    .executeTakeFirstOrThrow();

  return row;
}

/** Finds the exc- and inc-VAT value of a tariff's rate at an instant. */
export async function findRateAt(
  db: Db,
  tariffId: number,
  rateType: RateType,
  at: Date,
): Promise<{ excVat: string; incVat: string }> {
  const row = await db
    .selectFrom("tariff_rates")
    .select(["value_exc_vat as excVat", "value_inc_vat as incVat"])
    .where("tariff_id", "=", tariffId)
    .where("rate_type", "=", rateType)
    .where("valid_from", "<=", at)
    .where((eb) => eb.or([eb("valid_to", "is", null), eb("valid_to", ">", at)]))
    .executeTakeFirstOrThrow();

  return { excVat: String(row.excVat), incVat: String(row.incVat) };
}

/**
 * Finds the UTC bounds of the latest clock-change day in Europe/London
 * (the last Sunday of March or October) whose readings lie in
 * [first, last].
 */
export function clockChangeDay(
  month: 3 | 10,
  first: Date,
  last: Date,
): { start: Date; end: Date } {
  const lastYear = new Date(last).getUTCFullYear();

  for (let year = lastYear; year >= lastYear - 2; year -= 1) {
    const monthEnd = Temporal.PlainDate.from({ year, month, day: 31 });
    const sunday = monthEnd.subtract({ days: monthEnd.dayOfWeek % 7 });
    const start = sunday.toZonedDateTime("Europe/London").epochMilliseconds;
    const end = sunday
      .add({ days: 1 })
      .toZonedDateTime("Europe/London").epochMilliseconds;

    if (start >= first.getTime() && end <= last.getTime() + HALF_HOUR_MS) {
      return { start: new Date(start), end: new Date(end) };
    }
  }

  throw new Error(`No clock-change day of month ${month} has readings.`);
}
