import type { AccountRow } from "./accounts.repository.js";

/** The parts of a postal address that RichAddressType returns. */
export interface RichAddress {
  name: string | null;
  lines: string[];
  postalCode: string | null;
  country: string | null;
}

/** Parts of the address that `asString` prints. */
export interface AddressFormat {
  showCountry: boolean;
  showName: boolean;
  showPostalCode: boolean;
}

/** Lists the billing address lines that are not blank, in order. */
export function splitBillingAddress(account: AccountRow): string[] {
  return [
    account.billing_address_line1,
    account.billing_address_line2,
    account.billing_address_line3,
    account.billing_address_line4,
    account.billing_address_line5,
  ]
    .map((line) => line?.trim() ?? "")
    .filter((line) => line !== "");
}

/**
 * Joins the billing address lines and the postcode with newlines; null
 * when the account has no billing address at all.
 */
export function formatBillingAddress(account: AccountRow): string | null {
  const parts = splitBillingAddress(account);

  if (account.billing_postcode) parts.push(account.billing_postcode);

  return parts.length > 0 ? parts.join("\n") : null;
}

/** Builds the structured billing address of an account. */
export function billingRichAddress(account: AccountRow): RichAddress {
  return {
    name: account.billing_name,
    lines: splitBillingAddress(account),
    postalCode: account.billing_postcode,
    country: account.billing_country_code,
  };
}

/** Prints an address on one line, its parts separated by commas. */
export function formatAddressLine(
  address: RichAddress,
  format: AddressFormat,
): string {
  const parts = [
    format.showName ? address.name : null,
    ...address.lines,
    format.showPostalCode ? address.postalCode : null,
    format.showCountry ? address.country : null,
  ];

  return parts.filter((part): part is string => Boolean(part)).join(", ");
}
