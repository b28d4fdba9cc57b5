import type {
  AccountStatus,
  AccountTypeChoices,
} from "../../generated/graphql.js";

const accountStatuses: readonly AccountStatus[] = [
  "PENDING",
  "INCOMPLETE",
  "WITHDRAWN",
  "ACTIVE",
  "ENROLMENT_ERROR",
  "ENROLMENT_REJECTED",
  "DORMANT",
  "VOID",
];

const accountTypes: readonly AccountTypeChoices[] = [
  "BUSINESS",
  "BUSINESS_OCCUPIER",
  "BUSINESS_THIRD_PARTY_BILLED",
  "BUSINESS_VACANT",
  "DOMESTIC",
  "DOMESTIC_THIRD_PARTY_BILLED",
  "MANAGED",
  "OCCUPIER",
  "PORTFOLIO_LEAD",
  "SUPPLY_POINT",
  "VACANT",
];

/** Checks a stored account status against the AccountStatus enum. */
export function parseAccountStatus(value: string): AccountStatus {
  const status = accountStatuses.find((candidate) => candidate === value);

  if (!status) throw new Error(`Unknown stored account status ${value}`);

  return status;
}

/** Checks a stored account type against the AccountTypeChoices enum. */
export function parseAccountType(value: string): AccountTypeChoices {
  const type = accountTypes.find((candidate) => candidate === value);

  if (!type) throw new Error(`Unknown stored account type ${value}`);

  return type;
}
