import DataLoader from "dataloader";

import type { RequestContext } from "../../server/context.js";
import { findByKey, groupByKey, perRequest } from "../../shared/loaders.js";
import {
  findOccupancyPeriodsByAccountIds,
  findOccupancyPeriodsByPropertyIds,
  findPropertiesByIds,
} from "./properties.repository.js";

/** Per-request loaders of properties and their occupancy periods. */
export const propertyLoaders = perRequest(({ db }: RequestContext) => ({
  propertyById: new DataLoader(async (ids: readonly number[]) =>
    findByKey(ids, await findPropertiesByIds(db, ids), (row) => row.id),
  ),
  occupancyPeriodsByAccountId: new DataLoader(
    async (accountIds: readonly number[]) =>
      groupByKey(
        accountIds,
        await findOccupancyPeriodsByAccountIds(db, accountIds),
        (row) => row.account_id,
      ),
  ),
  occupancyPeriodsByPropertyId: new DataLoader(
    async (propertyIds: readonly number[]) =>
      groupByKey(
        propertyIds,
        await findOccupancyPeriodsByPropertyIds(db, propertyIds),
        (row) => row.property_id,
      ),
  ),
}));
