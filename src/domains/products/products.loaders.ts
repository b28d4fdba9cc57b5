import DataLoader from "dataloader";

import type { RequestContext } from "../../server/context.js";
import { findByKey, groupByKey, perRequest } from "../../shared/loaders.js";
import { findProductsByCodes } from "./products.repository.js";
import { findTodayAndTomorrow, requestNow } from "./request-time.js";
import {
  findRatesInForce,
  findTariffsByIds,
  findTariffsForProducts,
  findUnitRatesOverlapping,
} from "./tariffs.repository.js";
import type { ProductTariffsKey } from "./tariffs.repository.js";

function productTariffsKeyOf(key: ProductTariffsKey): string {
  return `${key.productId}|${key.gspGroupId}|${key.paymentMethod}`;
}

/** Per-request loaders of products, tariffs and their rates. */
export const productLoaders = perRequest((context: RequestContext) => {
  const { db } = context;
  const now = requestNow(context);
  const halfHourlyWindow = findTodayAndTomorrow(now);

  return {
    productByCode: new DataLoader(async (codes: readonly string[]) =>
      findByKey(codes, await findProductsByCodes(db, codes), (row) => row.code),
    ),
    tariffById: new DataLoader(async (ids: readonly number[]) =>
      findByKey(ids, await findTariffsByIds(db, ids), (row) => row.id),
    ),
    tariffsByProductAndRegion: new DataLoader(
      async (keys: readonly ProductTariffsKey[]) =>
        groupByKey(
          keys.map(productTariffsKeyOf),
          await findTariffsForProducts(db, keys),
          (row) =>
            productTariffsKeyOf({
              productId: row.product_id,
              gspGroupId: row.gsp_group_id,
              paymentMethod: row.payment_method,
            }),
        ),
      { cacheKeyFn: productTariffsKeyOf },
    ),
    /** Rates of each tariff in force at the request's instant. */
    currentRatesByTariffId: new DataLoader(async (ids: readonly number[]) =>
      groupByKey(
        ids,
        await findRatesInForce(db, ids, now),
        (row) => row.tariff_id,
      ),
    ),
    /** Unit rates of each tariff that overlap today and tomorrow. */
    halfHourlyRatesByTariffId: new DataLoader(async (ids: readonly number[]) =>
      groupByKey(
        ids,
        await findUnitRatesOverlapping(
          db,
          ids,
          halfHourlyWindow.from,
          halfHourlyWindow.to,
        ),
        (row) => row.tariff_id,
      ),
    ),
  };
});
