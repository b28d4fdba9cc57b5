import type {
  DeviceStatus,
  DeviceType,
  Resolvers,
} from "../../generated/graphql.js";
import { meterPointLoaders } from "./meter-points.loaders.js";
import { loadOptional, smartDeviceLoaders } from "./smart-devices.loaders.js";

const DEVICE_TYPES: ReadonlySet<string> = new Set([
  "ESME",
  "GSME",
  "GPF",
  "CHF",
  "HCALCS",
  "PPMID",
  "IHD",
  "CAD",
  "IHD_OR_CAD",
]);

export const resolvers: Resolvers = {
  SmartMeterDeviceNetworkType: {
    id: (network) => String(network.id),
    smartDevices: async (network, { statuses }, context) => {
      const devices = await smartDeviceLoaders(
        context,
      ).smartDevicesByNetworkId.load(network.id);

      if (statuses == null) return devices;

      const wanted = new Set<string>(
        statuses.flatMap((status) => (status == null ? [] : [status])),
      );

      return devices.filter((device) => wanted.has(device.status));
    },
  },
  SmartMeterDeviceType: {
    id: (device) => String(device.id),
    serialNumber: (device) => device.serial_number,
    deviceId: (device) => device.device_id,
    type: (device) =>
      DEVICE_TYPES.has(device.type) ? (device.type as DeviceType) : null,
    status: (device) => device.status as DeviceStatus,
    firmwareVersion: (device) => device.firmware_version,
    paymentMode: (device) =>
      device.payment_mode === "PREPAY" || device.payment_mode === "CREDIT"
        ? device.payment_mode
        : null,
    importElectricityMeter: (device, _args, context) =>
      loadOptional(
        meterPointLoaders(context).electricityMeterById,
        device.import_meter_id,
      ),
    exportElectricityMeter: (device, _args, context) =>
      loadOptional(
        meterPointLoaders(context).electricityMeterById,
        device.export_meter_id,
      ),
    gasMeter: (device, _args, context) =>
      loadOptional(
        meterPointLoaders(context).gasMeterById,
        device.gas_meter_id,
      ),
    deviceNetwork: (device, _args, context) =>
      loadOptional(
        smartDeviceLoaders(context).smartDeviceNetworkById,
        device.network_id,
      ),
  },
};
