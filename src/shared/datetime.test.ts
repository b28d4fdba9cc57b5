import { describe, expect, it } from "vitest";

import { KrakenError } from "../server/errors.js";
import { formatDateTime, parseDate, parseDateTime } from "./datetime.js";

describe("formatDateTime", () => {
  it("prints UTC with a colon offset", () => {
    expect(formatDateTime(new Date("2024-10-27T01:00:00Z"))).toBe(
      "2024-10-27T01:00:00+00:00",
    );
  });

  it("prints a non-zero fraction as microseconds", () => {
    expect(formatDateTime(new Date("2024-10-27T01:00:00.495Z"))).toBe(
      "2024-10-27T01:00:00.495000+00:00",
    );
  });
});

describe("parseDateTime", () => {
  const instant = Date.parse("2024-10-27T01:00:00Z");

  it.each([
    "2024-10-27T01:00:00Z",
    "2024-10-27T01:00:00+00:00",
    "2024-10-27T01:00:00+0000",
    "2024-10-27T02:00:00+01:00",
    "2024-10-27T01:00:00.000000Z",
    "2024-10-27T01:00:00",
    "2024-10-27 01:00",
    "2024-10-26T20:00:00-05",
  ])("reads %s", (text) => {
    expect(parseDateTime(text).getTime()).toBe(instant);
  });

  it("keeps fractional seconds", () => {
    expect(parseDateTime("2024-01-01T00:00:00.25Z").getUTCMilliseconds()).toBe(
      250,
    );
  });

  it.each([
    "yesterday",
    "2024-02-30T00:00:00Z",
    "2024-10-27T24:00:00Z",
    "2024-10-27T00:00:00+25:00",
    "2024-10-27T00:00:00+01:60",
    "",
  ])("rejects %j with KT-CT-1608", (text) => {
    expect(() => parseDateTime(text)).toThrowError(KrakenError);

    try {
      parseDateTime(text);
    } catch (error) {
      expect((error as KrakenError).extensions.errorCode).toBe("KT-CT-1608");
    }
  });
});

describe("parseDate", () => {
  it("accepts a calendar date", () => {
    expect(parseDate("2024-02-29")).toBe("2024-02-29");
  });

  it.each(["2023-02-29", "2024-1-01", "01/02/2024"])("rejects %s", (text) => {
    expect(() => parseDate(text)).toThrowError(KrakenError);
  });
});
