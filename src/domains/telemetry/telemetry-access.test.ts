import { afterAll, beforeAll, describe, expect, it } from "vitest";

import { startTestServer } from "../../../test/helpers/test-server.js";
import type { TestServer } from "../../../test/helpers/test-server.js";
import { issueTestToken } from "../../../test/helpers/tokens.js";

const TELEMETRY = `query($id: String!, $start: DateTime, $end: DateTime) {
  smartMeterTelemetry(deviceId: $id, start: $start, end: $end,
    grouping: HALF_HOURLY) { readAt }
}`;

describe("telemetry of a past occupier", () => {
  let server: TestServer;

  let occupier: Awaited<ReturnType<typeof addPastOccupier>>;

  beforeAll(async () => {
    server = await startTestServer();
    occupier = await addPastOccupier();
  });

  afterAll(async () => {
    await server.close();
  });

  /** Adds a customer who lived at a smart home until ten days ago. */
  async function addPastOccupier() {
    const home = await server.db
      .selectFrom("electricity_meter_points as mp")
      .innerJoin("electricity_meters as m", "m.meter_point_id", "mp.id")
      .innerJoin("smart_devices as d", "d.import_meter_id", "m.id")
      .select(["mp.property_id", "d.device_id"])
      .where("mp.direction", "=", "IMPORT")
      .executeTakeFirstOrThrow();
    const account = await server.db
      .insertInto("accounts")
      .values({ number: "A-0000AC01", brand: "OCTOPUS_ENERGY" })
      .returning("id")
      .executeTakeFirstOrThrow();
    const user = await server.db
      .insertInto("account_users")
      .values({
        number: "U-0000AC01",
        given_name: "Sam",
        family_name: "Leaver",
        email: "past-occupier@example.test",
        password_hash: null,
      })
      .returning("id")
      .executeTakeFirstOrThrow();
    await server.db
      .insertInto("account_user_roles")
      .values({ account_id: account.id, account_user_id: user.id })
      .execute();
    const movedOut = new Date(Date.now() - 10 * 86_400_000);
    movedOut.setUTCHours(0, 0, 0, 0);
    await server.db
      .insertInto("occupancy_periods")
      .values({
        property_id: home.property_id,
        account_id: account.id,
        effective_from: new Date(movedOut.getTime() - 90 * 86_400_000),
        effective_to: movedOut,
        number_of_occupants: 2,
      })
      .execute();

    return {
      deviceId: home.device_id,
      propertyId: home.property_id,
      accountNumber: "A-0000AC01",
      movedOut,
    };
  }

  it("stops at the move-out instant", async () => {
    const { deviceId, movedOut } = occupier;
    const token = await issueTestToken(server, "past-occupier@example.test");
    const start = new Date(movedOut.getTime() - 2 * 3600_000);
    const end = new Date(movedOut.getTime() + 2 * 3600_000);

    const { body } = await server.request(
      TELEMETRY,
      { id: deviceId, start, end },
      token,
    );
    const rows = body.data?.smartMeterTelemetry as { readAt: string }[];

    expect(body.errors).toBeUndefined();
    expect(rows.map((row) => Date.parse(row.readAt))).toEqual([
      movedOut.getTime() - 2 * 3600_000,
      movedOut.getTime() - 1.5 * 3600_000,
      movedOut.getTime() - 3600_000,
      movedOut.getTime() - 0.5 * 3600_000,
    ]);

    const after = await server.request(
      TELEMETRY,
      { id: deviceId, start: movedOut, end },
      token,
    );
    expect(after.body.data?.smartMeterTelemetry).toEqual([]);
  });

  it("limits measurements and occupancy to own periods", async () => {
    const token = await issueTestToken(server, "past-occupier@example.test");
    const { propertyId, movedOut } = occupier;
    const query = `query($id: ID!, $startAt: DateTime, $endAt: DateTime) {
      property(id: $id) {
        occupancyPeriods { accountNumber }
        measurements(first: 100, startAt: $startAt, endAt: $endAt) {
          edges { node { ... on IntervalMeasurementType { startAt } } }
        }
      }
    }`;

    const { body } = await server.request(
      query,
      {
        id: String(propertyId),
        startAt: new Date(movedOut.getTime() - 3600_000),
        endAt: new Date(movedOut.getTime() + 3600_000),
      },
      token,
    );
    const starts = (
      body.data?.property.measurements.edges as {
        node: { startAt: string };
      }[]
    ).map((edge) => Date.parse(edge.node.startAt));

    expect(body.errors).toBeUndefined();
    expect(body.data?.property.occupancyPeriods).toEqual([
      { accountNumber: "A-0000AC01" },
    ]);
    expect(starts.length).toBeGreaterThan(0);

    for (const start of starts) {
      expect(start).toBeLessThan(movedOut.getTime());
    }
  });
});
