import { describe, expect, it } from "vitest";

import type { KrakenError } from "../server/errors.js";
import { connectionFromArray, encodeCursor } from "./pagination.js";

const items = ["a", "b", "c", "d", "e"];

function codeOf(work: () => unknown): unknown {
  try {
    work();
  } catch (error) {
    return (error as KrakenError).extensions.errorCode;
  }

  return undefined;
}

describe("connectionFromArray", () => {
  it("returns the first page with counts", () => {
    const page = connectionFromArray(items, { first: 2 });

    expect(page.edges.map((edge) => edge.node)).toEqual(["a", "b"]);
    expect(page.totalCount).toBe(5);
    expect(page.edgeCount).toBe(2);
    expect(page.pageInfo).toEqual({
      hasNextPage: true,
      hasPreviousPage: false,
      startCursor: encodeCursor(0),
      endCursor: encodeCursor(1),
    });
  });

  it("continues after a cursor", () => {
    const first = connectionFromArray(items, { first: 2 });
    const next = connectionFromArray(items, {
      first: 2,
      after: first.pageInfo.endCursor,
    });

    expect(next.edges.map((edge) => edge.node)).toEqual(["c", "d"]);
    expect(next.pageInfo.hasPreviousPage).toBe(false);
    expect(next.pageInfo.hasNextPage).toBe(true);
  });

  it("treats an empty after as the first page", () => {
    const page = connectionFromArray(items, { first: 1, after: "" });

    expect(page.edges[0]?.node).toBe("a");
  });

  it("pages backwards with last and before", () => {
    const page = connectionFromArray(items, {
      last: 2,
      before: encodeCursor(4),
    });

    expect(page.edges.map((edge) => edge.node)).toEqual(["c", "d"]);
    expect(page.pageInfo.hasPreviousPage).toBe(true);
    expect(page.pageInfo.hasNextPage).toBe(false);
  });

  it("reports the end of the list", () => {
    const page = connectionFromArray(items, { first: 10 });

    expect(page.edgeCount).toBe(5);
    expect(page.pageInfo.hasNextPage).toBe(false);
  });

  it("requires first or last", () => {
    expect(codeOf(() => connectionFromArray(items, {}))).toBe("KT-CT-1201");
  });

  it("caps the page size", () => {
    expect(codeOf(() => connectionFromArray(items, { first: 101 }))).toBe(
      "KT-CT-1202",
    );
    expect(
      codeOf(() =>
        connectionFromArray(items, { first: 1000 }, { maxPageSize: 1000 }),
      ),
    ).toBeUndefined();
  });

  it("rejects a negative size and a foreign cursor", () => {
    expect(codeOf(() => connectionFromArray(items, { first: -1 }))).toBe(
      "KT-CT-1605",
    );
    expect(
      codeOf(() => connectionFromArray(items, { first: 1, after: "bm9wZQ==" })),
    ).toBe("KT-CT-1605");
  });
});

describe("error details", () => {
  it("shorten a long quoted value", () => {
    const cursor = "x".repeat(5000);

    try {
      connectionFromArray(items, { first: 1, after: cursor });
    } catch (error) {
      const [issue] = (error as KrakenError).extensions.validationErrors as {
        message: string;
      }[];

      expect(issue?.message).toContain(`"${"x".repeat(64)}…"`);
      expect(issue?.message.length).toBeLessThan(200);
    }

    expect.assertions(2);
  });
});
