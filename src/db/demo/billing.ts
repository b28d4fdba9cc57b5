import { Temporal } from "temporal-polyfill";

import type { TimeGrid } from "./calendar.js";
import { LONDON } from "./calendar.js";
import type { RatePlan, TariffPlan } from "./catalogue.js";
import type { Series } from "./consumption.js";
import type { AgreementPlan } from "./households.js";
import type { Random } from "./random.js";

/** A ledger transaction in integer pence; charges are negative. */
export interface TransactionPlan {
  kind: "CHARGE" | "PAYMENT" | "CREDIT";
  amount: number;
  description: string;
  postedAtMs: number;
}

/** Pence (VAT included) per calendar month, keyed `YYYY-MM`. */
type MonthlyPence = Map<string, number>;

/**
 * Prices a meter's half-hourly energy and the daily standing charges at the
 * rates of the agreement in force, per London calendar month.
 */
export function priceByMonth(
  grid: TimeGrid,
  series: Series[],
  agreements: AgreementPlan[],
): MonthlyPence {
  const months: MonthlyPence = new Map();
  const add = (month: string, pence: number) =>
    months.set(month, (months.get(month) ?? 0) + pence);

  for (const day of grid.days) {
    const dayStartMs = grid.startsMs[day.firstSlot] ?? 0;
    const agreement = agreementAt(agreements, dayStartMs);

    if (!agreement) continue;

    const month = day.date.toPlainYearMonth().toString();
    add(
      month,
      Number(
        rateAt(agreement.tariff.rates, "STANDING_CHARGE", dayStartMs)
          ?.valueIncVat ?? 0,
      ),
    );

    for (
      let slot = day.firstSlot;
      slot < day.firstSlot + day.slotCount;
      slot += 1
    ) {
      const wh = energyAt(series, slot);

      if (wh > 0)
        add(
          month,
          (wh / 1000) * unitPriceAt(agreement.tariff, grid, slot, dayStartMs),
        );
    }
  }

  return months;
}

function energyAt(series: Series[], slot: number): number {
  let wh = 0;

  for (const part of series) {
    wh += part.values[slot - part.firstSlot] ?? 0;
  }

  return wh;
}

function agreementAt(
  agreements: AgreementPlan[],
  epochMs: number,
): AgreementPlan | undefined {
  return agreements.find(
    (agreement) =>
      agreement.validFromMs <= epochMs &&
      (agreement.validToMs === null || epochMs < agreement.validToMs),
  );
}

function rateAt(
  rates: RatePlan[],
  rateType: RatePlan["rateType"],
  epochMs: number,
): RatePlan | undefined {
  return rates.find(
    (rate) =>
      rate.rateType === rateType &&
      rate.validFromMs <= epochMs &&
      (rate.validToMs === null || epochMs < rate.validToMs),
  );
}

/** Unit price in pence per kWh including VAT for one half-hour. */
function unitPriceAt(
  tariff: TariffPlan,
  grid: TimeGrid,
  slot: number,
  dayStartMs: number,
): number {
  if (tariff.halfHourly) {
    const index = tariff.halfHourly.indexByStartMs.get(
      grid.startsMs[slot] ?? 0,
    );

    return index === undefined
      ? 0
      : (tariff.halfHourly.pricesIncVat[index] ?? 0);
  }

  if (tariff.shape.night) {
    const local = grid.localSlots[slot] ?? 0;
    const rateType = isNightSlot(local, tariff.shape.night) ? "NIGHT" : "DAY";

    return Number(rateAt(tariff.rates, rateType, dayStartMs)?.valueIncVat ?? 0);
  }

  return Number(rateAt(tariff.rates, "STANDARD", dayStartMs)?.valueIncVat ?? 0);
}

/**
 * Checks whether a local half-hour slot lies in a night window, which may
 * wrap past midnight.
 */
export function isNightSlot(
  slot: number,
  night: { startsAt: string; endsAt: string },
): boolean {
  const first = slotOf(night.startsAt);
  const end = slotOf(night.endsAt);

  return first < end
    ? slot >= first && slot < end
    : slot >= first || slot < end;
}

function slotOf(time: string): number {
  const [hours = 0, minutes = 0] = time.split(":").map(Number);

  return hours * 2 + Math.floor(minutes / 30);
}

export interface LedgerInput {
  grid: TimeGrid;
  anchor: Temporal.PlainDate;
  fuelName: string;
  charges: MonthlyPence;
  credits: MonthlyPence | null;
  paymentCover: number;
  prepay: boolean;
}

/**
 * Plans the transactions of one ledger: a charge for each complete month of the
 * grid (posted on the 1st of the next month), export credits, and a payment
 * each month sized to cover the average net charge times `paymentCover`.
 */
export function planLedger(
  input: LedgerInput,
  random: Random,
): TransactionPlan[] {
  const { anchor, charges, credits, fuelName } = input;
  const firstMonth = input.grid.days[0]?.date
    .toPlainYearMonth()
    .add({ months: 1 });
  const lastMonth = anchor.toPlainYearMonth().subtract({ months: 1 });
  const transactions: TransactionPlan[] = [];

  if (!firstMonth) return transactions;

  const paymentDay = random.int(1, 28);
  const billed: number[] = [];

  for (
    let month = firstMonth;
    Temporal.PlainYearMonth.compare(month, lastMonth) <= 0;
    month = month.add({ months: 1 })
  ) {
    const postedAtMs = postingInstant(
      month.add({ months: 1 }).toPlainDate({ day: 1 }),
    );
    const name = month
      .toPlainDate({ day: 1 })
      .toLocaleString("en-GB", { month: "long", year: "numeric" });
    const charge = Math.round(charges.get(month.toString()) ?? 0);

    transactions.push({
      kind: "CHARGE",
      amount: -charge,
      description: `${fuelName} charges for ${name}`,
      postedAtMs,
    });

    const credit = Math.round(credits?.get(month.toString()) ?? 0);
    billed.push(charge - credit);

    if (credit > 0) {
      transactions.push({
        kind: "CREDIT",
        amount: credit,
        description: `Export payment for ${name}`,
        postedAtMs,
      });
    }
  }

  const average =
    billed.reduce((sum, value) => sum + value, 0) / Math.max(1, billed.length);
  // Direct debits are whole pounds.
  const payment = Math.max(
    500,
    Math.round((average * input.paymentCover) / 100) * 100,
  );

  for (
    let month = firstMonth;
    Temporal.PlainYearMonth.compare(month, anchor.toPlainYearMonth()) <= 0;
    month = month.add({ months: 1 })
  ) {
    const date = month.toPlainDate({ day: paymentDay });

    if (Temporal.PlainDate.compare(date, anchor) >= 0) break;

    transactions.push({
      kind: "PAYMENT",
      amount: payment,
      description: input.prepay ? "Prepayment top-up" : "Direct debit payment",
      postedAtMs: postingInstant(date),
    });
  }

  return transactions.sort((a, b) => a.postedAtMs - b.postedAtMs);
}

/** Ledger postings happen at 06:00 London time. */
function postingInstant(date: Temporal.PlainDate): number {
  return date
    .toZonedDateTime({ timeZone: LONDON, plainTime: "06:00" })
    .toInstant().epochMilliseconds;
}
