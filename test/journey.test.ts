import { GraphQLClient, gql } from "graphql-request";
import { afterAll, beforeAll, describe, expect, it } from "vitest";

import { demoLogin } from "./helpers/test-database.js";
import { startTestServer } from "./helpers/test-server.js";
import type { TestServer } from "./helpers/test-server.js";

/**
 * The journey a home-automation or tariff client makes, sent by a real
 * GraphQL client library. It runs against an in-process server, or against
 * a running one when JOURNEY_URL is set (CI does that after `npm start`).
 */

const OBTAIN_TOKEN = gql`
  mutation ObtainToken($input: ObtainJSONWebTokenInput!) {
    obtainKrakenToken(input: $input) {
      token
      refreshToken
      refreshExpiresIn
      payload
    }
  }
`;

const VIEWER = gql`
  query Viewer {
    viewer {
      id
      givenName
      familyName
      email
      accounts {
        number
      }
    }
  }
`;

const ACCOUNT = gql`
  query Account($accountNumber: String!) {
    account(accountNumber: $accountNumber) {
      number
      status
      balance
      billingName
      billingEmail
      address {
        postalCode
      }
      createdAt
      accountType
      brand
      electricityAgreements(active: true) {
        id
        validFrom
        validTo
        meterPoint {
          mpan
          direction
          gspGroupId
          meters(includeInactive: false) {
            serialNumber
            smartImportElectricityMeter {
              deviceId
            }
            smartExportElectricityMeter {
              deviceId
            }
          }
          agreements(includeInactive: true) {
            validFrom
            validTo
            tariff {
              ... on TariffType {
                productCode
                tariffCode
                displayName
                standingCharge
              }
              ... on StandardTariff {
                unitRate
                preVatUnitRate
              }
              ... on DayNightTariff {
                dayRate
                nightRate
              }
              ... on HalfHourlyTariff {
                unitRates {
                  validFrom
                  validTo
                  value
                  preVatValue
                }
              }
            }
          }
        }
      }
      gasAgreements(active: true) {
        id
        validFrom
        meterPoint {
          mprn
        }
        tariff {
          ... on TariffType {
            tariffCode
            standingCharge
          }
          ... on GasTariffType {
            unitRate
            preVatUnitRate
          }
        }
      }
    }
  }
`;

const PROPERTIES = gql`
  query Properties($accountNumber: String!) {
    properties(accountNumber: $accountNumber) {
      id
      address
      postcode
      occupancyPeriods {
        effectiveFrom
        effectiveTo
      }
      electricityMeterPoints {
        mpan
        meters {
          serialNumber
        }
      }
      gasMeterPoints {
        mprn
      }
    }
  }
`;

const TELEMETRY = gql`
  query Telemetry(
    $deviceId: String!
    $start: DateTime
    $end: DateTime
    $grouping: TelemetryGrouping
  ) {
    smartMeterTelemetry(
      deviceId: $deviceId
      start: $start
      end: $end
      grouping: $grouping
    ) {
      readAt
      consumption
      consumptionDelta
      demand
      costDelta
      costDeltaWithTax
    }
  }
`;

const PRODUCTS = gql`
  query Products($postcode: String!, $brand: String, $first: Int) {
    energyProducts(postcode: $postcode, brand: $brand, first: $first) {
      totalCount
      edges {
        node {
          code
          displayName
        }
      }
    }
  }
`;

const PRODUCT = gql`
  query Product($code: String!) {
    energyProduct(code: $code) {
      code
      fullName
      isVariable
    }
  }
`;

interface TokenResult {
  obtainKrakenToken: {
    token: string;
    refreshToken: string;
    refreshExpiresIn: number;
    payload: {
      exp: number;
      iat: number;
      origIat: number;
      iss: string;
      gty: string;
    };
  };
}

/** Finds the last Sunday of October before now, a 25-hour day in London. */
function lastAutumnClockChange(now: Date): { start: string; end: string } {
  let year = now.getUTCFullYear();

  if (now < new Date(Date.UTC(year, 10, 1))) year -= 1;

  const lastOfOctober = new Date(Date.UTC(year, 9, 31));
  const sunday = 31 - lastOfOctober.getUTCDay();
  // Local midnight is 00:00+01:00 (BST) and the next one 00:00+00:00 (GMT).
  const start = new Date(Date.UTC(year, 9, sunday - 1, 23));
  const end = new Date(Date.UTC(year, 9, sunday + 1, 0));

  return { start: start.toISOString(), end: end.toISOString() };
}

describe("client journey", () => {
  let server: TestServer | undefined;
  let url: string;

  beforeAll(async () => {
    if (process.env.JOURNEY_URL) {
      url = process.env.JOURNEY_URL;
    } else {
      server = await startTestServer();
      url = server.url;
    }
  });

  afterAll(async () => {
    await server?.close();
  });

  const login = () => demoLogin();

  async function tokenFor(
    input: Record<string, string>,
  ): Promise<TokenResult["obtainKrakenToken"]> {
    const client = new GraphQLClient(url);
    const result = await client.request<TokenResult>(OBTAIN_TOKEN, { input });

    return result.obtainKrakenToken;
  }

  it("exchanges an API key, a password and a refresh token", async () => {
    const byKey = await tokenFor({ APIKey: login().apiKey });
    const byPassword = await tokenFor({
      email: login().email,
      password: login().password,
    });
    const refreshed = await tokenFor({ refreshToken: byKey.refreshToken });

    expect(byKey.payload.gty).toBe("API-KEY");
    expect(byPassword.payload.gty).toBe("EMAIL-AND-PASSWORD");
    expect(byKey.payload.exp - byKey.payload.iat).toBe(3600);
    expect(byKey.payload.iss).toBe(url);
    expect(byKey.refreshExpiresIn).toBeGreaterThan(Date.now() / 1000);
    expect(refreshed.payload.gty).toBe("API-KEY");
    expect(refreshed.payload.origIat).toBe(byKey.payload.origIat);
    expect(refreshed.refreshExpiresIn).toBe(byKey.refreshExpiresIn);
  });

  it("reads the viewer with each Authorization form", async () => {
    const { token } = await tokenFor({ APIKey: login().apiKey });

    for (const header of [token, `JWT ${token}`, `Bearer ${token}`]) {
      const client = new GraphQLClient(url, {
        headers: { Authorization: header },
      });
      const { viewer } = await client.request<{
        viewer: { email: string; accounts: { number: string }[] };
      }>(VIEWER);

      expect(viewer.email).toBe(login().email);
      expect(viewer.accounts.map((account) => account.number)).toContain(
        login().accountNumber,
      );
    }
  });

  it("walks account, properties, telemetry and products", async () => {
    const { token } = await tokenFor({ APIKey: login().apiKey });
    const client = new GraphQLClient(url, {
      headers: { Authorization: token },
    });
    const accountNumber = login().accountNumber;

    const { account } = await client.request<any>(ACCOUNT, { accountNumber });
    expect(account.number).toBe(accountNumber);
    expect(account.electricityAgreements.length).toBeGreaterThan(0);

    for (const agreement of account.electricityAgreements) {
      expect(
        agreement.validTo === null || agreement.validTo > agreement.validFrom,
      ).toBe(true);
      expect(agreement.meterPoint.agreements.length).toBeGreaterThan(0);
    }

    const { properties } = await client.request<any>(PROPERTIES, {
      accountNumber,
    });
    expect(properties.length).toBeGreaterThan(0);
    expect(properties[0].electricityMeterPoints.length).toBeGreaterThan(0);

    const deviceId = account.electricityAgreements
      .flatMap((agreement: any) => agreement.meterPoint.meters)
      .map((meter: any) => meter.smartImportElectricityMeter?.deviceId)
      .find(Boolean) as string;
    expect(deviceId).toMatch(/^([0-9A-F]{2}-){7}[0-9A-F]{2}$/);

    const day = lastAutumnClockChange(new Date());
    const halfHours = await client.request<any>(TELEMETRY, {
      deviceId,
      ...day,
      grouping: "HALF_HOURLY",
    });
    const hours = await client.request<any>(TELEMETRY, {
      deviceId,
      ...day,
      grouping: "HOURLY",
    });
    const fiveMinutes = await client.request<any>(TELEMETRY, {
      deviceId,
      start: day.start,
      end: new Date(Date.parse(day.start) + 3_600_000).toISOString(),
      grouping: "FIVE_MINUTES",
    });
    expect(halfHours.smartMeterTelemetry).toHaveLength(50);
    expect(hours.smartMeterTelemetry).toHaveLength(25);
    expect(fiveMinutes.smartMeterTelemetry).toHaveLength(12);
    expect(halfHours.smartMeterTelemetry[0].readAt).toBe(
      day.start.replace(".000Z", "+00:00"),
    );

    const anonymous = new GraphQLClient(url);
    const postcode = properties[0].postcode as string;
    const { energyProducts } = await anonymous.request<any>(PRODUCTS, {
      postcode,
      first: 10,
    });
    expect(energyProducts.totalCount).toBeGreaterThan(0);

    const code = energyProducts.edges[0].node.code as string;
    const { energyProduct } = await anonymous.request<any>(PRODUCT, { code });
    expect(energyProduct.code).toBe(code);
  });
});
