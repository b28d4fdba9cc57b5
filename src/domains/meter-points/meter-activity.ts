import { Temporal } from "temporal-polyfill";

/** Returns today's date in Great Britain, `YYYY-MM-DD`, to compare meter dates. */
export function londonToday(now: Temporal.Instant = Temporal.Now.instant()) {
  return now.toZonedDateTimeISO("Europe/London").toPlainDate().toString();
}

/**
 * Checks that a meter is still in service on `today`: it has no end date,
 * or the end date is after today. Meter dates are GB calendar dates.
 */
export function isMeterActive(
  meter: { active_to: string | null },
  today: string,
): boolean {
  return meter.active_to === null || meter.active_to > today;
}

/**
 * Applies the `meters(id, includeInactive)` arguments: by default only the
 * meters in service today, and only the one with `id` when it is given.
 */
export function selectMeters<
  Meter extends { id: number; active_to: string | null },
>(
  meters: readonly Meter[],
  args: { id?: number | null; includeInactive?: boolean | null },
): Meter[] {
  const today = londonToday();

  return meters.filter(
    (meter) =>
      (args.id == null || meter.id === args.id) &&
      (args.includeInactive === true || isMeterActive(meter, today)),
  );
}
