import type { Address } from "./people.js";
import type { Region, Town } from "./regions.js";

/** Location of a home: its region, town and postal address. */
export interface Placement {
  region: Region;
  town: Town;
  address: Address;
}

/** Places household `index` as if it were on no embedded network. */
export type PlaceHousehold = (index: number) => Placement;

/** A home on an embedded network, placed on that network's site. */
export interface EmbeddedHome {
  placement: Placement;
  networkName: string;
}

/**
 * Accounts of the fixed archetypes. The first flat among them leads the
 * block of flats, gaining only a network membership.
 */
const FIXED_ACCOUNTS = 8;

/**
 * Later accounts that join the block. They start at 14 because the first
 * 14 accounts each take a different region.
 */
const BLOCK_MEMBERS = [14, 15];

/** Accounts on the park home site. The first one sets its town and postcode. */
const PARK_HOME_MEMBERS = [16, 17, 18];

/** About 20 m of latitude between neighbouring park homes. */
const PARK_HOME_SPACING = 0.0002;

/**
 * Places household `index` on an embedded network, or returns null for
 * most households. Homes on one network share the region, town and full
 * postcode and have consecutive flat or pitch numbers.
 */
export function planEmbeddedHome(
  index: number,
  placeHousehold: PlaceHousehold,
): EmbeddedHome | null {
  if (PARK_HOME_MEMBERS.includes(index)) {
    return placeParkHome(index, placeHousehold);
  }

  const lead = findBlockLead(placeHousehold);
  const members = lead === null ? BLOCK_MEMBERS : [lead, ...BLOCK_MEMBERS];
  const position = members.indexOf(index);

  if (position < 0) return null;

  return placeFlat(placeHousehold(members[0] ?? index), position);
}

/** Finds the first flat among the fixed-archetype accounts, if any. */
function findBlockLead(placeHousehold: PlaceHousehold): number | null {
  for (let index = 0; index < FIXED_ACCOUNTS; index += 1) {
    if (placeHousehold(index).address.line2 !== null) return index;
  }

  return null;
}

/**
 * Places the flat at `position` in the building of `first`, the block's
 * first member. A house as first member becomes flat 1 of a building at
 * its address, so position 0 keeps a lead flat's address unchanged.
 */
function placeFlat(first: Placement, position: number): EmbeddedHome {
  const { address } = first;
  const building = address.line2 ?? address.line1;
  const firstFlat = address.line2 === null ? 1 : flatNumberOf(address.line1);

  return {
    placement: {
      ...first,
      address: {
        ...address,
        line1: `Flat ${firstFlat + position}`,
        line2: building,
      },
    },
    networkName: building,
  };
}

/** Reads the number of a `Flat 11` address line. */
function flatNumberOf(line1: string): number {
  const match = /^Flat (\d+)$/.exec(line1);

  if (!match?.[1])
    throw new Error(
      `invalid flat address line "${line1}": expected "Flat <number>"`,
    );

  return Number(match[1]);
}

/**
 * Places a park home on the site of the first park home member, named
 * after that member's street, e.g. pitch 12 of Meadow Park off Meadow Lane.
 */
function placeParkHome(
  index: number,
  placeHousehold: PlaceHousehold,
): EmbeddedHome {
  const firstIndex = PARK_HOME_MEMBERS[0] ?? index;
  const site = placeHousehold(firstIndex);
  const street = streetOf(site.address);
  const siteName = `${street.split(" ")[0] ?? street} Park`;
  const position = index - firstIndex;
  const firstPitch = 1 + (houseNumberOf(site.address) % 40);

  return {
    placement: {
      ...site,
      address: {
        ...site.address,
        line1: `${firstPitch + position} ${siteName}`,
        line2: street,
        latitude: Number(
          (site.address.latitude + position * PARK_HOME_SPACING).toFixed(6),
        ),
      },
    },
    networkName: `${siteName} Home Estate`,
  };
}

/** Returns the street of an address, e.g. `Meadow Lane`. */
function streetOf(address: Address): string {
  return (address.line2 ?? address.line1).replace(/^\d+ /, "");
}

/** Returns the house number of an address, e.g. 166 for `166 Meadow Lane`. */
function houseNumberOf(address: Address): number {
  return Number(/^\d+/.exec(address.line2 ?? address.line1)?.[0] ?? "1");
}
