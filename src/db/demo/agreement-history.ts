import { Temporal } from "temporal-polyfill";

import { AGILE_DAYS_BEFORE } from "./agile.js";
import { londonMidnight } from "./calendar.js";
import type { TariffPlan } from "./catalogue.js";
import type { Archetype } from "./archetypes.js";
import type { PlanContext } from "./households.js";
import { Random } from "./random.js";
import type { Region } from "./regions.js";

export interface AgreementPlan {
  tariff: TariffPlan;
  validFromMs: number;
  validToMs: number | null;
  ratesAgreedAtMs: number;
}

export const DAY_MS = 86_400_000;

/**
 * Plans the agreement history of one fuel: an optional first year on the fixed
 * product then on sale, the variable product until the switch date, then
 * the current product. Periods are half-open and contiguous.
 */
export function planAgreements(
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
