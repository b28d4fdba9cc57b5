import type { LedgerRow } from "./accounts.repository.js";

/**
 * Tells whether a ledger contains debt kept apart from the main balance,
 * such as arrears under a repayment plan: its type contains "DEBT".
 */
export function isDebtLedger(ledger: LedgerRow): boolean {
  return ledger.ledger_type.toUpperCase().includes("DEBT");
}

/** Tells whether the account's default balance counts this ledger. */
export function affectsAccountBalance(ledger: LedgerRow): boolean {
  return !isDebtLedger(ledger);
}

/** Sums ledger balances in pence, all of them or only the main ones. */
export function sumLedgerBalances(
  ledgers: readonly LedgerRow[],
  includeAllLedgers: boolean,
): number {
  return ledgers
    .filter((ledger) => includeAllLedgers || affectsAccountBalance(ledger))
    .reduce((total, ledger) => total + ledger.balance, 0);
}

/** Returns the debt on a ledger in pence, or 0 when it is in credit. */
export function amountOwedByCustomer(ledger: LedgerRow): number {
  return ledger.balance < 0 ? -ledger.balance : 0;
}

/**
 * Returns the debt on a ledger in pence that was already owed at the due
 * cutoff and that later payments and credits have not paid off. Payments
 * settle the oldest debt first.
 */
export function overdueAmount(ledger: LedgerRow): number {
  const debtAtCutoff = Math.max(0, -ledger.balance_before_cutoff);

  return Math.max(0, debtAtCutoff - ledger.credits_since_cutoff);
}

/** Sums the overdue debt in pence of the ledgers that affect the balance. */
export function sumOverdueBalance(ledgers: readonly LedgerRow[]): number {
  return ledgers
    .filter((ledger) => affectsAccountBalance(ledger))
    .reduce((total, ledger) => total + overdueAmount(ledger), 0);
}
