import type { Db } from "../../db/database.js";
import {
  mpanCheckDigit,
  mprnCheckDigits,
} from "../../shared/meter-identifiers.js";

/** Ids of the rows that agreement tests insert next to the demo data. */
export interface AgreementFixture {
  viewerEmail: string;
  otherEmail: string;
  accountNumber: string;
  mpan: string;
  extraMeterPointId: number;
  agreements: {
    past: number;
    current: number;
    revoked: number;
    future: number;
    gas: number;
    otherAccounts: number;
  };
  tariffIds: Map<string, number>;
}

/** The start of the viewer's current agreement, and its end. */
export const CURRENT_FROM = new Date("2023-01-01T00:00:00Z");
export const CURRENT_TO = new Date("2099-01-01T00:00:00Z");

function makeMpan(unique: string): string {
  const first12 = `12${unique.padStart(10, "0")}`;

  return `${first12}${mpanCheckDigit(first12)}`;
}

function makeMprn(body: string): string {
  return `${body}${mprnCheckDigits(body)}`;
}

async function insertAccount(db: Db, number: string, email: string) {
  const account = await db
    .insertInto("accounts")
    .values({ number, brand: "TESTCO" })
    .returning("id")
    .executeTakeFirstOrThrow();
  const user = await db
    .insertInto("account_users")
    .values({
      number: `U-${number}`,
      given_name: "Test",
      family_name: number,
      email,
    })
    .returning("id")
    .executeTakeFirstOrThrow();

  await db
    .insertInto("account_user_roles")
    .values({ account_id: account.id, account_user_id: user.id })
    .execute();

  return account.id;
}

async function insertMeterPoints(db: Db, mpans: string[], mprn: string) {
  const property = await db
    .insertInto("properties")
    .values({
      address_line1: "1 Test Street",
      town: "London",
      postcode: "SW1A 1AA",
    })
    .returning("id")
    .executeTakeFirstOrThrow();
  const electricity = await db
    .insertInto("electricity_meter_points")
    .values(
      mpans.map((mpan) => ({
        property_id: property.id,
        mpan,
        gsp_group_id: "C",
      })),
    )
    .returning("id")
    .execute();
  const gas = await db
    .insertInto("gas_meter_points")
    .values({ property_id: property.id, mprn })
    .returning("id")
    .executeTakeFirstOrThrow();

  return { electricity: electricity.map((row) => row.id), gas: gas.id };
}

interface AgreementSpec {
  accountId: number;
  electricityMeterPointId?: number;
  gasMeterPointId?: number;
  tariffId: number;
  validFrom: string;
  validTo: string | null;
  isRevoked?: boolean;
}

/** Inserts one agreement; returns its id. */
export async function insertAgreement(
  db: Db,
  spec: AgreementSpec,
): Promise<number> {
  const row = await db
    .insertInto("agreements")
    .values({
      account_id: spec.accountId,
      electricity_meter_point_id: spec.electricityMeterPointId ?? null,
      gas_meter_point_id: spec.gasMeterPointId ?? null,
      tariff_id: spec.tariffId,
      valid_from: new Date(spec.validFrom),
      valid_to: spec.validTo === null ? null : new Date(spec.validTo),
      agreed_from: new Date(spec.validFrom),
      is_revoked: spec.isRevoked ?? false,
      rescission_deadline_at: new Date("2022-12-15T00:00:00Z"),
      rates_agreed_at: new Date("2022-12-01T00:00:00Z"),
    })
    .returning("id")
    .executeTakeFirstOrThrow();

  return row.id;
}

/**
 * Inserts two accounts and one property whose electricity meter point the
 * viewer's account supplies on past, revoked, current and future
 * agreements, after another account supplied it. Needs the product test
 * catalogue for its tariffs.
 */
export async function insertAgreementFixture(
  db: Db,
): Promise<AgreementFixture> {
  const viewerEmail = "agreements-viewer@example.com";
  const otherEmail = "agreements-other@example.com";
  const accountId = await insertAccount(db, "A-ZZ000001", viewerEmail);
  const otherId = await insertAccount(db, "A-ZZ000002", otherEmail);
  const mpan = makeMpan("99000001");
  const points = await insertMeterPoints(
    db,
    [mpan, makeMpan("99000002")],
    makeMprn("99000001"),
  );
  const [meterPointId = 0, extraMeterPointId = 0] = points.electricity;
  const tariffs = await db
    .selectFrom("tariffs")
    .select(["id", "code"])
    .where("code", "like", "%-ZZ-%")
    .execute();
  const tariffIds = new Map(tariffs.map((row) => [row.code, row.id]));
  const tariff = (code: string) => tariffIds.get(code) ?? 0;
  const electricity = { electricityMeterPointId: meterPointId };

  const otherAccounts = await insertAgreement(db, {
    accountId: otherId,
    ...electricity,
    tariffId: tariff("E-1R-ZZ-VAR-C"),
    validFrom: "2021-01-01T00:00:00Z",
    validTo: "2022-01-01T00:00:00Z",
  });
  const past = await insertAgreement(db, {
    accountId,
    ...electricity,
    tariffId: tariff("E-1R-ZZ-FIX-12M-C"),
    validFrom: "2022-01-01T00:00:00Z",
    validTo: CURRENT_FROM.toISOString(),
  });
  const current = await insertAgreement(db, {
    accountId,
    ...electricity,
    tariffId: tariff("E-1R-ZZ-VAR-C"),
    validFrom: CURRENT_FROM.toISOString(),
    validTo: CURRENT_TO.toISOString(),
  });
  const revoked = await insertAgreement(db, {
    accountId,
    ...electricity,
    tariffId: tariff("E-2R-ZZ-VAR-C"),
    validFrom: CURRENT_FROM.toISOString(),
    validTo: null,
    isRevoked: true,
  });
  const future = await insertAgreement(db, {
    accountId,
    ...electricity,
    tariffId: tariff("E-2R-ZZ-VAR-C"),
    validFrom: CURRENT_TO.toISOString(),
    validTo: null,
  });
  const gas = await insertAgreement(db, {
    accountId,
    gasMeterPointId: points.gas,
    tariffId: tariff("G-1R-ZZ-VAR-C"),
    validFrom: CURRENT_FROM.toISOString(),
    validTo: null,
  });

  return {
    viewerEmail,
    otherEmail,
    accountNumber: "A-ZZ000001",
    mpan,
    extraMeterPointId,
    agreements: { past, current, revoked, future, gas, otherAccounts },
    tariffIds,
  };
}
