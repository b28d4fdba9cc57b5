import { Temporal } from "temporal-polyfill";

import type { Catalogue, TariffPlan } from "./catalogue.js";
import { AGILE_DAYS_BEFORE } from "./agile.js";
import { londonMidnight } from "./calendar.js";
import type { Identifiers } from "./identifiers.js";
import { createAddress, createPerson } from "./people.js";
import type { Address, Person } from "./people.js";
import { Random } from "./random.js";
import { REGIONS } from "./regions.js";
import type { Region, Town } from "./regions.js";

/** How a home is supplied; the first eight accounts use one each. */
export interface Archetype {
  smart: boolean;
  gas: boolean;
  smartGas: boolean;
  solar: boolean;
  economy7: boolean;
  prepay: boolean;
  /** The current import product. */
  current: "variable" | "fixed" | "agile" | "ev";
  /** An earlier meter was replaced: "smart" by another smart meter, "legacy" by a smart meter. */
  replaced: "smart" | "legacy" | null;
}

const FIXED_ARCHETYPES: readonly Archetype[] = [
  {
    smart: true,
    gas: true,
    smartGas: true,
    solar: true,
    economy7: false,
    prepay: false,
    current: "agile",
    replaced: null,
  },
  {
    smart: true,
    gas: true,
    smartGas: true,
    solar: false,
    economy7: false,
    prepay: false,
    current: "fixed",
    replaced: "smart",
  },
  {
    smart: true,
    gas: false,
    smartGas: false,
    solar: false,
    economy7: true,
    prepay: false,
    current: "variable",
    replaced: null,
  },
  {
    smart: false,
    gas: true,
    smartGas: false,
    solar: false,
    economy7: false,
    prepay: false,
    current: "variable",
    replaced: null,
  },
  {
    smart: true,
    gas: true,
    smartGas: true,
    solar: false,
    economy7: false,
    prepay: true,
    current: "variable",
    replaced: null,
  },
  {
    smart: true,
    gas: true,
    smartGas: true,
    solar: true,
    economy7: false,
    prepay: false,
    current: "ev",
    replaced: null,
  },
  {
    smart: true,
    gas: true,
    smartGas: false,
    solar: false,
    economy7: false,
    prepay: false,
    current: "variable",
    replaced: null,
  },
  {
    smart: true,
    gas: true,
    smartGas: true,
    solar: false,
    economy7: false,
    prepay: false,
    current: "fixed",
    replaced: "legacy",
  },
];

/** Draws a supply mix near the GB domestic averages. */
function randomArchetype(random: Random): Archetype {
  const smart = random.chance(0.85);
  const gas = random.chance(0.7);
  const economy7 = !gas && random.chance(0.4);
  const prepay = !economy7 && random.chance(0.08);
  const roll = random.next();
  let current: Archetype["current"] = roll < 0.45 ? "variable" : "fixed";

  if (smart && !prepay && !economy7 && roll > 0.8) current = "agile";

  return {
    smart,
    gas,
    smartGas: gas && smart && random.chance(0.9),
    solar: smart && !prepay && random.chance(0.25),
    economy7,
    prepay,
    current: prepay ? "variable" : current,
    replaced:
      smart && random.chance(0.12)
        ? random.pick(["smart", "legacy"] as const)
        : null,
  };
}

export interface AgreementPlan {
  tariff: TariffPlan;
  validFromMs: number;
  validToMs: number | null;
  ratesAgreedAtMs: number;
}

export interface MeterPlan {
  serialNumber: string;
  smart: boolean;
  activeFrom: Temporal.PlainDate;
  activeTo: Temporal.PlainDate | null;
  /** Electricity meter type code or gas meter mechanism. */
  meterType: string;
  makeAndType: string;
  manufacturedYear: number;
  /** Opening register reading in Wh when the meter's data starts. */
  openingWh: number;
}

export interface ElectricityPointPlan {
  mpan: string;
  direction: "IMPORT" | "EXPORT";
  profileClass: number;
  ssc: string;
  llf: string;
  mtc: number;
  smartStartDate: Temporal.PlainDate | null;
  meters: MeterPlan[];
  agreements: AgreementPlan[];
}

export interface GasPointPlan {
  mprn: string;
  ldz: string;
  exitZone: string;
  smartStartDate: Temporal.PlainDate | null;
  meters: MeterPlan[];
  agreements: AgreementPlan[];
}

export interface HouseholdPlan {
  index: number;
  accountNumber: string;
  archetype: Archetype;
  /** Null for the demo user, who is created once. */
  owner: (Person & { number: string; email: string }) | null;
  billingName: string;
  billingEmail: string;
  region: Region;
  town: Town;
  address: Address;
  uprn: string;
  label: string | null;
  wanCoverage: string | null;
  occupancyFromMs: number;
  occupants: number;
  /** A period in which the previous household (index - 1) lived here. */
  previousOccupancy: { fromMs: number; toMs: number } | null;
  electricity: ElectricityPointPlan;
  export: ElectricityPointPlan | null;
  gas: GasPointPlan | null;
  annualKwh: number;
  annualGasKwh: number;
  solarPeakKw: number;
  /** Direct debits cover the charges times this factor. */
  paymentCover: number;
}

export interface PlanContext {
  seed: number;
  anchor: Temporal.PlainDate;
  catalogue: Catalogue;
  identifiers: Identifiers;
  demoEmail: string;
  demoName: string;
}

/** Plans one account, its home and supply; index 0 and 1 belong to the demo user. */
export function planHousehold(
  context: PlanContext,
  index: number,
): HouseholdPlan {
  const random = new Random(context.seed, `household:${index}`);
  const archetype = FIXED_ARCHETYPES[index] ?? randomArchetype(random);
  const region =
    index < REGIONS.length
      ? (REGIONS[(index * 5) % REGIONS.length] as Region)
      : random.pick(REGIONS);
  const town = random.pick(region.towns);
  const address = createAddress(random, town);
  const { anchor, identifiers } = context;
  const occupancyFrom = anchor.subtract({ days: random.int(420, 1000) });
  const person = index <= 1 ? null : createPerson(random);
  const owner = person && {
    ...person,
    number: identifiers.userNumber(index),
    email: `${person.givenName}.${person.familyName}.${index}@example.com`
      .toLowerCase()
      .replace(/[^a-z0-9.@]/g, ""),
  };
  const occupancyFromMs = londonMidnight(occupancyFrom).epochMilliseconds;
  const hasPrevious = index % 4 === 3;

  return {
    index,
    accountNumber: identifiers.accountNumber(index),
    archetype,
    owner,
    billingName: owner
      ? `${owner.givenName} ${owner.familyName}`
      : context.demoName,
    billingEmail: owner ? owner.email : context.demoEmail,
    region,
    town,
    address,
    uprn: identifiers.uprn(index),
    label: index === 1 ? "Rental flat" : random.chance(0.7) ? "Home" : null,
    wanCoverage: random.chance(0.08)
      ? null
      : random.pick(["HIGH", "HIGH", "MEDIUM", "LOW"]),
    occupancyFromMs,
    occupants: random.int(1, 5),
    previousOccupancy: hasPrevious
      ? {
          fromMs: londonMidnight(
            occupancyFrom.subtract({ days: random.int(700, 2000) }),
          ).epochMilliseconds,
          toMs: londonMidnight(
            occupancyFrom.subtract({ days: random.int(7, 60) }),
          ).epochMilliseconds,
        }
      : null,
    electricity: planImportPoint(
      context,
      random,
      index,
      archetype,
      region,
      occupancyFrom,
    ),
    export: archetype.solar
      ? planExportPoint(context, random, index, region, occupancyFrom)
      : null,
    gas: archetype.gas
      ? planGasPoint(
          context,
          random,
          index,
          archetype,
          region,
          town,
          occupancyFrom,
        )
      : null,
    annualKwh: random.int(1800, 4500) * (archetype.economy7 ? 1.6 : 1),
    annualGasKwh: random.int(7500, 14000),
    solarPeakKw: random.between(2.5, 5),
    paymentCover: random.chance(0.15)
      ? random.between(0.8, 0.95)
      : random.between(1.0, 1.08),
  };
}

function planImportPoint(
  context: PlanContext,
  random: Random,
  index: number,
  archetype: Archetype,
  region: Region,
  occupancyFrom: Temporal.PlainDate,
): ElectricityPointPlan {
  const meters = planMeters(
    context.anchor,
    random,
    archetype.smart,
    archetype.replaced,
    "electricity",
  );
  const smartMeter = meters.find((meter) => meter.smart);

  return {
    mpan: context.identifiers.mpan(region.distributorId, index * 2),
    direction: "IMPORT",
    profileClass: archetype.economy7 ? 2 : 1,
    ssc: archetype.economy7 ? "0151" : "0393",
    llf: archetype.economy7 ? "102" : "101",
    mtc: archetype.smart ? (archetype.economy7 ? 846 : 845) : 801,
    smartStartDate: smartMeter?.activeFrom ?? null,
    meters,
    agreements: planAgreements(
      context,
      index,
      archetype,
      "ELECTRICITY",
      region,
      occupancyFrom,
    ),
  };
}

function planExportPoint(
  context: PlanContext,
  random: Random,
  index: number,
  region: Region,
  occupancyFrom: Temporal.PlainDate,
): ElectricityPointPlan {
  const startedDays = random.int(120, 700);
  const earliest = context.anchor.subtract({ days: startedDays });
  const start =
    Temporal.PlainDate.compare(earliest, occupancyFrom) > 0
      ? earliest
      : occupancyFrom.add({ days: 30 });
  const tariff = context.catalogue.find(
    "OUTGOING-FIX-12M-19-05-13",
    { fuel: "ELECTRICITY", kind: "STANDARD" },
    region.gspGroupId,
  );
  const fromMs = londonMidnight(start).epochMilliseconds;

  return {
    mpan: context.identifiers.mpan(region.distributorId, index * 2 + 1),
    direction: "EXPORT",
    profileClass: 8,
    ssc: "0393",
    llf: "990",
    mtc: 845,
    smartStartDate: start,
    meters: [smartMeter(random, start, null, "electricity")],
    agreements: [
      {
        tariff,
        validFromMs: fromMs,
        validToMs: null,
        ratesAgreedAtMs: fromMs - random.int(3, 20) * DAY_MS,
      },
    ],
  };
}

function planGasPoint(
  context: PlanContext,
  random: Random,
  index: number,
  archetype: Archetype,
  region: Region,
  town: Town,
  occupancyFrom: Temporal.PlainDate,
): GasPointPlan {
  const replaced = archetype.smartGas ? archetype.replaced : null;
  const meters = planMeters(
    context.anchor,
    random,
    archetype.smartGas,
    replaced,
    "gas",
  );

  return {
    mprn: context.identifiers.mprn(index),
    ldz: town.ldz,
    exitZone: town.exitZone,
    smartStartDate: meters.find((meter) => meter.smart)?.activeFrom ?? null,
    meters,
    agreements: planAgreements(
      context,
      index,
      archetype,
      "GAS",
      region,
      occupancyFrom,
    ),
  };
}

const DAY_MS = 86_400_000;

/** The meters of a point: the current one, after a replaced one if any. */
function planMeters(
  anchor: Temporal.PlainDate,
  random: Random,
  smart: boolean,
  replaced: Archetype["replaced"],
  fuel: "electricity" | "gas",
): MeterPlan[] {
  const installed = anchor.subtract({ days: random.int(2000, 5000) });

  if (!smart) return [legacyMeter(random, installed, null, fuel)];
  if (!replaced)
    return [
      smartMeter(
        random,
        anchor.subtract({ days: random.int(450, 2000) }),
        null,
        fuel,
      ),
    ];

  const exchange = anchor.subtract({ days: random.int(60, 250) });
  const old =
    replaced === "smart"
      ? smartMeter(
          random,
          anchor.subtract({ days: random.int(900, 2000) }),
          exchange,
          fuel,
        )
      : legacyMeter(random, installed, exchange, fuel);

  return [old, smartMeter(random, exchange, null, fuel)];
}

const SMART_ELECTRICITY_MAKES = [
  "Landis+Gyr E470",
  "Aclara SGM1412",
  "Secure Liberty 110",
  "EDMI ES-10B",
];
const SMART_GAS_MAKES = ["Landis+Gyr G470", "Secure EGM 6", "Flonidan G4SZV"];

function smartMeter(
  random: Random,
  from: Temporal.PlainDate,
  to: Temporal.PlainDate | null,
  fuel: "electricity" | "gas",
): MeterPlan {
  const year = from.year - random.int(0, 1);
  const yy = String(year % 100).padStart(2, "0");
  const serialNumber =
    fuel === "electricity"
      ? `${yy}${random.pick(["L", "P", "K"])}${random.digits(7)}`
      : `E6S${random.digits(7)}${yy}${random.digits(2)}`;

  return {
    serialNumber,
    smart: true,
    activeFrom: from,
    activeTo: to,
    meterType: fuel === "electricity" ? "S2A" : "S2",
    makeAndType: random.pick(
      fuel === "electricity" ? SMART_ELECTRICITY_MAKES : SMART_GAS_MAKES,
    ),
    manufacturedYear: year,
    openingWh: random.int(200, fuel === "electricity" ? 30_000 : 60_000) * 1000,
  };
}

function legacyMeter(
  random: Random,
  from: Temporal.PlainDate,
  to: Temporal.PlainDate | null,
  fuel: "electricity" | "gas",
): MeterPlan {
  const year = from.year - random.int(0, 3);
  const yy = String(year % 100).padStart(2, "0");

  return {
    serialNumber:
      fuel === "electricity"
        ? `S${yy}A${random.digits(6)}`
        : `G4A${random.digits(7)}${yy}`,
    smart: false,
    activeFrom: from,
    activeTo: to,
    meterType: fuel === "electricity" ? "N" : "U",
    makeAndType: fuel === "electricity" ? "Elster A100C" : "Elster BK-G4",
    manufacturedYear: year,
    openingWh: random.int(5000, 90_000) * 1000,
  };
}

/**
 * The agreement history of one fuel: an optional first year on the fixed
 * product then on sale, the variable product until the switch date, then
 * the current product. Periods are half-open and contiguous.
 */
function planAgreements(
  context: PlanContext,
  index: number,
  archetype: Archetype,
  fuel: "ELECTRICITY" | "GAS",
  region: Region,
  occupancyFrom: Temporal.PlainDate,
): AgreementPlan[] {
  const { anchor, catalogue } = context;
  // Both fuels draw from the same stream, so a dual-fuel home switches
  // both on the same day.
  const random = new Random(context.seed, `agreements:${index}`);
  const kind =
    fuel === "GAS"
      ? "GAS"
      : archetype.prepay
        ? "PREPAY"
        : archetype.economy7
          ? "DAY_NIGHT"
          : "STANDARD";
  const shape = { fuel, kind } as const;
  const tariffOf = (productCode: string) =>
    catalogue.find(productCode, shape, region.gspGroupId);
  const agreement = (
    tariff: TariffPlan,
    from: Temporal.PlainDate,
    to: Temporal.PlainDate | null,
  ): AgreementPlan => {
    const validFromMs = londonMidnight(from).epochMilliseconds;

    return {
      tariff,
      validFromMs,
      validToMs: to ? londonMidnight(to).epochMilliseconds : null,
      ratesAgreedAtMs: validFromMs - random.int(3, 20) * DAY_MS,
    };
  };

  if (archetype.prepay)
    return [agreement(tariffOf("PREPAY-VAR-18-09-21"), occupancyFrom, null)];

  const agreements: AgreementPlan[] = [];
  const switchDays =
    archetype.current === "agile"
      ? random.int(14, AGILE_DAYS_BEFORE - 15)
      : random.int(30, 330);
  const switchDate = anchor.subtract({ days: switchDays });
  let start = occupancyFrom;
  const firstFixed = catalogue.fixedProductAt(
    londonMidnight(start).epochMilliseconds,
  );
  const firstYearEnd = start.add({ months: 12 });

  if (firstFixed && Temporal.PlainDate.compare(firstYearEnd, switchDate) < 0) {
    agreements.push(agreement(tariffOf(firstFixed.code), start, firstYearEnd));
    start = firstYearEnd;
  }

  agreements.push(agreement(tariffOf("VAR-22-11-01"), start, switchDate));

  const currentFixed = catalogue.fixedProductAt(
    londonMidnight(switchDate).epochMilliseconds,
  );
  let currentCode = "VAR-22-11-01";
  let currentEnd: Temporal.PlainDate | null = null;

  if (archetype.current === "fixed" && currentFixed) {
    currentCode = currentFixed.code;
    currentEnd = switchDate.add({ months: 12 });
  } else if (archetype.current === "agile" && fuel === "ELECTRICITY") {
    return [
      ...agreements,
      agreement(
        catalogue.find(
          "AGILE-24-10-01",
          { fuel, kind: "HALF_HOURLY" },
          region.gspGroupId,
        ),
        switchDate,
        null,
      ),
    ];
  } else if (archetype.current === "ev" && fuel === "ELECTRICITY") {
    return [
      ...agreements,
      agreement(
        catalogue.find(
          "INTELLI-VAR-24-10-29",
          { fuel, kind: "DAY_NIGHT" },
          region.gspGroupId,
        ),
        switchDate,
        null,
      ),
    ];
  }

  if (currentCode === "VAR-22-11-01") {
    // Staying on the variable product continues the same agreement.
    const last = agreements.pop() as AgreementPlan;

    return [...agreements, { ...last, validToMs: null }];
  }

  return [
    ...agreements,
    agreement(tariffOf(currentCode), switchDate, currentEnd),
  ];
}
