import DataLoader from "dataloader";

import type { RequestContext } from "../../server/context.js";
import { groupByKey, perRequest } from "../../shared/loaders.js";
import type { MeasurementQuery } from "./measurement-args.js";
import { selectMeasurements } from "./measurements.repository.js";
import type { MeasurementRow } from "./measurements.repository.js";

type MeasurementsLoader = DataLoader<number, MeasurementRow[]>;

/**
 * Per-request loaders of measurements. Properties asked for with the same
 * arguments share one loader, so their measurements come from one
 * statement.
 */
export const measurementLoaders = perRequest(({ db }: RequestContext) => {
  const loaders = new Map<string, MeasurementsLoader>();

  return {
    measurementsByPropertyId(query: MeasurementQuery): MeasurementsLoader {
      const key = JSON.stringify(query);
      let loader = loaders.get(key);

      if (!loader) {
        loader = new DataLoader(async (propertyIds: readonly number[]) =>
          groupByKey(
            propertyIds,
            await selectMeasurements(db, propertyIds, query),
            (row) => row.property_id,
          ),
        );
        loaders.set(key, loader);
      }

      return loader;
    },
  };
});
