import { accountLoaders } from "../accounts/accounts.loaders.js";
import type { RequestContext } from "../../server/context.js";
import { coveringSpan } from "../../shared/time-span.js";
import type { TimeSpan } from "../../shared/time-span.js";
import { propertyLoaders } from "./properties.loaders.js";

/**
 * Checks that the viewer has a role on an account with an occupancy period
 * on the property, past, current or future. The meter points,
 * meters and smart devices of the property are visible on the same terms.
 */
export async function canViewProperty(
  context: RequestContext,
  propertyId: number,
): Promise<boolean> {
  const periods = await listViewerOccupancyPeriods(context, propertyId);

  return periods.length > 0;
}

/** Lists the occupancy periods on a property held by the viewer's accounts. */
export async function listViewerOccupancyPeriods(
  context: RequestContext,
  propertyId: number,
) {
  const viewer = await context.requireViewer();
  const [periods, roles] = await Promise.all([
    propertyLoaders(context).occupancyPeriodsByPropertyId.load(propertyId),
    accountLoaders(context).accountRolesByUserId.load(viewer.accountUserId),
  ]);
  const accountIds = new Set(roles.map((role) => role.account_id));

  return periods.filter((period) => accountIds.has(period.account_id));
}

/**
 * Works out when the viewer's accounts occupied the property: from the
 * earliest of their periods' start to the latest one's end (null when one
 * is open). Readings outside it belong to other occupants.
 */
export async function findOccupancySpan(
  context: RequestContext,
  propertyId: number,
): Promise<TimeSpan | null> {
  const periods = await listViewerOccupancyPeriods(context, propertyId);

  return coveringSpan(
    periods.map((period) => ({
      from: period.effective_from,
      to: period.effective_to,
    })),
  );
}
