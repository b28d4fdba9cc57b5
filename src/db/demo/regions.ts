import { GSP_GROUP_BY_DISTRIBUTOR } from "../../shared/meter-identifiers.js";

/** A town that demo homes are placed in. */
export interface Town {
  name: string;
  county: string;
  /** Outward codes (postcode districts) that belong to the town. */
  districts: readonly string[];
  latitude: number;
  longitude: number;
  /** Gas local distribution zone and exit zone that serve the town. */
  ldz: string;
  exitZone: string;
}

/** One of the 14 GSP groups with the towns and prices used for it. */
export interface Region {
  gspGroupId: string;
  distributorId: string;
  towns: readonly Town[];
  /**
   * Electricity standing charge in pence per day excluding VAT. A, B and C
   * are Octopus Energy's published Agile standing charges of March 2025;
   * the others are estimates of the same order.
   */
  standingCharge: number;
  /** Multiplier on the national unit rate, for distribution costs. */
  unitRateFactor: number;
}

function town(
  name: string,
  county: string,
  districts: string[],
  latitude: number,
  longitude: number,
  ldz: string,
  exitZone: string,
): Town {
  return { name, county, districts, latitude, longitude, ldz, exitZone };
}

const TOWNS: Record<string, Town[]> = {
  A: [
    town("Norwich", "Norfolk", ["NR2", "NR3"], 52.63, 1.29, "EA", "EA1"),
    town(
      "Cambridge",
      "Cambridgeshire",
      ["CB1", "CB4"],
      52.2,
      0.13,
      "EA",
      "EA2",
    ),
    town("Ipswich", "Suffolk", ["IP1", "IP4"], 52.06, 1.16, "EA", "EA1"),
  ],
  B: [
    town(
      "Nottingham",
      "Nottinghamshire",
      ["NG5", "NG7"],
      52.96,
      -1.16,
      "EM",
      "EM2",
    ),
    town(
      "Leicester",
      "Leicestershire",
      ["LE2", "LE3"],
      52.63,
      -1.13,
      "EM",
      "EM3",
    ),
    town("Derby", "Derbyshire", ["DE1", "DE22"], 52.92, -1.48, "EM", "EM1"),
  ],
  C: [
    town(
      "London",
      "Greater London",
      ["N1", "N16", "E8"],
      51.54,
      -0.08,
      "NT",
      "NT1",
    ),
    town(
      "London",
      "Greater London",
      ["SE13", "SE22"],
      51.46,
      -0.04,
      "SE",
      "SE1",
    ),
    town(
      "London",
      "Greater London",
      ["SW18", "SW11"],
      51.46,
      -0.18,
      "NT",
      "NT2",
    ),
  ],
  D: [
    town("Liverpool", "Merseyside", ["L15", "L18"], 53.39, -2.91, "NW", "NW2"),
    town("Chester", "Cheshire", ["CH2", "CH4"], 53.19, -2.89, "NW", "NW2"),
    town("Wrexham", "Wrexham", ["LL11", "LL13"], 53.05, -2.99, "WN", "WN1"),
  ],
  E: [
    town(
      "Birmingham",
      "West Midlands",
      ["B13", "B17"],
      52.45,
      -1.9,
      "WM",
      "WM1",
    ),
    town(
      "Coventry",
      "West Midlands",
      ["CV1", "CV5"],
      52.41,
      -1.52,
      "WM",
      "WM2",
    ),
    town(
      "Wolverhampton",
      "West Midlands",
      ["WV1", "WV3"],
      52.59,
      -2.13,
      "WM",
      "WM3",
    ),
  ],
  F: [
    town(
      "Newcastle upon Tyne",
      "Tyne and Wear",
      ["NE2", "NE6"],
      54.98,
      -1.58,
      "NO",
      "NO1",
    ),
    town(
      "Sunderland",
      "Tyne and Wear",
      ["SR2", "SR4"],
      54.9,
      -1.39,
      "NO",
      "NO1",
    ),
    town("Durham", "County Durham", ["DH1"], 54.78, -1.57, "NO", "NO2"),
  ],
  G: [
    town(
      "Manchester",
      "Greater Manchester",
      ["M20", "M14"],
      53.43,
      -2.23,
      "NW",
      "NW1",
    ),
    town("Preston", "Lancashire", ["PR1", "PR2"], 53.76, -2.7, "NW", "NW1"),
    town("Lancaster", "Lancashire", ["LA1"], 54.05, -2.8, "NW", "NW1"),
  ],
  H: [
    town(
      "Southampton",
      "Hampshire",
      ["SO15", "SO17"],
      50.92,
      -1.41,
      "SO",
      "SO1",
    ),
    town("Oxford", "Oxfordshire", ["OX4", "OX2"], 51.75, -1.24, "SO", "SO2"),
    town("Reading", "Berkshire", ["RG1", "RG30"], 51.45, -0.98, "SO", "SO2"),
  ],
  J: [
    town("Brighton", "East Sussex", ["BN1", "BN2"], 50.83, -0.13, "SE", "SE2"),
    town("Canterbury", "Kent", ["CT1", "CT2"], 51.28, 1.08, "SE", "SE1"),
    town("Guildford", "Surrey", ["GU1", "GU2"], 51.24, -0.57, "SE", "SE2"),
  ],
  K: [
    town(
      "Cardiff",
      "South Glamorgan",
      ["CF24", "CF14"],
      51.49,
      -3.17,
      "WS",
      "WS1",
    ),
    town(
      "Swansea",
      "West Glamorgan",
      ["SA1", "SA2"],
      51.62,
      -3.94,
      "WS",
      "WS1",
    ),
    town("Newport", "Gwent", ["NP20", "NP19"], 51.58, -2.99, "WS", "WS1"),
  ],
  L: [
    town("Bristol", "Bristol", ["BS6", "BS7"], 51.47, -2.59, "SW", "SW2"),
    town("Exeter", "Devon", ["EX4", "EX2"], 50.73, -3.53, "SW", "SW1"),
    town("Plymouth", "Devon", ["PL4", "PL3"], 50.38, -4.13, "SW", "SW1"),
  ],
  M: [
    town("Leeds", "West Yorkshire", ["LS6", "LS8"], 53.82, -1.56, "NE", "NE1"),
    town(
      "York",
      "North Yorkshire",
      ["YO10", "YO31"],
      53.95,
      -1.06,
      "NE",
      "NE2",
    ),
    town(
      "Hull",
      "East Riding of Yorkshire",
      ["HU5", "HU3"],
      53.75,
      -0.36,
      "NE",
      "NE3",
    ),
  ],
  N: [
    town("Glasgow", "Glasgow City", ["G12", "G41"], 55.87, -4.29, "SC", "SC1"),
    town(
      "Edinburgh",
      "City of Edinburgh",
      ["EH9", "EH6"],
      55.94,
      -3.18,
      "SC",
      "SC2",
    ),
    town(
      "Dumfries",
      "Dumfries and Galloway",
      ["DG1"],
      55.07,
      -3.61,
      "SC",
      "SC1",
    ),
  ],
  P: [
    town(
      "Aberdeen",
      "Aberdeen City",
      ["AB10", "AB24"],
      57.14,
      -2.11,
      "SC",
      "SC4",
    ),
    town("Inverness", "Highland", ["IV2", "IV3"], 57.47, -4.22, "SC", "SC4"),
    town("Dundee", "Dundee City", ["DD1", "DD4"], 56.46, -2.97, "SC", "SC3"),
  ],
};

const PRICES: Record<string, [standingCharge: number, unitRateFactor: number]> =
  {
    A: [46.4649, 1.0],
    B: [52.2352, 0.97],
    C: [37.6525, 0.99],
    D: [58.1, 1.06],
    E: [49.6, 0.98],
    F: [50.8, 0.96],
    G: [44.9, 1.0],
    H: [47.9, 1.01],
    J: [51.3, 1.02],
    K: [49.4, 1.03],
    L: [51.9, 1.05],
    M: [46.7, 0.96],
    N: [54.2, 0.98],
    P: [53.6, 1.04],
  };

/** The 14 GSP groups in letter order, each with its distributor id. */
export const REGIONS: readonly Region[] = Object.entries(
  GSP_GROUP_BY_DISTRIBUTOR,
)
  .map(([distributorId, gspGroupId]) => {
    const [standingCharge, unitRateFactor] = PRICES[gspGroupId] ?? [50, 1];

    return {
      gspGroupId,
      distributorId,
      towns: TOWNS[gspGroupId] ?? [],
      standingCharge,
      unitRateFactor,
    };
  })
  .sort((a, b) => a.gspGroupId.localeCompare(b.gspGroupId));
