import { sql } from "kysely";
import type { ExpressionBuilder, SelectQueryBuilder } from "kysely";

import type { Database } from "../../db/schema.js";
import type {
  EnergyProductAvailability,
  EnergyProductDirection,
  EnergyProductFilters,
} from "../../generated/graphql.js";

/** The `energyProducts` arguments that narrow the product list. */
export interface ProductFilter {
  /** GSP group letter the product must have at least one tariff in. */
  gspGroupId: string;
  /** The instant that decides whether a product is on sale. */
  now: Date;
  tags: string[];
  excludeTags: string[];
  brand: string | null;
  /** Brands to keep. An empty list keeps all brands. */
  brands: string[];
  availability: EnergyProductAvailability | null;
  kinds: EnergyProductFilters[];
  direction: EnergyProductDirection | null;
}

type ProductsExpressions = ExpressionBuilder<Database, "products">;

/** The stored column and value each `EnergyProductFilters` value tests. */
const KIND_PREDICATES = {
  PREPAY: ["products.is_prepay", true],
  BUSINESS: ["products.is_business", true],
  DOMESTIC: ["products.is_business", false],
  VARIABLE: ["products.is_variable", true],
  FIXED: ["products.is_variable", false],
  // Half-hourly charging needs a smart meter's half-hourly readings.
  SMART: ["products.is_charged_half_hourly", true],
  GREEN: ["products.is_green", true],
} as const satisfies Record<EnergyProductFilters, readonly [string, boolean]>;

function isAvailableAt(eb: ProductsExpressions, now: Date) {
  return eb.and([
    eb("products.available_from", "<=", now),
    eb.or([
      eb("products.available_to", "is", null),
      eb("products.available_to", ">", now),
    ]),
  ]);
}

function hasTariffInRegion(eb: ProductsExpressions, gspGroupId: string) {
  return eb.exists(
    eb
      .selectFrom("tariffs")
      .select("tariffs.id")
      .whereRef("tariffs.product_id", "=", "products.id")
      .where("tariffs.gsp_group_id", "=", gspGroupId),
  );
}

/**
 * Adds the filter's conditions to a products query. Hidden products are
 * always left out. Every condition given narrows the list, so two kinds
 * such as DOMESTIC and BUSINESS together match nothing.
 */
export function applyProductFilter<Output>(
  query: SelectQueryBuilder<Database, "products", Output>,
  filter: ProductFilter,
): SelectQueryBuilder<Database, "products", Output> {
  let filtered = query
    .where("products.is_hidden", "=", false)
    .where((eb) => hasTariffInRegion(eb, filter.gspGroupId));

  if (filter.tags.length > 0) {
    filtered = filtered.where(
      sql<boolean>`products.tags @> ${filter.tags}::text[]`,
    );
  }

  if (filter.excludeTags.length > 0) {
    filtered = filtered.where(
      sql<boolean>`not (products.tags && ${filter.excludeTags}::text[])`,
    );
  }

  if (filter.brand !== null) {
    filtered = filtered.where("products.brand", "=", filter.brand);
  }

  if (filter.brands.length > 0) {
    filtered = filtered.where("products.brand", "in", filter.brands);
  }

  if (filter.direction !== null) {
    filtered = filtered.where("products.direction", "=", filter.direction);
  }

  if (filter.availability !== null) {
    const available = filter.availability === "AVAILABLE";

    filtered = filtered.where((eb) =>
      available
        ? isAvailableAt(eb, filter.now)
        : eb.not(isAvailableAt(eb, filter.now)),
    );
  }

  for (const kind of new Set(filter.kinds)) {
    const [column, value] = KIND_PREDICATES[kind];
    filtered = filtered.where(column, "=", value);
  }

  return filtered;
}
