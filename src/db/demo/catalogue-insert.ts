import { sql } from "kysely";

import type { Db } from "../database.js";
import type { Catalogue } from "./catalogue.js";
import { BRAND, PRODUCTS, includesEpgReduction } from "./products.js";

/** Inserts products, tariffs and rates; returns tariff ids by tariff code. */
export async function insertCatalogue(
  db: Db,
  catalogue: Catalogue,
): Promise<Map<string, number>> {
  const products = await db
    .insertInto("products")
    .values(
      PRODUCTS.map((product) => ({
        code: product.code,
        brand: BRAND,
        direction: product.direction,
        full_name: product.fullName,
        display_name: product.displayName,
        description: product.description,
        is_variable: product.isVariable,
        is_green: product.isGreen,
        is_charged_half_hourly: product.isChargedHalfHourly,
        is_prepay: product.isPrepay,
        is_default: product.isDefault,
        is_hidden: product.isHidden,
        includes_epg_reduction: includesEpgReduction(product),
        term: product.term,
        exit_fees: product.exitFees,
        exit_fees_type: product.exitFees > 0 ? "PER_FUEL" : "NONE",
        tags: product.tags,
        available_from: new Date(product.availableFrom),
        available_to: product.availableTo
          ? new Date(product.availableTo)
          : null,
      })),
    )
    .returning(["id", "code"])
    .execute();
  const productIds = new Map(products.map((row) => [row.code, row.id]));
  const tariffs = await db
    .insertInto("tariffs")
    .values(
      catalogue.tariffs.map((tariff) => ({
        product_id: productIds.get(tariff.product.code) ?? 0,
        code: tariff.code,
        fuel: tariff.shape.fuel,
        kind: tariff.shape.kind,
        gsp_group_id: tariff.gspGroupId,
        payment_method: tariff.shape.paymentMethod,
        is_export: tariff.isExport,
        night_starts_at: tariff.shape.night?.startsAt ?? null,
        night_ends_at: tariff.shape.night?.endsAt ?? null,
      })),
    )
    .returning(["id", "code"])
    .execute();
  const tariffIds = new Map(tariffs.map((row) => [row.code, row.id]));
  const rates = catalogue.tariffs.flatMap((tariff) =>
    tariff.rates.map((rate) => ({
      tariff_id: tariffIds.get(tariff.code) ?? 0,
      rate_type: rate.rateType,
      value_exc_vat: rate.valueExcVat,
      value_inc_vat: rate.valueIncVat,
      valid_from: new Date(rate.validFromMs),
      valid_to: rate.validToMs === null ? null : new Date(rate.validToMs),
    })),
  );

  for (let start = 0; start < rates.length; start += 5000) {
    await db
      .insertInto("tariff_rates")
      .values(rates.slice(start, start + 5000))
      .execute();
  }

  await insertHalfHourlyRates(db, catalogue, tariffIds);

  return tariffIds;
}

/**
 * Inserts each Agile tariff's unit rates in one statement: the values
 * travel as two arrays and PostgreSQL steps the 30-minute periods.
 */
async function insertHalfHourlyRates(
  db: Db,
  catalogue: Catalogue,
  tariffIds: Map<string, number>,
): Promise<void> {
  for (const tariff of catalogue.tariffs) {
    const rates = tariff.halfHourly;
    const firstMs = rates?.startsMs[0];

    if (!rates || firstMs === undefined) continue;

    await sql`
      insert into tariff_rates
        (tariff_id, rate_type, value_exc_vat, value_inc_vat, valid_from, valid_to)
      select ${tariffIds.get(tariff.code) ?? 0}, 'STANDARD', t.exc, t.inc,
        ${new Date(firstMs)}::timestamptz + (t.i - 1) * interval '30 minutes',
        ${new Date(firstMs)}::timestamptz + t.i * interval '30 minutes'
      from unnest(
        ${arrayLiteral(rates.valuesExcVat)}::text::numeric[],
        ${arrayLiteral(rates.valuesIncVat)}::text::numeric[]
      ) with ordinality as t(exc, inc, i)
    `.execute(db);
  }
}

/** Formats numbers as a PostgreSQL array literal, e.g. `{1,2.5}`. */
export function arrayLiteral(values: ArrayLike<number | string>): string {
  return `{${Array.from(values).join(",")}}`;
}
