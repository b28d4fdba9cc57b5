/**
 * Reduces a UK phone number to its national digits, so that
 * "+44 7700 900123", "0044 7700-900123", "+44 (0)7700 900123" and
 * "07700 900123" compare equal. Returns null when the value contains no
 * digits.
 */
export function normalisePhoneNumber(value: string): string | null {
  const digits = value.replace(/\D/g, "");

  if (digits === "") return null;

  const national = stripCountryCode(value.trim(), digits);

  if (national === null) return digits;

  return national.startsWith("0") ? national : `0${national}`;
}

/** Returns the digits after a +44, 0044 or bare 44 prefix, else null. */
function stripCountryCode(value: string, digits: string): string | null {
  if (value.startsWith("+44")) return digits.slice(2);
  if (digits.startsWith("0044")) return digits.slice(4);

  // A national number starts with 0, so 12 digits starting 44 are 44 + 10.
  if (digits.length === 12 && digits.startsWith("44")) return digits.slice(2);

  return null;
}
