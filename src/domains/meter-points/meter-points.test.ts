import { sql } from "kysely";
import { afterAll, beforeAll, describe, expect, it } from "vitest";

import { demoLogin } from "../../../test/helpers/test-database.js";
import { startTestServer } from "../../../test/helpers/test-server.js";
import type { TestServer } from "../../../test/helpers/test-server.js";
import { issueTestToken } from "../../../test/helpers/tokens.js";
import { toGlobalId } from "../../shared/global-id.js";
import { formatDateTime } from "../../shared/datetime.js";
import { mpanCheckDigit } from "../../shared/meter-identifiers.js";
import {
  deleteFixtureProperty,
  insertFixtureProperty,
} from "./test-fixtures.js";
import type { FixtureProperty } from "./test-fixtures.js";

const METER_POINTS = `
  query MeterPoints($mpan: ID, $mprn: ID) {
    meterPoints(mpan: $mpan, mprn: $mprn) { status }
  }
`;

const ELECTRICITY = `
  query Electricity($mpan: ID, $includeInactive: Boolean) {
    meterPoints(mpan: $mpan) {
      __typename
      status
      enrolment { status }
      ... on ElectricityMeterPointType {
        id
        mpan
        gspGroupId
        profileClass
        ssc
        llf
        mtc
        measurementClass
        energisationStatus
        dccServiceFlag
        smsOperator
        smartStartDate
        supplyEndDate
        direction
        meters(includeInactive: $includeInactive) {
          id
          serialNumber
          isDigital
          activeFrom
          activeTo
          meterType
          makeAndType
          location
          installationDate
          consumptionUnits
          registers { identifier name unitRateType digits }
          smartImportElectricityMeter { deviceId }
          importMeter { id }
          meterPoint { mpan }
        }
      }
    }
  }
`;

const GAS = `
  query Gas($mprn: ID) {
    meterPoints(mprn: $mprn) {
      __typename
      status
      ... on GasMeterPointType {
        mprn
        ldz
        exitZone
        supplyClass
        marketSectorCode
        meters {
          serialNumber
          manufacturerCode
          modelName
          manufacturedYear
          meterType
          mechanism
          imperial
          units
          correction
          readingFactor
          location
          smartGasMeter {
            deviceId
            type
            status
            paymentMode
            gasMeter { serialNumber }
            deviceNetwork { id }
          }
        }
      }
    }
  }
`;

let server: TestServer;
let token: string;
let otherToken: string;
let fixture: FixtureProperty;
let otherMpan: string;

beforeAll(async () => {
  server = await startTestServer();
  const login = demoLogin();
  token = await issueTestToken(server, login.email);
  const account = await server.db
    .selectFrom("accounts")
    .select("id")
    .where("number", "=", login.accountNumber)
    .executeTakeFirstOrThrow();
  fixture = await insertFixtureProperty(
    server.db,
    account.id,
    new Date("2020-01-01T00:00:00Z"),
  );
  const demoRoles = server.db
    .selectFrom("account_user_roles")
    .innerJoin(
      "account_users",
      "account_users.id",
      "account_user_roles.account_user_id",
    )
    .select("account_user_roles.account_id")
    .where(
      sql<string>`lower(account_users.email)`,
      "=",
      login.email.toLowerCase(),
    );
  const other = await server.db
    .selectFrom("electricity_meter_points as point")
    .innerJoin(
      "occupancy_periods as period",
      "period.property_id",
      "point.property_id",
    )
    .innerJoin(
      "account_user_roles as role",
      "role.account_id",
      "period.account_id",
    )
    .innerJoin("account_users as user", "user.id", "role.account_user_id")
    .select(["point.mpan", "user.email"])
    .where("period.account_id", "not in", demoRoles)
    .where("point.property_id", "not in", (eb) =>
      eb
        .selectFrom("occupancy_periods")
        .select("property_id")
        .where("account_id", "in", demoRoles),
    )
    .orderBy("point.id")
    .executeTakeFirstOrThrow();
  otherMpan = other.mpan;
  otherToken = await issueTestToken(server, other.email);
});

afterAll(async () => {
  await deleteFixtureProperty(server.db, fixture);
  await server.close();
});

function errorOf(response: Awaited<ReturnType<TestServer["request"]>>) {
  expect(response.body.data).toEqual({ meterPoints: null });
  expect(response.body.errors).toHaveLength(1);

  return response.body.errors![0]!;
}

describe("meterPoints arguments", () => {
  it("rejects a request without a token", async () => {
    const response = await server.request(METER_POINTS, { mpan: fixture.mpan });

    expect(errorOf(response).extensions?.errorCode).toBe("KT-CT-1112");
  });

  it("authenticates before checking arguments", async () => {
    const response = await server.request(METER_POINTS, {});

    expect(errorOf(response).extensions?.errorCode).toBe("KT-CT-1112");
  });

  it.each([
    ["neither", {}, "Neither mpan nor mprn was given; give one of them."],
    [
      "both",
      { mpan: "1200000000009", mprn: "1234567890" },
      "Both mpan and mprn were given; give only one of them.",
    ],
  ])("rejects %s of mpan and mprn", async (_case, variables, detail) => {
    const error = errorOf(await server.request(METER_POINTS, variables, token));

    expect(error).toEqual({
      message: "One of either MPAN or MPRN must be provided.",
      locations: [{ line: 3, column: 5 }],
      path: ["meterPoints"],
      extensions: expect.objectContaining({
        errorCode: "KT-GB-5601",
        errorType: "VALIDATION",
        validationErrors: [{ message: detail, inputPath: [] }],
      }),
    });
  });

  const first12 = "120000000000";
  const goodCheck = mpanCheckDigit(first12);
  const badCheck = (goodCheck + 1) % 10;

  it.each([
    [
      "a wrong check digit",
      { mpan: `${first12}${badCheck}` },
      `MPAN "${first12}${badCheck}" ends in ${badCheck}, but its check digit should be ${goodCheck}.`,
      ["mpan"],
    ],
    [
      "an unknown distributor",
      { mpan: "9900000000001" },
      'MPAN "9900000000001" starts with 99, which is not a GB distributor id (10 to 23).',
      ["mpan"],
    ],
    [
      "a short MPAN",
      { mpan: "120000000" },
      'MPAN "120000000" must be a 13-digit MPAN core.',
      ["mpan"],
    ],
    [
      "letters in an MPAN",
      { mpan: "12000000000AB" },
      'MPAN "12000000000AB" must be a 13-digit MPAN core.',
      ["mpan"],
    ],
    [
      "wrong MPRN check digits",
      { mprn: "1234567800" },
      'MPRN "1234567800" ends in 00, but its check digits should be 10.',
      ["mprn"],
    ],
    [
      "letters in an MPRN",
      { mprn: "12AB56" },
      'MPRN "12AB56" must be 6 to 10 digits.',
      ["mprn"],
    ],
  ])("rejects %s", async (_case, variables, detail, inputPath) => {
    const error = errorOf(await server.request(METER_POINTS, variables, token));

    expect(error.message).toBe("Invalid MPxN.");
    expect(error.extensions).toMatchObject({
      errorCode: "KT-GB-4021",
      validationErrors: [{ message: detail, inputPath }],
    });
  });
});

describe("meterPoints lookup", () => {
  it("hides an unknown MPAN", async () => {
    const mpan = `2399999999${"99"}`;
    const full = `${mpan}${mpanCheckDigit(mpan)}`;
    const error = errorOf(
      await server.request(METER_POINTS, { mpan: full }, token),
    );

    expect(error.message).toBe("No meter points found with the given ID.");
    expect(error.extensions?.errorCode).toBe("KT-CT-4011");
    expect(error.extensions?.errorType).toBe("NOT_FOUND");
  });

  it("hides another customer's MPAN", async () => {
    const error = errorOf(
      await server.request(METER_POINTS, { mpan: otherMpan }, token),
    );

    expect(error.extensions?.errorCode).toBe("KT-CT-4011");
  });

  it("hides our MPRN from another customer", async () => {
    const error = errorOf(
      await server.request(METER_POINTS, { mprn: fixture.mprn }, otherToken),
    );

    expect(error.extensions?.errorCode).toBe("KT-CT-4011");
  });

  it("returns an electricity meter point", async () => {
    const meter = await server.db
      .selectFrom("electricity_meters")
      .select("id")
      .where("id", "=", fixture.currentMeterId)
      .executeTakeFirstOrThrow();

    const response = await server.request(
      ELECTRICITY,
      { mpan: fixture.mpan },
      token,
    );

    expect(response.body).toEqual({
      data: {
        meterPoints: {
          __typename: "ElectricityMeterPointType",
          status: "ON_SUPPLY",
          enrolment: { status: "COMPLETED" },
          id: String(fixture.electricityMeterPointId),
          mpan: fixture.mpan,
          gspGroupId: "_L",
          profileClass: 2,
          ssc: "0151",
          llf: "571",
          mtc: 811,
          measurementClass: "A",
          energisationStatus: "E",
          dccServiceFlag: "A",
          smsOperator: "",
          smartStartDate: null,
          supplyEndDate: null,
          direction: "IMPORT",
          meters: [
            {
              id: String(meter.id),
              serialNumber: "99K0000002",
              isDigital: true,
              activeFrom: "2019-06-15",
              activeTo: null,
              meterType: "H",
              makeAndType: "Landis+Gyr 5235",
              location: "Hall cupboard",
              installationDate: "2019-06-15",
              consumptionUnits: "kWh",
              registers: [
                {
                  identifier: "1",
                  name: "Day",
                  unitRateType: "DAY",
                  digits: 5,
                },
                {
                  identifier: "2",
                  name: "Night",
                  unitRateType: "NIGHT",
                  digits: 5,
                },
              ],
              smartImportElectricityMeter: null,
              importMeter: null,
              meterPoint: { mpan: fixture.mpan },
            },
          ],
        },
      },
    });
  });

  it("includes removed meters on request", async () => {
    const query = `
      query($mpan: ID, $includeInactive: Boolean) {
        meterPoints(mpan: $mpan) {
          meters(includeInactive: $includeInactive) { id }
        }
      }
    `;
    const current = { id: String(fixture.currentMeterId) };
    const removed = { id: String(fixture.removedMeterId) };

    const only = await server.request(query, { mpan: fixture.mpan }, token);
    const all = await server.request(
      query,
      { mpan: fixture.mpan, includeInactive: true },
      token,
    );

    expect(only.body).toEqual({ data: { meterPoints: { meters: [current] } } });
    expect(all.body).toEqual({
      data: { meterPoints: { meters: [removed, current] } },
    });
  });

  it("returns a gas meter point", async () => {
    const network = await server.db
      .selectFrom("smart_device_networks")
      .select("id")
      .where("id", "=", fixture.networkId)
      .executeTakeFirstOrThrow();

    const response = await server.request(GAS, { mprn: fixture.mprn }, token);

    expect(response.body).toEqual({
      data: {
        meterPoints: {
          __typename: "GasMeterPointType",
          status: "ON_SUPPLY",
          mprn: fixture.mprn,
          ldz: "SW",
          exitZone: "SW1",
          supplyClass: 4,
          marketSectorCode: "D",
          meters: [
            {
              serialNumber: "E6S99000001961",
              manufacturerCode: "LPG",
              modelName: "E6VG470",
              manufacturedYear: 2019,
              meterType: "U",
              mechanism: "S2",
              imperial: false,
              units: 5,
              correction: 1.02264,
              readingFactor: "1",
              location: "Kitchen",
              smartGasMeter: {
                deviceId: fixture.gsmeDeviceId,
                type: "GSME",
                status: "COMMISSIONED",
                paymentMode: "CREDIT",
                gasMeter: { serialNumber: "E6S99000001961" },
                deviceNetwork: { id: String(network.id) },
              },
            },
          ],
        },
      },
    });
  });
});

describe("node", () => {
  const NODE = `
    query($id: ID!) {
      node(id: $id) {
        __typename
        id
        ... on ElectricityMeterType { serialNumber nodeId createdAt }
        ... on GasMeterType { serialNumber nodeId }
      }
    }
  `;

  it("loads an electricity meter by its nodeId", async () => {
    const nodeId = toGlobalId("ElectricityMeterType", fixture.currentMeterId);
    const meter = await server.db
      .selectFrom("electricity_meters")
      .select("created_at")
      .where("id", "=", fixture.currentMeterId)
      .executeTakeFirstOrThrow();

    const response = await server.request(NODE, { id: nodeId }, token);

    expect(response.body).toEqual({
      data: {
        node: {
          __typename: "ElectricityMeterType",
          id: String(fixture.currentMeterId),
          serialNumber: "99K0000002",
          nodeId,
          createdAt: formatDateTime(meter.created_at),
        },
      },
    });
  });

  it("loads a gas meter by its nodeId", async () => {
    const nodeId = toGlobalId("GasMeterType", fixture.gasMeterId);

    const response = await server.request(NODE, { id: nodeId }, token);

    expect(response.body).toEqual({
      data: {
        node: {
          __typename: "GasMeterType",
          id: String(fixture.gasMeterId),
          serialNumber: "E6S99000001961",
          nodeId,
        },
      },
    });
  });

  it("returns null for another customer's meter", async () => {
    const nodeId = toGlobalId("ElectricityMeterType", fixture.currentMeterId);

    const response = await server.request(NODE, { id: nodeId }, otherToken);

    expect(response.body).toEqual({ data: { node: null } });
  });

  it("returns null for a meter id that is not a number", async () => {
    const nodeId = toGlobalId("GasMeterType", "abc");

    const response = await server.request(NODE, { id: nodeId }, token);

    expect(response.body).toEqual({ data: { node: null } });
  });

  it("rejects a garbage id", async () => {
    const response = await server.request(NODE, { id: "not-a-node" }, token);

    expect(response.body.data).toEqual({ node: null });
    expect(response.body.errors?.[0]?.extensions?.errorCode).toBe("KT-CT-1605");
  });
});
