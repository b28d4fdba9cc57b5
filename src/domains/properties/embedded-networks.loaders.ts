import DataLoader from "dataloader";

import type { RequestContext } from "../../server/context.js";
import { findByKey, groupByKey, perRequest } from "../../shared/loaders.js";
import {
  findEmbeddedNetworksByIds,
  findEmbeddedPropertiesByNetworkIds,
  findEmbeddedPropertiesByPropertyIds,
} from "./embedded-networks.repository.js";

/** Per-request loaders of embedded networks and their member properties. */
export const embeddedNetworkLoaders = perRequest(({ db }: RequestContext) => ({
  embeddedNetworkById: new DataLoader(async (ids: readonly number[]) =>
    findByKey(ids, await findEmbeddedNetworksByIds(db, ids), (row) => row.id),
  ),
  embeddedPropertyByPropertyId: new DataLoader(
    async (propertyIds: readonly number[]) =>
      findByKey(
        propertyIds,
        await findEmbeddedPropertiesByPropertyIds(db, propertyIds),
        (row) => row.property_id,
      ),
  ),
  embeddedPropertiesByNetworkId: new DataLoader(
    async (networkIds: readonly number[]) =>
      groupByKey(
        networkIds,
        await findEmbeddedPropertiesByNetworkIds(db, networkIds),
        (row) => row.embedded_network_id,
      ),
  ),
}));
