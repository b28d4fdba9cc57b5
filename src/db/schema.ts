import type { ColumnType, Generated } from "kysely";

/** A column the database fills in when an insert leaves it out. */
type Defaulted<T> = ColumnType<T, T | undefined, T>;

/** numeric columns arrive from both drivers as strings. */
type Numeric = ColumnType<string, string | number, string | number>;

/** bigint columns arrive as strings; write them as numbers or strings. */
type BigIntColumn = ColumnType<string, string | number | bigint, string>;

/** Table types for Kysely. The migrations are the source of truth. */
export interface Database {
  accounts: AccountsTable;
  account_users: AccountUsersTable;
  account_user_roles: AccountUserRolesTable;
  api_keys: ApiKeysTable;
  refresh_tokens: RefreshTokensTable;
  properties: PropertiesTable;
  occupancy_periods: OccupancyPeriodsTable;
  electricity_meter_points: ElectricityMeterPointsTable;
  gas_meter_points: GasMeterPointsTable;
  electricity_meters: ElectricityMetersTable;
  electricity_meter_registers: ElectricityMeterRegistersTable;
  gas_meters: GasMetersTable;
  smart_device_networks: SmartDeviceNetworksTable;
  smart_devices: SmartDevicesTable;
  products: ProductsTable;
  tariffs: TariffsTable;
  tariff_rates: TariffRatesTable;
  agreements: AgreementsTable;
  ledgers: LedgersTable;
  ledger_transactions: LedgerTransactionsTable;
  consumption_readings: ConsumptionReadingsTable;
  embedded_networks: EmbeddedNetworksTable;
  embedded_network_properties: EmbeddedNetworkPropertiesTable;
}

export interface AccountsTable {
  id: Generated<number>;
  number: string;
  status: Defaulted<string>;
  brand: string;
  account_type: Defaulted<string>;
  billing_name: string | null;
  billing_sub_name: string | null;
  billing_email: string | null;
  billing_address_line1: string | null;
  billing_address_line2: string | null;
  billing_address_line3: string | null;
  billing_address_line4: string | null;
  billing_address_line5: string | null;
  billing_postcode: string | null;
  billing_country_code: Defaulted<string>;
  preferred_language: Defaulted<string>;
  created_at: Defaulted<Date>;
}

export interface AccountUsersTable {
  id: Generated<number>;
  number: string;
  given_name: string;
  family_name: string;
  email: string;
  mobile: Defaulted<string>;
  landline: Defaulted<string>;
  title: string | null;
  pronouns: string | null;
  preferred_name: string | null;
  date_of_birth: ColumnType<string | null, string | null | undefined>;
  is_deceased: Defaulted<boolean>;
  is_active: Defaulted<boolean>;
  password_hash: string | null;
  created_at: Defaulted<Date>;
}

export interface AccountUserRolesTable {
  account_id: number;
  account_user_id: number;
  role: Defaulted<string>;
}

export interface ApiKeysTable {
  id: Generated<number>;
  account_user_id: number;
  key_hash: string;
  key_suffix: string;
  created_at: Defaulted<Date>;
  revoked_at: Date | null;
}

export interface RefreshTokensTable {
  id: Generated<number>;
  account_user_id: number;
  token_hash: string;
  grant_type: string;
  original_issued_at: Date;
  issued_at: Defaulted<Date>;
  expires_at: Date;
}

export interface PropertiesTable {
  id: Generated<number>;
  address_line1: string;
  address_line2: string | null;
  address_line3: string | null;
  town: string;
  county: string | null;
  postcode: string;
  country_code: Defaulted<string>;
  uprn: string | null;
  label: string | null;
  latitude: Numeric | null;
  longitude: Numeric | null;
  wan_coverage: string | null;
  created_at: Defaulted<Date>;
}

export interface OccupancyPeriodsTable {
  id: Generated<number>;
  property_id: number;
  account_id: number;
  effective_from: Date;
  effective_to: Date | null;
  is_occupier: Defaulted<boolean>;
  number_of_occupants: number | null;
}

export interface ElectricityMeterPointsTable {
  id: Generated<number>;
  property_id: number;
  mpan: string;
  gsp_group_id: string;
  direction: Defaulted<string>;
  profile_class: number | null;
  ssc: Defaulted<string>;
  llf: string | null;
  mtc: number | null;
  measurement_class: Defaulted<string>;
  energisation_status: Defaulted<string>;
  dcc_service_flag: Defaulted<string>;
  sms_operator: Defaulted<string>;
  status: Defaulted<string>;
  smart_start_date: ColumnType<string | null, string | null | undefined>;
  supply_end_date: ColumnType<string | null, string | null | undefined>;
  created_at: Defaulted<Date>;
}

export interface GasMeterPointsTable {
  id: Generated<number>;
  property_id: number;
  mprn: string;
  ldz: Defaulted<string>;
  exit_zone: Defaulted<string>;
  market_sector_code: string | null;
  supply_class: Defaulted<number>;
  status: Defaulted<string>;
  smart_start_date: ColumnType<string | null, string | null | undefined>;
  supply_end_date: ColumnType<string | null, string | null | undefined>;
  created_at: Defaulted<Date>;
}

export interface ElectricityMetersTable {
  id: Generated<number>;
  meter_point_id: number;
  serial_number: string;
  meter_type: string | null;
  make_and_type: string | null;
  is_digital: Defaulted<boolean>;
  installation_date: ColumnType<string | null, string | null | undefined>;
  active_from: ColumnType<string, string>;
  active_to: ColumnType<string | null, string | null | undefined>;
  location: string | null;
  consumption_units: Defaulted<string>;
  created_at: Defaulted<Date>;
  updated_at: Date | null;
}

export interface ElectricityMeterRegistersTable {
  id: Generated<number>;
  meter_id: number;
  identifier: string;
  name: string;
  rate: string;
  is_settlement_register: Defaulted<boolean>;
  digits: Defaulted<number>;
}

export interface GasMetersTable {
  id: Generated<number>;
  meter_point_id: number;
  serial_number: string;
  manufacturer_code: Defaulted<string>;
  model_name: Defaulted<string>;
  manufactured_year: number | null;
  meter_type: Defaulted<string>;
  mechanism: string | null;
  imperial: Defaulted<boolean>;
  units: Defaulted<number>;
  correction: number | null;
  reading_factor: Numeric | null;
  location: Defaulted<string>;
  installation_date: ColumnType<string | null, string | null | undefined>;
  active_from: ColumnType<string, string>;
  active_to: ColumnType<string | null, string | null | undefined>;
  consumption_units: Defaulted<string>;
  created_at: Defaulted<Date>;
  updated_at: Date | null;
}

export interface SmartDeviceNetworksTable {
  id: Generated<number>;
  property_id: number;
}

export interface SmartDevicesTable {
  id: Generated<number>;
  network_id: number | null;
  device_id: string;
  serial_number: string;
  type: string;
  status: Defaulted<string>;
  manufacturer: Defaulted<string>;
  model: Defaulted<string>;
  firmware_version: Defaulted<string>;
  payment_mode: string | null;
  import_meter_id: number | null;
  export_meter_id: number | null;
  gas_meter_id: number | null;
}

export interface ProductsTable {
  id: Generated<number>;
  code: string;
  brand: string;
  direction: Defaulted<string>;
  full_name: string;
  display_name: string;
  description: Defaulted<string>;
  notes: Defaulted<string>;
  is_variable: Defaulted<boolean>;
  is_green: Defaulted<boolean>;
  is_business: Defaulted<boolean>;
  is_charged_half_hourly: Defaulted<boolean>;
  is_prepay: Defaulted<boolean>;
  is_default: Defaulted<boolean>;
  is_occupier: Defaulted<boolean>;
  is_hidden: Defaulted<boolean>;
  includes_epg_reduction: Defaulted<boolean>;
  term: number | null;
  exit_fees: Defaulted<number>;
  exit_fees_type: Defaulted<string>;
  tags: Defaulted<string[]>;
  available_from: Date;
  available_to: Date | null;
  ends_at: Date | null;
}

export type TariffFuel = "ELECTRICITY" | "GAS";
export type TariffKind =
  "STANDARD" | "DAY_NIGHT" | "HALF_HOURLY" | "PREPAY" | "GAS";

export interface TariffsTable {
  id: Generated<number>;
  product_id: number;
  code: string;
  fuel: TariffFuel;
  kind: TariffKind;
  gsp_group_id: string;
  payment_method: Defaulted<string>;
  is_export: Defaulted<boolean>;
  /** Local (Europe/London) start of the Economy 7 night window. */
  night_starts_at: string | null;
  night_ends_at: string | null;
}

export type RateType = "STANDING_CHARGE" | "STANDARD" | "DAY" | "NIGHT";

export interface TariffRatesTable {
  id: Generated<string>;
  tariff_id: number;
  rate_type: RateType;
  /** Pence per kWh, or pence per day for a standing charge. */
  value_exc_vat: Numeric;
  value_inc_vat: Numeric;
  valid_from: Date;
  valid_to: Date | null;
}

export interface AgreementsTable {
  id: Generated<number>;
  account_id: number;
  electricity_meter_point_id: number | null;
  gas_meter_point_id: number | null;
  tariff_id: number;
  valid_from: Date;
  valid_to: Date | null;
  agreed_from: Date | null;
  agreed_to: Date | null;
  is_revoked: Defaulted<boolean>;
  rescission_deadline_at: Date | null;
  rates_agreed_at: Date | null;
}

export interface LedgersTable {
  id: Generated<number>;
  account_id: number;
  ledger_type: string;
  number: string;
}

export interface LedgerTransactionsTable {
  id: Generated<string>;
  ledger_id: number;
  kind: string;
  /** Pence; charges are negative, payments and credits positive. */
  amount: number;
  description: Defaulted<string>;
  posted_at: Date;
}

export interface ConsumptionReadingsTable {
  meter_fuel: TariffFuel;
  meter_id: number;
  /** Start of the half-hour, UTC instant. */
  interval_start: Date;
  /** Energy in watt-hours over the half-hour. */
  consumption_wh: number;
  /** Cumulative register total in watt-hours at the half-hour's end. */
  register_wh: BigIntColumn;
}

export interface EmbeddedNetworksTable {
  id: Generated<number>;
  name: string;
}

export interface EmbeddedNetworkPropertiesTable {
  id: Generated<number>;
  embedded_network_id: number;
  property_id: number;
}
