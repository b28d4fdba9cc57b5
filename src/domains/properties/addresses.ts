import type { PropertyRow } from "./properties.repository.js";

/** Lists the non-empty address lines, town and county, without the postcode. */
export function splitAddress(property: PropertyRow): string[] {
  return [
    property.address_line1,
    property.address_line2,
    property.address_line3,
    property.town,
    property.county,
  ].filter((line): line is string => Boolean(line?.trim()));
}

/** Formats the address on one line, its parts and postcode joined by ", ". */
export function formatAddress(property: PropertyRow): string {
  return [...splitAddress(property), property.postcode].join(", ");
}

/** Formats the street lines of the address, separated by newlines. */
export function formatStreetAddress(property: PropertyRow): string {
  return [
    property.address_line1,
    property.address_line2,
    property.address_line3,
  ]
    .filter((line): line is string => Boolean(line?.trim()))
    .join("\n");
}
