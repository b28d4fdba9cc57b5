import { Temporal } from "temporal-polyfill";

import type { RequestContext } from "../../server/context.js";
import { perRequest } from "../../shared/loaders.js";

/**
 * The instant that "now" means for one request, read once from the system
 * clock so that every price and availability in a response agrees.
 */
export const requestNow = perRequest(
  (_context: RequestContext): Date => new Date(),
);

/**
 * Finds the UTC bounds of today and tomorrow as Europe/London calendar
 * days: 47, 48 or 49 hours, depending on clock changes.
 */
export function findTodayAndTomorrow(now: Date): { from: Date; to: Date } {
  const today = Temporal.Instant.fromEpochMilliseconds(now.getTime())
    .toZonedDateTimeISO("Europe/London")
    .startOfDay();
  const dayAfterTomorrow = today.add({ days: 2 }).startOfDay();

  return {
    from: new Date(today.epochMilliseconds),
    to: new Date(dayAfterTomorrow.epochMilliseconds),
  };
}
