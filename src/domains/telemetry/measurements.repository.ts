import { sql } from "kysely";

import type { Db } from "../../db/database.js";
import type { MeasurementQuery } from "./measurement-args.js";
import { unitRateJoins } from "./unit-rates.sql.js";

/** One measurement interval of one series, with numbers as strings. */
export interface MeasurementRow {
  property_id: number;
  /** Position of the series' filter in `utilityFilters`. */
  filter_index: number;
  /** MPAN core or MPRN of the meter point measured. */
  market_supply_point_id: string;
  bucket_start: Date;
  value_kwh: string;
  /** Cost or export value in pence, null when a half-hour has no rate. */
  cost: string | null;
  cost_with_tax: string | null;
  /** The unit rate when every half-hour had the same one, else null. */
  unit_rate: string | null;
  unit_rate_with_tax: string | null;
}

/**
 * Aggregates the half-hourly readings of the given properties' meter
 * points into measurement intervals, in one statement for all properties
 * and filters.
 *
 * Each filter selects meter points of a property by fuel, direction
 * (IMPORT for CONSUMPTION, EXPORT for GENERATION), MPAN/MPRN and device.
 * A half-hour belongs to the interval its start falls in. Days, weeks,
 * months and quarters are local to the query's time zone, so a local day
 * can hold 46, 48 or 50 half-hours.
 *
 * NOTE: hours are aligned to UTC, which matches local hours only in zones
 * with whole-hour offsets (Europe/London does; Asia/Kolkata does not).
 */
export async function selectMeasurements(
  db: Db,
  propertyIds: readonly number[],
  query: MeasurementQuery,
): Promise<MeasurementRow[]> {
  const { filters } = query;
  const result = await sql<MeasurementRow>`
    with f as (
      select *
      from unnest(
        ${filters.map((filter) => filter.index)}::integer[],
        ${filters.map((filter) => filter.fuel)}::text[],
        ${filters.map(meterPointDirection)}::text[],
        ${filters.map((filter) => filter.marketSupplyPointId)}::text[],
        ${filters.map((filter) => filter.deviceId)}::text[],
        ${filters.map((filter) => filter.bucket)}::text[]
      ) as f(filter_index, fuel, direction, supply_point_id, device_id, bucket)
    ),
    points as (
      select f.*, mp.property_id, mp.id as meter_point_id,
        mp.mpan as market_supply_point_id
      from f
      join electricity_meter_points mp
        on f.fuel = 'ELECTRICITY'
        and mp.direction = f.direction
        and (f.supply_point_id is null or mp.mpan = f.supply_point_id)
      where mp.property_id = any(${[...propertyIds]}::integer[])
      union all
      select f.*, gp.property_id, gp.id, gp.mprn
      from f
      join gas_meter_points gp
        on f.fuel = 'GAS'
        and (f.supply_point_id is null or gp.mprn = f.supply_point_id)
      where gp.property_id = any(${[...propertyIds]}::integer[])
    ),
    meters as (
      select p.*, em.id as meter_id
      from points p
      join electricity_meters em
        on p.fuel = 'ELECTRICITY' and em.meter_point_id = p.meter_point_id
      where p.device_id is null or exists (
        select 1 from smart_devices d
        where d.device_id = p.device_id
          and em.id in (d.import_meter_id, d.export_meter_id)
      )
      union all
      select p.*, gm.id
      from points p
      join gas_meters gm
        on p.fuel = 'GAS' and gm.meter_point_id = p.meter_point_id
      where p.device_id is null or exists (
        select 1 from smart_devices d
        where d.device_id = p.device_id and d.gas_meter_id = gm.id
      )
    ),
    r as (
      select m.property_id, m.filter_index, m.market_supply_point_id,
        m.bucket, m.fuel, m.meter_point_id, c.interval_start,
        c.consumption_wh
      from meters m
      join consumption_readings c
        on c.meter_fuel = m.fuel
        and c.meter_id = m.meter_id
        and c.interval_start >= coalesce(
          ${query.start}::timestamptz, '-infinity'
        )
        and c.interval_start < coalesce(${query.end}::timestamptz, 'infinity')
    ),
    costed as (
      select r.*, rate.value_exc_vat, rate.value_inc_vat,
        case r.bucket
          when 'HALF_HOUR' then r.interval_start
          when 'HOUR' then date_bin(
            interval '1 hour',
            r.interval_start,
            timestamptz '1970-01-01 00:00:00+00'
          )
          else date_trunc(lower(r.bucket), r.interval_start, ${query.timeZone})
        end as bucket_start
      from r
      ${unitRateJoins}
    )
    select property_id, filter_index, market_supply_point_id, bucket_start,
      (sum(consumption_wh)::numeric / 1000)::text as value_kwh,
      case when count(value_exc_vat) = count(*) then
        round(sum(consumption_wh * value_exc_vat) / 1000, 4)::text
      end as cost,
      case when count(value_inc_vat) = count(*) then
        round(sum(consumption_wh * value_inc_vat) / 1000, 4)::text
      end as cost_with_tax,
      case when count(value_exc_vat) = count(*)
        and min(value_exc_vat) = max(value_exc_vat)
        then min(value_exc_vat)::text
      end as unit_rate,
      case when count(value_inc_vat) = count(*)
        and min(value_inc_vat) = max(value_inc_vat)
        then min(value_inc_vat)::text
      end as unit_rate_with_tax
    from costed
    group by property_id, filter_index, market_supply_point_id, bucket_start
    order by property_id, bucket_start, filter_index, market_supply_point_id
  `.execute(db);

  return result.rows;
}

/** Maps a filter to the meter point direction it reads; null for gas. */
function meterPointDirection(filter: MeasurementQuery["filters"][number]) {
  if (filter.fuel === "GAS") return null;

  return filter.readingDirection === "GENERATION" ? "EXPORT" : "IMPORT";
}
