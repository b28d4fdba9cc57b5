import { sql } from "kysely";

import type { Db } from "../../db/database.js";
import type { TariffFuel } from "../../db/schema.js";
import { unitRateJoins } from "./unit-rates.sql.js";

/** A smart meter device with the meter it reports for. */
export interface SmartMeterRow {
  device_id: string;
  fuel: TariffFuel;
  /** The import electricity meter of an ESME, the gas meter of a GSME. */
  meter_id: number;
  meter_point_id: number;
  property_id: number;
  export_meter_id: number | null;
  /** Accounts with an agreement, past or present, on the meter point. */
  account_ids: number[];
  /**
   * When each account supplied the meter point (its agreements) or lived
   * at the property (its occupancy periods); `valid_to` null is open.
   */
  access_periods: AccessPeriodRow[];
}

/** An account's period on a meter point, with JSON-encoded instants. */
export interface AccessPeriodRow {
  account_id: number;
  valid_from: string;
  valid_to: string | null;
}

/**
 * Finds the ESME and GSME devices with the given EUI-64 ids that serve a
 * meter. Other device types (IHD, CHF) and devices without a meter are not
 * smart meters, so they are left out.
 */
export async function findSmartMetersByDeviceIds(
  db: Db,
  deviceIds: readonly string[],
): Promise<SmartMeterRow[]> {
  const result = await sql<SmartMeterRow>`
    select d.device_id, m.fuel, m.meter_id, m.meter_point_id, m.property_id,
      d.export_meter_id,
      array(
        select distinct a.account_id
        from agreements a
        where not a.is_revoked
          and (
            (m.fuel = 'ELECTRICITY'
              and a.electricity_meter_point_id = m.meter_point_id)
            or (m.fuel = 'GAS' and a.gas_meter_point_id = m.meter_point_id)
          )
      ) as account_ids,
      array_to_json(array(
        select json_build_object('account_id', a.account_id,
          'valid_from', a.valid_from, 'valid_to', a.valid_to)
        from agreements a
        where not a.is_revoked
          and (
            (m.fuel = 'ELECTRICITY'
              and a.electricity_meter_point_id = m.meter_point_id)
            or (m.fuel = 'GAS' and a.gas_meter_point_id = m.meter_point_id)
          )
        union all
        select json_build_object('account_id', o.account_id,
          'valid_from', o.effective_from, 'valid_to', o.effective_to)
        from occupancy_periods o
        where o.property_id = m.property_id
      )) as access_periods
    from smart_devices d
    join lateral (
      select 'ELECTRICITY' as fuel, em.id as meter_id, em.meter_point_id,
        emp.property_id
      from electricity_meters em
      join electricity_meter_points emp on emp.id = em.meter_point_id
      where d.type = 'ESME' and em.id = d.import_meter_id
      union all
      select 'GAS' as fuel, gm.id as meter_id, gm.meter_point_id,
        gmp.property_id
      from gas_meters gm
      join gas_meter_points gmp on gmp.id = gm.meter_point_id
      where d.type = 'GSME' and gm.id = d.gas_meter_id
    ) m on true
    where d.device_id = any(${[...deviceIds]}::text[])
  `.execute(db);

  return result.rows;
}

/** The readings a request covers: the latest half-hour, or a range. */
export type TelemetryWindow =
  | { kind: "latest" }
  | {
      kind: "range";
      start: Date;
      end: Date;
      /** Bucket length in seconds: 10, 60, 300, 1800 or 3600. */
      bucketSeconds: number;
    };

/** One telemetry bucket, with numbers as numeric strings. */
export interface TelemetryBucketRow {
  read_at: Date;
  consumption: string;
  export: string | null;
  demand: string;
  consumption_delta: string;
  cost_delta: string | null;
  cost_delta_with_tax: string | null;
}

const HALF_HOUR_SECONDS = 1800;

/**
 * Buckets and costs a smart meter's half-hourly readings in one statement.
 *
 * Buckets shorter than a half-hour split each half-hour into equal pieces.
 * A piece's values are the differences of the half-hour totals rounded
 * cumulatively to 4 places, so the pieces of a half-hour add up exactly to
 * its rounded total. Demand is computed from the unrounded share. Longer
 * buckets sum their half-hours, and bucket starts are multiples of the
 * bucket length since the Unix epoch.
 *
 * NOTE: readings are half-hourly, so buckets under 30 minutes carry the
 * half-hour mean and never show changes of load within a half-hour.
 */
export async function selectTelemetryBuckets(
  db: Db,
  meter: SmartMeterRow,
  window: TelemetryWindow,
): Promise<TelemetryBucketRow[]> {
  const result = await telemetryBucketsQuery(meter, window).execute(db);

  return result.rows;
}

/** Builds the statement of `selectTelemetryBuckets`, for EXPLAIN too. */
export function telemetryBucketsQuery(
  meter: SmartMeterRow,
  window: TelemetryWindow,
) {
  const bucketSeconds =
    window.kind === "range" ? window.bucketSeconds : HALF_HOUR_SECONDS;
  const pieceSeconds = Math.min(bucketSeconds, HALF_HOUR_SECONDS);
  const pieces = HALF_HOUR_SECONDS / pieceSeconds;
  const importId = sql`${meter.meter_id}::integer`;
  const exportId = sql`${meter.export_meter_id}::integer`;
  return sql<TelemetryBucketRow>`
    with r as (
      select ${meter.fuel}::text as fuel,
        ${meter.meter_point_id}::integer as meter_point_id,
        c.interval_start,
        max(c.consumption_wh) filter (where c.meter_id = ${importId})
          as consumption_wh,
        max(c.register_wh) filter (where c.meter_id = ${importId})
          as register_wh,
        max(c.consumption_wh) filter (where c.meter_id = ${exportId})
          as export_wh,
        max(c.register_wh) filter (where c.meter_id = ${exportId})
          as export_register_wh
      from consumption_readings c
      where c.meter_fuel = ${meter.fuel}
        and c.meter_id in (${importId}, ${exportId})
        and ${readingFilter(meter, window)}
      group by c.interval_start
      having count(*) filter (where c.meter_id = ${importId}) > 0
    ),
    costed as (
      select r.*,
        r.consumption_wh / 1000.0 * rate.value_exc_vat as cost,
        r.consumption_wh / 1000.0 * rate.value_inc_vat as cost_with_tax
      from r
      ${unitRateJoins}
    ),
    pieces as (
      select
        c.interval_start + k * ${pieceSeconds}::integer * interval '1 second'
          as piece_start,
        ${splitShare(sql`c.consumption_wh`, pieces)} as wh,
        c.consumption_wh::numeric / ${pieces}::integer as exact_wh,
        c.register_wh - c.consumption_wh
          + ${cumulativeShare(sql`c.consumption_wh`, pieces)} as register_wh,
        c.export_register_wh - c.export_wh
          + ${cumulativeShare(sql`c.export_wh`, pieces)} as export_register_wh,
        ${splitShare(sql`c.cost`, pieces)} as cost,
        ${splitShare(sql`c.cost_with_tax`, pieces)} as cost_with_tax
      from costed c
      cross join generate_series(0, ${pieces - 1}::integer) k
    )
    select
      date_bin(
        ${bucketSeconds}::integer * interval '1 second',
        p.piece_start,
        timestamptz '1970-01-01 00:00:00+00'
      ) as read_at,
      max(p.register_wh)::text as consumption,
      max(p.export_register_wh)::text as export,
      round(sum(p.exact_wh) * 3600 / (count(*) * ${pieceSeconds}::integer), 4)::text
        as demand,
      sum(p.wh)::text as consumption_delta,
      case when count(p.cost) = count(*)
        then round(sum(p.cost), 4)::text end as cost_delta,
      case when count(p.cost_with_tax) = count(*)
        then round(sum(p.cost_with_tax), 4)::text end as cost_delta_with_tax
    from pieces p
    where ${pieceFilter(window)}
    group by 1
    order by 1
  `;
}

/** Selects the half-hours that overlap the window. */
function readingFilter(meter: SmartMeterRow, window: TelemetryWindow) {
  if (window.kind === "latest") {
    return sql`c.interval_start = (
      select max(l.interval_start)
      from consumption_readings l
      where l.meter_fuel = ${meter.fuel} and l.meter_id = ${meter.meter_id}
    )`;
  }

  return sql`c.interval_start > ${window.start}::timestamptz
      - interval '30 minutes'
    and c.interval_start < ${window.end}::timestamptz`;
}

/** Keeps the pieces that start inside the window. */
function pieceFilter(window: TelemetryWindow) {
  if (window.kind === "latest") return sql`true`;

  return sql`p.piece_start >= ${window.start}::timestamptz
    and p.piece_start < ${window.end}::timestamptz`;
}

/** Computes the part of a half-hour total up to the end of piece `k`. */
function cumulativeShare(total: ReturnType<typeof sql>, pieces: number) {
  return sql`round(${total}::numeric * (k + 1) / ${pieces}::integer, 4)`;
}

/** Computes the part of a half-hour total that falls in piece `k`. */
function splitShare(total: ReturnType<typeof sql>, pieces: number) {
  return sql`(round(${total}::numeric * (k + 1) / ${pieces}::integer, 4)
    - round(${total}::numeric * k / ${pieces}::integer, 4))`;
}
