import { afterAll, beforeAll, describe, expect, it } from "vitest";

import { demoLogin } from "./helpers/test-database.js";
import { startTestServer } from "./helpers/test-server.js";
import type { TestServer } from "./helpers/test-server.js";
import { issueTestToken } from "./helpers/tokens.js";

describe("per-request limits", () => {
  let server: TestServer;

  beforeAll(async () => {
    server = await startTestServer();
  });

  afterAll(async () => {
    await server.close();
  });

  it("allows three logins per request", async () => {
    const attempts = Array.from(
      { length: 4 },
      (_, i) =>
        `a${i}: obtainKrakenToken(input: { email: $email, password: "wrong" })
          { token }`,
    );
    const query = `mutation($email: String!) { ${attempts.join(" ")} }`;

    const { body } = await server.request(query, { email: demoLogin().email });
    const codes = body.errors?.map((error) => [
      error.path?.[0],
      error.extensions?.errorCode,
    ]);

    expect(codes).toEqual([
      ["a0", "KT-CT-1138"],
      ["a1", "KT-CT-1138"],
      ["a2", "KT-CT-1138"],
      ["a3", "KT-CT-1199"],
    ]);
  });

  it("caps telemetry rows per request", async () => {
    const token = await issueTestToken(server, demoLogin().email);
    const device = await server.db
      .selectFrom("smart_devices as d")
      .innerJoin("electricity_meters as m", "m.id", "d.import_meter_id")
      .innerJoin(
        "agreements as a",
        "a.electricity_meter_point_id",
        "m.meter_point_id",
      )
      .innerJoin("accounts as acc", "acc.id", "a.account_id")
      .select("d.device_id")
      .where("acc.number", "=", demoLogin().accountNumber)
      .executeTakeFirstOrThrow();
    const end = new Date();
    const start = new Date(end.getTime() - 365 * 24 * 3600_000);
    const fields = Array.from(
      { length: 6 },
      (_, i) =>
        `t${i}: smartMeterTelemetry(deviceId: $id, start: $start, end: $end,
          grouping: HALF_HOURLY) { readAt }`,
    );
    const query = `query($id: String!, $start: DateTime, $end: DateTime) {
      ${fields.join(" ")} }`;

    const { body } = await server.request(
      query,
      { id: device.device_id, start, end },
      token,
    );
    const limited = body.errors?.filter(
      (error) => error.extensions?.errorCode === "KT-CT-1188",
    );

    expect(limited?.length).toBeGreaterThan(0);
    expect(limited?.[0]?.message).toBe("Query is too complex.");
  });
});
