import type { Selectable } from "kysely";

import type { Db } from "../../db/database.js";
import type { ProductsTable } from "../../db/schema.js";
import type { ProductFilter } from "./product-filters.js";
import { applyProductFilter } from "./product-filters.js";

export type ProductRow = Selectable<ProductsTable>;

const productColumns = [
  "products.id",
  "products.code",
  "products.brand",
  "products.direction",
  "products.full_name",
  "products.display_name",
  "products.description",
  "products.notes",
  "products.is_variable",
  "products.is_green",
  "products.is_business",
  "products.is_charged_half_hourly",
  "products.is_prepay",
  "products.is_default",
  "products.is_occupier",
  "products.is_hidden",
  "products.includes_epg_reduction",
  "products.term",
  "products.exit_fees",
  "products.exit_fees_type",
  "products.tags",
  "products.available_from",
  "products.available_to",
  "products.ends_at",
] as const;

/** Finds the products with the given codes. */
export function findProductsByCodes(
  db: Db,
  codes: readonly string[],
): Promise<ProductRow[]> {
  return db
    .selectFrom("products")
    .select(productColumns)
    .where("code", "in", codes)
    .execute();
}

/**
 * Lists the products that match a filter, ordered by code. The whole list
 * is returned because a catalogue contains tens of products, so callers page
 * it in memory.
 */
export function listProducts(
  db: Db,
  filter: ProductFilter,
): Promise<ProductRow[]> {
  const query = db
    .selectFrom("products")
    .select(productColumns)
    .orderBy("products.code");

  return applyProductFilter(query, filter).execute();
}
