import { KrakenError } from "../../server/errors.js";
import {
  checkMpan,
  checkMprn,
  mpanCheckDigit,
  mprnCheckDigits,
} from "../../shared/meter-identifiers.js";

/** The meter point a `meterPoints(mpan:, mprn:)` request names. */
export type MeterPointKey =
  { fuel: "ELECTRICITY"; mpan: string } | { fuel: "GAS"; mprn: string };

function describeMpanProblem(mpan: string): string | null {
  switch (checkMpan(mpan)) {
    case null:
      return null;
    case "format":
      return `MPAN ${JSON.stringify(mpan)} must be a 13-digit MPAN core.`;
    case "distributor":
      return (
        `MPAN ${JSON.stringify(mpan)} starts with ${mpan.slice(0, 2)}, ` +
        "which is not a GB distributor id (10 to 23)."
      );
    case "check-digit":
      return (
        `MPAN ${JSON.stringify(mpan)} ends in ${mpan.slice(12)}, but its ` +
        `check digit should be ${mpanCheckDigit(mpan.slice(0, 12))}.`
      );
  }
}

function describeMprnProblem(mprn: string): string | null {
  switch (checkMprn(mprn)) {
    case null:
      return null;
    case "format":
      return `MPRN ${JSON.stringify(mprn)} must be 6 to 10 digits.`;
    case "check-digits":
      return (
        `MPRN ${JSON.stringify(mprn)} ends in ${mprn.slice(-2)}, but its ` +
        `check digits should be ${mprnCheckDigits(mprn.slice(0, -2))}.`
      );
  }
}

/**
 * Reads the `mpan` and `mprn` arguments: exactly one must be given
 * (KT-GB-5601) and it must be a well-formed MPAN core or MPRN (KT-GB-4021).
 */
export function parseMeterPointKey(args: {
  mpan?: string | null;
  mprn?: string | null;
}): MeterPointKey {
  const mpan = args.mpan?.trim() || null;
  const mprn = args.mprn?.trim() || null;

  if ((mpan === null) === (mprn === null)) {
    throw new KrakenError("KT-GB-5601", {
      detail:
        mpan === null
          ? "Neither mpan nor mprn was given; give one of them."
          : "Both mpan and mprn were given; give only one of them.",
    });
  }

  const problem =
    mpan !== null ? describeMpanProblem(mpan) : describeMprnProblem(mprn ?? "");

  if (problem !== null) {
    throw new KrakenError("KT-GB-4021", {
      detail: problem,
      inputPath: [mpan !== null ? "mpan" : "mprn"],
    });
  }

  return mpan !== null
    ? { fuel: "ELECTRICITY", mpan }
    : { fuel: "GAS", mprn: mprn ?? "" };
}
