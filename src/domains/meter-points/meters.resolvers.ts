import type {
  ElectricityMeterMeterType,
  GasMeterMechanism,
  Resolvers,
} from "../../generated/graphql.js";
import type { RequestContext } from "../../server/context.js";
import { toGlobalId } from "../../shared/global-id.js";
import { isMeterActive, londonToday } from "./meter-activity.js";
import { registerMeterNodes } from "./meter-nodes.js";
import { meterPointLoaders } from "./meter-points.loaders.js";
import type { ElectricityMeterRow } from "./meters.repository.js";
import { smartDeviceLoaders } from "./smart-devices.loaders.js";

registerMeterNodes();

const ELECTRICITY_METER_TYPES: ReadonlySet<string> = new Set([
  "CHECK",
  "H",
  "K",
  "LAG_",
  "LEAD_",
  "MAIN_",
  "N",
  "NCAMR",
  "NSS",
  "RCAMR",
  "RCAMY",
  "S",
  "S1",
  "S2A",
  "S2B",
  "S2C",
  "S2AD",
  "S2BD",
  "S2CD",
  "S2ADE",
  "S2BDE",
  "S2CDE",
  "SPECL",
  "T",
  "A_2AF",
  "A_2ADF",
  "A_2AEF",
  "A_2ADEF",
  "A_2BF",
  "A_2BDF",
  "A_2BEF",
  "A_2BDEF",
  "A_2CF",
  "A_2CDF",
  "A_2CEF",
  "A_2CDEF",
]);

const GAS_METER_MECHANISMS: ReadonlySet<string> = new Set([
  "CR",
  "ET",
  "PP",
  "MT",
  "CM",
  "TH",
  "NS",
  "S1",
  "S2",
  "U",
]);

/**
 * Finds the import meter in service at the property of an export meter.
 * An import meter has no import meter of its own, so it gets null.
 */
async function findImportMeter(
  meter: ElectricityMeterRow,
  context: RequestContext,
): Promise<ElectricityMeterRow | null> {
  const loaders = meterPointLoaders(context);
  const meterPoint = await loaders.electricityMeterPointById.load(
    meter.meter_point_id,
  );

  if (meterPoint?.direction !== "EXPORT") return null;

  const siblings = await loaders.electricityMeterPointsByPropertyId.load(
    meterPoint.property_id,
  );
  const importPoints = siblings.filter((point) => point.direction === "IMPORT");
  const meterLists = await Promise.all(
    importPoints.map((point) =>
      loaders.electricityMetersByMeterPointId.load(point.id),
    ),
  );
  const today = londonToday();

  return meterLists.flat().find((row) => isMeterActive(row, today)) ?? null;
}

/** Finds the ESME that imports or exports through this meter, if any. */
async function findElectricityMeterDevice(
  context: RequestContext,
  meterId: number,
  role: "import_meter_id" | "export_meter_id",
) {
  const devices =
    await smartDeviceLoaders(context).smartDevicesByElectricityMeterId.load(
      meterId,
    );

  return (
    devices.find(
      (device) => device.type === "ESME" && device[role] === meterId,
    ) ?? null
  );
}

export const resolvers: Resolvers = {
  Meter: {
    __resolveType: (meter) =>
      "manufacturer_code" in meter ? "GasMeterType" : "ElectricityMeterType",
  },
  ElectricityMeterType: {
    id: (meter) => String(meter.id),
    nodeId: (meter) => toGlobalId("ElectricityMeterType", meter.id),
    serialNumber: (meter) => meter.serial_number,
    isDigital: (meter) => meter.is_digital,
    installationDate: (meter) => meter.installation_date,
    createdAt: (meter) => meter.created_at,
    updatedAt: (meter) => meter.updated_at,
    activeFrom: (meter) => meter.active_from,
    activeTo: (meter) => meter.active_to,
    makeAndType: (meter) => meter.make_and_type,
    meterType: (meter) =>
      meter.meter_type !== null && ELECTRICITY_METER_TYPES.has(meter.meter_type)
        ? (meter.meter_type as ElectricityMeterMeterType)
        : null,
    consumptionUnits: (meter) => meter.consumption_units,
    meterPoint: async (meter, _args, context) => {
      const meterPoint = await meterPointLoaders(
        context,
      ).electricityMeterPointById.load(meter.meter_point_id);

      if (!meterPoint) {
        throw new Error(`Meter ${meter.id} has no meter point`);
      }

      return meterPoint;
    },
    registers: (meter, _args, context) =>
      meterPointLoaders(context).registersByElectricityMeterId.load(meter.id),
    smartDevices: (meter, _args, context) =>
      smartDeviceLoaders(context).smartDevicesByElectricityMeterId.load(
        meter.id,
      ),
    smartImportElectricityMeter: (meter, _args, context) =>
      findElectricityMeterDevice(context, meter.id, "import_meter_id"),
    smartExportElectricityMeter: (meter, _args, context) =>
      findElectricityMeterDevice(context, meter.id, "export_meter_id"),
    importMeter: (meter, _args, context) => findImportMeter(meter, context),
  },
  ElectricityMeterRegisterType: {
    id: (register) => String(register.id),
    unitRateType: (register) => register.rate,
  },
  GasMeterType: {
    id: (meter) => String(meter.id),
    nodeId: (meter) => toGlobalId("GasMeterType", meter.id),
    serialNumber: (meter) => meter.serial_number,
    installationDate: (meter) => meter.installation_date,
    createdAt: (meter) => meter.created_at,
    updatedAt: (meter) => meter.updated_at,
    activeFrom: (meter) => meter.active_from,
    activeTo: (meter) => meter.active_to,
    manufacturerCode: (meter) => meter.manufacturer_code,
    modelName: (meter) => meter.model_name,
    manufacturedYear: (meter) => meter.manufactured_year,
    meterType: (meter) => meter.meter_type,
    mechanism: (meter) =>
      meter.mechanism !== null && GAS_METER_MECHANISMS.has(meter.mechanism)
        ? (meter.mechanism as GasMeterMechanism)
        : null,
    readingFactor: (meter) => meter.reading_factor,
    consumptionUnits: (meter) => meter.consumption_units,
    meterPoint: async (meter, _args, context) => {
      const meterPoint = await meterPointLoaders(
        context,
      ).gasMeterPointById.load(meter.meter_point_id);

      if (!meterPoint) {
        throw new Error(`Meter ${meter.id} has no meter point`);
      }

      return meterPoint;
    },
    smartGasMeter: async (meter, _args, context) => {
      const devices = await smartDeviceLoaders(
        context,
      ).smartDevicesByGasMeterId.load(meter.id);

      return devices.find((device) => device.type === "GSME") ?? null;
    },
    smartDevices: (meter, _args, context) =>
      smartDeviceLoaders(context).smartDevicesByGasMeterId.load(meter.id),
  },
};
