import type { Random } from "./random.js";
import type { Town } from "./regions.js";

const GIVEN_NAMES = [
  "Oliver",
  "Amelia",
  "George",
  "Isla",
  "Harry",
  "Ava",
  "Jack",
  "Mia",
  "Noah",
  "Ivy",
  "Leo",
  "Freya",
  "Arthur",
  "Lily",
  "Oscar",
  "Florence",
  "Charlie",
  "Grace",
  "Thomas",
  "Sophie",
  "James",
  "Emily",
  "William",
  "Ella",
  "Mohammed",
  "Aisha",
  "Rhys",
  "Seren",
  "Callum",
  "Eilidh",
  "Priya",
  "Arjun",
  "Zofia",
  "Tomasz",
  "Chloe",
  "Daniel",
  "Hannah",
  "Ewan",
];

const FAMILY_NAMES = [
  "Smith",
  "Jones",
  "Taylor",
  "Brown",
  "Williams",
  "Wilson",
  "Johnson",
  "Davies",
  "Patel",
  "Robinson",
  "Wright",
  "Thompson",
  "Evans",
  "Walker",
  "White",
  "Roberts",
  "Green",
  "Hall",
  "Thomas",
  "Clarke",
  "Jackson",
  "Wood",
  "Harris",
  "Edwards",
  "Turner",
  "Martin",
  "Cooper",
  "Hill",
  "Ward",
  "Hughes",
  "Campbell",
  "MacDonald",
  "Khan",
  "Ali",
  "Nowak",
  "Murphy",
  "O'Brien",
  "Fraser",
  "Morgan",
  "Price",
];

const STREET_NAMES = [
  "Church",
  "Station",
  "Victoria",
  "Park",
  "Mill",
  "Albert",
  "King",
  "Queen",
  "Highfield",
  "Grange",
  "Chestnut",
  "Willow",
  "Orchard",
  "Meadow",
  "Beech",
  "Windsor",
  "York",
  "Manor",
  "Springfield",
  "Kingsway",
  "Elm",
  "Rosebery",
  "Hawthorn",
  "Cedar",
];

const STREET_TYPES = [
  "Road",
  "Street",
  "Avenue",
  "Lane",
  "Close",
  "Gardens",
  "Terrace",
  "Crescent",
  "Drive",
  "Grove",
];

/** Inward-code letters; C, I, K, M, O and V never appear there. */
const INWARD_LETTERS = "ABDEFGHJLNPQRSTUWXYZ";

export interface Person {
  title: string;
  givenName: string;
  familyName: string;
  /** ISO date. */
  dateOfBirth: string;
  /** A number in Ofcom's range reserved for fiction (07700 900000-900999). */
  mobile: string;
}

export function createPerson(random: Random): Person {
  const givenName = random.pick(GIVEN_NAMES);
  const familyName = random.pick(FAMILY_NAMES);
  const year = random.int(1948, 2001);
  const month = String(random.int(1, 12)).padStart(2, "0");
  const day = String(random.int(1, 28)).padStart(2, "0");

  return {
    title: random.pick(["Mr", "Ms", "Mrs", "Miss", "Dr", "Mx"]),
    givenName,
    familyName,
    dateOfBirth: `${year}-${month}-${day}`,
    mobile: `+447700900${random.digits(3)}`,
  };
}

/** Builds an email on the reserved example.com domain, unique by `index`. */
export function emailOf(person: Person, index: number): string {
  const local = `${person.givenName}.${person.familyName}`
    .toLowerCase()
    .replace(/[^a-z.]/g, "");

  return `${local}.${index}@example.com`;
}

export interface Address {
  line1: string;
  line2: string | null;
  town: string;
  county: string;
  postcode: string;
  latitude: number;
  longitude: number;
}

export function createAddress(random: Random, town: Town): Address {
  const district = random.pick(town.districts);
  const inward =
    String(random.int(1, 9)) + random.characters(INWARD_LETTERS, 2);
  const street = `${random.pick(STREET_NAMES)} ${random.pick(STREET_TYPES)}`;
  const isFlat = random.chance(0.2);

  return {
    line1: isFlat
      ? `Flat ${random.int(1, 12)}`
      : `${random.int(1, 180)} ${street}`,
    line2: isFlat ? `${random.int(1, 90)} ${street}` : null,
    town: town.name,
    county: town.county,
    postcode: `${district} ${inward}`,
    // About 2 km of scatter around the town centre.
    latitude: round(town.latitude + random.between(-0.02, 0.02), 6),
    longitude: round(town.longitude + random.between(-0.03, 0.03), 6),
  };
}

function round(value: number, places: number): number {
  const factor = 10 ** places;

  return Math.round(value * factor) / factor;
}
