import type { TariffKind } from "../schema.js";

/** Every demo product belongs to this brand. */
export const BRAND = "OCTOPUS_ENERGY";

export type PricingModel = "variable" | "fixed" | "agile" | "export" | "ev";

export interface TariffShape {
  fuel: "ELECTRICITY" | "GAS";
  kind: TariffKind;
  paymentMethod: string;
  /** Economy 7 style night window in London wall-clock time. */
  night?: { startsAt: string; endsAt: string };
}

/** A product of the demo catalogue; tariffs exist for all 14 regions. */
export interface ProductSpec {
  code: string;
  fullName: string;
  displayName: string;
  description: string;
  direction: "IMPORT" | "EXPORT";
  pricing: PricingModel;
  isVariable: boolean;
  isGreen: boolean;
  isPrepay: boolean;
  isHidden: boolean;
  isDefault: boolean;
  isChargedHalfHourly: boolean;
  term: number | null;
  /** Exit fee per fuel in pence. */
  exitFees: number;
  tags: string[];
  /** ISO instants. */
  availableFrom: string;
  availableTo: string | null;
  tariffs: TariffShape[];
}

const ECONOMY_7 = { startsAt: "00:30:00", endsAt: "07:30:00" };
const EV_NIGHT = { startsAt: "23:30:00", endsAt: "05:30:00" };

const DIRECT_DEBIT = "DIRECT_DEBIT";

const SUPPLY_TARIFFS: TariffShape[] = [
  { fuel: "ELECTRICITY", kind: "STANDARD", paymentMethod: DIRECT_DEBIT },
  {
    fuel: "ELECTRICITY",
    kind: "DAY_NIGHT",
    paymentMethod: DIRECT_DEBIT,
    night: ECONOMY_7,
  },
  { fuel: "GAS", kind: "GAS", paymentMethod: DIRECT_DEBIT },
];

function product(
  spec: Omit<
    ProductSpec,
    | "isGreen"
    | "isPrepay"
    | "isHidden"
    | "isDefault"
    | "isChargedHalfHourly"
    | "exitFees"
    | "tags"
    | "availableTo"
  > &
    Partial<ProductSpec>,
): ProductSpec {
  return {
    isGreen: false,
    isPrepay: false,
    isHidden: false,
    isDefault: false,
    isChargedHalfHourly: false,
    exitFees: 0,
    tags: [],
    availableTo: null,
    ...spec,
  };
}

/**
 * The demo catalogue. The Agile, Flexible and prepayment products copy the
 * codes, names and launch dates of Octopus Energy's public product list.
 * The fixed, export and Intelligent products are modelled on its naming.
 */
export const PRODUCTS: readonly ProductSpec[] = [
  product({
    code: "VAR-22-11-01",
    fullName: "Flexible Octopus",
    displayName: "Flexible Octopus",
    description:
      "Flexible Octopus prices follow wholesale costs and change at most " +
      "once a quarter, with notice. No exit fees.",
    direction: "IMPORT",
    pricing: "variable",
    isVariable: true,
    isDefault: true,
    term: null,
    availableFrom: "2023-03-28T09:35:00Z",
    tariffs: SUPPLY_TARIFFS,
  }),
  product({
    code: "FIX-12M-23-09-01",
    fullName: "Octopus 12M Fixed September 2023 v1",
    displayName: "Octopus 12M Fixed",
    description:
      "Prices fixed for 12 months. A fee applies per fuel when leaving " +
      "early.",
    direction: "IMPORT",
    pricing: "fixed",
    isVariable: false,
    term: 12,
    exitFees: 7500,
    availableFrom: "2023-08-31T23:00:00Z",
    availableTo: "2025-08-31T23:00:00Z",
    tariffs: SUPPLY_TARIFFS,
  }),
  product({
    code: "FIX-12M-25-09-01",
    fullName: "Octopus 12M Fixed September 2025 v1",
    displayName: "Octopus 12M Fixed",
    description:
      "Prices fixed for 12 months. A fee applies per fuel when leaving " +
      "early.",
    direction: "IMPORT",
    pricing: "fixed",
    isVariable: false,
    isGreen: true,
    term: 12,
    exitFees: 5000,
    availableFrom: "2025-08-31T23:00:00Z",
    tariffs: SUPPLY_TARIFFS,
  }),
  product({
    code: "AGILE-24-10-01",
    fullName: "Agile Octopus October 2024 v1",
    displayName: "Agile Octopus",
    description:
      "Half-hourly prices tied to wholesale prices and published a day " +
      "ahead. The unit rate is capped at 100p/kWh including VAT.",
    direction: "IMPORT",
    pricing: "agile",
    isVariable: true,
    isGreen: true,
    isChargedHalfHourly: true,
    term: 12,
    availableFrom: "2024-09-30T23:00:00Z",
    tariffs: [
      { fuel: "ELECTRICITY", kind: "HALF_HOURLY", paymentMethod: DIRECT_DEBIT },
    ],
  }),
  product({
    code: "PREPAY-VAR-18-09-21",
    fullName: "Octopus Key and Card",
    displayName: "Octopus Key and Card",
    description: "Pay as you go for smart and key or card meters.",
    direction: "IMPORT",
    pricing: "variable",
    isVariable: true,
    isPrepay: true,
    term: null,
    availableFrom: "2018-10-09T23:00:00Z",
    tariffs: [
      { fuel: "ELECTRICITY", kind: "PREPAY", paymentMethod: "PREPAYMENT" },
      { fuel: "GAS", kind: "GAS", paymentMethod: "PREPAYMENT" },
    ],
  }),
  product({
    code: "OUTGOING-FIX-12M-19-05-13",
    fullName: "Outgoing Octopus 12M Fixed May 2019",
    displayName: "Outgoing Octopus",
    description: "A fixed price for every kWh exported to the grid.",
    direction: "EXPORT",
    pricing: "export",
    isVariable: false,
    isGreen: true,
    term: 12,
    availableFrom: "2019-05-12T23:00:00Z",
    tariffs: [
      { fuel: "ELECTRICITY", kind: "STANDARD", paymentMethod: DIRECT_DEBIT },
    ],
  }),
  product({
    code: "INTELLI-VAR-24-10-29",
    fullName: "Intelligent Octopus Go",
    displayName: "Intelligent Octopus Go",
    description:
      "A cheap night rate for homes with a compatible electric vehicle " +
      "charger. Offered only after a charger check.",
    direction: "IMPORT",
    pricing: "ev",
    isVariable: true,
    isHidden: true,
    term: null,
    tags: ["EV"],
    availableFrom: "2024-10-29T00:00:00Z",
    tariffs: [
      {
        fuel: "ELECTRICITY",
        kind: "DAY_NIGHT",
        paymentMethod: DIRECT_DEBIT,
        night: EV_NIGHT,
      },
    ],
  }),
];

/**
 * Start and end instants of the Energy Price Guarantee, which reduced
 * domestic unit rates from 2022-10-01 to 2023-06-30 (London dates).
 */
const EPG_STARTS_MS = Date.parse("2022-09-30T23:00:00Z");
const EPG_ENDS_MS = Date.parse("2023-06-30T23:00:00Z");

/**
 * Returns whether a product's published rates include the Energy Price
 * Guarantee reduction, which is true for import products on sale while the
 * guarantee applied.
 * NOTE: the demo rates of those quarters are estimates like the others, not
 * the capped or reduced prices of the time.
 */
export function includesEpgReduction(spec: ProductSpec): boolean {
  const fromMs = Date.parse(spec.availableFrom);
  const toMs =
    spec.availableTo === null ? Infinity : Date.parse(spec.availableTo);

  return (
    spec.direction === "IMPORT" && fromMs < EPG_ENDS_MS && toMs > EPG_STARTS_MS
  );
}

/** Tariff code prefix by fuel and kind: `E-1R`, `E-2R` or `G-1R`. */
export function tariffCodePrefix(shape: TariffShape): string {
  if (shape.fuel === "GAS") return "G-1R";

  return shape.kind === "DAY_NIGHT" ? "E-2R" : "E-1R";
}

/**
 * Builds the tariff code, e.g. `E-1R-VAR-22-11-01-C`. The code does not
 * name the payment method, so no product here sells one fuel and kind by
 * two payment methods.
 */
export function tariffCode(
  spec: ProductSpec,
  shape: TariffShape,
  gspGroupId: string,
): string {
  return `${tariffCodePrefix(shape)}-${spec.code}-${gspGroupId}`;
}
