import DataLoader from "dataloader";

import type { RequestContext } from "../../server/context.js";
import { findByKey, groupByKey, perRequest } from "../../shared/loaders.js";
import { meterPointLoaders } from "./meter-points.loaders.js";
import type { ElectricityMeterRow, GasMeterRow } from "./meters.repository.js";
import {
  findSmartDeviceNetworksByIds,
  findSmartDeviceNetworksByPropertyIds,
  findSmartDevicesByDeviceIds,
  findSmartDevicesByElectricityMeterIds,
  findSmartDevicesByGasMeterIds,
  findSmartDevicesByIds,
  findSmartDevicesByNetworkIds,
} from "./smart-devices.repository.js";
import type { SmartDeviceRow } from "./smart-devices.repository.js";

/**
 * Groups devices under every electricity meter they serve. An ESME that
 * serves both the import and the export meter belongs to both groups.
 */
function groupByElectricityMeter(
  meterIds: readonly number[],
  devices: readonly SmartDeviceRow[],
): SmartDeviceRow[][] {
  return meterIds.map((meterId) =>
    devices.filter(
      (device) =>
        device.import_meter_id === meterId ||
        device.export_meter_id === meterId,
    ),
  );
}

/** Per-request loaders of smart devices and their home area networks. */
export const smartDeviceLoaders = perRequest(({ db }: RequestContext) => ({
  smartDeviceById: new DataLoader(async (ids: readonly number[]) =>
    findByKey(ids, await findSmartDevicesByIds(db, ids), (row) => row.id),
  ),
  smartDeviceByDeviceId: new DataLoader(async (deviceIds: readonly string[]) =>
    findByKey(
      deviceIds,
      await findSmartDevicesByDeviceIds(db, deviceIds),
      (row) => row.device_id,
    ),
  ),
  smartDevicesByElectricityMeterId: new DataLoader(
    async (meterIds: readonly number[]) =>
      groupByElectricityMeter(
        meterIds,
        await findSmartDevicesByElectricityMeterIds(db, meterIds),
      ),
  ),
  smartDevicesByGasMeterId: new DataLoader(
    async (meterIds: readonly number[]) =>
      groupByKey(
        meterIds,
        await findSmartDevicesByGasMeterIds(db, meterIds),
        (row) => row.gas_meter_id,
      ),
  ),
  smartDevicesByNetworkId: new DataLoader(
    async (networkIds: readonly number[]) =>
      groupByKey(
        networkIds,
        await findSmartDevicesByNetworkIds(db, networkIds),
        (row) => row.network_id,
      ),
  ),
  smartDeviceNetworkById: new DataLoader(async (ids: readonly number[]) =>
    findByKey(
      ids,
      await findSmartDeviceNetworksByIds(db, ids),
      (row) => row.id,
    ),
  ),
  smartDeviceNetworksByPropertyId: new DataLoader(
    async (propertyIds: readonly number[]) =>
      groupByKey(
        propertyIds,
        await findSmartDeviceNetworksByPropertyIds(db, propertyIds),
        (row) => row.property_id,
      ),
  ),
}));

/** A smart device with the meters it serves. */
export interface SmartDeviceWithMeters {
  device: SmartDeviceRow;
  importMeter: ElectricityMeterRow | null;
  exportMeter: ElectricityMeterRow | null;
  gasMeter: GasMeterRow | null;
}

/**
 * Finds a smart device by its EUI-64 device id, with the meters it serves,
 * or null when no device has that id. It does not check that the viewer
 * may see the device, so callers pass the property_id of a served meter's
 * meter point to `canViewProperty` from the properties domain.
 */
export async function smartDeviceByDeviceId(
  context: RequestContext,
  deviceId: string,
): Promise<SmartDeviceWithMeters | null> {
  const device =
    await smartDeviceLoaders(context).smartDeviceByDeviceId.load(deviceId);

  if (!device) return null;

  const meters = meterPointLoaders(context);
  const [importMeter, exportMeter, gasMeter] = await Promise.all([
    loadOptional(meters.electricityMeterById, device.import_meter_id),
    loadOptional(meters.electricityMeterById, device.export_meter_id),
    loadOptional(meters.gasMeterById, device.gas_meter_id),
  ]);

  return { device, importMeter, exportMeter, gasMeter };
}

/** Loads the row for an optional foreign key; null stays null. */
export async function loadOptional<Row>(
  loader: DataLoader<number, Row | null>,
  id: number | null,
): Promise<Row | null> {
  return id === null ? null : loader.load(id);
}
