import { sql } from "kysely";
import { Temporal } from "temporal-polyfill";
import { afterAll, beforeAll, describe, expect, it } from "vitest";

import { demoLogin } from "../../../test/helpers/test-database.js";
import { startTestServer } from "../../../test/helpers/test-server.js";
import type { TestServer } from "../../../test/helpers/test-server.js";
import { issueTestToken } from "../../../test/helpers/tokens.js";
import { formatDateTime } from "../../shared/datetime.js";
import {
  deleteFixtureProperty,
  insertFixtureProperty,
} from "../meter-points/test-fixtures.js";
import type { FixtureProperty } from "../meter-points/test-fixtures.js";
import { listInstallationTimeslots } from "./installation-timeslots.js";

const PROPERTIES = `
  query Properties($accountNumber: String!, $active: Boolean) {
    properties(accountNumber: $accountNumber, active: $active) { id }
  }
`;

const PROPERTY = `
  query Property($id: ID!) {
    property(id: $id) {
      id
      postcode
      address
      splitAddress
      label
      richAddress {
        streetAddress
        locality
        administrativeArea
        postalCode
        country
        deliveryPointIdentifier
      }
      coordinates { latitude longitude }
      wanCoverage
      isChangeOfTenancyOngoing
      isSmets2InstallationAllowed
      occupancyPeriods {
        id
        effectiveFrom
        effectiveTo
        isOccupier
        accountNumber
        numberOfOccupants
      }
      electricityMeterPoints { mpan }
      gasMeterPoints { mprn }
      smartDeviceNetworks {
        all: smartDevices { deviceId type status }
        commissioned: smartDevices(statuses: [COMMISSIONED]) { deviceId }
      }
      embeddedNetwork { name embeddedProperties { propertyId } }
    }
  }
`;

let server: TestServer;
let token: string;
let otherToken: string;
let accountId: number;
let accountNumber: string;
let otherAccountNumber: string;
let fixture: FixtureProperty;
let pastFixture: FixtureProperty;

async function findViewerAccountIds(email: string): Promise<number[]> {
  const rows = await server.db
    .selectFrom("account_user_roles")
    .innerJoin(
      "account_users",
      "account_users.id",
      "account_user_roles.account_user_id",
    )
    .select("account_user_roles.account_id")
    .where(sql<string>`lower(account_users.email)`, "=", email.toLowerCase())
    .execute();

  return rows.map((row) => row.account_id);
}

beforeAll(async () => {
  server = await startTestServer();
  const login = demoLogin();
  token = await issueTestToken(server, login.email);
  accountNumber = login.accountNumber;
  const account = await server.db
    .selectFrom("accounts")
    .select("id")
    .where("number", "=", accountNumber)
    .executeTakeFirstOrThrow();
  accountId = account.id;
  const demoAccountIds = await findViewerAccountIds(login.email);
  const other = await server.db
    .selectFrom("account_user_roles")
    .innerJoin(
      "account_users",
      "account_users.id",
      "account_user_roles.account_user_id",
    )
    .innerJoin("accounts", "accounts.id", "account_user_roles.account_id")
    .select(["account_users.email", "accounts.number"])
    .where("account_user_roles.account_id", "not in", demoAccountIds)
    .orderBy("accounts.id")
    .executeTakeFirstOrThrow();
  otherAccountNumber = other.number;
  otherToken = await issueTestToken(server, other.email);
  const tenDaysAgo = new Date(Date.now() - 10 * 24 * 3600 * 1000);
  fixture = await insertFixtureProperty(server.db, accountId, tenDaysAgo);
  pastFixture = await insertFixtureProperty(
    server.db,
    accountId,
    new Date("2015-01-01T00:00:00Z"),
  );
  await server.db
    .updateTable("occupancy_periods")
    .set({ effective_to: new Date("2016-01-01T00:00:00Z") })
    .where("id", "=", pastFixture.occupancyId)
    .execute();
});

afterAll(async () => {
  await deleteFixtureProperty(server.db, fixture);
  await deleteFixtureProperty(server.db, pastFixture);
  await server.close();
});

describe("properties", () => {
  it("rejects a request without a token", async () => {
    const response = await server.request(PROPERTIES, { accountNumber });

    expect(response.body).toEqual({
      data: { properties: null },
      errors: [
        {
          message: "'Authorization' header not provided.",
          locations: [{ line: 3, column: 5 }],
          path: ["properties"],
          extensions: expect.objectContaining({ errorCode: "KT-CT-1112" }),
        },
      ],
    });
  });

  it("rejects another customer's account", async () => {
    const response = await server.request(
      PROPERTIES,
      { accountNumber: otherAccountNumber },
      token,
    );

    expect(response.body.data).toEqual({ properties: null });
    expect(response.body.errors).toHaveLength(1);
    expect(response.body.errors?.[0]?.path).toEqual(["properties"]);
    expect(response.body.errors?.[0]?.message).toBe("Unauthorized.");
    expect(response.body.errors?.[0]?.extensions?.errorCode).toBe("KT-CT-4177");
  });

  it("filters on occupancy in force now", async () => {
    const periods = await server.db
      .selectFrom("occupancy_periods")
      .select(["property_id", "effective_from", "effective_to"])
      .where("account_id", "=", accountId)
      .execute();
    const now = new Date();
    const inForce = new Set(
      periods
        .filter(
          (p) =>
            p.effective_from <= now &&
            (p.effective_to === null || p.effective_to > now),
        )
        .map((p) => p.property_id),
    );
    const all = [...new Set(periods.map((p) => p.property_id))].sort(
      (a, b) => a - b,
    );
    const expected = (ids: number[]) => ({
      properties: ids.map((id) => ({ id: String(id) })),
    });

    const everything = await server.request(
      PROPERTIES,
      { accountNumber },
      token,
    );
    const active = await server.request(
      PROPERTIES,
      { accountNumber, active: true },
      token,
    );
    const inactive = await server.request(
      PROPERTIES,
      { accountNumber, active: false },
      token,
    );

    expect(everything.body).toEqual({ data: expected(all) });
    expect(active.body).toEqual({
      data: expected(all.filter((id) => inForce.has(id))),
    });
    expect(inactive.body).toEqual({
      data: expected(all.filter((id) => !inForce.has(id))),
    });
    expect(all).toContain(fixture.propertyId);
    expect(all.filter((id) => !inForce.has(id))).toContain(
      pastFixture.propertyId,
    );
  });

  it("costs one SQL statement per level", async () => {
    const query = `
      query Nested($accountNumber: String!) {
        properties(accountNumber: $accountNumber) {
          occupancyPeriods { id }
          electricityMeterPoints {
            meters(includeInactive: true) {
              smartDevices { deviceId }
              registers { identifier }
            }
          }
          gasMeterPoints { meters(includeInactive: true) { serialNumber } }
        }
      }
    `;
    interface NestedResult {
      properties: { electricityMeterPoints: { meters: unknown[] }[] }[];
    }
    let response: Awaited<ReturnType<TestServer["request"]>> | undefined;
    const count = await server.countQueries(async () => {
      response = await server.request<NestedResult>(
        query,
        { accountNumber },
        token,
      );
    });
    const properties = (response?.body.data as NestedResult).properties;
    const meterCount = properties
      .flatMap((p) => p.electricityMeterPoints)
      .flatMap((point) => point.meters).length;

    expect(response?.body.errors).toBeUndefined();
    expect(properties.length).toBeGreaterThan(1);
    expect(meterCount).toBeGreaterThan(2);
    // Account and viewer roles, occupancy by account, properties, then one
    // statement each for occupancy, electricity and gas meter points,
    // electricity and gas meters, smart devices and registers.
    expect(count).toBe(11);
  });
});

describe("property", () => {
  it("rejects a request without a token", async () => {
    const response = await server.request(PROPERTY, {
      id: String(fixture.propertyId),
    });

    expect(response.body.data).toEqual({ property: null });
    expect(response.body.errors?.[0]?.extensions?.errorCode).toBe("KT-CT-1112");
  });

  it("authenticates before checking the id", async () => {
    const response = await server.request(PROPERTY, { id: "home" });

    expect(response.body.data).toEqual({ property: null });
    expect(response.body.errors?.[0]?.extensions?.errorCode).toBe("KT-CT-1112");
  });

  it("rejects an id that is not a number", async () => {
    const response = await server.request(PROPERTY, { id: "home" }, token);

    expect(response.body).toEqual({
      data: { property: null },
      errors: [
        {
          message: "Invalid input.",
          locations: [{ line: 3, column: 5 }],
          path: ["property"],
          extensions: expect.objectContaining({
            errorCode: "KT-CT-1605",
            errorClass: "VALIDATION",
            validationErrors: [
              {
                message: expect.stringContaining('"home" is not a property id'),
                inputPath: ["id"],
              },
            ],
          }),
        },
      ],
    });
  });

  it("hides another customer's property", async () => {
    const response = await server.request(
      PROPERTY,
      { id: String(fixture.propertyId) },
      otherToken,
    );

    expect(response.body.data).toEqual({ property: null });
    expect(response.body.errors?.[0]?.extensions?.errorCode).toBe("KT-CT-4177");
  });

  it("hides an unknown property like a forbidden one", async () => {
    const response = await server.request(PROPERTY, { id: "99999999" }, token);

    expect(response.body.data).toEqual({ property: null });
    expect(response.body.errors?.[0]?.extensions?.errorCode).toBe("KT-CT-4177");
  });

  it("returns the whole property", async () => {
    const period = await server.db
      .selectFrom("occupancy_periods")
      .select("effective_from")
      .where("id", "=", fixture.occupancyId)
      .executeTakeFirstOrThrow();
    const devicePrefix = fixture.gsmeDeviceId.slice(0, -2);
    await server.db
      .insertInto("embedded_networks")
      .values({ name: "Harbour Court" })
      .execute();
    const network = await server.db
      .selectFrom("embedded_networks")
      .select("id")
      .where("name", "=", "Harbour Court")
      .executeTakeFirstOrThrow();
    await server.db
      .insertInto("embedded_network_properties")
      .values({
        embedded_network_id: network.id,
        property_id: fixture.propertyId,
      })
      .execute();

    const response = await server.request(
      PROPERTY,
      { id: String(fixture.propertyId) },
      token,
    );

    expect(response.body).toEqual({
      data: {
        property: {
          id: String(fixture.propertyId),
          postcode: "BS1 4RH",
          address:
            "Flat 3, 12 Harbour Street, Bristol, City of Bristol, BS1 4RH",
          splitAddress: [
            "Flat 3",
            "12 Harbour Street",
            "Bristol",
            "City of Bristol",
          ],
          label: "Test flat",
          richAddress: {
            streetAddress: "Flat 3\n12 Harbour Street",
            locality: "Bristol",
            administrativeArea: "City of Bristol",
            postalCode: "BS1 4RH",
            country: "GB",
            deliveryPointIdentifier: "000012345678",
          },
          coordinates: { latitude: 51.4498, longitude: -2.5931 },
          wanCoverage: "MEDIUM",
          isChangeOfTenancyOngoing: true,
          isSmets2InstallationAllowed: true,
          occupancyPeriods: [
            {
              id: String(fixture.occupancyId),
              effectiveFrom: formatDateTime(period.effective_from),
              effectiveTo: null,
              isOccupier: true,
              accountNumber,
              numberOfOccupants: 2,
            },
          ],
          electricityMeterPoints: [{ mpan: fixture.mpan }],
          gasMeterPoints: [{ mprn: fixture.mprn }],
          smartDeviceNetworks: [
            {
              all: [
                {
                  deviceId: `${devicePrefix}01`,
                  type: "GSME",
                  status: "COMMISSIONED",
                },
                {
                  deviceId: `${devicePrefix}02`,
                  type: "IHD",
                  status: "DECOMMISSIONED",
                },
              ],
              commissioned: [{ deviceId: `${devicePrefix}01` }],
            },
          ],
          embeddedNetwork: {
            name: "Harbour Court",
            embeddedProperties: [{ propertyId: String(fixture.propertyId) }],
          },
        },
      },
    });
  });

  it("reports no tenancy change for a period that ended long ago", async () => {
    const response = await server.request(
      `query($id: ID!) { property(id: $id) { isChangeOfTenancyOngoing } }`,
      { id: String(pastFixture.propertyId) },
      token,
    );

    expect(response.body).toEqual({
      data: { property: { isChangeOfTenancyOngoing: false } },
    });
  });
});

describe("SMETS2 installation timeslots", () => {
  const query = `
    query($id: ID!) {
      property(id: $id) {
        isSmets2InstallationAllowed
        availableSmets2InstallationTimeslots {
          appointmentDate
          startTime
          endTime
        }
      }
    }
  `;

  const christmas = Temporal.Instant.from("2026-12-23T12:00:00Z");
  const datesOf = (slots: { appointmentDate: string }[]) => [
    ...new Set(slots.map((slot) => slot.appointmentDate)),
  ];

  it("skips English bank holidays", () => {
    const slots = listInstallationTimeslots(christmas, "england-and-wales", 5);

    // 25 and 28 December 2026 and 1 January 2027 are bank holidays.
    expect(slots).toHaveLength(10);
    expect(datesOf(slots)).toEqual([
      "2026-12-24",
      "2026-12-29",
      "2026-12-30",
      "2026-12-31",
      "2027-01-04",
    ]);
  });

  it("skips Scottish bank holidays", () => {
    const slots = listInstallationTimeslots(christmas, "scotland", 5);

    // Scotland also rests on 4 January 2027, for 2 January.
    expect(datesOf(slots)).toEqual([
      "2026-12-24",
      "2026-12-29",
      "2026-12-30",
      "2026-12-31",
      "2027-01-05",
    ]);
  });

  it("offers a morning and an afternoon slot", () => {
    const now = Temporal.Instant.from("2027-03-01T09:00:00Z");

    expect(listInstallationTimeslots(now, "england-and-wales", 1)).toEqual([
      {
        appointmentDate: "2027-03-02",
        startTime: "08:00:00",
        endTime: "12:00:00",
      },
      {
        appointmentDate: "2027-03-02",
        startTime: "12:00:00",
        endTime: "17:00:00",
      },
    ]);
  });

  it("lists ten working days when installation is allowed", async () => {
    const response = await server.request(
      query,
      { id: String(fixture.propertyId) },
      token,
    );
    const expected = listInstallationTimeslots(
      Temporal.Now.instant(),
      "england-and-wales",
    );

    expect(expected).toHaveLength(20);
    expect(response.body).toEqual({
      data: {
        property: {
          isSmets2InstallationAllowed: true,
          availableSmets2InstallationTimeslots: expected,
        },
      },
    });
  });

  it("uses Scottish holidays in Scotland", async () => {
    await server.db
      .updateTable("electricity_meter_points")
      .set({ gsp_group_id: "N" })
      .where("id", "=", fixture.electricityMeterPointId)
      .execute();

    const response = await server.request(
      query,
      { id: String(fixture.propertyId) },
      token,
    );
    const expected = listInstallationTimeslots(
      Temporal.Now.instant(),
      "scotland",
    );
    await server.db
      .updateTable("electricity_meter_points")
      .set({ gsp_group_id: "L" })
      .where("id", "=", fixture.electricityMeterPointId)
      .execute();

    expect(response.body).toEqual({
      data: {
        property: {
          isSmets2InstallationAllowed: true,
          availableSmets2InstallationTimeslots: expected,
        },
      },
    });
  });

  it("lists none without WAN coverage", async () => {
    await server.db
      .updateTable("properties")
      .set({ wan_coverage: "NONE" })
      .where("id", "=", pastFixture.propertyId)
      .execute();

    const response = await server.request(
      query,
      { id: String(pastFixture.propertyId) },
      token,
    );

    expect(response.body).toEqual({
      data: {
        property: {
          isSmets2InstallationAllowed: false,
          availableSmets2InstallationTimeslots: [],
        },
      },
    });
  });
});
