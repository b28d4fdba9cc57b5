import type { Temporal } from "temporal-polyfill";

import type { Archetype } from "./archetypes.js";
import type { Random } from "./random.js";

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

/** Plans the meters of a point: the current one, after a replaced one if any. */
export function planMeters(
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

export function smartMeter(
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
