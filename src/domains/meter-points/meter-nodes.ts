import type { RequestContext } from "../../server/context.js";
import { registerNodeLoader } from "../../shared/node-registry.js";
import { canViewProperty } from "../properties/property-access.js";
import { meterPointLoaders } from "./meter-points.loaders.js";

/** Parses the id part of a meter's global id; null when it is not one. */
function parseMeterId(id: string): number | null {
  const value = Number(id);

  return /^\d+$/.test(id) && Number.isSafeInteger(value) ? value : null;
}

async function loadElectricityMeterNode(context: RequestContext, id: string) {
  const meterId = parseMeterId(id);
  const loaders = meterPointLoaders(context);
  const meter =
    meterId === null ? null : await loaders.electricityMeterById.load(meterId);
  const meterPoint = meter
    ? await loaders.electricityMeterPointById.load(meter.meter_point_id)
    : null;

  if (!meter || !meterPoint) return null;
  if (!(await canViewProperty(context, meterPoint.property_id))) return null;

  return { ...meter, __typename: "ElectricityMeterType" as const };
}

async function loadGasMeterNode(context: RequestContext, id: string) {
  const meterId = parseMeterId(id);
  const loaders = meterPointLoaders(context);
  const meter =
    meterId === null ? null : await loaders.gasMeterById.load(meterId);
  const meterPoint = meter
    ? await loaders.gasMeterPointById.load(meter.meter_point_id)
    : null;

  if (!meter || !meterPoint) return null;
  if (!(await canViewProperty(context, meterPoint.property_id))) return null;

  return { ...meter, __typename: "GasMeterType" as const };
}

/**
 * Makes meters reachable through node(id:). A meter the viewer may not see
 * loads as null, like one that does not exist.
 */
export function registerMeterNodes(): void {
  registerNodeLoader("ElectricityMeterType", loadElectricityMeterNode);
  registerNodeLoader("GasMeterType", loadGasMeterNode);
}
