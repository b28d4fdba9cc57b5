import {
  afterAll,
  afterEach,
  beforeAll,
  describe,
  expect,
  it,
  vi,
} from "vitest";

import { startTestServer } from "../../../test/helpers/test-server.js";
import type {
  GraphQLResponse,
  TestServer,
} from "../../../test/helpers/test-server.js";
import {
  FIXTURE_TAG,
  RATE_CHANGE_AT,
  halfHourlyRate,
  insertTestCatalogue,
  withVat,
} from "./products.test-fixtures.js";

const LONDON = "SW1A 1AA";

const PRODUCT_CODES = `
  query Products(
    $postcode: String!
    $tags: [String]
    $excludeTags: [String]
    $brand: String
    $brands: [String]
    $availability: EnergyProductAvailability
    $filterBy: [EnergyProductFilters]
    $direction: EnergyProductDirection
    $first: Int
    $last: Int
    $after: String
    $before: String
  ) {
    energyProducts(
      postcode: $postcode
      tags: $tags
      excludeTags: $excludeTags
      brand: $brand
      brands: $brands
      availability: $availability
      filterBy: $filterBy
      direction: $direction
      first: $first
      last: $last
      after: $after
      before: $before
    ) {
      totalCount
      edgeCount
      pageInfo {
        hasNextPage
        hasPreviousPage
        startCursor
        endCursor
      }
      edges {
        cursor
        node {
          code
        }
      }
    }
  }
`;

interface ProductPage {
  energyProducts: {
    totalCount: number;
    edgeCount: number;
    pageInfo: {
      hasNextPage: boolean;
      hasPreviousPage: boolean;
      startCursor: string | null;
      endCursor: string | null;
    };
    edges: { cursor: string; node: { code: string } }[];
  } | null;
}

let server: TestServer;
let productIds: Map<string, number>;

beforeAll(async () => {
  server = await startTestServer();
  productIds = await insertTestCatalogue(server.db);
});

afterAll(async () => {
  await server.close();
});

afterEach(() => {
  vi.useRealTimers();
});

function listProducts(variables: Record<string, unknown>) {
  return server.request<ProductPage>(PRODUCT_CODES, {
    postcode: LONDON,
    tags: [FIXTURE_TAG],
    first: 50,
    ...variables,
  });
}

function codesOf(response: GraphQLResponse<ProductPage>): string[] {
  expect(response.body.errors).toBeUndefined();

  return (
    response.body.data?.energyProducts?.edges.map((edge) => edge.node.code) ??
    []
  );
}

function errorCodeOf(response: GraphQLResponse): unknown {
  return response.body.errors?.[0]?.extensions?.errorCode;
}

describe("energyProducts", () => {
  it("lists products without a token", async () => {
    const response = await listProducts({});

    expect(response.status).toBe(200);
    expect(codesOf(response)).toEqual([
      "ZZ-BIZ-HH",
      "ZZ-EXPORT",
      "ZZ-FIX-12M",
      "ZZ-OLD",
      "ZZ-VAR",
    ]);
    expect(response.body.data?.energyProducts?.totalCount).toBe(5);
  });

  it("counts every visible product of the region", async () => {
    const response = await server.request<ProductPage>(PRODUCT_CODES, {
      postcode: "sw1a1aa",
      first: 100,
    });
    const expected = await server.db
      .selectFrom("products")
      .select("code")
      .where("is_hidden", "=", false)
      .where((eb) =>
        eb.exists(
          eb
            .selectFrom("tariffs")
            .select("tariffs.id")
            .whereRef("tariffs.product_id", "=", "products.id")
            .where("tariffs.gsp_group_id", "=", "C"),
        ),
      )
      .orderBy("code")
      .execute();

    expect(codesOf(response)).toEqual(expected.map((row) => row.code));
  });

  it("maps a postcode to its region", async () => {
    const response = await listProducts({ postcode: "AB10 1AA" });

    expect(codesOf(response)).toEqual(["ZZ-NORTH"]);
  });

  it("returns nothing outside the GB market", async () => {
    const response = await listProducts({ postcode: "BT1 1AA" });

    expect(response.body).toEqual({
      data: {
        energyProducts: {
          totalCount: 0,
          edgeCount: 0,
          pageInfo: {
            hasNextPage: false,
            hasPreviousPage: false,
            startCursor: null,
            endCursor: null,
          },
          edges: [],
        },
      },
    });
  });

  it("rejects an invalid postcode", async () => {
    const response = await listProducts({ postcode: "NOT A POSTCODE" });

    expect(response.body.data).toEqual({ energyProducts: null });
    expect(response.body.errors).toEqual([
      {
        message: "Invalid input.",
        locations: [{ line: 16, column: 5 }],
        path: ["energyProducts"],
        extensions: expect.objectContaining({
          errorCode: "KT-CT-1605",
          errorType: "VALIDATION",
          validationErrors: [
            {
              message:
                'postcode "NOT A POSTCODE" is not a UK postcode; ' +
                "send one like SW1A 1AA.",
              inputPath: ["postcode"],
            },
          ],
        }),
      },
    ]);
  });

  it.each([
    [{ brand: "TESTCO" }, ["ZZ-BIZ-HH", "ZZ-FIX-12M", "ZZ-OLD", "ZZ-VAR"]],
    [{ brands: ["OTHERCO"] }, ["ZZ-EXPORT"]],
    [{ brand: "TESTCO", brands: ["OTHERCO"] }, []],
    [{ direction: "EXPORT" }, ["ZZ-EXPORT"]],
    [{ tags: [FIXTURE_TAG, "ZZGREEN"] }, ["ZZ-VAR"]],
    [
      { excludeTags: ["ZZLEGACY", "ZZFIXED"] },
      ["ZZ-BIZ-HH", "ZZ-EXPORT", "ZZ-VAR"],
    ],
    [
      { availability: "AVAILABLE" },
      ["ZZ-BIZ-HH", "ZZ-EXPORT", "ZZ-FIX-12M", "ZZ-VAR"],
    ],
    [{ availability: "UNAVAILABLE" }, ["ZZ-OLD"]],
    [{ filterBy: ["FIXED"] }, ["ZZ-EXPORT", "ZZ-FIX-12M"]],
    [{ filterBy: ["VARIABLE"] }, ["ZZ-BIZ-HH", "ZZ-OLD", "ZZ-VAR"]],
    [{ filterBy: ["BUSINESS"] }, ["ZZ-BIZ-HH"]],
    [{ filterBy: ["DOMESTIC", "VARIABLE"] }, ["ZZ-OLD", "ZZ-VAR"]],
    [{ filterBy: ["SMART"] }, ["ZZ-BIZ-HH"]],
    [{ filterBy: ["GREEN"] }, ["ZZ-VAR"]],
    [{ filterBy: ["PREPAY"] }, []],
  ])("filters by %j", async (filter, expected) => {
    const response = await listProducts(filter);

    expect(codesOf(response)).toEqual(expected);
  });
});

describe("energyProducts paging", () => {
  it("pages forward with after", async () => {
    const first = await listProducts({ first: 2 });
    const page = first.body.data?.energyProducts;
    const second = await listProducts({
      first: 2,
      after: page?.pageInfo.endCursor,
    });

    expect(codesOf(first)).toEqual(["ZZ-BIZ-HH", "ZZ-EXPORT"]);
    expect(page?.pageInfo.hasNextPage).toBe(true);
    expect(page?.pageInfo.hasPreviousPage).toBe(false);
    expect(page?.edgeCount).toBe(2);
    expect(page?.totalCount).toBe(5);
    expect(codesOf(second)).toEqual(["ZZ-FIX-12M", "ZZ-OLD"]);
    expect(second.body.data?.energyProducts?.pageInfo.hasPreviousPage).toBe(
      false,
    );
  });

  it("pages backward with last and before", async () => {
    const last = await listProducts({ first: undefined, last: 2 });
    const start = last.body.data?.energyProducts?.pageInfo.startCursor;
    const before = await listProducts({
      first: undefined,
      last: 2,
      before: start,
    });

    expect(codesOf(last)).toEqual(["ZZ-OLD", "ZZ-VAR"]);
    expect(last.body.data?.energyProducts?.pageInfo.hasPreviousPage).toBe(true);
    expect(last.body.data?.energyProducts?.pageInfo.hasNextPage).toBe(false);
    expect(codesOf(before)).toEqual(["ZZ-EXPORT", "ZZ-FIX-12M"]);
  });

  it("treats an empty after as no cursor", async () => {
    const response = await listProducts({ first: 2, after: "" });

    expect(codesOf(response)).toEqual(["ZZ-BIZ-HH", "ZZ-EXPORT"]);
  });

  it("rejects first above 100", async () => {
    const response = await listProducts({ first: 101 });

    expect(errorCodeOf(response)).toBe("KT-CT-1202");
    expect(response.body.errors?.[0]?.path).toEqual(["energyProducts"]);
  });

  it("requires first or last", async () => {
    const response = await listProducts({ first: undefined });

    expect(errorCodeOf(response)).toBe("KT-CT-1201");
    expect(response.body.data).toEqual({ energyProducts: null });
  });
});

const PRODUCT = `
  query Product($code: String!) {
    energyProduct(code: $code) {
      id
      fullName
      displayName
      description
      availableFrom
      availableTo
      isHidden
      code
      direction
      notes
      isVariable
      isGreen
      isBusiness
      isChargedHalfHourly
      isPrepay
      isDefault
      isOccupier
      term
      endsAt
      isAvailable
      isUnavailable
      isFixed
      isDomestic
      includesEpgReduction
      exitFees
      exitFeesType
      tags
    }
  }
`;

describe("energyProduct", () => {
  it("returns every field of a product", async () => {
    const response = await server.request(PRODUCT, { code: "ZZ-FIX-12M" });

    expect(response.body).toEqual({
      data: {
        energyProduct: {
          id: String(productIds.get("ZZ-FIX-12M")),
          fullName: "Test Fixed 12 Months",
          displayName: "Fixed 12M",
          description: "Prices fixed for 12 months.",
          availableFrom: "2020-01-01T00:00:00+00:00",
          availableTo: "2099-01-01T00:00:00+00:00",
          isHidden: false,
          code: "ZZ-FIX-12M",
          direction: "IMPORT",
          notes: "Exit fees apply.",
          isVariable: false,
          isGreen: false,
          isBusiness: false,
          isChargedHalfHourly: false,
          isPrepay: false,
          isDefault: true,
          isOccupier: false,
          term: 12,
          endsAt: "2099-12-31T00:00:00+00:00",
          isAvailable: true,
          isUnavailable: false,
          isFixed: true,
          isDomestic: true,
          includesEpgReduction: true,
          exitFees: 7500,
          exitFeesType: "PER_FUEL",
          tags: [FIXTURE_TAG, "ZZFIXED"],
        },
      },
    });
  });

  it("marks a withdrawn product unavailable", async () => {
    const response = await server.request(PRODUCT, { code: "ZZ-OLD" });
    const product = response.body.data?.energyProduct;

    expect(product?.isAvailable).toBe(false);
    expect(product?.isUnavailable).toBe(true);
    expect(product?.isFixed).toBe(false);
  });

  it("finds a hidden product by code", async () => {
    const response = await server.request(PRODUCT, { code: "ZZ-HIDDEN" });

    expect(response.body.data?.energyProduct?.isHidden).toBe(true);
  });

  it("raises KT-GB-9514 for an unknown code", async () => {
    const response = await server.request(PRODUCT, { code: "NO-SUCH-CODE" });

    expect(response.body.data).toEqual({ energyProduct: null });
    expect(response.body.errors).toEqual([
      {
        message: "No available product found.",
        locations: [{ line: 3, column: 5 }],
        path: ["energyProduct"],
        extensions: {
          errorCode: "KT-GB-9514",
          errorType: "NOT_FOUND",
          errorDescription:
            "No product has this code. No product has the code " +
            '"NO-SUCH-CODE"; list products with energyProducts(postcode:).',
        },
      },
    ]);
  });
});

const TARIFFS = `
  query Tariffs(
    $code: String!
    $postcode: String!
    $paymentMethod: PaymentMethodChoices
    $first: Int
  ) {
    energyProduct(code: $code) {
      tariffs(
        postcode: $postcode
        paymentMethod: $paymentMethod
        first: $first
      ) {
        totalCount
        edges {
          node {
            __typename
            ... on TariffType {
              id
              tariffCode
              productCode
              displayName
              fullName
              description
              isExport
              tags
              standingCharge
              preVatStandingCharge
            }
            ... on StandardTariff { unitRate preVatUnitRate }
            ... on PrepayTariff { unitRate preVatUnitRate }
            ... on GasTariffType { unitRate preVatUnitRate }
            ... on DayNightTariff {
              dayRate
              nightRate
              preVatDayRate
              preVatNightRate
            }
            ... on HalfHourlyTariff {
              unitRates { validFrom validTo value preVatValue }
            }
          }
        }
      }
    }
  }
`;

interface TariffNode {
  __typename: string;
  tariffCode: string;
  [field: string]: unknown;
}

async function listTariffs(
  code: string,
  variables: Record<string, unknown> = {},
): Promise<TariffNode[]> {
  const response = await server.request(TARIFFS, {
    code,
    postcode: LONDON,
    first: 10,
    ...variables,
  });

  expect(response.body.errors).toBeUndefined();

  return response.body.data?.energyProduct?.tariffs?.edges.map(
    (edge: { node: TariffNode }) => edge.node,
  );
}

describe("EnergyProductType.tariffs", () => {
  it("returns each tariff type with its prices", async () => {
    const tariffs = await listTariffs("ZZ-VAR");
    const shared = {
      productCode: "ZZ-VAR",
      displayName: "Variable",
      fullName: "Test Variable",
      description: "",
      isExport: false,
      tags: [FIXTURE_TAG, "ZZGREEN"],
    };

    expect(tariffs).toEqual([
      {
        ...shared,
        __typename: "StandardTariff",
        id: expect.any(String),
        tariffCode: "E-1R-ZZ-VAR-C",
        standingCharge: 52.71,
        preVatStandingCharge: 50.2,
        unitRate: 25.7565,
        preVatUnitRate: 24.53,
      },
      {
        ...shared,
        __typename: "DayNightTariff",
        id: expect.any(String),
        tariffCode: "E-2R-ZZ-VAR-C",
        standingCharge: 52.71,
        preVatStandingCharge: 50.2,
        dayRate: 28.455,
        nightRate: 14.28,
        preVatDayRate: 27.1,
        preVatNightRate: 13.6,
      },
      {
        ...shared,
        __typename: "GasTariffType",
        id: expect.any(String),
        tariffCode: "G-1R-ZZ-VAR-C",
        standingCharge: 31.29,
        preVatStandingCharge: 29.8,
        unitRate: 6.1425,
        preVatUnitRate: 5.85,
      },
    ]);
  });

  it("filters by payment method", async () => {
    const tariffs = await listTariffs("ZZ-VAR", {
      paymentMethod: "PREPAYMENT",
    });

    expect(tariffs.map((tariff) => tariff.__typename)).toEqual([
      "PrepayTariff",
    ]);
    expect(tariffs[0]?.unitRate).toBe(25.2);
    expect(tariffs[0]?.preVatUnitRate).toBe(24);
  });

  it("returns none for another region", async () => {
    const tariffs = await listTariffs("ZZ-VAR", { postcode: "AB10 1AA" });

    expect(tariffs).toEqual([]);
  });

  it("rejects an invalid postcode", async () => {
    const response = await server.request(TARIFFS, {
      code: "ZZ-VAR",
      postcode: "12345",
      first: 10,
    });

    expect(errorCodeOf(response)).toBe("KT-CT-1605");
    expect(response.body.errors?.[0]?.path).toEqual([
      "energyProduct",
      "tariffs",
    ]);
  });

  it("requires first or last", async () => {
    const response = await server.request(TARIFFS, {
      code: "ZZ-VAR",
      postcode: LONDON,
    });

    expect(errorCodeOf(response)).toBe("KT-CT-1201");
  });

  it("prices with the rate in force now", async () => {
    vi.useFakeTimers({ toFake: ["Date"] });
    vi.setSystemTime(new Date(RATE_CHANGE_AT.getTime() - 1));
    const before = await listTariffs("ZZ-FIX-12M");
    vi.setSystemTime(RATE_CHANGE_AT);
    const at = await listTariffs("ZZ-FIX-12M");

    expect(before[0]?.preVatUnitRate).toBe(24);
    expect(before[0]?.unitRate).toBe(25.2);
    expect(at[0]?.preVatUnitRate).toBe(26);
    expect(at[0]?.unitRate).toBe(27.3);
  });

  it("returns null for a price not published", async () => {
    const [tariff] = await listTariffs("ZZ-OLD");

    expect(tariff?.standingCharge).toBeNull();
    expect(tariff?.preVatStandingCharge).toBeNull();
    expect(tariff?.unitRate).toBe(19.95);
  });

  it("omits half-hourly rates outside today and tomorrow", async () => {
    const [tariff] = await listTariffs("ZZ-BIZ-HH");

    expect(tariff?.standingCharge).toBe(42);
    expect(tariff?.unitRates).toEqual([]);
  });

  it("lists today's and tomorrow's half-hourly rates", async () => {
    // Saturday 26 October 2024. Clocks go back on Sunday the 27th, so the
    // two London days run from 23:00 UTC on the 25th for 49 hours.
    vi.useFakeTimers({ toFake: ["Date"] });
    vi.setSystemTime(new Date("2024-10-26T12:00:00Z"));
    const [tariff] = await listTariffs("ZZ-BIZ-HH");
    const unitRates = tariff?.unitRates as {
      validFrom: string;
      validTo: string;
      value: number;
      preVatValue: number;
    }[];
    // The fixture's rates start at 00:00 UTC on the 25th, 46 half-hours
    // before the first rate of the window.
    const firstIndex = 46;

    expect(unitRates).toHaveLength(98);
    expect(unitRates[0]).toEqual({
      validFrom: "2024-10-25T23:00:00+00:00",
      validTo: "2024-10-25T23:30:00+00:00",
      value: Number(withVat(halfHourlyRate(firstIndex))),
      preVatValue: Number(halfHourlyRate(firstIndex)),
    });
    expect(unitRates.at(-1)?.validTo).toBe("2024-10-28T00:00:00+00:00");
  });
});

describe("demo catalogue", () => {
  it("prices a demo tariff with the stored rates", async () => {
    const now = new Date();
    const tariff = await server.db
      .selectFrom("tariffs")
      .innerJoin("products", "products.id", "tariffs.product_id")
      .select(["tariffs.id", "tariffs.code", "products.code as productCode"])
      .where("tariffs.kind", "=", "STANDARD")
      .where("tariffs.gsp_group_id", "=", "C")
      .where("tariffs.payment_method", "=", "DIRECT_DEBIT")
      .where("products.code", "not like", "ZZ-%")
      .orderBy("tariffs.code")
      .executeTakeFirstOrThrow();
    const rate = await server.db
      .selectFrom("tariff_rates")
      .select(["value_exc_vat", "value_inc_vat"])
      .where("tariff_id", "=", tariff.id)
      .where("rate_type", "=", "STANDARD")
      .where("valid_from", "<=", now)
      .where((eb) =>
        eb.or([eb("valid_to", "is", null), eb("valid_to", ">", now)]),
      )
      .executeTakeFirstOrThrow();
    const tariffs = await listTariffs(tariff.productCode, { first: 100 });
    const found = tariffs.find((node) => node.tariffCode === tariff.code);

    expect(found?.unitRate).toBe(Number(rate.value_inc_vat));
    expect(found?.preVatUnitRate).toBe(Number(rate.value_exc_vat));
    expect(found?.unitRate).toBeCloseTo(Number(rate.value_exc_vat) * 1.05, 9);
  });
});

describe("product batching", () => {
  const NESTED = `
    query Nested($first: Int!) {
      energyProducts(
        postcode: "${LONDON}"
        tags: ["${FIXTURE_TAG}"]
        first: $first
      ) {
        edges {
          node {
            code
            isAvailable
            tariffs(postcode: "${LONDON}", first: 10) {
              edges {
                node {
                  ... on TariffType { tariffCode standingCharge }
                  ... on StandardTariff { unitRate }
                  ... on HalfHourlyTariff { unitRates { value } }
                }
              }
            }
          }
        }
      }
    }
  `;

  it("costs the same SQL for 1 or 5 products", async () => {
    const one = await server.countQueries(() =>
      server.request(NESTED, { first: 1 }),
    );
    const five = await server.countQueries(() =>
      server.request(NESTED, { first: 5 }),
    );

    // Products, tariffs, rates in force and half-hourly rates.
    expect(one).toBe(4);
    expect(five).toBe(4);
  });
});
