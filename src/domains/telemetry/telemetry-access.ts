import type { RequestContext } from "../../server/context.js";
import { coveringSpan } from "../../shared/time-span.js";
import type { TimeSpan } from "../../shared/time-span.js";
import { canViewAccountId } from "../accounts/account-access.js";
import type { SmartMeterRow, TelemetryWindow } from "./telemetry.repository.js";

/** The span of time whose readings the viewer may see. */
export type AccessSpan = TimeSpan;

/**
 * Works out when the viewer's accounts supplied the meter point or lived
 * at the property: from the earliest such period's start to the latest
 * one's end. Readings outside it belong to other customers.
 *
 * NOTE: a gap between two of the viewer's periods (an account that left
 * and came back) is inside the span, so its readings are shown.
 */
export async function findAccessSpan(
  context: RequestContext,
  meter: SmartMeterRow,
): Promise<AccessSpan | null> {
  const visible = await Promise.all(
    meter.access_periods.map((period) =>
      canViewAccountId(context, period.account_id),
    ),
  );
  const periods = meter.access_periods
    .filter((_, index) => visible[index])
    .map((period) => ({
      from: new Date(period.valid_from),
      to: period.valid_to === null ? null : new Date(period.valid_to),
    }));

  return coveringSpan(periods);
}

/**
 * Narrows a telemetry window to the viewer's access span. A range is
 * clipped (null when nothing is left); the latest reading becomes the
 * last half-hour before the span ends, when it has ended.
 */
export function clipWindow(
  window: TelemetryWindow,
  span: AccessSpan,
): TelemetryWindow | null {
  if (window.kind === "latest") {
    // A viewer whose supply has not started yet has no readings.
    if (span.from.getTime() > Date.now()) return null;

    if (span.to === null) return window;

    const start = new Date(span.to.getTime() - 30 * 60_000);

    return { kind: "range", start, end: span.to, bucketSeconds: 1800 };
  }

  const start = new Date(Math.max(window.start.getTime(), span.from.getTime()));
  const endLimit = span.to?.getTime() ?? Number.POSITIVE_INFINITY;
  const end = new Date(Math.min(window.end.getTime(), endLimit));

  return start < end ? { ...window, start, end } : null;
}
