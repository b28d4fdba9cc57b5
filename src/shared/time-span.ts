/** A half-open span of time [from, to); `to` null means open-ended. */
export interface TimeSpan {
  from: Date;
  to: Date | null;
}

/**
 * Finds the span from the earliest start to the latest end of some
 * periods, open-ended when any period is; null when there are none.
 */
export function coveringSpan(periods: readonly TimeSpan[]): TimeSpan | null {
  if (periods.length === 0) return null;

  const from = Math.min(...periods.map((period) => period.from.getTime()));
  const ends = periods.map((period) => period.to);

  if (ends.includes(null)) {
    return { from: new Date(from), to: null };
  }

  const to = Math.max(...ends.map((end) => end?.getTime() ?? 0));

  return { from: new Date(from), to: new Date(to) };
}
