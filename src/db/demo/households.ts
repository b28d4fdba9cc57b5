import { Temporal } from "temporal-polyfill";

import { DAY_MS, planAgreements } from "./agreement-history.js";
import type { AgreementPlan } from "./agreement-history.js";
import { FIXED_ARCHETYPES, randomArchetype } from "./archetypes.js";
import type { Archetype } from "./archetypes.js";
import { londonMidnight } from "./calendar.js";
import type { Catalogue } from "./catalogue.js";
import { planEmbeddedHome } from "./embedded-networks.js";
import type { Placement } from "./embedded-networks.js";
import type { Identifiers } from "./identifiers.js";
import { planMeters, smartMeter } from "./meters.js";
import type { MeterPlan } from "./meters.js";
import { createAddress, createPerson, emailOf } from "./people.js";
import type { Address, Person } from "./people.js";
import { Random } from "./random.js";
import { REGIONS } from "./regions.js";
import type { Region, Town } from "./regions.js";

export type { AgreementPlan, Archetype, MeterPlan };

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
  /** The embedded network that supplies the home, or null for most homes. */
  embeddedNetworkName: string | null;
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
  const { random, archetype, ...ownPlacement } = placeHousehold(context, index);
  const embeddedHome = planEmbeddedHome(index, (other) =>
    placeHousehold(context, other),
  );
  const { region, town, address } = embeddedHome?.placement ?? ownPlacement;
  const { anchor, identifiers } = context;
  const occupancyFrom = anchor.subtract({ days: random.int(420, 1000) });
  const owner = planOwner(context, index, random);

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
    label: labelOf(index, random),
    embeddedNetworkName: embeddedHome?.networkName ?? null,
    wanCoverage: wanCoverageOf(random),
    occupancyFromMs: londonMidnight(occupancyFrom).epochMilliseconds,
    occupants: random.int(1, 5),
    previousOccupancy:
      index % 4 === 3 ? planPreviousOccupancy(random, occupancyFrom) : null,
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
    paymentCover: paymentCoverOf(random),
  };
}

/**
 * Draws a household's supply mix and place from the start of its random
 * stream, so that another household can place it again.
 */
function placeHousehold(
  context: PlanContext,
  index: number,
): Placement & { random: Random; archetype: Archetype } {
  const random = new Random(context.seed, `household:${index}`);
  const archetype = FIXED_ARCHETYPES[index] ?? randomArchetype(random);
  const region = regionOf(index, random);
  const town = random.pick(region.towns);
  const address = createAddress(random, town);

  return { random, archetype, region, town, address };
}

/**
 * Picks a household's region. Stepping by 5, which is coprime with 14,
 * puts the first 14 households in 14 different regions.
 */
function regionOf(index: number, random: Random): Region {
  const region = REGIONS[(index * 5) % REGIONS.length];

  return index < REGIONS.length && region ? region : random.pick(REGIONS);
}

/** Creates the account owner, or null for the demo user's two accounts. */
function planOwner(
  context: PlanContext,
  index: number,
  random: Random,
): HouseholdPlan["owner"] {
  if (index <= 1) return null;

  const person = createPerson(random);

  return {
    ...person,
    number: context.identifiers.userNumber(index),
    email: emailOf(person, index),
  };
}

function labelOf(index: number, random: Random): string | null {
  if (index === 1) return "Rental flat";

  return random.chance(0.7) ? "Home" : null;
}

/** Picks a Kraken WANCoverageStrengths value, or null for no coverage. */
function wanCoverageOf(random: Random): string | null {
  if (random.chance(0.08)) return null;

  return random.pick(["HIGH", "HIGH", "MEDIUM", "LOW"]);
}

/** Plans an earlier occupier's stay, ending before this one moves in. */
function planPreviousOccupancy(
  random: Random,
  occupancyFrom: Temporal.PlainDate,
): HouseholdPlan["previousOccupancy"] {
  const from = occupancyFrom.subtract({ days: random.int(700, 2000) });
  const to = occupancyFrom.subtract({ days: random.int(7, 60) });

  return {
    fromMs: londonMidnight(from).epochMilliseconds,
    toMs: londonMidnight(to).epochMilliseconds,
  };
}

/** Most direct debits cover the charges; about 15% fall short. */
function paymentCoverOf(random: Random): number {
  if (random.chance(0.15)) return random.between(0.8, 0.95);

  return random.between(1.0, 1.08);
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
    mtc: meterTimeswitchCode(archetype),
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

/**
 * Picks the meter timeswitch code of an import meter point.
 * NOTE: these MTC, SSC and LLF values are plausible examples of their
 * formats; they are not checked against the industry's code registers.
 */
function meterTimeswitchCode(archetype: Archetype): number {
  if (!archetype.smart) return 801;

  return archetype.economy7 ? 846 : 845;
}
