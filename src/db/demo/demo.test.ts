import { sql } from "kysely";
import { Temporal } from "temporal-polyfill";
import { afterAll, beforeAll, describe, expect, it } from "vitest";

import {
  demoLogin,
  openTestDatabase,
} from "../../../test/helpers/test-database.js";
import type { TestDatabase } from "../../../test/helpers/test-database.js";
import {
  GSP_GROUP_BY_DISTRIBUTOR,
  checkMpan,
  checkMprn,
  normalisePostcode,
} from "../../shared/meter-identifiers.js";
import { hashSecret } from "../../server/tokens.js";
import { openDatabase } from "../database.js";
import type { Db } from "../database.js";
import { migrateToLatest } from "../migrate.js";
import { buildTimeGrid, londonMidnight } from "./calendar.js";
import { buildCatalogue } from "./catalogue.js";
import { planHousehold } from "./households.js";
import type { HouseholdPlan } from "./households.js";
import { Identifiers } from "./identifiers.js";
import { generateDemoData } from "./index.js";

let db: Db;
let database: TestDatabase;

beforeAll(async () => {
  database = await openTestDatabase();
  db = database.db;
});

afterAll(async () => {
  await database.close();
});

describe("demo login", () => {
  it("is fixed for seed 1", () => {
    const login = demoLogin();

    expect(login.email).toBe("demo@kraken.example");
    expect(login.password).toBe("demo-password");
    expect(login.apiKey).toMatch(/^sk_live_[A-Za-z0-9]{24}$/);
    expect(login.accountNumber).toMatch(/^A-[0-9A-F]{8}$/);
  });

  it("stores only the API key hash", async () => {
    const login = demoLogin();
    const keys = await db
      .selectFrom("api_keys")
      .innerJoin(
        "account_users",
        "account_users.id",
        "api_keys.account_user_id",
      )
      .select([
        "api_keys.key_hash",
        "api_keys.key_suffix",
        "account_users.email",
      ])
      .execute();

    expect(keys).toEqual([
      {
        key_hash: hashSecret(login.apiKey),
        key_suffix: login.apiKey.slice(-4),
        email: login.email,
      },
    ]);
  });

  it("owns the first account and one more", async () => {
    const login = demoLogin();
    const accounts = await db
      .selectFrom("account_user_roles")
      .innerJoin(
        "account_users",
        "account_users.id",
        "account_user_roles.account_user_id",
      )
      .innerJoin("accounts", "accounts.id", "account_user_roles.account_id")
      .select(["accounts.number", "account_user_roles.role"])
      .where("account_users.email", "=", login.email)
      .orderBy("accounts.id")
      .execute();

    expect(accounts).toHaveLength(2);
    expect(accounts[0]).toEqual({ number: login.accountNumber, role: "OWNER" });
  });

  it("is the only user with a password", async () => {
    const users = await db
      .selectFrom("account_users")
      .select("email")
      .where("password_hash", "is not", null)
      .execute();

    expect(users).toEqual([{ email: demoLogin().email }]);
  });
});

describe("meter points", () => {
  it("have valid MPANs of their region", async () => {
    const points = await db
      .selectFrom("electricity_meter_points")
      .select(["mpan", "gsp_group_id"])
      .execute();

    expect(points.length).toBeGreaterThan(0);

    for (const point of points) {
      expect(checkMpan(point.mpan), point.mpan).toBeNull();
      expect(GSP_GROUP_BY_DISTRIBUTOR[point.mpan.slice(0, 2)], point.mpan).toBe(
        point.gsp_group_id,
      );
    }
  });

  it("have valid MPRNs", async () => {
    const points = await db
      .selectFrom("gas_meter_points")
      .select("mprn")
      .execute();

    expect(points.length).toBeGreaterThan(0);

    for (const point of points) {
      expect(checkMprn(point.mprn), point.mprn).toBeNull();
    }
  });

  it("are in distinct regions for the first accounts", async () => {
    const regions = await db
      .selectFrom("electricity_meter_points")
      .select("gsp_group_id")
      .where("direction", "=", "IMPORT")
      .distinct()
      .execute();
    const accounts = await db.selectFrom("accounts").select("id").execute();

    expect(regions).toHaveLength(Math.min(14, accounts.length));
  });
});

describe("addresses", () => {
  it("have well-formed postcodes", async () => {
    const properties = await db
      .selectFrom("properties")
      .select("postcode")
      .execute();
    const accounts = await db
      .selectFrom("accounts")
      .select("billing_postcode")
      .execute();
    const postcodes = [
      ...properties.map((row) => row.postcode),
      ...accounts.map((row) => row.billing_postcode ?? ""),
    ];

    for (const postcode of postcodes) {
      expect(normalisePostcode(postcode), postcode).toBe(postcode);
    }
  });

  it("use the Kraken WAN coverage values", async () => {
    const rows = await db
      .selectFrom("properties")
      .select("wan_coverage")
      .where("wan_coverage", "is not", null)
      .execute();

    for (const row of rows) {
      expect(["HIGH", "MEDIUM", "LOW"]).toContain(row.wan_coverage);
    }
  });

  it("end a previous occupancy before the current one", async () => {
    const { rows } = await sql<{ property_id: number; overlaps: number }>`
      select a.property_id, count(*)::int as overlaps
      from occupancy_periods a
      join occupancy_periods b
        on a.property_id = b.property_id and a.id < b.id
        and tstzrange(a.effective_from, a.effective_to)
          && tstzrange(b.effective_from, b.effective_to)
      group by a.property_id
    `.execute(db);
    const previous = await db
      .selectFrom("occupancy_periods")
      .select("id")
      .where("effective_to", "is not", null)
      .execute();

    expect(rows).toEqual([]);
    expect(previous.length).toBeGreaterThan(0);
  });
});

describe("embedded networks", () => {
  it("supply some homes and not others", async () => {
    const { rows } = await sql<{ on_network: boolean; homes: number }>`
      select m.id is not null as on_network, count(*)::int as homes
      from properties p
      left join embedded_network_properties m on m.property_id = p.id
      group by 1 order by 1
    `.execute(db);

    expect(rows).toEqual([
      { on_network: false, homes: 7 },
      { on_network: true, homes: 1 },
    ]);
  });

  it("put each network's homes in one postcode", () => {
    const homes = planDefaultHouseholds().filter(
      (plan) => plan.embeddedNetworkName !== null,
    );
    const networks = new Map<string, HouseholdPlan[]>();

    for (const plan of homes) {
      const name = plan.embeddedNetworkName ?? "";
      networks.set(name, [...(networks.get(name) ?? []), plan]);
    }

    expect(homes.map((plan) => plan.index)).toEqual([0, 14, 15, 16, 17, 18]);
    expect([...networks.keys()]).toEqual([
      "18 Willow Gardens",
      "Meadow Park Home Estate",
    ]);

    for (const [name, members] of networks) {
      const places = new Set(
        members.map((plan) => `${plan.address.town} ${plan.address.postcode}`),
      );
      const regions = new Set(members.map((plan) => plan.region.gspGroupId));

      expect(places.size, name).toBe(1);
      expect(regions.size, name).toBe(1);
    }
  });

  it("number homes consecutively", () => {
    const lines = planDefaultHouseholds()
      .filter((plan) => plan.embeddedNetworkName !== null)
      .map((plan) => [plan.address.line1, plan.address.line2]);

    expect(lines).toEqual([
      ["Flat 11", "18 Willow Gardens"],
      ["Flat 12", "18 Willow Gardens"],
      ["Flat 13", "18 Willow Gardens"],
      ["32 Meadow Park", "Meadow Gardens"],
      ["33 Meadow Park", "Meadow Gardens"],
      ["34 Meadow Park", "Meadow Gardens"],
    ]);
  });
});

describe("products", () => {
  it("include the EPG reduction if sold in 2022-23", async () => {
    const products = await db
      .selectFrom("products")
      .select(["code", "includes_epg_reduction"])
      .orderBy("code")
      .execute();

    expect(products).toEqual([
      { code: "AGILE-24-10-01", includes_epg_reduction: false },
      { code: "FIX-12M-23-09-01", includes_epg_reduction: false },
      { code: "FIX-12M-25-09-01", includes_epg_reduction: false },
      { code: "INTELLI-VAR-24-10-29", includes_epg_reduction: false },
      { code: "OUTGOING-FIX-12M-19-05-13", includes_epg_reduction: false },
      { code: "PREPAY-VAR-18-09-21", includes_epg_reduction: true },
      { code: "VAR-22-11-01", includes_epg_reduction: true },
    ]);
  });
});

describe("tariffs", () => {
  it("exist for all 14 regions per product and kind", async () => {
    const { rows } = await sql<{ code: string; kind: string; regions: number }>`
      select p.code, t.kind, count(distinct t.gsp_group_id)::int as regions
      from tariffs t join products p on p.id = t.product_id
      group by p.code, t.kind
    `.execute(db);

    expect(rows.length).toBeGreaterThan(0);

    for (const row of rows) {
      expect(row.regions, `${row.code} ${row.kind}`).toBe(14);
    }
  });

  it("charge 5% VAT except on export", async () => {
    const { rows } = await sql<{
      code: string;
      value_exc_vat: string;
      value_inc_vat: string;
    }>`
      select t.code, r.value_exc_vat, r.value_inc_vat
      from tariff_rates r join tariffs t on t.id = r.tariff_id
      where r.value_inc_vat <> case
        when t.is_export then r.value_exc_vat else r.value_exc_vat * 1.05 end
    `.execute(db);

    expect(rows).toEqual([]);
  });

  it("have rate history without gaps", async () => {
    const { rows } = await sql<{ id: string }>`
      select id from (
        select id, valid_from, lag(valid_to) over w as previous_to
        from tariff_rates
        window w as (partition by tariff_id, rate_type order by valid_from)
      ) r
      where previous_to is not null and previous_to <> valid_from
    `.execute(db);
    const changed = await sql<{ n: number }>`
      select count(*)::int as n from tariff_rates
      where valid_to is not null and rate_type <> 'STANDARD'
    `.execute(db);

    expect(rows).toEqual([]);
    expect(changed.rows[0]?.n).toBeGreaterThan(0);
  });

  it("price Agile every half-hour of its agreements", async () => {
    const { rows } = await sql<{ id: number; expected: number; found: number }>`
      select a.id,
        (extract(epoch from (max(r.valid_to) - a.valid_from)) / 1800)::int
          as expected,
        count(r.id)::int as found
      from agreements a
      join tariffs t on t.id = a.tariff_id and t.kind = 'HALF_HOURLY'
      left join tariff_rates r on r.tariff_id = t.id
        and r.rate_type = 'STANDARD' and r.valid_from >= a.valid_from
      group by a.id, a.valid_from
    `.execute(db);

    expect(rows.length).toBeGreaterThan(0);

    for (const row of rows) {
      expect(row.found, `agreement ${row.id}`).toBe(row.expected);
    }
  });
});

describe("agreements", () => {
  it("are contiguous per meter point and account", async () => {
    const { rows } = await sql<{ id: number }>`
      select id from (
        select id, valid_from, lag(valid_to) over w as previous_to,
          lag(id) over w as previous_id
        from agreements
        window w as (
          partition by account_id, electricity_meter_point_id,
            gas_meter_point_id
          order by valid_from)
      ) a
      where previous_id is not null
        and (previous_to is null or previous_to <> valid_from)
    `.execute(db);

    expect(rows).toEqual([]);
  });

  it("leave every meter point one active agreement", async () => {
    const { rows } = await sql<{ mpxn: string; active: number }>`
      select p.mpan as mpxn, count(a.id)::int as active
      from electricity_meter_points p
      left join agreements a on a.electricity_meter_point_id = p.id
        and a.valid_from <= now() and (a.valid_to is null or a.valid_to > now())
      group by p.mpan
      union all
      select p.mprn, count(a.id)::int
      from gas_meter_points p
      left join agreements a on a.gas_meter_point_id = p.id
        and a.valid_from <= now() and (a.valid_to is null or a.valid_to > now())
      group by p.mprn
    `.execute(db);

    for (const row of rows) {
      expect(row.active, row.mpxn).toBe(1);
    }
  });

  it("use tariffs of the meter point's region", async () => {
    const { rows } = await sql<{ id: number }>`
      select a.id from agreements a
      join tariffs t on t.id = a.tariff_id
      join electricity_meter_points p on p.id = a.electricity_meter_point_id
      where t.gsp_group_id <> p.gsp_group_id
        or t.is_export <> (p.direction = 'EXPORT')
        or t.fuel <> 'ELECTRICITY'
    `.execute(db);

    expect(rows).toEqual([]);
  });
});

describe("buildTimeGrid", () => {
  it("steps clock-change days by instants", () => {
    const grid = buildTimeGrid(
      Temporal.PlainDate.from("2026-03-28"),
      Temporal.PlainDate.from("2026-10-27"),
    );
    const slotsOn = (date: string) =>
      grid.days.find((day) => day.date.toString() === date)?.slotCount;

    expect(slotsOn("2026-03-28")).toBe(48);
    expect(slotsOn("2026-03-29")).toBe(46);
    expect(slotsOn("2026-10-25")).toBe(50);
    expect(slotsOn("2026-10-26")).toBe(48);
  });

  it("labels local wall-clock half-hours", () => {
    const grid = buildTimeGrid(
      Temporal.PlainDate.from("2026-10-25"),
      Temporal.PlainDate.from("2026-10-26"),
    );

    // 00:00-01:00 BST, then 01:00-02:00 twice (BST, then GMT).
    expect(Array.from(grid.localSlots.slice(0, 8))).toEqual([
      0, 1, 2, 3, 2, 3, 4, 5,
    ]);
    expect(grid.startsMs[0]).toBe(Date.parse("2026-10-24T23:00:00Z"));
  });

  it("uses Elexon seasons and day types", () => {
    const grid = buildTimeGrid(
      Temporal.PlainDate.from("2026-08-31"),
      Temporal.PlainDate.from("2026-09-01"),
    );

    // The summer bank holiday of England and Wales, not of Scotland.
    expect(grid.days[0]?.season).toBe("Hsr");
    expect(grid.days[0]?.dayType).toBe("Sun");
    expect(grid.days[0]?.scottishDayType).toBe("Wd");
  });
});

describe("consumption readings", () => {
  it("have 50 half-hours on the October clock change", async () => {
    const day = lastSunday(await readingYear(db, 10), 10);

    expect(await maxReadingsOn(db, day)).toBe(50);
  });

  it("have 46 half-hours on the March clock change", async () => {
    const day = lastSunday(await readingYear(db, 3), 3);

    expect(await maxReadingsOn(db, day)).toBe(46);
  });

  it("advance the register by each consumption", async () => {
    const { rows } = await sql<{ meter_id: number; interval_start: Date }>`
      select meter_id, interval_start from (
        select meter_fuel, meter_id, interval_start, consumption_wh,
          register_wh,
          lag(register_wh) over w as previous_register,
          lag(interval_start) over w as previous_start
        from consumption_readings
        window w as (partition by meter_fuel, meter_id order by interval_start)
      ) r
      where previous_register is not null
        and (register_wh - previous_register <> consumption_wh
          or interval_start - previous_start <> interval '30 minutes')
      limit 5
    `.execute(db);

    expect(rows).toEqual([]);
  });

  it("exist only for smart meters while active", async () => {
    const { rows } = await sql<{ meter_id: number }>`
      select distinct c.meter_id from consumption_readings c
      join electricity_meters m on m.id = c.meter_id
      where c.meter_fuel = 'ELECTRICITY' and (m.meter_type not like 'S2%'
        or c.interval_start < m.active_from::timestamp
          at time zone 'Europe/London'
        or c.interval_start >= coalesce(m.active_to, 'infinity')::timestamp
          at time zone 'Europe/London')
    `.execute(db);

    expect(rows).toEqual([]);
  });

  it("export nothing at night", async () => {
    const { rows } = await sql<{ n: number }>`
      select count(*)::int as n from consumption_readings c
      join electricity_meters m on m.id = c.meter_id
      join electricity_meter_points p on p.id = m.meter_point_id
      where c.meter_fuel = 'ELECTRICITY' and p.direction = 'EXPORT'
        and extract(hour from c.interval_start at time zone 'UTC')
          not between 3 and 20
        and c.consumption_wh > 0
    `.execute(db);

    expect(rows[0]?.n).toBe(0);
  });
});

describe("smart devices", () => {
  it("have unique EUI-64 device ids", async () => {
    const devices = await db
      .selectFrom("smart_devices")
      .select("device_id")
      .execute();
    const ids = devices.map((device) => device.device_id);

    expect(new Set(ids).size).toBe(ids.length);

    for (const id of ids) {
      expect(id).toMatch(/^[0-9A-F]{2}(-[0-9A-F]{2}){7}$/);
    }
  });

  it("give every smart import meter an ESME", async () => {
    const { rows } = await sql<{ id: number }>`
      select m.id from electricity_meters m
      join electricity_meter_points p on p.id = m.meter_point_id
      where p.direction = 'IMPORT' and m.meter_type like 'S2%'
        and not exists (select 1 from smart_devices d
          where d.import_meter_id = m.id and d.type = 'ESME')
    `.execute(db);

    expect(rows).toEqual([]);
  });
});

describe("ledgers", () => {
  it("hold negative charges and positive payments", async () => {
    const { rows } = await sql<{ kind: string; wrong: number; total: number }>`
      select kind,
        count(*) filter (where (kind = 'CHARGE') = (amount > 0))::int as wrong,
        count(*)::int as total
      from ledger_transactions group by kind order by kind
    `.execute(db);

    expect(rows.map((row) => row.kind)).toEqual([
      "CHARGE",
      "CREDIT",
      "PAYMENT",
    ]);

    for (const row of rows) {
      expect(row.wrong, row.kind).toBe(0);
    }
  });

  it("have realistic balances", async () => {
    const { rows } = await sql<{ balance: number }>`
      select sum(amount)::int as balance from ledger_transactions
      group by ledger_id
    `.execute(db);
    const inCredit = rows.filter((row) => row.balance >= 0);

    expect(inCredit.length).toBeGreaterThan(rows.length / 2);

    for (const row of rows) {
      expect(Math.abs(row.balance)).toBeLessThan(100_000);
    }
  });
});

describe("generateDemoData", () => {
  it("rejects an early anchor day", async () => {
    const options = { accounts: 1, seed: 1, anchorDay: "2025-01-01" };

    await expect(generateDemoData(db, options)).rejects.toThrow(
      "invalid demo anchor day 2025-01-01: use 2025-12-23 or later",
    );
  });

  it("rejects zero accounts", async () => {
    await expect(
      generateDemoData(db, { accounts: 0, seed: 1 }),
    ).rejects.toThrow("invalid demo account count 0");
  });

  it("is deterministic for a seed and day", async () => {
    const first = await fingerprint();
    const second = await fingerprint();

    expect(second).toEqual(first);
    expect(first.readings).toBeGreaterThan(0);
  });
});

const CHECKED_TABLES = [
  "accounts",
  "account_user_roles",
  "api_keys",
  "properties",
  "occupancy_periods",
  "electricity_meter_points",
  "gas_meter_points",
  "electricity_meters",
  "electricity_meter_registers",
  "gas_meters",
  "smart_devices",
  "embedded_networks",
  "embedded_network_properties",
  "products",
  "tariffs",
  "tariff_rates",
  "agreements",
  "ledgers",
  "ledger_transactions",
];

/** Generates 2 accounts into a fresh database and summarises them. */
async function fingerprint() {
  const fresh = openDatabase({ pgliteDir: "memory://" });

  try {
    await migrateToLatest(fresh);
    const login = await generateDemoData(fresh, {
      accounts: 2,
      seed: 7,
      anchorDay: "2026-03-10",
    });
    const accounts = await fresh
      .selectFrom("accounts")
      .select("number")
      .orderBy("number")
      .execute();
    const points = await fresh
      .selectFrom("electricity_meter_points")
      .select("mpan")
      .orderBy("mpan")
      .execute();
    const { rows } = await sql<{ readings: number; checksum: string }>`
      select count(*)::int as readings,
        md5(string_agg(meter_id || ':' || extract(epoch from interval_start)
          || ':' || consumption_wh || ':' || register_wh, ','
          order by meter_fuel, meter_id, interval_start)) as checksum
      from consumption_readings
    `.execute(fresh);

    const tables: Record<string, string> = {};

    // Every column of every table except the password hash, whose salt is
    // random by design.
    for (const table of CHECKED_TABLES) {
      const result = await sql<{ checksum: string }>`
        select md5(coalesce(string_agg(t::text, ',' order by t::text), ''))
          as checksum
        from ${sql.table(table)} t
      `.execute(fresh);
      tables[table] = result.rows[0]?.checksum ?? "";
    }

    const users = await fresh
      .selectFrom("account_users")
      .select(["number", "email", "given_name", "created_at"])
      .orderBy("number")
      .execute();

    return { login, accounts, points, users, tables, ...rows[0] };
  } finally {
    await fresh.destroy();
  }
}

/** Plans the 20 households of the default start with seed 1. */
function planDefaultHouseholds(): HouseholdPlan[] {
  const seed = 1;
  const anchor = Temporal.PlainDate.from("2026-03-10");
  const context = {
    seed,
    anchor,
    catalogue: buildCatalogue(seed, anchor),
    identifiers: new Identifiers(seed),
    demoEmail: "demo@kraken.example",
    demoName: "Alex Taylor",
  };

  return Array.from({ length: 20 }, (_, index) =>
    planHousehold(context, index),
  );
}

async function readingYear(db: Db, month: number): Promise<number> {
  const { rows } = await sql<{ year: number }>`
    select extract(year from max(interval_start))::int as year
    from consumption_readings
    where extract(month from interval_start) = ${month}
  `.execute(db);

  return rows[0]?.year ?? 0;
}

function lastSunday(year: number, month: number): Temporal.PlainDate {
  const last = Temporal.PlainDate.from({ year, month, day: 1 })
    .add({ months: 1 })
    .subtract({ days: 1 });

  return last.subtract({ days: last.dayOfWeek % 7 });
}

/** Counts the maximum number of half-hours any meter has on a London day. */
async function maxReadingsOn(db: Db, day: Temporal.PlainDate): Promise<number> {
  const from = new Date(londonMidnight(day).epochMilliseconds);
  const to = new Date(londonMidnight(day.add({ days: 1 })).epochMilliseconds);
  const { rows } = await sql<{ n: number }>`
    select coalesce(max(n), 0)::int as n from (
      select count(*) as n from consumption_readings
      where interval_start >= ${from} and interval_start < ${to}
      group by meter_fuel, meter_id
    ) per_meter
  `.execute(db);

  return rows[0]?.n ?? 0;
}
