import DataLoader from "dataloader";

import type { RequestContext } from "../../server/context.js";
import { findByKey, groupByKey, perRequest } from "../../shared/loaders.js";
import {
  findAgreementsByAccountIds,
  findAgreementsByElectricityMeterPointIds,
  findAgreementsByGasMeterPointIds,
  findAgreementsByIds,
} from "./agreements.repository.js";

/** Per-request loaders of supply agreements. */
export const agreementLoaders = perRequest(({ db }: RequestContext) => ({
  agreementById: new DataLoader(async (ids: readonly number[]) =>
    findByKey(ids, await findAgreementsByIds(db, ids), (row) => row.id),
  ),
  agreementsByAccountId: new DataLoader(async (ids: readonly number[]) =>
    groupByKey(
      ids,
      await findAgreementsByAccountIds(db, ids),
      (row) => row.account_id,
    ),
  ),
  agreementsByElectricityMeterPointId: new DataLoader(
    async (ids: readonly number[]) =>
      groupByKey(
        ids,
        await findAgreementsByElectricityMeterPointIds(db, ids),
        (row) => row.electricity_meter_point_id,
      ),
  ),
  agreementsByGasMeterPointId: new DataLoader(async (ids: readonly number[]) =>
    groupByKey(
      ids,
      await findAgreementsByGasMeterPointIds(db, ids),
      (row) => row.gas_meter_point_id,
    ),
  ),
}));
