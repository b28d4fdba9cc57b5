import { KrakenError } from "../server/errors.js";

/**
 * An ISO 8601 date and time: `YYYY-MM-DD`, `T` or a space, `hh:mm`,
 * optional seconds and fraction, and an optional offset (`Z`, `+hh:mm`,
 * `+hhmm` or `+hh`).
 */
const ISO_DATETIME =
  /^(\d{4})-(\d{2})-(\d{2})[T ](\d{2}):(\d{2})(?::(\d{2})(?:\.(\d{1,9}))?)?(Z|[+-]\d{2}(?::?\d{2})?)?$/i;

/**
 * Prints an instant the way Kraken does, in UTC with a `+00:00` offset;
 * the fraction appears, as microseconds, only when it is not zero.
 */
export function formatDateTime(value: Date): string {
  const iso = value.toISOString();
  const millis = value.getUTCMilliseconds();
  const fraction =
    millis === 0 ? "" : `.${String(millis * 1000).padStart(6, "0")}`;

  return `${iso.slice(0, 19)}${fraction}+00:00`;
}

/**
 * Parses an ISO 8601 datetime. A value without an offset is taken as UTC,
 * as Kraken does for telemetry ranges. Raises KT-CT-1608 naming the value.
 */
export function parseDateTime(value: string): Date {
  const match = ISO_DATETIME.exec(value.trim());

  if (!match) {
    throw invalidDateTime(value);
  }

  const [, year, month, day, hour, minute, second, fraction, offset] = match;
  const millis = Math.floor(Number(`0.${fraction ?? "0"}`) * 1000);
  const base = Date.UTC(
    Number(year),
    Number(month) - 1,
    Number(day),
    Number(hour),
    Number(minute),
    Number(second ?? "0"),
    millis,
  );
  const check = new Date(base);

  if (
    check.getUTCDate() !== Number(day) ||
    Number(hour) > 23 ||
    Number(minute) > 59 ||
    Number(second ?? "0") > 59
  ) {
    throw invalidDateTime(value);
  }

  const offsetInMinutes = offsetMinutes(offset);

  if (offsetInMinutes === null) {
    throw invalidDateTime(value);
  }

  return new Date(base - offsetInMinutes * 60_000);
}

/** ISO 8601 allows offsets up to 18 hours (RFC 9557 keeps that bound). */
const MAX_OFFSET_MINUTES = 18 * 60;

function offsetMinutes(offset: string | undefined): number | null {
  if (!offset || offset.toUpperCase() === "Z") {
    return 0;
  }

  const sign = offset.startsWith("-") ? -1 : 1;
  const digits = offset.slice(1).replace(":", "");
  const hours = Number(digits.slice(0, 2));
  const minutes = Number(digits.slice(2) || "0");
  const total = hours * 60 + minutes;

  if (minutes > 59 || total > MAX_OFFSET_MINUTES) {
    return null;
  }

  return sign * total;
}

function invalidDateTime(value: string): KrakenError {
  return new KrakenError("KT-CT-1608", {
    detail:
      `${JSON.stringify(value)} is not an ISO 8601 datetime; ` +
      `send one like 2024-10-27T01:00:00+00:00.`,
  });
}

const ISO_DATE = /^(\d{4})-(\d{2})-(\d{2})$/;

/** Validates a `YYYY-MM-DD` calendar date; raises KT-CT-1608 if invalid. */
export function parseDate(value: string): string {
  const match = ISO_DATE.exec(value);
  const check = match ? new Date(`${value}T00:00:00Z`) : undefined;

  if (!match || !check || check.getUTCDate() !== Number(match[3])) {
    throw new KrakenError("KT-CT-1608", {
      detail:
        `${JSON.stringify(value)} is not a calendar date; ` +
        `send one like 2024-10-27.`,
    });
  }

  return value;
}
