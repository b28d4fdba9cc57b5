import { sql } from "kysely";
import type { Transaction } from "kysely";

import type { Database } from "../schema.js";
import { priceByMonth, planLedger } from "./billing.js";
import type { TransactionPlan } from "./billing.js";
import type { TimeGrid } from "./calendar.js";
import { arrayLiteral } from "./catalogue-insert.js";
import {
  activeSlots,
  exportSeries,
  gasSeries,
  importSeries,
} from "./consumption.js";
import type { Series } from "./consumption.js";
import type { HouseholdIds } from "./household-insert.js";
import type { HouseholdPlan, MeterPlan } from "./households.js";
import type { Identifiers } from "./identifiers.js";
import { Random } from "./random.js";
import type { Temporal } from "temporal-polyfill";

type Trx = Transaction<Database>;

interface MeterSeries {
  meter: MeterPlan;
  meterId: number;
  series: Series;
}

export interface ReadingsContext {
  seed: number;
  grid: TimeGrid;
  anchor: Temporal.PlainDate;
  identifiers: Identifiers;
}

/**
 * Generates a household's half-hourly consumption, stores it for smart
 * meters and bills all of it to the household's ledgers. Legacy meters are
 * billed on the same simulated use but have no stored readings, as their
 * data would come only from manual reads.
 */
export async function insertReadingsAndLedgers(
  trx: Trx,
  context: ReadingsContext,
  plan: HouseholdPlan,
  ids: HouseholdIds,
): Promise<void> {
  const { grid, seed } = context;
  const random = new Random(seed, `readings:${plan.index}`);
  const scottish =
    plan.region.gspGroupId === "N" || plan.region.gspGroupId === "P";
  const imports = plan.electricity.meters.map((meter, i) => ({
    meter,
    meterId: ids.meters.importMeterIds[i] ?? 0,
    series: importSeries(
      grid,
      activeSlots(grid, meter.activeFrom, meter.activeTo),
      {
        annualKwh: plan.annualKwh,
        scottish,
        nightShare: plan.archetype.economy7 ? 0.45 : 0,
        nightSlots: [1, 14],
      },
      random,
    ),
  }));
  const exports =
    plan.export?.meters.map((meter, i) => ({
      meter,
      meterId: ids.meters.exportMeterIds[i] ?? 0,
      series: exportSeries(
        grid,
        activeSlots(grid, meter.activeFrom, meter.activeTo),
        {
          peakKw: plan.solarPeakKw,
          latitude: plan.address.latitude,
          longitude: plan.address.longitude,
          exportShare: 0.55,
        },
        random,
      ),
    })) ?? [];
  const gas =
    plan.gas?.meters.map((meter, i) => ({
      meter,
      meterId: ids.meters.gasMeterIds[i] ?? 0,
      series: gasSeries(
        grid,
        activeSlots(grid, meter.activeFrom, meter.activeTo),
        plan.annualGasKwh,
        random,
      ),
    })) ?? [];

  for (const entry of [...imports, ...exports])
    await insertSeries(trx, grid, "ELECTRICITY", entry);
  for (const entry of gas) await insertSeries(trx, grid, "GAS", entry);

  await insertLedgers(
    trx,
    context,
    plan,
    ids,
    { imports, exports, gas },
    random,
  );
}

async function insertSeries(
  trx: Trx,
  grid: TimeGrid,
  fuel: "ELECTRICITY" | "GAS",
  entry: MeterSeries,
): Promise<void> {
  const { meter, meterId, series } = entry;
  const firstMs = grid.startsMs[series.firstSlot];

  if (!meter.smart || series.values.length === 0 || firstMs === undefined)
    return;

  const registers: string[] = new Array<string>(series.values.length);
  let total = meter.openingWh;

  series.values.forEach((wh, i) => {
    total += wh;
    registers[i] = String(total);
  });

  // One statement per meter: the values travel as two arrays and
  // PostgreSQL steps the 30-minute instants.
  await sql`
    insert into consumption_readings
      (meter_fuel, meter_id, interval_start, consumption_wh, register_wh)
    select ${fuel}, ${meterId},
      ${new Date(firstMs)}::timestamptz + (t.i - 1) * interval '30 minutes',
      t.wh, t.register
    from unnest(
      ${arrayLiteral(series.values)}::text::integer[],
      ${arrayLiteral(registers)}::text::bigint[]
    ) with ordinality as t(wh, register, i)
  `.execute(trx);
}

async function insertLedgers(
  trx: Trx,
  context: ReadingsContext,
  plan: HouseholdPlan,
  ids: HouseholdIds,
  series: {
    imports: MeterSeries[];
    exports: MeterSeries[];
    gas: MeterSeries[];
  },
  random: Random,
): Promise<void> {
  const { grid, anchor, identifiers } = context;
  const ledgers: { type: string; transactions: TransactionPlan[] }[] = [];
  const seriesOf = (entries: MeterSeries[]) =>
    entries.map((entry) => entry.series);

  ledgers.push({
    type: "ELECTRICITY_LEDGER",
    transactions: planLedger(
      {
        grid,
        anchor,
        fuelName: "Electricity",
        charges: priceByMonth(
          grid,
          seriesOf(series.imports),
          plan.electricity.agreements,
        ),
        credits: plan.export
          ? priceByMonth(grid, seriesOf(series.exports), plan.export.agreements)
          : null,
        paymentCover: plan.paymentCover,
        prepay: plan.archetype.prepay,
      },
      random,
    ),
  });

  if (plan.gas) {
    ledgers.push({
      type: "GAS_LEDGER",
      transactions: planLedger(
        {
          grid,
          anchor,
          fuelName: "Gas",
          charges: priceByMonth(
            grid,
            seriesOf(series.gas),
            plan.gas.agreements,
          ),
          credits: null,
          paymentCover: plan.paymentCover,
          prepay: plan.archetype.prepay,
        },
        random,
      ),
    });
  }

  const rows = await trx
    .insertInto("ledgers")
    .values(
      ledgers.map((ledger, i) => ({
        account_id: ids.accountId,
        ledger_type: ledger.type,
        number: identifiers.ledgerNumber(plan.index * 4 + i),
      })),
    )
    .returning(["id", "ledger_type"])
    .execute();
  const ledgerIds = new Map(rows.map((row) => [row.ledger_type, row.id]));
  const transactions = ledgers.flatMap((ledger) =>
    ledger.transactions.map((transaction) => ({
      ledger_id: ledgerIds.get(ledger.type) ?? 0,
      kind: transaction.kind,
      amount: transaction.amount,
      description: transaction.description,
      posted_at: new Date(transaction.postedAtMs),
    })),
  );

  if (transactions.length > 0)
    await trx.insertInto("ledger_transactions").values(transactions).execute();
}
