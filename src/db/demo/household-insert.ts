import type { Transaction } from "kysely";

import type { Database } from "../schema.js";
import { BRAND } from "./products.js";
import type { Identifiers } from "./identifiers.js";
import {
  insertDevices,
  insertElectricityMeters,
  insertGasMeters,
} from "./meter-insert.js";
import type { AgreementPlan, HouseholdPlan, MeterPlan } from "./households.js";

type Trx = Transaction<Database>;

/** Database ids of one household's meters, for readings and devices. */
export interface MeterIds {
  importMeterIds: number[];
  exportMeterIds: number[];
  gasMeterIds: number[];
}

export interface HouseholdIds {
  accountId: number;
  meters: MeterIds;
}

/**
 * Inserts the accounts, people, homes, meter points, meters, devices and
 * agreements of a batch of households, one statement per table.
 */
export async function insertHouseholds(
  trx: Trx,
  plans: HouseholdPlan[],
  demoUserId: number,
  tariffIds: Map<string, number>,
  identifiers: Identifiers,
  seed: number,
): Promise<HouseholdIds[]> {
  const accountIds = await insertAccounts(trx, plans);
  await insertOwners(trx, plans, accountIds, demoUserId);
  const propertyIds = await insertProperties(trx, plans);
  await insertEmbeddedNetworks(trx, plans, propertyIds);
  await insertOccupancy(trx, plans, accountIds, propertyIds);

  const points = plans.flatMap((plan) =>
    plan.export ? [plan.electricity, plan.export] : [plan.electricity],
  );
  const pointRows = await trx
    .insertInto("electricity_meter_points")
    .values(
      plans.flatMap((plan, i) =>
        (plan.export
          ? [plan.electricity, plan.export]
          : [plan.electricity]
        ).map((point) => ({
          property_id: propertyIds[i] ?? 0,
          mpan: point.mpan,
          gsp_group_id: plan.region.gspGroupId,
          direction: point.direction,
          profile_class: point.profileClass,
          ssc: point.ssc,
          llf: point.llf,
          mtc: point.mtc,
          dcc_service_flag: point.smartStartDate ? "A" : "N",
          sms_operator: point.smartStartDate ? "DCC" : "",
          smart_start_date: point.smartStartDate?.toString() ?? null,
          created_at: signedUpAt(plan),
        })),
      ),
    )
    .returning(["id", "mpan"])
    .execute();
  const pointIds = new Map(pointRows.map((row) => [row.mpan, row.id]));
  const gasPlans = plans.filter((plan) => plan.gas);
  const gasRows =
    gasPlans.length === 0
      ? []
      : await trx
          .insertInto("gas_meter_points")
          .values(
            plans.flatMap((plan, i) =>
              plan.gas
                ? [
                    {
                      property_id: propertyIds[i] ?? 0,
                      mprn: plan.gas.mprn,
                      ldz: plan.gas.ldz,
                      exit_zone: plan.gas.exitZone,
                      market_sector_code: "D",
                      smart_start_date:
                        plan.gas.smartStartDate?.toString() ?? null,
                      created_at: signedUpAt(plan),
                    },
                  ]
                : [],
            ),
          )
          .returning(["id", "mprn"])
          .execute();
  const gasPointIds = new Map(gasRows.map((row) => [row.mprn, row.id]));

  const electricityMeters = points.flatMap((point) =>
    point.meters.map((meter) => ({
      pointId: pointIds.get(point.mpan) ?? 0,
      meter,
      economy7: point.profileClass === 2,
    })),
  );
  const electricityMeterIds = await insertElectricityMeters(
    trx,
    electricityMeters,
  );
  const gasMeters = gasPlans.flatMap((plan) =>
    plan.gas
      ? plan.gas.meters.map((meter) => ({
          pointId: gasPointIds.get(plan.gas?.mprn ?? "") ?? 0,
          meter,
        }))
      : [],
  );
  const gasMeterIds =
    gasMeters.length === 0 ? [] : await insertGasMeters(trx, gasMeters);
  const meterIdOf = new Map<MeterPlan, number>();
  electricityMeters.forEach((entry, i) =>
    meterIdOf.set(entry.meter, electricityMeterIds[i] ?? 0),
  );
  gasMeters.forEach((entry, i) =>
    meterIdOf.set(entry.meter, gasMeterIds[i] ?? 0),
  );

  await insertDevices(trx, plans, propertyIds, meterIdOf, identifiers, seed);
  await insertAgreements(
    trx,
    plans,
    accountIds,
    pointIds,
    gasPointIds,
    tariffIds,
  );

  return plans.map((plan, i) => ({
    accountId: accountIds[i] ?? 0,
    meters: {
      importMeterIds: plan.electricity.meters.map(
        (meter) => meterIdOf.get(meter) ?? 0,
      ),
      exportMeterIds:
        plan.export?.meters.map((meter) => meterIdOf.get(meter) ?? 0) ?? [],
      gasMeterIds:
        plan.gas?.meters.map((meter) => meterIdOf.get(meter) ?? 0) ?? [],
    },
  }));
}

async function insertAccounts(
  trx: Trx,
  plans: HouseholdPlan[],
): Promise<number[]> {
  const rows = await trx
    .insertInto("accounts")
    .values(
      plans.map((plan) => ({
        number: plan.accountNumber,
        brand: BRAND,
        status: "ACTIVE",
        account_type: "DOMESTIC",
        billing_name: plan.billingName,
        billing_email: plan.billingEmail,
        billing_address_line1: plan.address.line1,
        billing_address_line2: plan.address.line2,
        billing_address_line3: plan.address.town,
        billing_address_line4: plan.address.county,
        billing_postcode: plan.address.postcode,
        created_at: signedUpAt(plan),
      })),
    )
    .returning(["id", "number"])
    .execute();
  const ids = new Map(rows.map((row) => [row.number, row.id]));

  return plans.map((plan) => ids.get(plan.accountNumber) ?? 0);
}

async function insertOwners(
  trx: Trx,
  plans: HouseholdPlan[],
  accountIds: number[],
  demoUserId: number,
): Promise<void> {
  const owners = plans.flatMap((plan) =>
    plan.owner ? [{ ...plan.owner, createdAt: signedUpAt(plan) }] : [],
  );
  const rows =
    owners.length === 0
      ? []
      : await trx
          .insertInto("account_users")
          .values(
            owners.map((owner) => ({
              number: owner.number,
              given_name: owner.givenName,
              family_name: owner.familyName,
              email: owner.email,
              mobile: owner.mobile,
              title: owner.title,
              date_of_birth: owner.dateOfBirth,
              password_hash: null,
              created_at: owner.createdAt,
            })),
          )
          .returning(["id", "number"])
          .execute();
  const userIds = new Map(rows.map((row) => [row.number, row.id]));

  await trx
    .insertInto("account_user_roles")
    .values(
      plans.map((plan, i) => ({
        account_id: accountIds[i] ?? 0,
        account_user_id: plan.owner
          ? (userIds.get(plan.owner.number) ?? 0)
          : demoUserId,
        role: "OWNER",
      })),
    )
    .execute();
}

async function insertProperties(
  trx: Trx,
  plans: HouseholdPlan[],
): Promise<number[]> {
  const rows = await trx
    .insertInto("properties")
    .values(
      plans.map((plan) => ({
        address_line1: plan.address.line1,
        address_line2: plan.address.line2,
        town: plan.address.town,
        county: plan.address.county,
        postcode: plan.address.postcode,
        uprn: plan.uprn,
        label: plan.label,
        latitude: plan.address.latitude,
        longitude: plan.address.longitude,
        wan_coverage: plan.wanCoverage,
        created_at: signedUpAt(plan),
      })),
    )
    .returning(["id", "uprn"])
    .execute();
  const ids = new Map(rows.map((row) => [row.uprn, row.id]));

  return plans.map((plan) => ids.get(plan.uprn) ?? 0);
}

/**
 * Inserts the embedded networks that the batch's homes name, reusing one
 * that an earlier batch inserted, and the homes' memberships.
 */
async function insertEmbeddedNetworks(
  trx: Trx,
  plans: HouseholdPlan[],
  propertyIds: number[],
): Promise<void> {
  const names = [
    ...new Set(plans.flatMap((plan) => plan.embeddedNetworkName ?? [])),
  ];

  if (names.length === 0) return;

  const existing = await trx
    .selectFrom("embedded_networks")
    .select(["id", "name"])
    .where("name", "in", names)
    .execute();
  const known = new Set(existing.map((row) => row.name));
  const missing = names.filter((name) => !known.has(name));
  const inserted =
    missing.length === 0
      ? []
      : await trx
          .insertInto("embedded_networks")
          .values(missing.map((name) => ({ name })))
          .returning(["id", "name"])
          .execute();
  const networkIds = new Map(
    [...existing, ...inserted].map((row) => [row.name, row.id]),
  );

  await trx
    .insertInto("embedded_network_properties")
    .values(
      plans.flatMap((plan, i) =>
        plan.embeddedNetworkName === null
          ? []
          : [
              {
                embedded_network_id:
                  networkIds.get(plan.embeddedNetworkName) ?? 0,
                property_id: propertyIds[i] ?? 0,
              },
            ],
      ),
    )
    .execute();
}

async function insertOccupancy(
  trx: Trx,
  plans: HouseholdPlan[],
  accountIds: number[],
  propertyIds: number[],
): Promise<void> {
  const rows = plans.flatMap((plan, i) => {
    const current = {
      property_id: propertyIds[i] ?? 0,
      account_id: accountIds[i] ?? 0,
      effective_from: new Date(plan.occupancyFromMs),
      effective_to: null,
      number_of_occupants: plan.occupants,
    };
    const previousAccountId = accountIds[i - 1];

    if (!plan.previousOccupancy || previousAccountId === undefined)
      return [current];

    return [
      {
        property_id: propertyIds[i] ?? 0,
        account_id: previousAccountId,
        effective_from: new Date(plan.previousOccupancy.fromMs),
        effective_to: new Date(plan.previousOccupancy.toMs),
        number_of_occupants: Math.max(1, plan.occupants - 1),
      },
      current,
    ];
  });

  await trx.insertInto("occupancy_periods").values(rows).execute();
}

async function insertAgreements(
  trx: Trx,
  plans: HouseholdPlan[],
  accountIds: number[],
  pointIds: Map<string, number>,
  gasPointIds: Map<string, number>,
  tariffIds: Map<string, number>,
): Promise<void> {
  const row = (
    accountId: number,
    agreement: AgreementPlan,
    electricityId: number | null,
    gasId: number | null,
  ) => ({
    account_id: accountId,
    electricity_meter_point_id: electricityId,
    gas_meter_point_id: gasId,
    tariff_id: tariffIds.get(agreement.tariff.code) ?? 0,
    valid_from: new Date(agreement.validFromMs),
    valid_to:
      agreement.validToMs === null ? null : new Date(agreement.validToMs),
    agreed_from: new Date(agreement.validFromMs),
    agreed_to:
      agreement.validToMs === null ? null : new Date(agreement.validToMs),
    rates_agreed_at: new Date(agreement.ratesAgreedAtMs),
    rescission_deadline_at: new Date(
      agreement.ratesAgreedAtMs + 14 * 86_400_000,
    ),
  });
  const rows = plans.flatMap((plan, i) => {
    const accountId = accountIds[i] ?? 0;
    const electricityPoints = plan.export
      ? [plan.electricity, plan.export]
      : [plan.electricity];

    return [
      ...electricityPoints.flatMap((point) =>
        point.agreements.map((agreement) =>
          row(accountId, agreement, pointIds.get(point.mpan) ?? 0, null),
        ),
      ),
      ...(plan.gas?.agreements.map((agreement) =>
        row(
          accountId,
          agreement,
          null,
          gasPointIds.get(plan.gas?.mprn ?? "") ?? 0,
        ),
      ) ?? []),
    ];
  });

  await trx.insertInto("agreements").values(rows).execute();
}

/**
 * Returns when a household signed up: three weeks before moving in. Rows
 * get explicit creation times so that one seed and day give identical data.
 */
function signedUpAt(plan: HouseholdPlan): Date {
  return new Date(plan.occupancyFromMs - 21 * 86_400_000);
}
