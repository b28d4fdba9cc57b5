import type { Resolvers } from "../../generated/graphql.js";
import type { RequestContext } from "../../server/context.js";
import { KrakenError } from "../../server/errors.js";
import { canViewAccountId } from "../accounts/account-access.js";
import { accountLoaders } from "../accounts/accounts.loaders.js";
import { meterPointLoaders } from "../meter-points/meter-points.loaders.js";
import { productLoaders } from "../products/products.loaders.js";
import { requestNow } from "../products/request-time.js";
import { filterMeterPointAgreements, isInForce } from "./agreement-filters.js";
import { agreementLoaders } from "./agreements.loaders.js";
import type { AgreementRow } from "./agreements.repository.js";

type Fuel = "electricity" | "gas";

const MAX_AGREEMENT_ID = 2 ** 31 - 1;

function fuelOf(agreement: AgreementRow): Fuel {
  return agreement.electricity_meter_point_id !== null ? "electricity" : "gas";
}

function agreementNotFound(id: string, fuel: Fuel): KrakenError {
  return new KrakenError("KT-CT-1501", {
    detail:
      `No ${fuel} agreement with id ${JSON.stringify(id)} on the viewer's ` +
      `accounts; list them with account { ${fuel}Agreements { id } }.`,
  });
}

/**
 * Loads an agreement of one fuel on one of the viewer's accounts. Unknown
 * ids, the other fuel's ids and other accounts' agreements all raise
 * KT-CT-1501, so the error never reveals which ids exist.
 */
async function loadViewersAgreement(
  context: RequestContext,
  id: string,
  fuel: Fuel,
): Promise<AgreementRow> {
  await context.requireViewer();

  if (!/^\d+$/.test(id)) {
    throw new KrakenError("KT-CT-1605", {
      detail:
        `id ${JSON.stringify(id)} is not an agreement id; ` +
        'send the integer id, e.g. "42".',
      inputPath: ["id"],
    });
  }

  const agreementId = Number(id);
  const agreement =
    agreementId <= MAX_AGREEMENT_ID
      ? await agreementLoaders(context).agreementById.load(agreementId)
      : null;

  if (
    !agreement ||
    fuelOf(agreement) !== fuel ||
    !(await canViewAccountId(context, agreement.account_id))
  ) {
    throw agreementNotFound(id, fuel);
  }

  return agreement;
}

/** Keeps the agreements on accounts the viewer may see. */
async function keepViewable(
  context: RequestContext,
  agreements: readonly AgreementRow[],
): Promise<AgreementRow[]> {
  const viewable = await Promise.all(
    agreements.map((row) => canViewAccountId(context, row.account_id)),
  );

  return agreements.filter((_row, index) => viewable[index]);
}

function requireLoaded<T>(row: T | null, what: string): T {
  if (row === null) {
    throw new Error(`${what} of an agreement is missing`);
  }

  return row;
}

const agreementFields = {
  validFrom: (agreement: AgreementRow) => agreement.valid_from,
  validTo: (agreement: AgreementRow) => agreement.valid_to,
  agreedFrom: (agreement: AgreementRow) => agreement.agreed_from,
  agreedTo: (agreement: AgreementRow) => agreement.agreed_to,
  isRevoked: (agreement: AgreementRow) => agreement.is_revoked,
  rescissionDeadlineAt: (agreement: AgreementRow) =>
    agreement.rescission_deadline_at,
  ratesAgreedAt: (agreement: AgreementRow) => agreement.rates_agreed_at,
  account: async (
    agreement: AgreementRow,
    _args: unknown,
    context: RequestContext,
  ) =>
    requireLoaded(
      await accountLoaders(context).accountById.load(agreement.account_id),
      "Account",
    ),
  tariff: (agreement: AgreementRow, _args: unknown, context: RequestContext) =>
    productLoaders(context).tariffById.load(agreement.tariff_id),
};

export const resolvers: Resolvers = {
  Query: {
    electricityAgreement: (_parent, { id }, context) =>
      loadViewersAgreement(context, id, "electricity"),
    gasAgreement: (_parent, { id }, context) =>
      loadViewersAgreement(context, id, "gas"),
  },
  AgreementInterface: {
    __resolveType: (agreement) =>
      fuelOf(agreement) === "electricity"
        ? "ElectricityAgreementType"
        : "GasAgreementType",
  },
  ElectricityAgreementType: {
    ...agreementFields,
    meterPoint: async (agreement, _args, context) => {
      const id = agreement.electricity_meter_point_id;
      const loader = meterPointLoaders(context).electricityMeterPointById;

      return requireLoaded(
        id === null ? null : await loader.load(id),
        "Meter point",
      );
    },
  },
  GasAgreementType: {
    ...agreementFields,
    meterPoint: async (agreement, _args, context) => {
      const id = agreement.gas_meter_point_id;
      const loader = meterPointLoaders(context).gasMeterPointById;

      return requireLoaded(
        id === null ? null : await loader.load(id),
        "Meter point",
      );
    },
  },
  AccountType: {
    electricityAgreements: async (account, { active }, context) => {
      const all = await agreementLoaders(context).agreementsByAccountId.load(
        account.id,
      );
      const now = requestNow(context);

      return all.filter(
        (row) =>
          fuelOf(row) === "electricity" && (!active || isInForce(row, now)),
      );
    },
    gasAgreements: async (account, { active }, context) => {
      const all = await agreementLoaders(context).agreementsByAccountId.load(
        account.id,
      );
      const now = requestNow(context);

      return all.filter(
        (row) => fuelOf(row) === "gas" && (!active || isInForce(row, now)),
      );
    },
  },
  ElectricityMeterPointType: {
    agreements: async (meterPoint, args, context) => {
      const all = await agreementLoaders(
        context,
      ).agreementsByElectricityMeterPointId.load(meterPoint.id);
      const filter = {
        validAfter: args.validAfter ?? null,
        includeInactive: args.includeInactive ?? false,
        excludeFuture: args.excludeFuture ?? false,
      };

      return filterMeterPointAgreements(
        await keepViewable(context, all),
        filter,
        requestNow(context),
      );
    },
  },
  GasMeterPointType: {
    agreements: async (meterPoint, args, context) => {
      const all = await agreementLoaders(
        context,
      ).agreementsByGasMeterPointId.load(meterPoint.id);
      const filter = {
        validAfter: args.validAfter ?? null,
        includeInactive: args.includeInactive ?? false,
        excludeFuture: args.excludeFuture ?? false,
      };

      return filterMeterPointAgreements(
        await keepViewable(context, all),
        filter,
        requestNow(context),
      );
    },
  },
};
