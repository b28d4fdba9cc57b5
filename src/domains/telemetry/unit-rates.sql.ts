import { sql } from "kysely";

/**
 * Wall-clock zone of Economy 7 night windows: `tariffs.night_starts_at`
 * and `night_ends_at` are Great Britain local times.
 */
const TARIFF_TIME_ZONE = "Europe/London";

/**
 * Joins each half-hourly reading to the unit rate it is charged at, as
 * `rate.value_exc_vat` and `rate.value_inc_vat` (pence per kWh, null when
 * no agreement or rate covers the half-hour).
 *
 * The reading must be in scope as `r` with the columns `fuel`,
 * `meter_point_id` and `interval_start`. The tariff is that of the meter
 * point's agreement in force at the start of the half-hour. A DAY_NIGHT
 * tariff charges its DAY or NIGHT rate by its local night window, and
 * every other tariff its STANDARD rate. For half-hourly (Agile) tariffs
 * that is a row valid for just that half-hour.
 */
export const unitRateJoins = sql`
  left join lateral (
    select a.tariff_id
    from agreements a
    where r.fuel = 'ELECTRICITY'
      and a.electricity_meter_point_id = r.meter_point_id
      and not a.is_revoked
      and tstzrange(a.valid_from, a.valid_to) @> r.interval_start
    union all
    select a.tariff_id
    from agreements a
    where r.fuel = 'GAS'
      and a.gas_meter_point_id = r.meter_point_id
      and not a.is_revoked
      and tstzrange(a.valid_from, a.valid_to) @> r.interval_start
    limit 1
  ) agreement on true
  left join tariffs tariff on tariff.id = agreement.tariff_id
  left join lateral (
    select tr.value_exc_vat, tr.value_inc_vat
    from tariff_rates tr
    where tr.tariff_id = tariff.id
      and tr.rate_type = ${rateTypeExpression()}
      and tstzrange(tr.valid_from, tr.valid_to) @> r.interval_start
    limit 1
  ) rate on true
`;

/**
 * Picks DAY or NIGHT for DAY_NIGHT tariffs and STANDARD for every other
 * kind. A night window may wrap midnight (23:00 to 06:00), and then it is
 * the union of the two parts.
 */
function rateTypeExpression() {
  const localTime = sql`(r.interval_start at time zone ${TARIFF_TIME_ZONE})::time`;

  return sql`case
    when tariff.kind <> 'DAY_NIGHT' then 'STANDARD'
    when tariff.night_starts_at < tariff.night_ends_at then
      case
        when ${localTime} >= tariff.night_starts_at
          and ${localTime} < tariff.night_ends_at then 'NIGHT'
        else 'DAY'
      end
    when ${localTime} >= tariff.night_starts_at
      or ${localTime} < tariff.night_ends_at then 'NIGHT'
    else 'DAY'
  end`;
}
