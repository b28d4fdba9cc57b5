import type { RateType, TariffKind } from "../../db/schema.js";
import type { Resolvers } from "../../generated/graphql.js";
import type { RequestContext } from "../../server/context.js";
import { productLoaders } from "./products.loaders.js";
import type { TariffRow } from "./tariffs.repository.js";

const TYPE_NAME_BY_KIND = {
  STANDARD: "StandardTariff",
  DAY_NIGHT: "DayNightTariff",
  HALF_HOURLY: "HalfHourlyTariff",
  PREPAY: "PrepayTariff",
  GAS: "GasTariffType",
} as const satisfies Record<TariffKind, string>;

/** Picks the GraphQL type of a tariff from its stored kind. */
function resolveTariffType(tariff: TariffRow) {
  return TYPE_NAME_BY_KIND[tariff.kind];
}

/**
 * Finds a tariff's price of one rate type in force at the request's
 * instant, in pence, or null when none is published for that instant.
 */
async function findPriceInForce(
  context: RequestContext,
  tariff: TariffRow,
  rateType: RateType,
  withVat: boolean,
): Promise<number | null> {
  const rates = await productLoaders(context).currentRatesByTariffId.load(
    tariff.id,
  );
  const rate = rates.find((row) => row.rate_type === rateType);

  if (!rate) return null;

  return Number(withVat ? rate.value_inc_vat : rate.value_exc_vat);
}

function priceField(rateType: RateType, withVat: boolean) {
  return (tariff: TariffRow, _args: unknown, context: RequestContext) =>
    findPriceInForce(context, tariff, rateType, withVat);
}

/** Resolvers of the fields that every tariff type shares. */
const tariffFields = {
  id: (tariff: TariffRow) => String(tariff.id),
  displayName: (tariff: TariffRow) => tariff.product_display_name,
  fullName: (tariff: TariffRow) => tariff.product_full_name,
  description: (tariff: TariffRow) => tariff.product_description,
  productCode: (tariff: TariffRow) => tariff.product_code,
  standingCharge: priceField("STANDING_CHARGE", true),
  preVatStandingCharge: priceField("STANDING_CHARGE", false),
  tariffCode: (tariff: TariffRow) => tariff.code,
  isExport: (tariff: TariffRow) => tariff.is_export,
  tags: (tariff: TariffRow) => tariff.product_tags,
};

const unitRateFields = {
  unitRate: priceField("STANDARD", true),
  preVatUnitRate: priceField("STANDARD", false),
};

/** Picks the type of an electricity agreement's tariff. */
function resolveElectricityTariffType(tariff: TariffRow) {
  if (tariff.kind === "GAS") {
    throw new Error(`Gas tariff ${tariff.code} is on an electricity agreement`);
  }

  return TYPE_NAME_BY_KIND[tariff.kind];
}

export const resolvers: Resolvers = {
  TariffType: { __resolveType: resolveTariffType },
  ElectricityTariffType: { __resolveType: resolveElectricityTariffType },
  EnergyTariffType: { __resolveType: resolveTariffType },
  StandardTariff: { ...tariffFields, ...unitRateFields },
  PrepayTariff: { ...tariffFields, ...unitRateFields },
  GasTariffType: { ...tariffFields, ...unitRateFields },
  DayNightTariff: {
    ...tariffFields,
    dayRate: priceField("DAY", true),
    nightRate: priceField("NIGHT", true),
    preVatDayRate: priceField("DAY", false),
    preVatNightRate: priceField("NIGHT", false),
  },
  HalfHourlyTariff: {
    ...tariffFields,
    unitRates: (tariff, _args, context) =>
      productLoaders(context).halfHourlyRatesByTariffId.load(tariff.id),
  },
  UnitRate: {
    validFrom: (rate) => rate.valid_from,
    validTo: (rate) => rate.valid_to,
    value: (rate) => Number(rate.value_inc_vat),
    preVatValue: (rate) => Number(rate.value_exc_vat),
  },
};
