import type { Resolvers } from "../../generated/graphql.js";
import type { RequestContext } from "../../server/context.js";
import { KrakenError } from "../../server/errors.js";
import { canViewAccountId } from "../accounts/account-access.js";
import { canViewProperty } from "../properties/property-access.js";
import { GROUPING_SECONDS, parseTelemetryRange } from "./telemetry-range.js";
import { clipWindow, findAccessSpan } from "./telemetry-access.js";
import { telemetryLoaders } from "./telemetry.loaders.js";
import { selectTelemetryBuckets } from "./telemetry.repository.js";
import type {
  SmartMeterRow,
  TelemetryBucketRow,
  TelemetryWindow,
} from "./telemetry.repository.js";

export const resolvers: Resolvers = {
  Query: {
    smartMeterTelemetry: async (_parent, args, context) => {
      await context.requireViewer();
      const range = parseTelemetryRange(args, new Date());
      const meter = await authorizeSmartMeter(context, args.deviceId);
      context.spendTimeSeriesRows(
        range
          ? Math.ceil(
              (range.end.getTime() - range.start.getTime()) /
                1000 /
                GROUPING_SECONDS[range.grouping],
            )
          : 1,
      );
      const window: TelemetryWindow = range
        ? {
            kind: "range",
            start: range.start,
            end: range.end,
            bucketSeconds: GROUPING_SECONDS[range.grouping],
          }
        : { kind: "latest" };
      const span = await findAccessSpan(context, meter);
      const clipped = span ? clipWindow(window, span) : null;

      if (!clipped) return [];

      const rows = await selectTelemetryBuckets(context.db, meter, clipped);

      return rows.map(toTelemetry);
    },
  },
};

/**
 * Loads the smart meter with this device id when one of the viewer's
 * accounts has, or had, an agreement on its meter point or an occupancy
 * period on its property. Unknown devices and other people's raise the
 * same KT-GB-4050, so the error does not reveal which device ids exist.
 * The readings served are then limited to the viewer's own periods there
 * (`findAccessSpan`).
 */
async function authorizeSmartMeter(
  context: RequestContext,
  deviceId: string,
): Promise<SmartMeterRow> {
  const meter = await telemetryLoaders(context).smartMeterByDeviceId.load(
    deviceId.trim().toUpperCase(),
  );
  const allowed = meter ? await canViewSmartMeter(context, meter) : false;

  if (!meter || !allowed) {
    throw new KrakenError("KT-GB-4050", {
      detail:
        `No ESME or GSME with device id ${JSON.stringify(deviceId)} ` +
        "serves a meter point of the viewer's accounts.",
      inputPath: ["deviceId"],
    });
  }

  return meter;
}

async function canViewSmartMeter(
  context: RequestContext,
  meter: SmartMeterRow,
): Promise<boolean> {
  const checks = await Promise.all([
    canViewProperty(context, meter.property_id),
    ...meter.account_ids.map((id) => canViewAccountId(context, id)),
  ]);

  return checks.includes(true);
}

function toTelemetry(row: TelemetryBucketRow) {
  return {
    readAt: row.read_at,
    consumption: row.consumption,
    export: row.export,
    demand: row.demand,
    consumptionDelta: row.consumption_delta,
    costDelta: row.cost_delta,
    costDeltaWithTax: row.cost_delta_with_tax,
  };
}
