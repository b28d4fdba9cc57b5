import { getIntrospectionQuery } from "graphql";
import { afterAll, beforeAll, describe, expect, it } from "vitest";

import { startTestServer } from "./helpers/test-server.js";
import type { TestServer } from "./helpers/test-server.js";

describe("HTTP transport", () => {
  let server: TestServer;

  beforeAll(async () => {
    server = await startTestServer();
  });

  afterAll(async () => {
    await server.close();
  });

  const post = (path: string, body: unknown, headers = {}) =>
    fetch(new URL(path, server.url), {
      method: "POST",
      headers: { "content-type": "application/json", ...headers },
      body: JSON.stringify(body),
    });

  it("serves the endpoint with and without the trailing slash", async () => {
    const query = { query: "{ krakenVersion { number } }" };

    for (const path of ["/v1/graphql/", "/v1/graphql"]) {
      const response = await post(path, query);
      const body = await response.json();

      expect(response.status).toBe(200);
      expect(response.headers.get("content-type")).toContain(
        "application/json",
      );
      expect(body).toEqual({
        data: { krakenVersion: { number: expect.any(String) } },
      });
    }
  });

  it("answers krakenVersion without a token", async () => {
    const { body } = await server.request("{ krakenVersion { number SHA } }");

    expect(body.errors).toBeUndefined();
    expect(body.data?.krakenVersion.number).toMatch(/^\d+\.\d+\.\d+/);
  });

  it("echoes or assigns a request id", async () => {
    const sent = await post(
      "/v1/graphql/",
      { query: "{ krakenVersion { number } }" },
      { "x-request-id": "client-abc-123" },
    );
    const assigned = await post("/v1/graphql/", {
      query: "{ krakenVersion { number } }",
    });

    expect(sent.headers.get("x-request-id")).toBe("client-abc-123");
    expect(assigned.headers.get("x-request-id")).toMatch(/^[0-9a-f-]{36}$/);
  });

  it("rejects a GET without a query", async () => {
    const spec = await fetch(server.url, {
      headers: { accept: "application/graphql-response+json" },
    });
    const legacy = await fetch(server.url, {
      headers: { accept: "application/json" },
    });

    expect(spec.status).toBe(400);
    expect(legacy.status).toBe(200);
    expect(await legacy.json()).toMatchObject({
      errors: [{ message: "Must provide query string." }],
    });
  });

  it("shows GraphiQL to a browser without a CDN", async () => {
    const response = await fetch(server.url, {
      headers: { accept: "text/html" },
    });
    const html = await response.text();

    expect(response.status).toBe(200);
    expect(html).toContain("GraphiQL");
    expect(html).not.toMatch(/unpkg\.com|jsdelivr/);
  });

  it("reports a syntax error as KT-CT-1603", async () => {
    const { status, body } = await server.request("{ krakenVersion { ");

    expect(status).toBe(200);
    expect(body.errors?.[0]).toMatchObject({
      message: "Query validation error.",
      extensions: {
        errorType: "VALIDATION",
        errorCode: "KT-CT-1603",
        errorDescription: "The input is not valid graphQL.",
        validationErrors: [
          {
            message: "Syntax Error: Expected Name, found <EOF>.",
            inputPath: [],
          },
        ],
      },
    });
  });

  it("reports an unknown field as KT-CT-1603", async () => {
    const { body } = await server.request("{ krakenVersion { numbr } }");

    expect(body.errors?.[0]?.extensions?.errorCode).toBe("KT-CT-1603");
    expect(body.errors?.[0]?.locations).toEqual([{ line: 1, column: 19 }]);
  });

  it("rejects more than 10,000 fields with KT-CT-1189", async () => {
    const fields = Array.from({ length: 101 }, (_, i) => `n${i}: number`);
    const fragment = `fragment V on KrakenVersionType { ${fields.join(" ")} }`;
    const spreads = Array.from(
      { length: 100 },
      (_, i) => `v${i}: krakenVersion { ...V }`,
    );
    const query = `{ ${spreads.join(" ")} } ${fragment}`;

    const { body } = await server.request(query);

    expect(body.data).toBeUndefined();
    expect(body.errors?.[0]).toMatchObject({
      message: "Query exceeds maximum allowed node count.",
      extensions: { errorType: "AUTHORIZATION", errorCode: "KT-CT-1189" },
    });
  });

  it("counts fields nested below the top level", async () => {
    const fields = Array.from({ length: 10_001 }, (_, i) => `m${i}: mpan`);
    const query = `{ account(accountNumber: "A-00000000") {
      electricityAgreements { meterPoint { ${fields.join(" ")} } } } }`;

    const { body } = await server.request(query);

    expect(body.errors?.[0]?.extensions?.errorCode).toBe("KT-CT-1189");
  });

  it("rejects nesting past 12 with KT-CT-1188", async () => {
    let selection = "id";

    for (let level = 0; level < 5; level += 1) {
      selection = `agreements { meterPoint { ${selection} } }`;
    }

    const query = `{ account(accountNumber: "A-00000000") {
      electricityAgreements { meterPoint { ${selection} } } } }`;

    const { body } = await server.request(query);

    expect(body.data).toBeUndefined();
    expect(body.errors?.[0]).toMatchObject({
      message: "Query is too complex.",
      extensions: { errorType: "AUTHORIZATION", errorCode: "KT-CT-1188" },
    });
  });

  it("accepts nesting of 12 fields", async () => {
    let selection = "mpan";

    for (let level = 0; level < 4; level += 1) {
      selection = `agreements { meterPoint { ${selection} } }`;
    }

    const query = `{ account(accountNumber: "A-00000000") {
      electricityAgreements { id meterPoint { ${selection} } } } }`;

    const { body } = await server.request(query);

    expect(body.errors?.[0]?.extensions?.errorCode).toBe("KT-CT-1112");
  });

  it("rejects NUL in a variable with KT-CT-1605", async () => {
    const { body } = await server.request(
      "query($code: String!) { energyProduct(code: $code) { code } }",
      { code: "VAR\u0000" },
    );

    expect(body.errors?.[0]).toMatchObject({
      message: "Invalid input.",
      extensions: {
        errorCode: "KT-CT-1605",
        validationErrors: [{ inputPath: ["code"] }],
      },
    });
  });

  it("rejects NUL in a literal with KT-CT-1605", async () => {
    const { body } = await server.request(
      '{ energyProduct(code: "VAR\\u0000") { code } }',
    );

    expect(body.errors?.[0]?.extensions?.errorCode).toBe("KT-CT-1605");
  });

  it("reports a missing variable as KT-CT-1605", async () => {
    const { status, body } = await server.request(
      "query($code: String!) { energyProduct(code: $code) { code } }",
    );

    expect(status).toBe(200);
    expect(body.errors?.[0]).toMatchObject({
      message: "Invalid input.",
      extensions: {
        errorCode: "KT-CT-1605",
        validationErrors: [{ inputPath: ["code"] }],
      },
    });
  });

  it("reports an unused variable as KT-CT-1603", async () => {
    const { body } = await server.request(
      "query($code: String) { krakenVersion { number } }",
    );

    expect(body.errors?.[0]?.extensions?.errorCode).toBe("KT-CT-1603");
  });

  it("reports two anonymous operations as KT-CT-1604", async () => {
    const { body } = await server.request(
      "query A { krakenVersion { number } } query B { krakenVersion { SHA } }",
    );

    expect(body.errors?.[0]?.extensions?.errorCode).toBe("KT-CT-1604");
  });

  it("answers the full introspection query", async () => {
    const { body } = await server.request(getIntrospectionQuery());

    expect(body.errors).toBeUndefined();
    expect(body.data?.__schema.queryType.name).toBe("Query");
  });

  it("rejects a malformed node id with KT-CT-1605", async () => {
    const { body } = await server.request('{ node(id: "bm9wZQ==") { id } }');

    expect(body.data).toEqual({ node: null });
    expect(body.errors?.[0]).toMatchObject({
      path: ["node"],
      extensions: {
        errorCode: "KT-CT-1605",
        validationErrors: [{ inputPath: ["id"] }],
      },
    });
  });
});
