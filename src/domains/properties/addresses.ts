import type { PropertyRow } from "./properties.repository.js";

/** The non-empty address lines, town and county, without the postcode. */
export function splitAddress(property: PropertyRow): string[] {
  return [
    property.address_line1,
    property.address_line2,
    property.address_line3,
    property.town,
    property.county,
  ].filter((line): line is string => Boolean(line?.trim()));
}

/** The address on one line: its lines and postcode joined by ", ". */
export function formatAddress(property: PropertyRow): string {
  return [...splitAddress(property), property.postcode].join(", ");
}

/** The street part of the address, one line per row as on an envelope. */
export function formatStreetAddress(property: PropertyRow): string {
  return [
    property.address_line1,
    property.address_line2,
    property.address_line3,
  ]
    .filter((line): line is string => Boolean(line?.trim()))
    .join("\n");
}
