import type { Random } from "./random.js";

/** Supply mix of a home. Each of the first eight accounts has a fixed one. */
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

export const FIXED_ARCHETYPES: readonly Archetype[] = [
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
export function randomArchetype(random: Random): Archetype {
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
