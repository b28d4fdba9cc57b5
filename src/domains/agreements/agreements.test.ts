import { afterAll, beforeAll, describe, expect, it } from "vitest";

import { startTestServer } from "../../../test/helpers/test-server.js";
import type {
  GraphQLResponse,
  TestServer,
} from "../../../test/helpers/test-server.js";
import { demoLogin } from "../../../test/helpers/test-database.js";
import { issueTestToken } from "../../../test/helpers/tokens.js";
import { insertTestCatalogue } from "../products/products.test-fixtures.js";
import {
  CURRENT_FROM,
  CURRENT_TO,
  insertAgreement,
  insertAgreementFixture,
} from "./agreements.test-fixtures.js";
import type { AgreementFixture } from "./agreements.test-fixtures.js";

let server: TestServer;
let fixture: AgreementFixture;
let token: string;

beforeAll(async () => {
  server = await startTestServer();
  await insertTestCatalogue(server.db);
  fixture = await insertAgreementFixture(server.db);
  token = await issueTestToken(server, fixture.viewerEmail);
});

afterAll(async () => {
  await server.close();
});

const ELECTRICITY_AGREEMENT = `
  query ElectricityAgreement($id: ID!) {
    electricityAgreement(id: $id) {
      __typename
      id
      validFrom
      validTo
      agreedFrom
      agreedTo
      isRevoked
      rescissionDeadlineAt
      ratesAgreedAt
      ... on ElectricityAgreementType {
        meterPoint { mpan }
        account { number }
        tariff {
          __typename
          ... on StandardTariff { tariffCode unitRate preVatUnitRate }
        }
      }
    }
  }
`;

const GAS_AGREEMENT = `
  query GasAgreement($id: ID!) {
    gasAgreement(id: $id) {
      __typename
      id
      ... on GasAgreementType {
        account { number }
        tariff { tariffCode unitRate }
      }
    }
  }
`;

function errorOf(response: GraphQLResponse) {
  const [error] = response.body.errors ?? [];

  return {
    code: error?.extensions?.errorCode,
    path: error?.path,
    description: error?.extensions?.errorDescription,
  };
}

describe("electricityAgreement", () => {
  it("requires a token", async () => {
    const response = await server.request(ELECTRICITY_AGREEMENT, {
      id: String(fixture.agreements.current),
    });

    expect(response.body.data).toEqual({ electricityAgreement: null });
    expect(errorOf(response).code).toBe("KT-CT-1112");
    expect(errorOf(response).path).toEqual(["electricityAgreement"]);
  });

  it("returns the viewer's agreement", async () => {
    const response = await server.request(
      ELECTRICITY_AGREEMENT,
      { id: String(fixture.agreements.current) },
      token,
    );

    expect(response.body).toEqual({
      data: {
        electricityAgreement: {
          __typename: "ElectricityAgreementType",
          id: fixture.agreements.current,
          validFrom: "2023-01-01T00:00:00+00:00",
          validTo: "2099-01-01T00:00:00+00:00",
          agreedFrom: "2023-01-01T00:00:00+00:00",
          agreedTo: null,
          isRevoked: false,
          rescissionDeadlineAt: "2022-12-15T00:00:00+00:00",
          ratesAgreedAt: "2022-12-01T00:00:00+00:00",
          meterPoint: { mpan: fixture.mpan },
          account: { number: fixture.accountNumber },
          tariff: {
            __typename: "StandardTariff",
            tariffCode: "E-1R-ZZ-VAR-C",
            unitRate: 25.7565,
            preVatUnitRate: 24.53,
          },
        },
      },
    });
  });

  it.each([
    ["another account's", () => fixture.agreements.otherAccounts],
    ["a gas agreement's", () => fixture.agreements.gas],
    ["an unknown", () => fixture.agreements.gas + 10_000],
    ["an out-of-range", () => 99_999_999_999],
  ])("hides %s id", async (_case, id) => {
    const response = await server.request(
      ELECTRICITY_AGREEMENT,
      { id: String(id()) },
      token,
    );

    expect(response.body.data).toEqual({ electricityAgreement: null });
    expect(errorOf(response)).toEqual({
      code: "KT-CT-1501",
      path: ["electricityAgreement"],
      description:
        "The requested agreement was not found. No electricity agreement " +
        `with id "${id()}" on the viewer's accounts; list them with ` +
        "account { electricityAgreements { id } }.",
    });
  });

  it("rejects a non-numeric id", async () => {
    const response = await server.request(
      ELECTRICITY_AGREEMENT,
      { id: "abc" },
      token,
    );

    expect(errorOf(response).code).toBe("KT-CT-1605");
    expect(response.body.errors?.[0]?.extensions?.validationErrors).toEqual([
      {
        message:
          'id "abc" is not an agreement id; send the integer id, e.g. "42".',
        inputPath: ["id"],
      },
    ]);
  });
});

describe("gasAgreement", () => {
  it("requires a token", async () => {
    const response = await server.request(GAS_AGREEMENT, {
      id: String(fixture.agreements.gas),
    });

    expect(errorOf(response).code).toBe("KT-CT-1112");
  });

  it("returns the viewer's agreement", async () => {
    const response = await server.request(
      GAS_AGREEMENT,
      { id: String(fixture.agreements.gas) },
      token,
    );

    expect(response.body).toEqual({
      data: {
        gasAgreement: {
          __typename: "GasAgreementType",
          id: fixture.agreements.gas,
          account: { number: fixture.accountNumber },
          tariff: { tariffCode: "G-1R-ZZ-VAR-C", unitRate: 6.1425 },
        },
      },
    });
  });

  it("hides an electricity agreement's id", async () => {
    const response = await server.request(
      GAS_AGREEMENT,
      { id: String(fixture.agreements.current) },
      token,
    );

    expect(errorOf(response).code).toBe("KT-CT-1501");
  });

  it("hides another viewer's agreement", async () => {
    const otherToken = await issueTestToken(server, fixture.otherEmail);
    const response = await server.request(
      GAS_AGREEMENT,
      { id: String(fixture.agreements.gas) },
      otherToken,
    );

    expect(errorOf(response).code).toBe("KT-CT-1501");
  });

  it("rejects a negative id", async () => {
    const response = await server.request(GAS_AGREEMENT, { id: "-1" }, token);

    expect(errorOf(response).code).toBe("KT-CT-1605");
  });
});

const ACCOUNT_AGREEMENTS = `
  query AccountAgreements($accountNumber: String!, $active: Boolean) {
    account(accountNumber: $accountNumber) {
      electricityAgreements(active: $active) { id }
      gasAgreements(active: $active) { id }
    }
  }
`;

describe("AccountType agreements", () => {
  async function agreementIds(active?: boolean) {
    const response = await server.request(
      ACCOUNT_AGREEMENTS,
      { accountNumber: fixture.accountNumber, active },
      token,
    );

    expect(response.body.errors).toBeUndefined();

    const account = response.body.data?.account;

    return {
      electricity: account.electricityAgreements.map(
        (row: { id: number }) => row.id,
      ),
      gas: account.gasAgreements.map((row: { id: number }) => row.id),
    };
  }

  it("lists all agreements by default", async () => {
    const { past, current, revoked, future, gas } = fixture.agreements;

    expect(await agreementIds()).toEqual({
      electricity: [past, current, revoked, future],
      gas: [gas],
    });
    expect(await agreementIds(false)).toEqual(await agreementIds());
  });

  it("lists those in force with active", async () => {
    const { current, gas } = fixture.agreements;

    expect(await agreementIds(true)).toEqual({
      electricity: [current],
      gas: [gas],
    });
  });
});

describe("demo account agreements", () => {
  it("lists the agreements in force now", async () => {
    const login = demoLogin();
    const demoToken = await issueTestToken(server, login.email);
    const now = new Date();
    const expected = await server.db
      .selectFrom("agreements")
      .innerJoin("accounts", "accounts.id", "agreements.account_id")
      .select("agreements.id")
      .where("accounts.number", "=", login.accountNumber)
      .where("agreements.electricity_meter_point_id", "is not", null)
      .where("agreements.is_revoked", "=", false)
      .where("agreements.valid_from", "<=", now)
      .where((eb) =>
        eb.or([
          eb("agreements.valid_to", "is", null),
          eb("agreements.valid_to", ">", now),
        ]),
      )
      .orderBy("agreements.valid_from")
      .orderBy("agreements.id")
      .execute();
    const response = await server.request(
      ACCOUNT_AGREEMENTS,
      { accountNumber: login.accountNumber, active: true },
      demoToken,
    );

    expect(response.body.errors).toBeUndefined();
    expect(expected.length).toBeGreaterThan(0);
    expect(response.body.data?.account.electricityAgreements).toEqual(
      expected.map((row) => ({ id: row.id })),
    );
  });
});

const METER_POINT_AGREEMENTS = `
  query MeterPointAgreements(
    $id: ID!
    $validAfter: DateTime
    $includeInactive: Boolean
    $excludeFuture: Boolean
  ) {
    electricityAgreement(id: $id) {
      ... on ElectricityAgreementType {
        meterPoint {
          agreements(
            validAfter: $validAfter
            includeInactive: $includeInactive
            excludeFuture: $excludeFuture
          ) {
            id
          }
        }
      }
    }
  }
`;

describe("ElectricityMeterPointType.agreements", () => {
  async function meterPointAgreementIds(filter: Record<string, unknown>) {
    const response = await server.request(
      METER_POINT_AGREEMENTS,
      { id: String(fixture.agreements.current), ...filter },
      token,
    );

    expect(response.body.errors).toBeUndefined();

    return response.body.data?.electricityAgreement.meterPoint.agreements.map(
      (row: { id: number }) => row.id,
    );
  }

  it("lists current and future ones by default", async () => {
    const { current, future } = fixture.agreements;

    expect(await meterPointAgreementIds({})).toEqual([current, future]);
  });

  it("includes inactive ones on request", async () => {
    const { past, current, revoked, future } = fixture.agreements;

    expect(await meterPointAgreementIds({ includeInactive: true })).toEqual([
      past,
      current,
      revoked,
      future,
    ]);
  });

  it("drops future ones with excludeFuture", async () => {
    const { current } = fixture.agreements;

    expect(await meterPointAgreementIds({ excludeFuture: true })).toEqual([
      current,
    ]);
  });

  it("keeps those ending after validAfter", async () => {
    const { current, revoked, future } = fixture.agreements;
    const atCurrentEnd = CURRENT_TO.toISOString();
    const beforeCurrentEnd = new Date(CURRENT_TO.getTime() - 1).toISOString();

    expect(await meterPointAgreementIds({ validAfter: atCurrentEnd })).toEqual([
      future,
    ]);
    expect(
      await meterPointAgreementIds({ validAfter: beforeCurrentEnd }),
    ).toEqual([current, future]);
    expect(
      await meterPointAgreementIds({
        validAfter: CURRENT_FROM.toISOString(),
        includeInactive: true,
      }),
    ).toEqual([current, revoked, future]);
  });

  it("rejects an invalid validAfter", async () => {
    const response = await server.request(
      METER_POINT_AGREEMENTS,
      { id: String(fixture.agreements.current), validAfter: "yesterday" },
      token,
    );

    expect(errorOf(response).code).toBe("KT-CT-1608");
  });
});

describe("agreement batching", () => {
  const NESTED = `
    query Nested($accountNumber: String!) {
      account(accountNumber: $accountNumber) {
        electricityAgreements {
          id
          account { number }
          meterPoint { mpan }
          tariff {
            ... on TariffType { tariffCode standingCharge }
            ... on StandardTariff { unitRate }
            ... on DayNightTariff { dayRate nightRate }
          }
        }
      }
    }
  `;

  function countNestedQueries(authorization: string) {
    return server.countQueries(async () => {
      const response = await server.request(
        NESTED,
        { accountNumber: fixture.accountNumber },
        authorization,
      );

      expect(response.body.errors).toBeUndefined();
    });
  }

  it("costs the same SQL for more agreements", async () => {
    const before = await countNestedQueries(token);
    const accountRow = await server.db
      .selectFrom("accounts")
      .select("id")
      .where("number", "=", fixture.accountNumber)
      .executeTakeFirstOrThrow();

    for (const year of [2010, 2011, 2012, 2013, 2014]) {
      await insertAgreement(server.db, {
        accountId: accountRow.id,
        electricityMeterPointId: fixture.extraMeterPointId,
        tariffId: fixture.tariffIds.get("E-1R-ZZ-EXPORT-C") ?? 0,
        validFrom: `${year}-01-01T00:00:00Z`,
        validTo: `${year + 1}-01-01T00:00:00Z`,
      });
    }

    const after = await countNestedQueries(token);

    // Account by number, the viewer's roles, agreements, accounts by id,
    // meter points, tariffs and rates in force: one statement each.
    expect(before).toBe(7);
    expect(after).toBe(before);
  });
});
