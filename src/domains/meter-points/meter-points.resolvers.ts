import type {
  EnrolmentStatusOptions,
  Resolvers,
} from "../../generated/graphql.js";
import type { RequestContext } from "../../server/context.js";
import { KrakenError } from "../../server/errors.js";
import { canViewProperty } from "../properties/property-access.js";
import { selectMeters } from "./meter-activity.js";
import { parseMeterPointKey } from "./meter-point-arguments.js";
import type { MeterPointKey } from "./meter-point-arguments.js";
import { meterPointLoaders } from "./meter-points.loaders.js";
import type {
  ElectricityMeterPointRow,
  GasMeterPointRow,
} from "./meter-points.repository.js";

/**
 * Enrolment states implied by a meter point's supply status. A meter point
 * that is or was on supply has completed its switch to us.
 */
const ENROLMENT_STATUS_BY_SUPPLY_STATUS: Readonly<
  Record<string, EnrolmentStatusOptions>
> = {
  ON_SUPPLY: "COMPLETED",
  OFF_SUPPLY: "COMPLETED",
};

function enrolmentOf(meterPoint: { status: string }) {
  const status = ENROLMENT_STATUS_BY_SUPPLY_STATUS[meterPoint.status];

  return status === undefined ? null : { status };
}

/**
 * Loads the meter point a request names. One that does not exist and one
 * at a property of no account of the viewer both raise KT-CT-4011, so the
 * error never reveals which meter points exist.
 */
async function loadViewableMeterPoint(
  context: RequestContext,
  key: MeterPointKey,
): Promise<ElectricityMeterPointRow | GasMeterPointRow> {
  const loaders = meterPointLoaders(context);
  const meterPoint =
    key.fuel === "ELECTRICITY"
      ? await loaders.electricityMeterPointByMpan.load(key.mpan)
      : await loaders.gasMeterPointByMprn.load(key.mprn);

  if (meterPoint && (await canViewProperty(context, meterPoint.property_id))) {
    return meterPoint;
  }

  const name =
    key.fuel === "ELECTRICITY" ? `MPAN ${key.mpan}` : `MPRN ${key.mprn}`;

  throw new KrakenError("KT-CT-4011", {
    detail:
      `${name} is not a meter point of the viewer's accounts; list them ` +
      "with properties(accountNumber:).",
  });
}

export const resolvers: Resolvers = {
  Query: {
    meterPoints: async (_parent, args, context) => {
      await context.requireViewer();

      return loadViewableMeterPoint(context, parseMeterPointKey(args));
    },
  },
  MeterPointInterface: {
    __resolveType: (meterPoint) =>
      "mpan" in meterPoint ? "ElectricityMeterPointType" : "GasMeterPointType",
  },
  ElectricityMeterPointType: {
    id: (meterPoint) => String(meterPoint.id),
    gspGroupId: (meterPoint) =>
      meterPoint.gsp_group_id.startsWith("_")
        ? meterPoint.gsp_group_id
        : `_${meterPoint.gsp_group_id}`,
    profileClass: (meterPoint) => meterPoint.profile_class,
    measurementClass: (meterPoint) => meterPoint.measurement_class,
    energisationStatus: (meterPoint) => meterPoint.energisation_status,
    dccServiceFlag: (meterPoint) => meterPoint.dcc_service_flag,
    smsOperator: (meterPoint) => meterPoint.sms_operator,
    smartStartDate: (meterPoint) => meterPoint.smart_start_date,
    supplyEndDate: (meterPoint) => meterPoint.supply_end_date,
    direction: (meterPoint) =>
      meterPoint.direction === "IMPORT" || meterPoint.direction === "EXPORT"
        ? meterPoint.direction
        : null,
    meters: async (meterPoint, args, context) =>
      selectMeters(
        await meterPointLoaders(context).electricityMetersByMeterPointId.load(
          meterPoint.id,
        ),
        args,
      ),
    enrolment: (meterPoint) => enrolmentOf(meterPoint),
  },
  GasMeterPointType: {
    id: (meterPoint) => String(meterPoint.id),
    exitZone: (meterPoint) => meterPoint.exit_zone,
    supplyClass: (meterPoint) => meterPoint.supply_class,
    marketSectorCode: (meterPoint) =>
      meterPoint.market_sector_code === "D" ||
      meterPoint.market_sector_code === "I"
        ? meterPoint.market_sector_code
        : null,
    smartStartDate: (meterPoint) => meterPoint.smart_start_date,
    supplyEndDate: (meterPoint) => meterPoint.supply_end_date,
    meters: async (meterPoint, args, context) =>
      selectMeters(
        await meterPointLoaders(context).gasMetersByMeterPointId.load(
          meterPoint.id,
        ),
        args,
      ),
    enrolment: (meterPoint) => enrolmentOf(meterPoint),
  },
};
