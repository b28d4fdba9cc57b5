import { describe, expect, it } from "vitest";

import {
  checkMpan,
  checkMprn,
  mpanCheckDigit,
  mprnCheckDigits,
  normalisePostcode,
} from "./meter-identifiers.js";

describe("MPAN", () => {
  it("accepts a published example core", () => {
    expect(checkMpan("2000024512368")).toBeNull();
  });

  it("computes the check digit", () => {
    expect(mpanCheckDigit("200002451236")).toBe(8);
  });

  it.each([
    ["2000024512369", "check-digit"],
    ["0900024512368", "distributor"],
    ["200002451236", "format"],
    ["20000245123A8", "format"],
  ])("finds the problem in %s", (mpan, problem) => {
    expect(checkMpan(mpan)).toBe(problem);
  });
});

describe("MPRN", () => {
  it("round-trips its check digits", () => {
    const body = "12345678";
    const mprn = body + mprnCheckDigits(body);

    expect(checkMprn(mprn)).toBeNull();
  });

  it("weights digits by their distance from the check digits", () => {
    // 1*3 + 2*2 + 3*1 = 10, and 10 mod 11 = 10.
    expect(mprnCheckDigits("123")).toBe("10");
  });

  it("rejects wrong check digits and bad shapes", () => {
    const body = "12345678";
    const wrong = (Number(mprnCheckDigits(body)) + 1) % 11;

    expect(checkMprn(body + String(wrong).padStart(2, "0"))).toBe(
      "check-digits",
    );
    expect(checkMprn("12345")).toBe("format");
    expect(checkMprn("12345678901")).toBe("format");
  });
});

describe("normalisePostcode", () => {
  it.each([
    ["sw1a1aa", "SW1A 1AA"],
    [" M1 1AE ", "M1 1AE"],
    ["CF10 1EP", "CF10 1EP"],
  ])("normalises %j", (input, expected) => {
    expect(normalisePostcode(input)).toBe(expected);
  });

  it.each(["", "SW1A", "12345", "SW1A 1A"])("rejects %j", (input) => {
    expect(normalisePostcode(input)).toBeNull();
  });
});
