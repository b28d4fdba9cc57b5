import type { Selectable } from "kysely";

import type { Db } from "../../db/database.js";
import type { AgreementsTable } from "../../db/schema.js";

export type AgreementRow = Selectable<AgreementsTable>;

const agreementColumns = [
  "id",
  "account_id",
  "electricity_meter_point_id",
  "gas_meter_point_id",
  "tariff_id",
  "valid_from",
  "valid_to",
  "agreed_from",
  "agreed_to",
  "is_revoked",
  "rescission_deadline_at",
  "rates_agreed_at",
] as const;

/** Finds the agreements with the given ids. */
export function findAgreementsByIds(
  db: Db,
  ids: readonly number[],
): Promise<AgreementRow[]> {
  return db
    .selectFrom("agreements")
    .select(agreementColumns)
    .where("id", "in", ids)
    .execute();
}

/** Lists the agreements of the given accounts, both fuels, by validFrom. */
export function findAgreementsByAccountIds(
  db: Db,
  accountIds: readonly number[],
): Promise<AgreementRow[]> {
  return db
    .selectFrom("agreements")
    .select(agreementColumns)
    .where("account_id", "in", accountIds)
    .orderBy("valid_from")
    .orderBy("id")
    .execute();
}

/** Lists the agreements of the given electricity meter points by validFrom. */
export function findAgreementsByElectricityMeterPointIds(
  db: Db,
  meterPointIds: readonly number[],
): Promise<AgreementRow[]> {
  return db
    .selectFrom("agreements")
    .select(agreementColumns)
    .where("electricity_meter_point_id", "in", meterPointIds)
    .orderBy("valid_from")
    .orderBy("id")
    .execute();
}

/** Lists the agreements of the given gas meter points by validFrom. */
export function findAgreementsByGasMeterPointIds(
  db: Db,
  meterPointIds: readonly number[],
): Promise<AgreementRow[]> {
  return db
    .selectFrom("agreements")
    .select(agreementColumns)
    .where("gas_meter_point_id", "in", meterPointIds)
    .orderBy("valid_from")
    .orderBy("id")
    .execute();
}
