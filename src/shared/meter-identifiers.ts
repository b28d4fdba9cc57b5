/**
 * MPAN and MPRN rules for Great Britain.
 *
 * An MPAN core is 13 digits: a 2-digit distributor id, a 10-digit unique
 * number and a check digit. The check digit is the sum of the first 12
 * digits weighted by the primes 3, 5, 7, 13, 17, 19, 23, 29, 31, 37, 41, 43,
 * taken mod 11 and then mod 10.
 *
 * An MPRN is 6 to 10 digits whose last two are check digits. Each earlier
 * digit is weighted by its distance from the check digits, so the digit
 * just before them weighs 1. The sum mod 11, written as two digits, gives
 * the check digits.
 */

const MPAN_WEIGHTS = [3, 5, 7, 13, 17, 19, 23, 29, 31, 37, 41, 43];

/** GSP group letter for each distributor id (the first two MPAN digits). */
export const GSP_GROUP_BY_DISTRIBUTOR: Readonly<Record<string, string>> = {
  "10": "A",
  "11": "B",
  "12": "C",
  "13": "D",
  "14": "E",
  "15": "F",
  "16": "G",
  "17": "P",
  "18": "N",
  "19": "J",
  "20": "H",
  "21": "K",
  "22": "L",
  "23": "M",
};

/** Region names of the 14 GSP groups. */
export const GSP_GROUP_NAMES: Readonly<Record<string, string>> = {
  A: "Eastern England",
  B: "East Midlands",
  C: "London",
  D: "Merseyside and North Wales",
  E: "West Midlands",
  F: "North East England",
  G: "North West England",
  H: "Southern England",
  J: "South East England",
  K: "South Wales",
  L: "South Western England",
  M: "Yorkshire",
  N: "South Scotland",
  P: "North Scotland",
};

/** Computes the check digit of the first 12 digits of an MPAN core. */
export function mpanCheckDigit(first12: string): number {
  let sum = 0;

  for (let i = 0; i < 12; i += 1) {
    sum += Number(first12[i]) * (MPAN_WEIGHTS[i] ?? 0);
  }

  return (sum % 11) % 10;
}

export type MpanProblem = "format" | "distributor" | "check-digit";

/** Finds what is wrong with an MPAN core, or null when it is valid. */
export function checkMpan(mpan: string): MpanProblem | null {
  if (!/^\d{13}$/.test(mpan)) return "format";
  if (!(mpan.slice(0, 2) in GSP_GROUP_BY_DISTRIBUTOR)) return "distributor";
  if (mpanCheckDigit(mpan.slice(0, 12)) !== Number(mpan[12])) {
    return "check-digit";
  }

  return null;
}

/** Computes the two check digits for the body of an MPRN. */
export function mprnCheckDigits(body: string): string {
  let sum = 0;

  for (let i = 0; i < body.length; i += 1) {
    sum += Number(body[i]) * (body.length - i);
  }

  return String(sum % 11).padStart(2, "0");
}

export type MprnProblem = "format" | "check-digits";

/** Finds what is wrong with an MPRN, or null when it is valid. */
export function checkMprn(mprn: string): MprnProblem | null {
  if (!/^\d{6,10}$/.test(mprn)) return "format";

  const body = mprn.slice(0, -2);

  return mprnCheckDigits(body) === mprn.slice(-2) ? null : "check-digits";
}

/** UK postcode shape, e.g. "SW1A 1AA" or "M1 1AE"; the space is optional. */
const POSTCODE = /^([A-Z]{1,2}\d[A-Z\d]?) ?(\d[A-Z]{2})$/;

/** Normalises a UK postcode to upper case with one space, or null. */
export function normalisePostcode(postcode: string): string | null {
  const match = POSTCODE.exec(postcode.trim().toUpperCase());

  return match ? `${match[1]} ${match[2]}` : null;
}
