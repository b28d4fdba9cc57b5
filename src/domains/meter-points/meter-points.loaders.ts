import DataLoader from "dataloader";

import type { RequestContext } from "../../server/context.js";
import { findByKey, groupByKey, perRequest } from "../../shared/loaders.js";
import {
  findElectricityMeterPointsByIds,
  findElectricityMeterPointsByMpans,
  findElectricityMeterPointsByPropertyIds,
  findGasMeterPointsByIds,
  findGasMeterPointsByMprns,
  findGasMeterPointsByPropertyIds,
} from "./meter-points.repository.js";
import {
  findElectricityMetersByIds,
  findElectricityMetersByMeterPointIds,
  findGasMetersByIds,
  findGasMetersByMeterPointIds,
  findPropertyIdsWithNonSmartMeters,
  findRegistersByMeterIds,
} from "./meters.repository.js";
import { londonToday } from "./meter-activity.js";

/**
 * Per-request loaders of meter points, their meters and the registers of
 * electricity meters. Other domains reach meter points through these.
 */
export const meterPointLoaders = perRequest(({ db }: RequestContext) => ({
  electricityMeterPointById: new DataLoader(async (ids: readonly number[]) =>
    findByKey(
      ids,
      await findElectricityMeterPointsByIds(db, ids),
      (row) => row.id,
    ),
  ),
  electricityMeterPointByMpan: new DataLoader(
    async (mpans: readonly string[]) =>
      findByKey(
        mpans,
        await findElectricityMeterPointsByMpans(db, mpans),
        (row) => row.mpan,
      ),
  ),
  electricityMeterPointsByPropertyId: new DataLoader(
    async (propertyIds: readonly number[]) =>
      groupByKey(
        propertyIds,
        await findElectricityMeterPointsByPropertyIds(db, propertyIds),
        (row) => row.property_id,
      ),
  ),
  gasMeterPointById: new DataLoader(async (ids: readonly number[]) =>
    findByKey(ids, await findGasMeterPointsByIds(db, ids), (row) => row.id),
  ),
  gasMeterPointByMprn: new DataLoader(async (mprns: readonly string[]) =>
    findByKey(
      mprns,
      await findGasMeterPointsByMprns(db, mprns),
      (row) => row.mprn,
    ),
  ),
  gasMeterPointsByPropertyId: new DataLoader(
    async (propertyIds: readonly number[]) =>
      groupByKey(
        propertyIds,
        await findGasMeterPointsByPropertyIds(db, propertyIds),
        (row) => row.property_id,
      ),
  ),
  electricityMeterById: new DataLoader(async (ids: readonly number[]) =>
    findByKey(ids, await findElectricityMetersByIds(db, ids), (row) => row.id),
  ),
  electricityMetersByMeterPointId: new DataLoader(
    async (meterPointIds: readonly number[]) =>
      groupByKey(
        meterPointIds,
        await findElectricityMetersByMeterPointIds(db, meterPointIds),
        (row) => row.meter_point_id,
      ),
  ),
  gasMeterById: new DataLoader(async (ids: readonly number[]) =>
    findByKey(ids, await findGasMetersByIds(db, ids), (row) => row.id),
  ),
  gasMetersByMeterPointId: new DataLoader(
    async (meterPointIds: readonly number[]) =>
      groupByKey(
        meterPointIds,
        await findGasMetersByMeterPointIds(db, meterPointIds),
        (row) => row.meter_point_id,
      ),
  ),
  registersByElectricityMeterId: new DataLoader(
    async (meterIds: readonly number[]) =>
      groupByKey(
        meterIds,
        await findRegistersByMeterIds(db, meterIds),
        (row) => row.meter_id,
      ),
  ),
  hasNonSmartMeterByPropertyId: new DataLoader(
    async (propertyIds: readonly number[]) => {
      const found = new Set(
        await findPropertyIdsWithNonSmartMeters(db, propertyIds, londonToday()),
      );

      return propertyIds.map((id) => found.has(id));
    },
  ),
}));
