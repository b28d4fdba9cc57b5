import { Decimal } from "decimal.js";
import { Temporal } from "temporal-polyfill";

import type { RateType } from "../schema.js";
import { buildAgileRates } from "./agile.js";
import type { AgileRates } from "./agile.js";
import { londonMidnight } from "./calendar.js";
import { PRODUCTS, tariffCode } from "./products.js";
import type { ProductSpec, TariffShape } from "./products.js";
import { Random } from "./random.js";
import { REGIONS } from "./regions.js";
import type { Region } from "./regions.js";

/** Domestic fuel and power carries the 5% reduced rate of VAT. */
export const VAT_MULTIPLIER = new Decimal("1.05");

/** One rate row; prices in pence per kWh, standing charges pence per day. */
export interface RatePlan {
  rateType: RateType;
  valueExcVat: string;
  valueIncVat: string;
  validFromMs: number;
  validToMs: number | null;
}

export interface TariffPlan {
  code: string;
  product: ProductSpec;
  shape: TariffShape;
  gspGroupId: string;
  isExport: boolean;
  rates: RatePlan[];
  /** Half-hourly unit rates (Agile tariffs only). */
  halfHourly: AgileRates | null;
}

export interface Catalogue {
  tariffs: TariffPlan[];
  /** Finds the tariff of a product for a fuel, kind and region. */
  find(
    productCode: string,
    shape: Pick<TariffShape, "fuel" | "kind">,
    gspGroupId: string,
  ): TariffPlan;
  /** The fixed product on sale at an instant, if any. */
  fixedProductAt(epochMs: number): ProductSpec | null;
}

/**
 * Estimated national price levels before the regional factors, in pence
 * excluding VAT. They are of the order of GB retail prices in 2024-2025.
 */
const ELECTRICITY_UNIT_RATE = 23.4;
const GAS_UNIT_RATE = 5.85;
const GAS_STANDING_CHARGE = 29.8;
const EXPORT_UNIT_RATE = 15;
const EV_NIGHT_RATE = 7;
const DAY_RATE_FACTOR = 1.12;
const NIGHT_RATE_FACTOR = 0.56;

/** Builds every product's tariffs and rate history for all 14 regions. */
export function buildCatalogue(
  seed: number,
  anchor: Temporal.PlainDate,
): Catalogue {
  const levels = buildQuarterLevels(seed, anchor);
  const agileRates = buildAgileRates(seed, anchor);
  const tariffs: TariffPlan[] = [];

  for (const product of PRODUCTS) {
    for (const shape of product.tariffs) {
      for (const region of REGIONS) {
        tariffs.push({
          code: tariffCode(product, shape, region.gspGroupId),
          product,
          shape,
          gspGroupId: region.gspGroupId,
          isExport: product.direction === "EXPORT",
          rates: buildRates(product, shape, region, levels),
          halfHourly:
            shape.kind === "HALF_HOURLY"
              ? (agileRates.get(region.gspGroupId) ?? null)
              : null,
        });
      }
    }
  }

  const byKey = new Map(
    tariffs.map((tariff) => [
      tariffKey(tariff.product.code, tariff.shape, tariff.gspGroupId),
      tariff,
    ]),
  );

  return {
    tariffs,
    find(productCode, shape, gspGroupId) {
      const tariff = byKey.get(tariffKey(productCode, shape, gspGroupId));

      if (!tariff) {
        throw new Error(
          `no ${shape.kind} ${shape.fuel} tariff of ${productCode} in region ${gspGroupId}`,
        );
      }

      return tariff;
    },
    fixedProductAt(epochMs) {
      return (
        PRODUCTS.find(
          (product) =>
            product.pricing === "fixed" &&
            Date.parse(product.availableFrom) <= epochMs &&
            (product.availableTo === null ||
              epochMs < Date.parse(product.availableTo)),
        ) ?? null
      );
    },
  };
}

function tariffKey(
  productCode: string,
  shape: Pick<TariffShape, "fuel" | "kind">,
  gspGroupId: string,
): string {
  return `${productCode}/${shape.fuel}/${shape.kind}/${gspGroupId}`;
}

/** A national price level that applies from a quarter's first instant. */
interface QuarterLevel {
  fromMs: number;
  level: number;
}

/**
 * Price levels of the last four years, changing at each quarter start as
 * the GB price cap does: a bounded random walk around 1.
 */
function buildQuarterLevels(
  seed: number,
  anchor: Temporal.PlainDate,
): QuarterLevel[] {
  const random = new Random(seed, "price-levels");
  const levels: QuarterLevel[] = [];
  let quarter = Temporal.PlainDate.from({
    year: anchor.year - 4,
    month: 1,
    day: 1,
  });
  let level = 1;

  while (Temporal.PlainDate.compare(quarter, anchor) <= 0) {
    levels.push({ fromMs: londonMidnight(quarter).epochMilliseconds, level });
    level = Math.min(1.15, Math.max(0.85, level + random.between(-0.06, 0.06)));
    quarter = quarter.add({ months: 3 });
  }

  return levels;
}

function buildRates(
  product: ProductSpec,
  shape: TariffShape,
  region: Region,
  levels: QuarterLevel[],
): RatePlan[] {
  const availableFromMs = Date.parse(product.availableFrom);
  const vat = product.direction === "IMPORT";

  if (product.pricing === "export") {
    return [
      rate("STANDING_CHARGE", 0, availableFromMs, null, vat),
      rate("STANDARD", EXPORT_UNIT_RATE, availableFromMs, null, vat),
    ];
  }

  if (product.pricing === "agile") {
    return [
      rate(
        "STANDING_CHARGE",
        region.standingCharge,
        availableFromMs,
        null,
        vat,
      ),
    ];
  }

  if (product.pricing === "fixed") {
    const level = levelAt(levels, availableFromMs) * 1.04;

    return pricesAt(shape, region, level, product).map(([rateType, value]) =>
      rate(rateType, value, availableFromMs, null, vat),
    );
  }

  // Variable prices change at every quarter start after the product launched.
  const firstMs = Math.max(availableFromMs, levels[0]?.fromMs ?? 0);
  const periods = levels.filter((entry) => entry.fromMs > firstMs);
  const starts = [
    { fromMs: firstMs, level: levelAt(levels, firstMs) },
    ...periods,
  ];
  const rates: RatePlan[] = [];

  starts.forEach((period, index) => {
    const toMs = starts[index + 1]?.fromMs ?? null;

    for (const [rateType, value] of pricesAt(
      shape,
      region,
      period.level,
      product,
    )) {
      rates.push(rate(rateType, value, period.fromMs, toMs, vat));
    }
  });

  return rates;
}

function levelAt(levels: QuarterLevel[], epochMs: number): number {
  let level = levels[0]?.level ?? 1;

  for (const entry of levels) {
    if (entry.fromMs <= epochMs) level = entry.level;
  }

  return level;
}

/** Computes the rates of one tariff at a national price level, pence excluding VAT. */
function pricesAt(
  shape: TariffShape,
  region: Region,
  level: number,
  product: ProductSpec,
): [RateType, number][] {
  const standingCharge = region.standingCharge * (1 + (level - 1) / 2);

  if (shape.fuel === "GAS") {
    const unit = GAS_UNIT_RATE * level * Math.sqrt(region.unitRateFactor);
    return [
      ["STANDING_CHARGE", GAS_STANDING_CHARGE * (1 + (level - 1) / 2)],
      ["STANDARD", unit],
    ];
  }

  const unit = ELECTRICITY_UNIT_RATE * level * region.unitRateFactor;

  if (shape.kind !== "DAY_NIGHT") {
    return [
      ["STANDING_CHARGE", standingCharge],
      ["STANDARD", unit],
    ];
  }

  const night =
    product.pricing === "ev"
      ? EV_NIGHT_RATE * region.unitRateFactor
      : unit * NIGHT_RATE_FACTOR;

  return [
    ["STANDING_CHARGE", standingCharge],
    ["DAY", unit * DAY_RATE_FACTOR],
    ["NIGHT", night],
  ];
}

/**
 * Builds a rate row with the price excluding VAT rounded to 4 decimal places.
 * The VAT-inclusive value is that times 1.05, unrounded. Export payments carry
 * no VAT, so both values are equal for them.
 */
function rate(
  rateType: RateType,
  value: number,
  validFromMs: number,
  validToMs: number | null,
  vat: boolean,
): RatePlan {
  const excVat = new Decimal(value).toDecimalPlaces(4);
  const incVat = vat ? excVat.times(VAT_MULTIPLIER) : excVat;

  return {
    rateType,
    valueExcVat: excVat.toString(),
    valueIncVat: incVat.toString(),
    validFromMs,
    validToMs,
  };
}
