import { Decimal } from "decimal.js";
import type { Insertable } from "kysely";

import type { Db } from "../../db/database.js";
import type {
  ProductsTable,
  RateType,
  TariffKind,
  TariffFuel,
} from "../../db/schema.js";

/**
 * A small catalogue that product tests insert next to the demo data. Every
 * product carries the tag ZZTEST, so a query filtered on it returns only
 * these, in code order: ZZ-BIZ-HH, ZZ-EXPORT, ZZ-FIX-12M, ZZ-HIDDEN,
 * ZZ-NORTH, ZZ-OLD, ZZ-VAR.
 */
export const FIXTURE_TAG = "ZZTEST";

/** The instant at which ZZ-FIX-12M's unit rate changes. */
export const RATE_CHANGE_AT = new Date("2025-01-01T00:00:00Z");

/** Half-hourly rates of ZZ-BIZ-HH cover these four UTC days. */
const HALF_HOURLY_FROM = new Date("2024-10-25T00:00:00Z");
const HALF_HOURLY_TO = new Date("2024-10-29T00:00:00Z");

const SINCE = new Date("2020-01-01T00:00:00Z");

type ProductInsert = Insertable<ProductsTable>;

const products: ProductInsert[] = [
  {
    code: "ZZ-BIZ-HH",
    brand: "TESTCO",
    full_name: "Test Business Half-Hourly",
    display_name: "Business HH",
    is_variable: true,
    is_business: true,
    is_charged_half_hourly: true,
    tags: [FIXTURE_TAG],
    available_from: SINCE,
  },
  {
    code: "ZZ-EXPORT",
    brand: "OTHERCO",
    direction: "EXPORT",
    full_name: "Test Export",
    display_name: "Export",
    tags: [FIXTURE_TAG],
    available_from: SINCE,
  },
  {
    code: "ZZ-FIX-12M",
    brand: "TESTCO",
    full_name: "Test Fixed 12 Months",
    display_name: "Fixed 12M",
    description: "Prices fixed for 12 months.",
    notes: "Exit fees apply.",
    is_default: true,
    includes_epg_reduction: true,
    term: 12,
    exit_fees: 7500,
    exit_fees_type: "PER_FUEL",
    tags: [FIXTURE_TAG, "ZZFIXED"],
    available_from: SINCE,
    available_to: new Date("2099-01-01T00:00:00Z"),
    ends_at: new Date("2099-12-31T00:00:00Z"),
  },
  {
    code: "ZZ-HIDDEN",
    brand: "TESTCO",
    full_name: "Test Hidden",
    display_name: "Hidden",
    is_hidden: true,
    tags: [FIXTURE_TAG],
    available_from: SINCE,
  },
  {
    code: "ZZ-NORTH",
    brand: "TESTCO",
    full_name: "Test North Scotland Only",
    display_name: "North",
    tags: [FIXTURE_TAG],
    available_from: SINCE,
  },
  {
    code: "ZZ-OLD",
    brand: "TESTCO",
    full_name: "Test Withdrawn",
    display_name: "Old",
    is_variable: true,
    tags: [FIXTURE_TAG, "ZZLEGACY"],
    available_from: SINCE,
    available_to: new Date("2021-01-01T00:00:00Z"),
  },
  {
    code: "ZZ-VAR",
    brand: "TESTCO",
    full_name: "Test Variable",
    display_name: "Variable",
    is_variable: true,
    is_green: true,
    tags: [FIXTURE_TAG, "ZZGREEN"],
    available_from: SINCE,
  },
];

interface TariffSpec {
  product: string;
  code: string;
  fuel: TariffFuel;
  kind: TariffKind;
  gspGroupId: string;
  paymentMethod?: string;
  isExport?: boolean;
  /** Rate type and pence excluding VAT, valid from 2020 onwards. */
  rates: [RateType, string][];
}

const tariffs: TariffSpec[] = [
  {
    product: "ZZ-BIZ-HH",
    code: "E-1R-ZZ-BIZ-HH-C",
    fuel: "ELECTRICITY",
    kind: "HALF_HOURLY",
    gspGroupId: "C",
    rates: [["STANDING_CHARGE", "40"]],
  },
  {
    product: "ZZ-EXPORT",
    code: "E-1R-ZZ-EXPORT-C",
    fuel: "ELECTRICITY",
    kind: "STANDARD",
    gspGroupId: "C",
    isExport: true,
    rates: [
      ["STANDING_CHARGE", "0"],
      ["STANDARD", "15"],
    ],
  },
  {
    product: "ZZ-FIX-12M",
    code: "E-1R-ZZ-FIX-12M-C",
    fuel: "ELECTRICITY",
    kind: "STANDARD",
    gspGroupId: "C",
    rates: [["STANDING_CHARGE", "45.5"]],
  },
  {
    product: "ZZ-HIDDEN",
    code: "E-1R-ZZ-HIDDEN-C",
    fuel: "ELECTRICITY",
    kind: "STANDARD",
    gspGroupId: "C",
    rates: [["STANDARD", "20"]],
  },
  {
    product: "ZZ-NORTH",
    code: "E-1R-ZZ-NORTH-P",
    fuel: "ELECTRICITY",
    kind: "STANDARD",
    gspGroupId: "P",
    rates: [["STANDARD", "21"]],
  },
  {
    product: "ZZ-OLD",
    code: "E-1R-ZZ-OLD-C",
    fuel: "ELECTRICITY",
    kind: "STANDARD",
    gspGroupId: "C",
    rates: [["STANDARD", "19"]],
  },
  {
    product: "ZZ-VAR",
    code: "E-1R-ZZ-VAR-C",
    fuel: "ELECTRICITY",
    kind: "STANDARD",
    gspGroupId: "C",
    rates: [
      ["STANDING_CHARGE", "50.2"],
      ["STANDARD", "24.53"],
    ],
  },
  {
    product: "ZZ-VAR",
    code: "E-2R-ZZ-VAR-C",
    fuel: "ELECTRICITY",
    kind: "DAY_NIGHT",
    gspGroupId: "C",
    rates: [
      ["STANDING_CHARGE", "50.2"],
      ["DAY", "27.1"],
      ["NIGHT", "13.6"],
    ],
  },
  {
    product: "ZZ-VAR",
    code: "G-1R-ZZ-VAR-C",
    fuel: "GAS",
    kind: "GAS",
    gspGroupId: "C",
    rates: [
      ["STANDING_CHARGE", "29.8"],
      ["STANDARD", "5.85"],
    ],
  },
  {
    product: "ZZ-VAR",
    code: "E-1R-ZZ-VAR-PP-C",
    fuel: "ELECTRICITY",
    kind: "PREPAY",
    gspGroupId: "C",
    paymentMethod: "PREPAYMENT",
    rates: [
      ["STANDING_CHARGE", "48"],
      ["STANDARD", "24"],
    ],
  },
];

/** Adds 5% VAT without rounding, as the stored rates do. */
export function withVat(excVat: string): string {
  return new Decimal(excVat).times("1.05").toString();
}

interface RateInsert {
  tariff_id: number;
  rate_type: RateType;
  value_exc_vat: string;
  value_inc_vat: string;
  valid_from: Date;
  valid_to: Date | null;
}

function openRate(tariffId: number, [type, excVat]: [RateType, string]) {
  return {
    tariff_id: tariffId,
    rate_type: type,
    value_exc_vat: excVat,
    value_inc_vat: withVat(excVat),
    valid_from: SINCE,
    valid_to: null,
  } satisfies RateInsert;
}

/** Unit rate of ZZ-BIZ-HH for the half-hour with this index from the start. */
export function halfHourlyRate(index: number): string {
  return new Decimal(10).plus(new Decimal(index).times("0.25")).toString();
}

function halfHourlyRates(tariffId: number): RateInsert[] {
  const rates: RateInsert[] = [];
  const step = 30 * 60 * 1000;

  for (
    let start = HALF_HOURLY_FROM.getTime(), index = 0;
    start < HALF_HOURLY_TO.getTime();
    start += step, index += 1
  ) {
    const excVat = halfHourlyRate(index);

    rates.push({
      tariff_id: tariffId,
      rate_type: "STANDARD",
      value_exc_vat: excVat,
      value_inc_vat: withVat(excVat),
      valid_from: new Date(start),
      valid_to: new Date(start + step),
    });
  }

  return rates;
}

/** ZZ-FIX-12M's unit rate: 24p until RATE_CHANGE_AT, then 26p. */
function fixedRateHistory(tariffId: number): RateInsert[] {
  return [
    { ...openRate(tariffId, ["STANDARD", "24"]), valid_to: RATE_CHANGE_AT },
    { ...openRate(tariffId, ["STANDARD", "26"]), valid_from: RATE_CHANGE_AT },
  ];
}

/** Inserts the fixture catalogue; returns product ids by code. */
export async function insertTestCatalogue(
  db: Db,
): Promise<Map<string, number>> {
  const inserted = await db
    .insertInto("products")
    .values(products)
    .returning(["id", "code"])
    .execute();
  const productIds = new Map(inserted.map((row) => [row.code, row.id]));

  for (const spec of tariffs) {
    const tariff = await db
      .insertInto("tariffs")
      .values({
        product_id: productIds.get(spec.product) ?? 0,
        code: spec.code,
        fuel: spec.fuel,
        kind: spec.kind,
        gsp_group_id: spec.gspGroupId,
        payment_method: spec.paymentMethod ?? "DIRECT_DEBIT",
        is_export: spec.isExport ?? false,
      })
      .returning("id")
      .executeTakeFirstOrThrow();
    const rates: RateInsert[] = spec.rates.map((rate) =>
      openRate(tariff.id, rate),
    );

    if (spec.kind === "HALF_HOURLY") rates.push(...halfHourlyRates(tariff.id));
    if (spec.code === "E-1R-ZZ-FIX-12M-C") {
      rates.push(...fixedRateHistory(tariff.id));
    }

    await db.insertInto("tariff_rates").values(rates).execute();
  }

  return productIds;
}
