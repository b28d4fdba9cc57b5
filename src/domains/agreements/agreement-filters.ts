import type { AgreementRow } from "./agreements.repository.js";

/**
 * Checks whether an agreement is in force at an instant: it is not revoked
 * and the instant lies in its half-open validity [valid_from, valid_to).
 */
export function isInForce(agreement: AgreementRow, at: Date): boolean {
  return (
    !agreement.is_revoked &&
    agreement.valid_from <= at &&
    (agreement.valid_to === null || agreement.valid_to > at)
  );
}

/** The `agreements` arguments of a meter point. */
export interface MeterPointAgreementFilter {
  validAfter: Date | null;
  includeInactive: boolean;
  excludeFuture: boolean;
}

/**
 * Keeps a meter point's agreements that pass the filter. Without
 * includeInactive only agreements in force now or starting later are
 * kept, so ended and revoked ones go.
 */
export function filterMeterPointAgreements(
  agreements: readonly AgreementRow[],
  filter: MeterPointAgreementFilter,
  now: Date,
): AgreementRow[] {
  return agreements.filter((agreement) => {
    const { valid_from: validFrom, valid_to: validTo } = agreement;

    if (!filter.includeInactive) {
      const ended = validTo !== null && validTo <= now;

      if (agreement.is_revoked || ended) return false;
    }

    if (filter.validAfter !== null) {
      if (validTo !== null && validTo <= filter.validAfter) return false;
    }

    return !(filter.excludeFuture && validFrom > now);
  });
}
