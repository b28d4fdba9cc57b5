import { sql } from "kysely";
import type { Kysely } from "kysely";

/**
 * Creates the core data model: accounts and their users, credentials,
 * properties, meter points, meters, smart devices, products, tariffs and
 * rates, supply agreements, ledgers and half-hourly consumption.
 *
 * Timestamps are timestamptz. Money is integer pence; tariff prices are
 * numeric pence so that VAT-inclusive values keep their full precision.
 */
export async function up(db: Kysely<unknown>): Promise<void> {
  await sql`create extension if not exists btree_gist`.execute(db);

  for (const statement of statements) {
    await sql.raw(statement).execute(db);
  }
}

export async function down(db: Kysely<unknown>): Promise<void> {
  for (const table of [...tables].reverse()) {
    await sql.raw(`drop table if exists ${table} cascade`).execute(db);
  }
}

const tables = [
  "accounts",
  "account_users",
  "account_user_roles",
  "api_keys",
  "refresh_tokens",
  "properties",
  "occupancy_periods",
  "electricity_meter_points",
  "gas_meter_points",
  "electricity_meters",
  "electricity_meter_registers",
  "gas_meters",
  "smart_device_networks",
  "smart_devices",
  "products",
  "tariffs",
  "tariff_rates",
  "agreements",
  "ledgers",
  "ledger_transactions",
  "consumption_readings",
];

const statements = [
  `create table accounts (
    id integer generated always as identity primary key,
    number text not null unique,
    status text not null default 'ACTIVE',
    brand text not null,
    account_type text not null default 'DOMESTIC',
    billing_name text,
    billing_sub_name text,
    billing_email text,
    billing_address_line1 text,
    billing_address_line2 text,
    billing_address_line3 text,
    billing_address_line4 text,
    billing_address_line5 text,
    billing_postcode text,
    billing_country_code text not null default 'GB',
    preferred_language text not null default 'en-gb',
    created_at timestamptz not null default now()
  )`,
  `create table account_users (
    id integer generated always as identity primary key,
    number text not null unique,
    given_name text not null,
    family_name text not null,
    email text not null,
    mobile text not null default '',
    landline text not null default '',
    title text,
    pronouns text,
    preferred_name text,
    date_of_birth date,
    is_deceased boolean not null default false,
    is_active boolean not null default true,
    password_hash text,
    created_at timestamptz not null default now()
  )`,
  `create unique index account_users_email_key on account_users (lower(email))`,
  `create table account_user_roles (
    account_id integer not null references accounts (id) on delete cascade,
    account_user_id integer not null
      references account_users (id) on delete cascade,
    role text not null default 'OWNER',
    primary key (account_id, account_user_id)
  )`,
  `create index account_user_roles_user_idx
    on account_user_roles (account_user_id)`,
  `create table api_keys (
    id integer generated always as identity primary key,
    account_user_id integer not null
      references account_users (id) on delete cascade,
    key_hash text not null unique,
    key_suffix text not null,
    created_at timestamptz not null default now(),
    revoked_at timestamptz
  )`,
  `create table refresh_tokens (
    id integer generated always as identity primary key,
    account_user_id integer not null
      references account_users (id) on delete cascade,
    token_hash text not null unique,
    grant_type text not null,
    original_issued_at timestamptz not null,
    issued_at timestamptz not null default now(),
    expires_at timestamptz not null
  )`,
  `create table properties (
    id integer generated always as identity primary key,
    address_line1 text not null,
    address_line2 text,
    address_line3 text,
    town text not null,
    county text,
    postcode text not null,
    country_code text not null default 'GB',
    uprn text,
    label text,
    latitude numeric(9, 6),
    longitude numeric(9, 6),
    wan_coverage text,
    created_at timestamptz not null default now()
  )`,
  `create table occupancy_periods (
    id integer generated always as identity primary key,
    property_id integer not null references properties (id) on delete cascade,
    account_id integer not null references accounts (id) on delete cascade,
    effective_from timestamptz not null,
    effective_to timestamptz,
    is_occupier boolean not null default true,
    number_of_occupants integer,
    check (effective_to is null or effective_to > effective_from)
  )`,
  `create index occupancy_periods_account_idx on occupancy_periods (account_id)`,
  `create index occupancy_periods_property_idx
    on occupancy_periods (property_id)`,
  `create table electricity_meter_points (
    id integer generated always as identity primary key,
    property_id integer not null references properties (id) on delete cascade,
    mpan text not null unique,
    gsp_group_id text not null,
    direction text not null default 'IMPORT',
    profile_class integer,
    ssc text not null default '',
    llf text,
    mtc integer,
    measurement_class text not null default 'A',
    energisation_status text not null default 'E',
    dcc_service_flag text not null default 'A',
    sms_operator text not null default '',
    status text not null default 'ON_SUPPLY',
    smart_start_date date,
    supply_end_date date,
    created_at timestamptz not null default now()
  )`,
  `create index electricity_meter_points_property_idx
    on electricity_meter_points (property_id)`,
  `create table gas_meter_points (
    id integer generated always as identity primary key,
    property_id integer not null references properties (id) on delete cascade,
    mprn text not null unique,
    ldz text not null default '',
    exit_zone text not null default '',
    market_sector_code text,
    supply_class integer not null default 4,
    status text not null default 'ON_SUPPLY',
    smart_start_date date,
    supply_end_date date,
    created_at timestamptz not null default now()
  )`,
  `create index gas_meter_points_property_idx on gas_meter_points (property_id)`,
  `create table electricity_meters (
    id integer generated always as identity primary key,
    meter_point_id integer not null
      references electricity_meter_points (id) on delete cascade,
    serial_number text not null,
    meter_type text,
    make_and_type text,
    is_digital boolean not null default true,
    installation_date date,
    active_from date not null,
    active_to date,
    location text,
    consumption_units text not null default 'kWh',
    created_at timestamptz not null default now(),
    updated_at timestamptz
  )`,
  `create index electricity_meters_point_idx
    on electricity_meters (meter_point_id)`,
  `create table electricity_meter_registers (
    id integer generated always as identity primary key,
    meter_id integer not null
      references electricity_meters (id) on delete cascade,
    identifier text not null,
    name text not null,
    rate text not null,
    is_settlement_register boolean not null default true,
    digits integer not null default 5,
    unique (meter_id, identifier)
  )`,
  `create table gas_meters (
    id integer generated always as identity primary key,
    meter_point_id integer not null
      references gas_meter_points (id) on delete cascade,
    serial_number text not null,
    manufacturer_code text not null default '',
    model_name text not null default '',
    manufactured_year integer,
    meter_type text not null default '',
    mechanism text,
    imperial boolean not null default false,
    units integer not null default 5,
    correction double precision,
    reading_factor numeric(8, 4),
    location text not null default '',
    installation_date date,
    active_from date not null,
    active_to date,
    consumption_units text not null default 'kWh',
    created_at timestamptz not null default now(),
    updated_at timestamptz
  )`,
  `create index gas_meters_point_idx on gas_meters (meter_point_id)`,
  `create table smart_device_networks (
    id integer generated always as identity primary key,
    property_id integer not null references properties (id) on delete cascade
  )`,
  `create index smart_device_networks_property_idx
    on smart_device_networks (property_id)`,
  `create table smart_devices (
    id integer generated always as identity primary key,
    network_id integer references smart_device_networks (id)
      on delete set null,
    device_id text not null unique,
    serial_number text not null,
    type text not null,
    status text not null default 'COMMISSIONED',
    manufacturer text not null default '',
    model text not null default '',
    firmware_version text not null default '',
    payment_mode text,
    import_meter_id integer references electricity_meters (id)
      on delete set null,
    export_meter_id integer references electricity_meters (id)
      on delete set null,
    gas_meter_id integer references gas_meters (id) on delete set null
  )`,
  `create index smart_devices_import_idx on smart_devices (import_meter_id)`,
  `create index smart_devices_export_idx on smart_devices (export_meter_id)`,
  `create index smart_devices_gas_idx on smart_devices (gas_meter_id)`,
  `create table products (
    id integer generated always as identity primary key,
    code text not null unique,
    brand text not null,
    direction text not null default 'IMPORT',
    full_name text not null,
    display_name text not null,
    description text not null default '',
    notes text not null default '',
    is_variable boolean not null default false,
    is_green boolean not null default false,
    is_business boolean not null default false,
    is_charged_half_hourly boolean not null default false,
    is_prepay boolean not null default false,
    is_default boolean not null default false,
    is_occupier boolean not null default false,
    is_hidden boolean not null default false,
    term integer,
    exit_fees integer not null default 0,
    exit_fees_type text not null default 'NONE',
    tags text[] not null default '{}',
    available_from timestamptz not null,
    available_to timestamptz,
    ends_at timestamptz
  )`,
  `create table tariffs (
    id integer generated always as identity primary key,
    product_id integer not null references products (id) on delete cascade,
    code text not null unique,
    fuel text not null check (fuel in ('ELECTRICITY', 'GAS')),
    kind text not null check (kind in
      ('STANDARD', 'DAY_NIGHT', 'HALF_HOURLY', 'PREPAY', 'GAS')),
    gsp_group_id text not null,
    payment_method text not null default 'DIRECT_DEBIT',
    is_export boolean not null default false,
    night_starts_at time,
    night_ends_at time,
    unique (product_id, fuel, kind, gsp_group_id, payment_method)
  )`,
  `create index tariffs_product_idx on tariffs (product_id)`,
  `create table tariff_rates (
    id bigint generated always as identity primary key,
    tariff_id integer not null references tariffs (id) on delete cascade,
    rate_type text not null check (rate_type in
      ('STANDING_CHARGE', 'STANDARD', 'DAY', 'NIGHT')),
    value_exc_vat numeric(12, 6) not null,
    value_inc_vat numeric(12, 6) not null,
    valid_from timestamptz not null,
    valid_to timestamptz,
    check (valid_to is null or valid_to > valid_from),
    exclude using gist (
      tariff_id with =,
      rate_type with =,
      tstzrange(valid_from, valid_to) with &&
    )
  )`,
  `create table agreements (
    id integer generated always as identity primary key,
    account_id integer not null references accounts (id) on delete cascade,
    electricity_meter_point_id integer
      references electricity_meter_points (id) on delete cascade,
    gas_meter_point_id integer
      references gas_meter_points (id) on delete cascade,
    tariff_id integer not null references tariffs (id),
    valid_from timestamptz not null,
    valid_to timestamptz,
    agreed_from timestamptz,
    agreed_to timestamptz,
    is_revoked boolean not null default false,
    rescission_deadline_at timestamptz,
    rates_agreed_at timestamptz,
    check (num_nonnulls(electricity_meter_point_id, gas_meter_point_id) = 1),
    check (valid_to is null or valid_to > valid_from),
    exclude using gist (
      electricity_meter_point_id with =,
      tstzrange(valid_from, valid_to) with &&
    ) where (electricity_meter_point_id is not null and not is_revoked),
    exclude using gist (
      gas_meter_point_id with =,
      tstzrange(valid_from, valid_to) with &&
    ) where (gas_meter_point_id is not null and not is_revoked)
  )`,
  `create index agreements_account_idx on agreements (account_id)`,
  `create table ledgers (
    id integer generated always as identity primary key,
    account_id integer not null references accounts (id) on delete cascade,
    ledger_type text not null,
    number text not null unique,
    unique (account_id, ledger_type)
  )`,
  `create table ledger_transactions (
    id bigint generated always as identity primary key,
    ledger_id integer not null references ledgers (id) on delete cascade,
    kind text not null,
    amount integer not null,
    description text not null default '',
    posted_at timestamptz not null
  )`,
  `create index ledger_transactions_ledger_idx
    on ledger_transactions (ledger_id, posted_at)`,
  `create table consumption_readings (
    meter_fuel text not null check (meter_fuel in ('ELECTRICITY', 'GAS')),
    meter_id integer not null,
    interval_start timestamptz not null,
    consumption_wh integer not null check (consumption_wh >= 0),
    register_wh bigint not null,
    primary key (meter_fuel, meter_id, interval_start)
  ) partition by range (interval_start)`,
];
