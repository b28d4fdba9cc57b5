import { KrakenError } from "../../server/errors.js";
import { normalisePostcode } from "../../shared/meter-identifiers.js";

/**
 * GB postcode areas (the letters that start the outward code) of each GSP
 * group, separated by spaces. Built from the general geography of postcode
 * areas and the 14 distribution network areas, so it is approximate where
 * an area straddles a network boundary: the area goes to the network that
 * serves most of it.
 *
 * NOTE: boundary areas such as HP, GU, SY, PE, WA and the outer London
 * areas (EN, RM, KT, TW, UB) map a minority of their postcodes to the wrong
 * region. A meter point's MPAN, not its postcode, decides its real region.
 */
const POSTCODE_AREAS_BY_GSP_GROUP: Readonly<Record<string, string>> = {
  A: "AL CB CM CO EN IP LU NR PE RM SG SS WD",
  B: "DE LE LN MK NG NN",
  C: "BR CR E EC HA IG KT N NW SE SM SW TW UB W WC",
  D: "CH CW L LL",
  E: "B CV DY GL HR ST SY TF WR WS WV",
  F: "DH DL NE SR TS",
  G: "BB BL CA FY LA M OL PR SK WA WN",
  H: "BH GU HP OX PO RG SL SN SO SP",
  J: "BN CT DA ME RH TN",
  K: "CF LD NP SA",
  L: "BA BS DT EX PL TA TQ TR",
  M: "BD DN HD HG HU HX LS S WF YO",
  N: "DG EH FK G KA KY ML PA TD",
  P: "AB DD HS IV KW PH ZE",
};

const GSP_GROUP_BY_POSTCODE_AREA = new Map<string, string>(
  Object.entries(POSTCODE_AREAS_BY_GSP_GROUP).flatMap(([group, areas]) =>
    areas.split(" ").map((area): [string, string] => [area, group]),
  ),
);

/**
 * Validates a UK postcode and finds its GSP group letter. Returns null for
 * an area outside the GB electricity market (Northern Ireland, the Channel
 * Islands, the Isle of Man) or one that is not mapped. Raises KT-CT-1605
 * for a value that is not a postcode.
 */
export function findGspGroupForPostcode(
  postcode: string,
  inputPath: readonly (string | number)[],
): string | null {
  const normalised = normalisePostcode(postcode);

  if (normalised === null) {
    throw new KrakenError("KT-CT-1605", {
      detail:
        `postcode ${JSON.stringify(postcode)} is not a UK postcode; ` +
        "send one like SW1A 1AA.",
      inputPath,
    });
  }

  const area = /^[A-Z]{1,2}/.exec(normalised)?.[0] ?? "";

  return GSP_GROUP_BY_POSTCODE_AREA.get(area) ?? null;
}
