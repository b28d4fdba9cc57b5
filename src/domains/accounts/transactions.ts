import { Temporal } from "temporal-polyfill";

import { KrakenError } from "../../server/errors.js";
import type { LedgerRow } from "./accounts.repository.js";
import { affectsAccountBalance } from "./ledgers.js";
import type {
  PostingRange,
  TransactionRow,
} from "./transactions.repository.js";

const LONDON = "Europe/London";

/** Filters of AccountType.transactions other than paging and order. */
export interface TransactionFilters {
  ledgerNumber?: string | null;
  includeAllLedgers?: boolean | null;
  fromDate?: string | null;
  toDate?: string | null;
}

function startOfLondonDay(date: Temporal.PlainDate): Date {
  const start = date.toZonedDateTime({ timeZone: LONDON });

  return new Date(start.epochMilliseconds);
}

/**
 * Converts inclusive Europe/London dates into a half-open range of
 * instants. Raises KT-CT-1605 when fromDate is after toDate.
 */
export function postingRangeOf(filters: TransactionFilters): PostingRange {
  const from = filters.fromDate
    ? Temporal.PlainDate.from(filters.fromDate)
    : null;
  const to = filters.toDate ? Temporal.PlainDate.from(filters.toDate) : null;

  if (from && to && Temporal.PlainDate.compare(from, to) > 0) {
    throw new KrakenError("KT-CT-1605", {
      detail:
        `fromDate ${from.toString()} is after toDate ${to.toString()}; ` +
        "give a fromDate on or before the toDate.",
      inputPath: ["fromDate"],
    });
  }

  return {
    from: from ? startOfLondonDay(from) : null,
    to: to ? startOfLondonDay(to.add({ days: 1 })) : null,
  };
}

/**
 * Keeps the transactions of the requested ledgers: the one numbered
 * ledgerNumber, or else those that affect the account balance unless
 * includeAllLedgers is true.
 */
export function filterByLedger(
  transactions: readonly TransactionRow[],
  ledgers: readonly LedgerRow[],
  filters: TransactionFilters,
): TransactionRow[] {
  const { ledgerNumber } = filters;
  const included = new Set(
    ledgers
      .filter((ledger) =>
        ledgerNumber
          ? ledger.number === ledgerNumber
          : filters.includeAllLedgers === true || affectsAccountBalance(ledger),
      )
      .map((ledger) => ledger.number),
  );

  return transactions.filter((row) => included.has(row.ledger_number));
}

/** Returns the Europe/London date a transaction was posted on. */
export function londonPostedDate(row: TransactionRow): string {
  return Temporal.Instant.fromEpochMilliseconds(row.posted_at.getTime())
    .toZonedDateTimeISO(LONDON)
    .toPlainDate()
    .toString();
}
