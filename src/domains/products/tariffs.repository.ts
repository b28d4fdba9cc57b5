import type { Selectable } from "kysely";

import type { Db } from "../../db/database.js";
import type { TariffRatesTable, TariffsTable } from "../../db/schema.js";

/** A tariff with the product fields that every tariff type shows. */
export type TariffRow = Selectable<TariffsTable> & {
  product_code: string;
  product_full_name: string;
  product_display_name: string;
  product_description: string;
  product_tags: string[];
};

export type RateRow = Pick<
  Selectable<TariffRatesTable>,
  "tariff_id" | "rate_type" | "value_exc_vat" | "value_inc_vat"
> & { valid_from: Date; valid_to: Date | null };

/** The tariffs of one product in one region for one payment method. */
export interface ProductTariffsKey {
  productId: number;
  gspGroupId: string;
  paymentMethod: string;
}

function selectTariffs(db: Db) {
  return db
    .selectFrom("tariffs")
    .innerJoin("products", "products.id", "tariffs.product_id")
    .select([
      "tariffs.id",
      "tariffs.product_id",
      "tariffs.code",
      "tariffs.fuel",
      "tariffs.kind",
      "tariffs.gsp_group_id",
      "tariffs.payment_method",
      "tariffs.is_export",
      "tariffs.night_starts_at",
      "tariffs.night_ends_at",
      "products.code as product_code",
      "products.full_name as product_full_name",
      "products.display_name as product_display_name",
      "products.description as product_description",
      "products.tags as product_tags",
    ]);
}

/** Finds the tariffs with the given ids. */
export function findTariffsByIds(
  db: Db,
  ids: readonly number[],
): Promise<TariffRow[]> {
  return selectTariffs(db).where("tariffs.id", "in", ids).execute();
}

/**
 * Finds the tariffs for several (product, region, payment method) keys in
 * one query, ordered by tariff code. The query matches every combination
 * of the keys' values, so callers keep only the rows of each key.
 */
export function findTariffsForProducts(
  db: Db,
  keys: readonly ProductTariffsKey[],
): Promise<TariffRow[]> {
  const unique = <T>(values: T[]) => [...new Set(values)];

  return selectTariffs(db)
    .where("tariffs.product_id", "in", unique(keys.map((k) => k.productId)))
    .where("tariffs.gsp_group_id", "in", unique(keys.map((k) => k.gspGroupId)))
    .where(
      "tariffs.payment_method",
      "in",
      unique(keys.map((k) => k.paymentMethod)),
    )
    .orderBy("tariffs.code")
    .execute();
}

/** Finds the rates of the given tariffs that are in force at an instant. */
export function findRatesInForce(
  db: Db,
  tariffIds: readonly number[],
  at: Date,
): Promise<RateRow[]> {
  return db
    .selectFrom("tariff_rates")
    .select([
      "tariff_id",
      "rate_type",
      "value_exc_vat",
      "value_inc_vat",
      "valid_from",
      "valid_to",
    ])
    .where("tariff_id", "in", tariffIds)
    .where("valid_from", "<=", at)
    .where((eb) => eb.or([eb("valid_to", "is", null), eb("valid_to", ">", at)]))
    .execute();
}

/**
 * Finds the unit rates (rate type STANDARD) of the given tariffs that
 * overlap the half-open range [from, to), oldest first.
 */
export function findUnitRatesOverlapping(
  db: Db,
  tariffIds: readonly number[],
  from: Date,
  to: Date,
): Promise<RateRow[]> {
  return db
    .selectFrom("tariff_rates")
    .select([
      "tariff_id",
      "rate_type",
      "value_exc_vat",
      "value_inc_vat",
      "valid_from",
      "valid_to",
    ])
    .where("tariff_id", "in", tariffIds)
    .where("rate_type", "=", "STANDARD")
    .where("valid_from", "<", to)
    .where((eb) =>
      eb.or([eb("valid_to", "is", null), eb("valid_to", ">", from)]),
    )
    .orderBy("tariff_id")
    .orderBy("valid_from")
    .execute();
}
