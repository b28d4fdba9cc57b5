import type { OccupancyPeriodRow } from "./properties.repository.js";

/**
 * Days back from now within which a move in or move out marks the property
 * as changing tenancy. NOTE: 28 days is our choice, because Kraken does not
 * publish its rule.
 */
export const CHANGE_OF_TENANCY_WINDOW_DAYS = 28;

const DAY_MS = 24 * 60 * 60 * 1000;

/** Checks that the half-open period [effectiveFrom, effectiveTo) covers now. */
export function isOccupancyInForce(
  period: Pick<OccupancyPeriodRow, "effective_from" | "effective_to">,
  now: Date,
): boolean {
  return (
    period.effective_from <= now &&
    (period.effective_to === null || period.effective_to > now)
  );
}

/**
 * Decides whether a change of tenancy is under way: some occupancy period
 * on the property starts or ends after the start of the window that
 * reaches CHANGE_OF_TENANCY_WINDOW_DAYS back from now. A move in or move
 * out booked for any future date counts too.
 */
export function isChangeOfTenancyOngoing(
  periods: readonly Pick<
    OccupancyPeriodRow,
    "effective_from" | "effective_to"
  >[],
  now: Date,
): boolean {
  const windowStart = new Date(
    now.getTime() - CHANGE_OF_TENANCY_WINDOW_DAYS * DAY_MS,
  );

  return periods.some(
    (period) =>
      period.effective_from > windowStart ||
      (period.effective_to !== null && period.effective_to > windowStart),
  );
}
