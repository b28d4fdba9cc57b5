import DataLoader from "dataloader";

import type { RequestContext } from "../../server/context.js";
import { findByKey, perRequest } from "../../shared/loaders.js";
import { findSmartMetersByDeviceIds } from "./telemetry.repository.js";

/** Per-request loaders of the telemetry domain. */
export const telemetryLoaders = perRequest(({ db }: RequestContext) => ({
  smartMeterByDeviceId: new DataLoader(async (ids: readonly string[]) =>
    findByKey(
      ids,
      await findSmartMetersByDeviceIds(db, ids),
      (row) => row.device_id,
    ),
  ),
}));
