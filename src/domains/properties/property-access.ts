import { accountLoaders } from "../accounts/accounts.loaders.js";
import type { RequestContext } from "../../server/context.js";
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
  const viewer = await context.requireViewer();
  const [periods, roles] = await Promise.all([
    propertyLoaders(context).occupancyPeriodsByPropertyId.load(propertyId),
    accountLoaders(context).accountRolesByUserId.load(viewer.accountUserId),
  ]);
  const accountIds = new Set(roles.map((role) => role.account_id));

  return periods.some((period) => accountIds.has(period.account_id));
}
