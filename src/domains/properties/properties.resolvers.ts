import { Temporal } from "temporal-polyfill";

import type { Resolvers } from "../../generated/graphql.js";
import { KrakenError } from "../../server/errors.js";
import { authorizeAccount } from "../accounts/account-access.js";
import { accountLoaders } from "../accounts/accounts.loaders.js";
import { meterPointLoaders } from "../meter-points/meter-points.loaders.js";
import { smartDeviceLoaders } from "../meter-points/smart-devices.loaders.js";
import {
  formatAddress,
  formatStreetAddress,
  splitAddress,
} from "./addresses.js";
import {
  divisionForGspGroups,
  listInstallationTimeslots,
} from "./installation-timeslots.js";
import {
  isChangeOfTenancyOngoing,
  isOccupancyInForce,
} from "./occupancy-rules.js";
import { propertyLoaders } from "./properties.loaders.js";
import type { PropertyRow } from "./properties.repository.js";
import {
  canViewProperty,
  listViewerOccupancyPeriods,
} from "./property-access.js";
import { TimeScalar } from "./time-scalar.js";

const WAN_COVERAGE_STRENGTHS = new Set(["HIGH", "MEDIUM", "LOW"]);

/** Parses a property id; raises KT-CT-1605 naming one that is not a number. */
function parsePropertyId(id: string): number {
  const value = Number(id);

  if (!/^\d+$/.test(id) || !Number.isSafeInteger(value)) {
    throw new KrakenError("KT-CT-1605", {
      detail:
        `${JSON.stringify(id)} is not a property id; ` +
        "use the id field of a property from properties(accountNumber:).",
      inputPath: ["id"],
    });
  }

  return value;
}

function wanCoverageOf(property: PropertyRow) {
  const coverage = property.wan_coverage;

  return coverage !== null && WAN_COVERAGE_STRENGTHS.has(coverage)
    ? (coverage as "HIGH" | "MEDIUM" | "LOW")
    : null;
}

async function isSmets2InstallationAllowed(
  property: PropertyRow,
  context: Parameters<typeof propertyLoaders>[0],
): Promise<boolean> {
  if (wanCoverageOf(property) === null) return false;

  return meterPointLoaders(context).hasNonSmartMeterByPropertyId.load(
    property.id,
  );
}

/**
 * Lists the SMETS2 appointments open to a property, none when installation
 * is not allowed, skipping the bank holidays of its part of GB.
 */
async function listPropertyTimeslots(
  property: PropertyRow,
  context: Parameters<typeof propertyLoaders>[0],
) {
  if (!(await isSmets2InstallationAllowed(property, context))) return [];

  const meterPoints = await meterPointLoaders(
    context,
  ).electricityMeterPointsByPropertyId.load(property.id);
  const division = divisionForGspGroups(
    meterPoints.map((point) => point.gsp_group_id),
  );

  return listInstallationTimeslots(Temporal.Now.instant(), division);
}

/**
 * Lists the properties an account has occupancy periods on, in id order;
 * with `activeFrom`, only those whose occupancy had not ended by then.
 */
async function listAccountProperties(
  context: Parameters<typeof propertyLoaders>[0],
  accountId: number,
  activeFrom: Date | null | undefined,
): Promise<PropertyRow[]> {
  const loaders = propertyLoaders(context);
  const periods = await loaders.occupancyPeriodsByAccountId.load(accountId);
  const propertyIds = periods
    .filter(
      (period) =>
        !activeFrom ||
        period.effective_to === null ||
        period.effective_to > activeFrom,
    )
    .map((period) => period.property_id);
  const unique = [...new Set(propertyIds)].sort((a, b) => a - b);
  const properties = await loaders.propertyById.loadMany(unique);

  return properties.filter(
    (property): property is PropertyRow =>
      property !== null && !(property instanceof Error),
  );
}

export const resolvers: Resolvers = {
  Time: TimeScalar,
  AccountType: {
    properties: (account, { activeFrom }, context) =>
      listAccountProperties(context, account.id, activeFrom),
  },
  Query: {
    properties: async (_parent, { accountNumber, active }, context) => {
      const account = await authorizeAccount(context, accountNumber);
      const loaders = propertyLoaders(context);
      const periods = await loaders.occupancyPeriodsByAccountId.load(
        account.id,
      );
      const now = new Date();
      const inForce = new Set(
        periods
          .filter((period) => isOccupancyInForce(period, now))
          .map((period) => period.property_id),
      );
      const propertyIds = [...new Set(periods.map((p) => p.property_id))]
        .filter((id) => active == null || inForce.has(id) === active)
        .sort((a, b) => a - b);
      const properties = await loaders.propertyById.loadMany(propertyIds);

      return properties.filter(
        (property): property is PropertyRow =>
          property !== null && !(property instanceof Error),
      );
    },
    property: async (_parent, { id }, context) => {
      await context.requireViewer();
      const propertyId = parsePropertyId(id);
      const property =
        await propertyLoaders(context).propertyById.load(propertyId);

      if (!property || !(await canViewProperty(context, propertyId))) {
        throw new KrakenError("KT-CT-4177", {
          detail:
            `Property ${JSON.stringify(id)} is not a property of the ` +
            "viewer's accounts; list them with properties(accountNumber:).",
        });
      }

      return property;
    },
  },
  PropertyType: {
    id: (property) => String(property.id),
    address: (property) => formatAddress(property),
    richAddress: (property) => property,
    splitAddress: (property) => splitAddress(property),
    // Only the viewer's own periods: other occupants' account numbers and
    // move dates are theirs.
    occupancyPeriods: (property, _args, context) =>
      listViewerOccupancyPeriods(context, property.id),
    coordinates: (property) =>
      property.latitude === null || property.longitude === null
        ? null
        : {
            latitude: Number(property.latitude),
            longitude: Number(property.longitude),
          },
    smartDeviceNetworks: (property, _args, context) =>
      smartDeviceLoaders(context).smartDeviceNetworksByPropertyId.load(
        property.id,
      ),
    isChangeOfTenancyOngoing: async (property, _args, context) => {
      const periods = await propertyLoaders(
        context,
      ).occupancyPeriodsByPropertyId.load(property.id);

      return isChangeOfTenancyOngoing(periods, new Date());
    },
    isSmets2InstallationAllowed: (property, _args, context) =>
      isSmets2InstallationAllowed(property, context),
    electricityMeterPoints: (property, _args, context) =>
      meterPointLoaders(context).electricityMeterPointsByPropertyId.load(
        property.id,
      ),
    gasMeterPoints: (property, _args, context) =>
      meterPointLoaders(context).gasMeterPointsByPropertyId.load(property.id),
    wanCoverage: (property) => wanCoverageOf(property),
    availableSmets2InstallationTimeslots: (property, _args, context) =>
      listPropertyTimeslots(property, context),
  },
  PropertyRichAddressType: {
    streetAddress: (property) => formatStreetAddress(property),
    locality: (property) => property.town,
    administrativeArea: (property) => property.county,
    postalCode: (property) => property.postcode,
    country: (property) => property.country_code,
    deliveryPointIdentifier: (property) => property.uprn,
  },
  OccupancyPeriodType: {
    id: (period) => String(period.id),
    effectiveFrom: (period) => period.effective_from,
    effectiveTo: (period) => period.effective_to,
    isOccupier: (period) => period.is_occupier,
    numberOfOccupants: (period) => period.number_of_occupants,
    accountNumber: async (period, _args, context) => {
      const account = await accountLoaders(context).accountById.load(
        period.account_id,
      );

      return account?.number ?? null;
    },
  },
};
