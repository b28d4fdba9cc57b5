import type { GraphQLResolveInfo, GraphQLScalarType, GraphQLScalarTypeConfig } from 'graphql';
import type { AccountRow, AccountRoleRow, LedgerRow } from '../domains/accounts/accounts.repository.js';
import type { ProductRow } from '../domains/products/products.repository.js';
import type { TariffRow, RateRow } from '../domains/products/tariffs.repository.js';
import type { AgreementRow } from '../domains/agreements/agreements.repository.js';
import type { AccountUserRow } from '../domains/accounts/account-users.repository.js';
import type { RichAddress } from '../domains/accounts/billing-address.js';
import type { TransactionRow } from '../domains/accounts/transactions.repository.js';
import type { PropertyRow, OccupancyPeriodRow } from '../domains/properties/properties.repository.js';
import type { EmbeddedNetworkRow, EmbeddedNetworkPropertyRow } from '../domains/properties/embedded-networks.repository.js';
import type { ElectricityMeterPointRow, GasMeterPointRow } from '../domains/meter-points/meter-points.repository.js';
import type { ElectricityMeterRow, GasMeterRow, ElectricityMeterRegisterRow } from '../domains/meter-points/meters.repository.js';
import type { SmartDeviceRow, SmartDeviceNetworkRow } from '../domains/meter-points/smart-devices.repository.js';
import type { RequestContext } from '../server/context.js';
export type Maybe<T> = T | null;
export type InputMaybe<T> = T | null | undefined;
export type Exact<T extends { [key: string]: unknown }> = { [K in keyof T]: T[K] };
export type MakeOptional<T, K extends keyof T> = Omit<T, K> & { [SubKey in K]?: Maybe<T[SubKey]> };
export type MakeMaybe<T, K extends keyof T> = Omit<T, K> & { [SubKey in K]: Maybe<T[SubKey]> };
export type MakeEmpty<T extends { [key: string]: unknown }, K extends keyof T> = { [_ in K]?: never };
export type Incremental<T> = T | { [P in keyof T]?: P extends ' $fragmentName' | '__typename' ? T[P] : never };
export type Omit<T, K extends keyof T> = Pick<T, Exclude<keyof T, K>>;
export type RequireFields<T, K extends keyof T> = Omit<T, K> & { [P in K]-?: NonNullable<T[P]> };
/** All built-in and custom scalars, mapped to their actual values */
export type Scalars = {
  ID: { input: string; output: string; }
  String: { input: string; output: string; }
  Boolean: { input: boolean; output: boolean; }
  Int: { input: number; output: number; }
  Float: { input: number; output: number; }
  /** A calendar date, YYYY-MM-DD. */
  Date: { input: string; output: string; }
  /** An instant, in UTC with a +00:00 offset, e.g. 2024-10-27T01:00:00+00:00. */
  DateTime: { input: Date; output: Date | string; }
  /** An exact decimal number, sent as a string. */
  Decimal: { input: string; output: string | number; }
  /** Any JSON value. */
  GenericScalar: { input: unknown; output: unknown; }
  /** A string that contains JSON. */
  JSONString: { input: string; output: string; }
  /** A role name, such as OWNER. */
  RoleString: { input: string; output: string; }
  /** A time of day, HH:MM:SS. */
  Time: { input: string; output: string; }
};

/** The fields every kind of account shares. */
export type AccountInterface = {
  /** Kind of customer the account bills. */
  accountType: Maybe<AccountTypeChoices>;
  /** The billing address, structured. */
  address: Maybe<RichAddressType>;
  /**
   * Balance in pence: positive is credit, negative is debt. By default only
   * the ledgers that affect the account balance count.
   */
  balance: Scalars['Int']['output'];
  /** The billing address lines and postcode, one per line. */
  billingAddress: Maybe<Scalars['String']['output']>;
  /** First line of the billing address. */
  billingAddressLine1: Maybe<Scalars['String']['output']>;
  /** Second line of the billing address. */
  billingAddressLine2: Maybe<Scalars['String']['output']>;
  /** Third line of the billing address. */
  billingAddressLine3: Maybe<Scalars['String']['output']>;
  /** Fourth line of the billing address. */
  billingAddressLine4: Maybe<Scalars['String']['output']>;
  /** Fifth line of the billing address. */
  billingAddressLine5: Maybe<Scalars['String']['output']>;
  /** Postcode of the billing address. */
  billingAddressPostcode: Maybe<Scalars['String']['output']>;
  /** ISO 3166-1 alpha-2 country code of the billing address. */
  billingCountryCode: Maybe<Scalars['String']['output']>;
  /** Email address bills are sent to. */
  billingEmail: Maybe<Scalars['String']['output']>;
  /** Name the bills are addressed to. */
  billingName: Maybe<Scalars['String']['output']>;
  /** Second name line on bills, such as a company department. */
  billingSubName: Maybe<Scalars['String']['output']>;
  /** Brand the account is supplied under. */
  brand: Maybe<Scalars['String']['output']>;
  /** When the account was created. */
  createdAt: Maybe<Scalars['DateTime']['output']>;
  /** The account's ledgers. */
  ledgers: Maybe<Array<Maybe<LedgerType>>>;
  /** The account number, such as A-1430FC16. */
  number: Maybe<Scalars['String']['output']>;
  /**
   * Debt in pence owed for more than 28 days: the debt on the ledgers that
   * affect the balance 28 days ago, less the payments and credits posted
   * since, never below 0.
   */
  overdueBalance: Maybe<Scalars['Int']['output']>;
  /** Language for letters and emails, as a tag such as en-gb. */
  preferredLanguageForComms: Maybe<Scalars['String']['output']>;
  /** The non-empty billing address lines, without the postcode. */
  splitBillingAddress: Maybe<Array<Maybe<Scalars['String']['output']>>>;
  /** Lifecycle state of the account. */
  status: Maybe<AccountStatus>;
};


/** The fields every kind of account shares. */
export type AccountInterfaceBalanceArgs = {
  includeAllLedgers?: InputMaybe<Scalars['Boolean']['input']>;
};


/** The fields every kind of account shares. */
export type AccountInterfaceLedgersArgs = {
  includeDebtLedgers?: InputMaybe<Scalars['Boolean']['input']>;
  ledgerNumber?: InputMaybe<Scalars['String']['input']>;
};

/** Lifecycle state of an account. */
export type AccountStatus =
  | 'ACTIVE'
  | 'DORMANT'
  | 'ENROLMENT_ERROR'
  | 'ENROLMENT_REJECTED'
  | 'INCOMPLETE'
  | 'PENDING'
  | 'VOID'
  | 'WITHDRAWN';

/** A customer account: who is billed, for which supplies. */
export type AccountType = AccountInterface & {
  __typename?: 'AccountType';
  /** Kind of customer the account bills. */
  accountType: Maybe<AccountTypeChoices>;
  /** The billing address, structured. */
  address: Maybe<RichAddressType>;
  /**
   * Balance in pence: positive is credit, negative is debt. By default only
   * the ledgers that affect the account balance count.
   */
  balance: Scalars['Int']['output'];
  /** The billing address lines and postcode, one per line. */
  billingAddress: Maybe<Scalars['String']['output']>;
  /** First line of the billing address. */
  billingAddressLine1: Maybe<Scalars['String']['output']>;
  /** Second line of the billing address. */
  billingAddressLine2: Maybe<Scalars['String']['output']>;
  /** Third line of the billing address. */
  billingAddressLine3: Maybe<Scalars['String']['output']>;
  /** Fourth line of the billing address. */
  billingAddressLine4: Maybe<Scalars['String']['output']>;
  /** Fifth line of the billing address. */
  billingAddressLine5: Maybe<Scalars['String']['output']>;
  /** Postcode of the billing address. */
  billingAddressPostcode: Maybe<Scalars['String']['output']>;
  /** ISO 3166-1 alpha-2 country code of the billing address. */
  billingCountryCode: Maybe<Scalars['String']['output']>;
  /** Email address bills are sent to. */
  billingEmail: Maybe<Scalars['String']['output']>;
  /** Name the bills are addressed to. */
  billingName: Maybe<Scalars['String']['output']>;
  /** Postcode of the billing address. */
  billingPostcode: Maybe<Scalars['String']['output']>;
  /** Second name line on bills, such as a company department. */
  billingSubName: Maybe<Scalars['String']['output']>;
  /** Brand the account is supplied under. */
  brand: Maybe<Scalars['String']['output']>;
  /** When the account was created. */
  createdAt: Maybe<Scalars['DateTime']['output']>;
  /**
   * Electricity agreements of the account, ordered by validFrom. With
   * `active: true` only those in force now, otherwise all, revoked included.
   */
  electricityAgreements: Maybe<Array<Maybe<ElectricityAgreementType>>>;
  /**
   * Gas agreements of the account, ordered by validFrom. With `active: true`
   * only those in force now, otherwise all, revoked included.
   */
  gasAgreements: Maybe<Array<Maybe<GasAgreementType>>>;
  /** Internal id of the account. */
  id: Scalars['ID']['output'];
  /** The account's ledgers. */
  ledgers: Maybe<Array<Maybe<LedgerType>>>;
  /** The account number, such as A-1430FC16. */
  number: Maybe<Scalars['String']['output']>;
  /**
   * Debt in pence owed for more than 28 days: the debt on the ledgers that
   * affect the balance 28 days ago, less the payments and credits posted
   * since, never below 0.
   */
  overdueBalance: Maybe<Scalars['Int']['output']>;
  /** Language for letters and emails, as a tag such as en-gb. */
  preferredLanguageForComms: Maybe<Scalars['String']['output']>;
  /**
   * The properties the account has occupancy periods on. With activeFrom,
   * only those whose occupancy by this account has not ended by then.
   */
  properties: Maybe<Array<Maybe<PropertyType>>>;
  /** The non-empty billing address lines, without the postcode. */
  splitBillingAddress: Maybe<Array<Maybe<Scalars['String']['output']>>>;
  /** Lifecycle state of the account. */
  status: Maybe<AccountStatus>;
  /**
   * The account's ledger transactions, newest first unless orderBy says
   * otherwise. Needs first or last.
   *
   * The possible errors that can be raised are:
   *
   * - KT-CT-1201: Pagination parameters not provided.
   * - KT-CT-1202: Invalid pagination parameters.
   * - KT-CT-1605: Invalid input.
   */
  transactions: Maybe<TransactionConnectionTypeConnection>;
  /** The account users who hold a role on the account. */
  users: Array<AccountUserType>;
};


/** A customer account: who is billed, for which supplies. */
export type AccountTypeBalanceArgs = {
  includeAllLedgers?: InputMaybe<Scalars['Boolean']['input']>;
};


/** A customer account: who is billed, for which supplies. */
export type AccountTypeElectricityAgreementsArgs = {
  active?: InputMaybe<Scalars['Boolean']['input']>;
};


/** A customer account: who is billed, for which supplies. */
export type AccountTypeGasAgreementsArgs = {
  active?: InputMaybe<Scalars['Boolean']['input']>;
};


/** A customer account: who is billed, for which supplies. */
export type AccountTypeLedgersArgs = {
  includeDebtLedgers?: InputMaybe<Scalars['Boolean']['input']>;
  ledgerNumber?: InputMaybe<Scalars['String']['input']>;
};


/** A customer account: who is billed, for which supplies. */
export type AccountTypePropertiesArgs = {
  activeFrom?: InputMaybe<Scalars['DateTime']['input']>;
};


/** A customer account: who is billed, for which supplies. */
export type AccountTypeTransactionsArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  before?: InputMaybe<Scalars['String']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
  fromDate?: InputMaybe<Scalars['Date']['input']>;
  includeAllLedgers?: InputMaybe<Scalars['Boolean']['input']>;
  last?: InputMaybe<Scalars['Int']['input']>;
  ledgerNumber?: InputMaybe<Scalars['String']['input']>;
  orderBy?: InputMaybe<TransactionsOrderBy>;
  toDate?: InputMaybe<Scalars['Date']['input']>;
};

/** Kind of customer an account bills. */
export type AccountTypeChoices =
  | 'BUSINESS'
  | 'BUSINESS_OCCUPIER'
  | 'BUSINESS_THIRD_PARTY_BILLED'
  | 'BUSINESS_VACANT'
  | 'DOMESTIC'
  | 'DOMESTIC_THIRD_PARTY_BILLED'
  | 'MANAGED'
  | 'OCCUPIER'
  | 'PORTFOLIO_LEAD'
  | 'SUPPLY_POINT'
  | 'VACANT';

/** The role an account user holds on an account. */
export type AccountUserRoleType = {
  __typename?: 'AccountUserRoleType';
  /** The account. */
  account: AccountType;
  /** Identifies the pair of account and user, as <account id>:<user id>. */
  id: Scalars['ID']['output'];
  /** The role, such as OWNER. */
  role: Maybe<Scalars['RoleString']['output']>;
  /** The user. */
  user: AccountUserType;
};

/** A person who can log in and act on accounts. */
export type AccountUserType = {
  __typename?: 'AccountUserType';
  /** The user's roles on accounts. */
  accountUserRoles: Maybe<Array<Maybe<AccountUserRoleType>>>;
  /** The accounts the user holds a role on, ordered by account number. */
  accounts: Maybe<Array<Maybe<AccountInterface>>>;
  /** When the user was created. */
  createdAt: Scalars['DateTime']['output'];
  /** Date of birth. */
  dateOfBirth: Maybe<Scalars['Date']['output']>;
  /**
   * Given and family name.
   * @deprecated Use fullName.
   */
  displayName: Maybe<Scalars['String']['output']>;
  /** Email address the user logs in with. */
  email: Scalars['String']['output'];
  /** Family name. */
  familyName: Scalars['String']['output'];
  /**
   * Given name.
   * @deprecated Use givenName.
   */
  firstName: Maybe<Scalars['String']['output']>;
  /** Title, given name and family name, the ones given. */
  fullName: Maybe<Scalars['String']['output']>;
  /** Given name. */
  givenName: Scalars['String']['output'];
  /** Internal id of the user. */
  id: Scalars['ID']['output'];
  /** Whether the user may log in. */
  isActive: Maybe<Scalars['Boolean']['output']>;
  /** Whether the user has died. */
  isDeceased: Scalars['Boolean']['output'];
  /** Landline phone number, or an empty string. */
  landline: Scalars['String']['output'];
  /**
   * Landline phone number, or an empty string.
   * @deprecated Use landline.
   */
  landlinePhoneNumber: Maybe<Scalars['String']['output']>;
  /**
   * Family name.
   * @deprecated Use familyName.
   */
  lastName: Maybe<Scalars['String']['output']>;
  /** Mobile phone number, or an empty string. */
  mobile: Scalars['String']['output'];
  /** The user number, such as U-1A2B3C4D. */
  number: Maybe<Scalars['String']['output']>;
  /** Name the user prefers to be addressed by. */
  preferredName: Maybe<Scalars['String']['output']>;
  /** Pronouns, such as she/her. */
  pronouns: Maybe<Scalars['String']['output']>;
  /** Title, such as Dr. */
  title: Maybe<Scalars['String']['output']>;
};


/** A person who can log in and act on accounts. */
export type AccountUserTypeAccountUserRolesArgs = {
  accountNumber?: InputMaybe<Scalars['String']['input']>;
};


/** A person who can log in and act on accounts. */
export type AccountUserTypeAccountsArgs = {
  allowedBrandCodes?: InputMaybe<Array<InputMaybe<BrandChoices>>>;
  excludeAccountTypes?: InputMaybe<Array<InputMaybe<AccountTypeChoices>>>;
  restrictToAccountNumbers?: InputMaybe<Array<InputMaybe<Scalars['String']['input']>>>;
};

/**
 * A supply agreement: the tariff a meter point is on for a period. Validity is
 * half-open, from validFrom (inclusive) to validTo (exclusive).
 */
export type AgreementInterface = {
  /** When the customer agreed to the tariff. */
  agreedFrom: Maybe<Scalars['DateTime']['output']>;
  /** When the agreement was ended by the customer or the supplier. */
  agreedTo: Maybe<Scalars['DateTime']['output']>;
  /** Internal id of the agreement. */
  id: Maybe<Scalars['Int']['output']>;
  /** Whether the agreement was cancelled and never applies. */
  isRevoked: Maybe<Scalars['Boolean']['output']>;
  /** When the rates of the agreement were fixed. */
  ratesAgreedAt: Maybe<Scalars['DateTime']['output']>;
  /** Last instant at which the customer may cancel without a fee. */
  rescissionDeadlineAt: Maybe<Scalars['DateTime']['output']>;
  /** Start of supply on the tariff, inclusive. */
  validFrom: Maybe<Scalars['DateTime']['output']>;
  /** End of supply on the tariff, exclusive, or null while open-ended. */
  validTo: Maybe<Scalars['DateTime']['output']>;
};

/**
 * Brands an account can be supplied under. The demo data supplies every
 * account under OCTOPUS_ENERGY.
 */
export type BrandChoices =
  | 'EDF'
  | 'OCTOPUS_ENERGY'
  | 'POD_POINT';

/** A charge for energy supplied. */
export type Charge = TransactionType & {
  __typename?: 'Charge';
  /** Number of the account whose ledger carries the transaction. */
  accountNumber: Maybe<Scalars['String']['output']>;
  /** Size of the charge in pence, positive. */
  amount: Maybe<Scalars['Int']['output']>;
  /**
   * Balance of the ledger in pence after this transaction, counting every
   * earlier one on the same ledger; negative is debt.
   */
  balanceCarriedForward: Maybe<Scalars['Int']['output']>;
  /** Internal id of the transaction. */
  id: Maybe<Scalars['ID']['output']>;
  /**
   * Whether the transaction is a charge.
   * @deprecated Use the concrete type.
   */
  isAccountCharge: Maybe<Scalars['Boolean']['output']>;
  /**
   * Whether the transaction is a payment.
   * @deprecated Use the concrete type.
   */
  isAccountPayment: Maybe<Scalars['Boolean']['output']>;
  /**
   * Whether the transaction adds to the balance (a credit or payment).
   * @deprecated Use the concrete type.
   */
  isCredit: Maybe<Scalars['Boolean']['output']>;
  /** Date the transaction was posted, in Europe/London. */
  postedDate: Maybe<Scalars['Date']['output']>;
  /** Description shown to the customer, such as the charged period. */
  title: Maybe<Scalars['String']['output']>;
};

/** A position in decimal degrees (WGS 84). */
export type CoordinatesType = {
  __typename?: 'CoordinatesType';
  /** Latitude in decimal degrees. */
  latitude: Maybe<Scalars['Float']['output']>;
  /** Longitude in decimal degrees. */
  longitude: Maybe<Scalars['Float']['output']>;
};

/** A credit to the account, such as an export payment. */
export type Credit = TransactionType & {
  __typename?: 'Credit';
  /** Number of the account whose ledger carries the transaction. */
  accountNumber: Maybe<Scalars['String']['output']>;
  /** Size of the credit in pence, positive. */
  amount: Maybe<Scalars['Int']['output']>;
  /**
   * Balance of the ledger in pence after this transaction, counting every
   * earlier one on the same ledger; negative is debt.
   */
  balanceCarriedForward: Maybe<Scalars['Int']['output']>;
  /** Internal id of the transaction. */
  id: Maybe<Scalars['ID']['output']>;
  /**
   * Whether the transaction is a charge.
   * @deprecated Use the concrete type.
   */
  isAccountCharge: Maybe<Scalars['Boolean']['output']>;
  /**
   * Whether the transaction is a payment.
   * @deprecated Use the concrete type.
   */
  isAccountPayment: Maybe<Scalars['Boolean']['output']>;
  /**
   * Whether the transaction adds to the balance (a credit or payment).
   * @deprecated Use the concrete type.
   */
  isCredit: Maybe<Scalars['Boolean']['output']>;
  /** Date the transaction was posted, in Europe/London. */
  postedDate: Maybe<Scalars['Date']['output']>;
  /** Description shown to the customer, such as the credited period. */
  title: Maybe<Scalars['String']['output']>;
};

/** An Economy 7 electricity tariff with a day rate and a cheaper night rate. */
export type DayNightTariff = TariffType & {
  __typename?: 'DayNightTariff';
  /** Day unit rate in pence per kWh, including VAT. */
  dayRate: Maybe<Scalars['Float']['output']>;
  /** Description of the tariff's product. */
  description: Maybe<Scalars['String']['output']>;
  /** Short name of the tariff's product. */
  displayName: Maybe<Scalars['String']['output']>;
  /** Full name of the tariff's product. */
  fullName: Maybe<Scalars['String']['output']>;
  /** Internal id of the tariff. */
  id: Maybe<Scalars['ID']['output']>;
  /** Whether the tariff pays for exported energy. */
  isExport: Maybe<Scalars['Boolean']['output']>;
  /** Night unit rate in pence per kWh, including VAT. */
  nightRate: Maybe<Scalars['Float']['output']>;
  /** Day unit rate in pence per kWh, excluding VAT. */
  preVatDayRate: Maybe<Scalars['Float']['output']>;
  /** Night unit rate in pence per kWh, excluding VAT. */
  preVatNightRate: Maybe<Scalars['Float']['output']>;
  /** Standing charge in pence per day, excluding VAT. */
  preVatStandingCharge: Maybe<Scalars['Float']['output']>;
  /** Code of the tariff's product. */
  productCode: Maybe<Scalars['String']['output']>;
  /** Standing charge in pence per day, including VAT. */
  standingCharge: Maybe<Scalars['Float']['output']>;
  /** Tags of the tariff's product. */
  tags: Maybe<Array<Maybe<Scalars['String']['output']>>>;
  /** Tariff code, e.g. E-2R-VAR-22-11-01-C. */
  tariffCode: Maybe<Scalars['String']['output']>;
};

/** Life-cycle state of a smart metering device. */
export type DeviceStatus =
  | 'COMMISSIONED'
  | 'DECOMMISSIONED'
  | 'INSTALLED_NOT_COMMISSIONED'
  | 'NOT_APPLICABLE'
  | 'PENDING'
  | 'RECOVERED'
  | 'RECOVERY'
  | 'SUSPENDED'
  | 'WHITELISTED'
  | 'WITHDRAWN';

/** Life-cycle states to filter smart metering devices on. */
export type DeviceStatuses =
  | 'COMMISSIONED'
  | 'DECOMMISSIONED'
  | 'INSTALLED_NOT_COMMISSIONED'
  | 'NOT_APPLICABLE'
  | 'PENDING'
  | 'RECOVERED'
  | 'RECOVERY'
  | 'SUSPENDED'
  | 'WHITELISTED'
  | 'WITHDRAWN';

/** Kind of a smart metering device. */
export type DeviceType =
  | 'CAD'
  | 'CHF'
  | 'ESME'
  | 'GPF'
  | 'GSME'
  | 'HCALCS'
  | 'IHD'
  | 'IHD_OR_CAD'
  | 'PPMID';

/** An agreement that supplies an electricity meter point on a tariff. */
export type ElectricityAgreementType = AgreementInterface & {
  __typename?: 'ElectricityAgreementType';
  /** The account billed for the supply. */
  account: AccountType;
  /** When the customer agreed to the tariff. */
  agreedFrom: Maybe<Scalars['DateTime']['output']>;
  /** When the agreement was ended by the customer or the supplier. */
  agreedTo: Maybe<Scalars['DateTime']['output']>;
  /** Internal id of the agreement. */
  id: Maybe<Scalars['Int']['output']>;
  /** Whether the agreement was cancelled and never applies. */
  isRevoked: Maybe<Scalars['Boolean']['output']>;
  /** The supplied meter point. */
  meterPoint: ElectricityMeterPointType;
  /** When the rates of the agreement were fixed. */
  ratesAgreedAt: Maybe<Scalars['DateTime']['output']>;
  /** Last instant at which the customer may cancel without a fee. */
  rescissionDeadlineAt: Maybe<Scalars['DateTime']['output']>;
  /** The tariff, with the prices in force at the time of the request. */
  tariff: Maybe<ElectricityTariffType>;
  /** Start of supply on the tariff, inclusive. */
  validFrom: Maybe<Scalars['DateTime']['output']>;
  /** End of supply on the tariff, exclusive, or null while open-ended. */
  validTo: Maybe<Scalars['DateTime']['output']>;
};

/** Whether an electricity meter point takes energy from the grid or gives it back. */
export type ElectricityDirection =
  | 'EXPORT'
  | 'IMPORT';

/** Selects electricity measurements of a property. */
export type ElectricityFiltersInput = {
  /** EUI-64 of the ESME whose meters to read; any meter when omitted. */
  deviceId?: InputMaybe<Scalars['String']['input']>;
  /** MPAN core of one meter point; all matching meter points when omitted. */
  marketSupplyPointId?: InputMaybe<Scalars['String']['input']>;
  /** CONSUMPTION reads import meter points, GENERATION export ones. */
  readingDirection?: InputMaybe<ReadingDirectionType>;
  /** Interval length of the measurements. */
  readingFrequencyType?: InputMaybe<ReadingFrequencyType>;
  /** Only COMBINED is supported: stored readings carry no quality flag. */
  readingQuality?: InputMaybe<ReadingQualityType>;
  /** Not supported: readings are stored per meter, not per register. */
  registerId?: InputMaybe<Scalars['String']['input']>;
};

/** The electricity series a measurement belongs to. */
export type ElectricityFiltersOutput = {
  __typename?: 'ElectricityFiltersOutput';
  /** Device id from the filter, when one was given. */
  deviceId: Maybe<Scalars['String']['output']>;
  /** MPAN core of the meter point measured. */
  marketSupplyPointId: Maybe<Scalars['String']['output']>;
  /** CONSUMPTION for import meter points, GENERATION for export ones. */
  readingDirection: Maybe<ReadingDirectionType>;
  /** Interval length requested for the series. */
  readingFrequencyType: Maybe<ReadingFrequencyType>;
};

/** Meter type code of an electricity meter, as in the industry's meter registration data. */
export type ElectricityMeterMeterType =
  | 'A_2ADEF'
  | 'A_2ADF'
  | 'A_2AEF'
  | 'A_2AF'
  | 'A_2BDEF'
  | 'A_2BDF'
  | 'A_2BEF'
  | 'A_2BF'
  | 'A_2CDEF'
  | 'A_2CDF'
  | 'A_2CEF'
  | 'A_2CF'
  | 'CHECK'
  | 'H'
  | 'K'
  | 'LAG_'
  | 'LEAD_'
  | 'MAIN_'
  | 'N'
  | 'NCAMR'
  | 'NSS'
  | 'RCAMR'
  | 'RCAMY'
  | 'S'
  | 'S1'
  | 'S2A'
  | 'S2AD'
  | 'S2ADE'
  | 'S2B'
  | 'S2BD'
  | 'S2BDE'
  | 'S2C'
  | 'S2CD'
  | 'S2CDE'
  | 'SPECL'
  | 'T';

/** An electricity supply point, identified by its MPAN. */
export type ElectricityMeterPointType = MeterPointInterface & {
  __typename?: 'ElectricityMeterPointType';
  /**
   * Agreements of the viewer's accounts on this meter point, ordered by
   * validFrom. By default only those in force now or starting later.
   */
  agreements: Maybe<Array<Maybe<ElectricityAgreementType>>>;
  /** DCC service flag: A active, W withdrawn, N not applicable. */
  dccServiceFlag: Scalars['String']['output'];
  /** Whether the meter point imports or exports energy. */
  direction: Maybe<ElectricityDirection>;
  /** Energisation status: E energised, D de-energised. */
  energisationStatus: Scalars['String']['output'];
  /** Progress of the switch of supply to us. */
  enrolment: Maybe<EnrolmentType>;
  /** GSP group of the distribution region, with a leading underscore, e.g. _C for London. */
  gspGroupId: Maybe<Scalars['String']['output']>;
  /** Internal id of the meter point. */
  id: Scalars['ID']['output'];
  /** Line loss factor class. */
  llf: Maybe<Scalars['String']['output']>;
  /** Measurement class, e.g. A for non-half-hourly metered. */
  measurementClass: Scalars['String']['output'];
  /** The meters of the meter point, oldest first; only those in service unless includeInactive is true. */
  meters: Maybe<Array<Maybe<ElectricityMeterType>>>;
  /** The 13-digit MPAN core. */
  mpan: Scalars['String']['output'];
  /** Meter timeswitch code. */
  mtc: Maybe<Scalars['Int']['output']>;
  /** Profile class, 1 to 8; 1 is domestic unrestricted, 2 domestic Economy 7. */
  profileClass: Maybe<Scalars['Int']['output']>;
  /** Day the meter point started reporting through the smart metering system. */
  smartStartDate: Maybe<Scalars['Date']['output']>;
  /** Market participant id of the smart metering system operator, when there is one. */
  smsOperator: Scalars['String']['output'];
  /** Standard settlement configuration: which time patterns the registers record. */
  ssc: Scalars['String']['output'];
  /** Supply status, e.g. ON_SUPPLY. */
  status: Maybe<Scalars['String']['output']>;
  /** Last day of our supply, when it has ended or is booked to end. */
  supplyEndDate: Maybe<Scalars['Date']['output']>;
};


/** An electricity supply point, identified by its MPAN. */
export type ElectricityMeterPointTypeAgreementsArgs = {
  excludeFuture?: InputMaybe<Scalars['Boolean']['input']>;
  includeInactive?: InputMaybe<Scalars['Boolean']['input']>;
  validAfter?: InputMaybe<Scalars['DateTime']['input']>;
};


/** An electricity supply point, identified by its MPAN. */
export type ElectricityMeterPointTypeMetersArgs = {
  id?: InputMaybe<Scalars['Int']['input']>;
  includeInactive?: InputMaybe<Scalars['Boolean']['input']>;
};

/** A register of an electricity meter: one rate's running total. */
export type ElectricityMeterRegisterType = {
  __typename?: 'ElectricityMeterRegisterType';
  /** Number of digits the register shows. */
  digits: Maybe<Scalars['Int']['output']>;
  /** Internal id of the register. */
  id: Scalars['ID']['output'];
  /** Register id on the meter, e.g. 1 or 2. */
  identifier: Maybe<Scalars['String']['output']>;
  /** Name of the register, e.g. Day. */
  name: Maybe<Scalars['String']['output']>;
  /** Rate the register records: STANDARD, DAY or NIGHT. */
  unitRateType: Maybe<Scalars['String']['output']>;
};

/** An electricity meter on an electricity meter point. */
export type ElectricityMeterType = Meter & Node & {
  __typename?: 'ElectricityMeterType';
  /** First day the meter is in service. */
  activeFrom: Scalars['Date']['output'];
  /** Day the meter left service (exclusive); null while it is in service. */
  activeTo: Maybe<Scalars['Date']['output']>;
  /** Unit the meter measures consumption in, e.g. kWh. */
  consumptionUnits: Maybe<Scalars['String']['output']>;
  /** When the meter was recorded. */
  createdAt: Scalars['DateTime']['output'];
  /** Internal id of the meter. */
  id: Scalars['ID']['output'];
  /**
   * For an export meter, the import meter in service at the same property;
   * null for an import meter.
   */
  importMeter: Maybe<ElectricityMeterType>;
  /** Day the meter was fitted. */
  installationDate: Maybe<Scalars['Date']['output']>;
  /** Whether the meter has a digital display. */
  isDigital: Maybe<Scalars['Boolean']['output']>;
  /** Where the meter is in the property, when recorded. */
  location: Maybe<Scalars['String']['output']>;
  /** Manufacturer and model. */
  makeAndType: Maybe<Scalars['String']['output']>;
  /** The meter point the meter is on. */
  meterPoint: ElectricityMeterPointType;
  /** Meter type code; null when the stored code is not a known one. */
  meterType: Maybe<ElectricityMeterMeterType>;
  /** Global id of the meter, for node(id:). */
  nodeId: Scalars['ID']['output'];
  /** The registers of the meter: one STANDARD, or DAY and NIGHT on Economy 7. */
  registers: Maybe<Array<Maybe<ElectricityMeterRegisterType>>>;
  /** Serial number printed on the meter. */
  serialNumber: Scalars['String']['output'];
  /** The smart devices that serve the meter. */
  smartDevices: Maybe<Array<Maybe<SmartMeterDeviceType>>>;
  /** The ESME that records exports through this meter. */
  smartExportElectricityMeter: Maybe<SmartMeterDeviceType>;
  /** The ESME that records imports through this meter. */
  smartImportElectricityMeter: Maybe<SmartMeterDeviceType>;
  /** When the meter record last changed. */
  updatedAt: Maybe<Scalars['DateTime']['output']>;
};

/** Any electricity tariff. */
export type ElectricityTariffType = DayNightTariff | HalfHourlyTariff | PrepayTariff | StandardTariff;

/**
 * A private electricity network behind one boundary meter, such as that of a
 * block of flats or a park home site, and the properties it supplies.
 */
export type EmbeddedNetworkType = {
  __typename?: 'EmbeddedNetworkType';
  /** The properties the network supplies, by property id. */
  embeddedProperties: Maybe<Array<Maybe<EmbeddedPropertyType>>>;
  /** Internal id of the embedded network. */
  id: Scalars['ID']['output'];
  /** Name of the network, e.g. the site's name. */
  name: Scalars['String']['output'];
};

/** A property's membership of an embedded network. */
export type EmbeddedPropertyType = {
  __typename?: 'EmbeddedPropertyType';
  /** The network the property belongs to. */
  embeddedNetwork: EmbeddedNetworkType;
  /** Internal id of the membership. */
  id: Scalars['ID']['output'];
  /** Id of the member property. */
  propertyId: Maybe<Scalars['ID']['output']>;
};

/** Whether a product can be signed up to now. */
export type EnergyProductAvailability =
  /** Products on sale now. */
  | 'AVAILABLE'
  /** Products not yet on sale or no longer on sale. */
  | 'UNAVAILABLE';

/** A page of energy products. */
export type EnergyProductConnectionTypeConnection = {
  __typename?: 'EnergyProductConnectionTypeConnection';
  /** Number of products in this page. */
  edgeCount: Scalars['Int']['output'];
  /** The products of this page. */
  edges: Array<Maybe<EnergyProductConnectionTypeEdge>>;
  /** Where this page sits in the whole list. */
  pageInfo: PageInfo;
  /** Number of products in the whole list. */
  totalCount: Scalars['Int']['output'];
};

/** One energy product of a page. */
export type EnergyProductConnectionTypeEdge = {
  __typename?: 'EnergyProductConnectionTypeEdge';
  /** Cursor of this edge, for after or before. */
  cursor: Scalars['String']['output'];
  /** The product. */
  node: Maybe<EnergyProductType>;
};

/** Whether a product buys energy from the customer or sells it to them. */
export type EnergyProductDirection =
  /** The customer sells exported energy. */
  | 'EXPORT'
  /** The customer buys energy. */
  | 'IMPORT';

/** A kind of product to narrow `energyProducts` to. */
export type EnergyProductFilters =
  /** Products for business customers. */
  | 'BUSINESS'
  /** Products for domestic customers. */
  | 'DOMESTIC'
  /** Products whose rates are fixed for the term. */
  | 'FIXED'
  /** Products sold as renewable energy. */
  | 'GREEN'
  /** Products paid for in advance through a prepayment meter. */
  | 'PREPAY'
  /** Products charged per half-hour, which need a smart meter. */
  | 'SMART'
  /** Products whose rates can change during the contract. */
  | 'VARIABLE';

/**
 * An energy product: a named offer with one tariff per fuel, region and
 * payment method.
 */
export type EnergyProductType = {
  __typename?: 'EnergyProductType';
  /** Start of the sales window. */
  availableFrom: Scalars['DateTime']['output'];
  /** End of the sales window, or null while it stays on sale. */
  availableTo: Maybe<Scalars['DateTime']['output']>;
  /** Product code, e.g. AGILE-24-10-01. */
  code: Scalars['String']['output'];
  /** Customer-facing description. */
  description: Scalars['String']['output'];
  /** Whether the product imports or exports energy. */
  direction: Maybe<EnergyProductDirection>;
  /** Short name shown to customers. */
  displayName: Scalars['String']['output'];
  /** When contracts on a fixed product end, whatever the start date. */
  endsAt: Maybe<Scalars['DateTime']['output']>;
  /** Fee in pence for leaving before the end of the term, as exitFeesType sets. */
  exitFees: Maybe<Scalars['Int']['output']>;
  /** How the exit fee is charged, e.g. NONE or PER_FUEL. */
  exitFeesType: Maybe<Scalars['String']['output']>;
  /** Full marketing name. */
  fullName: Scalars['String']['output'];
  /** Internal id of the product. */
  id: Scalars['ID']['output'];
  /**
   * Whether the published rates already include the Energy Price Guarantee
   * reduction.
   */
  includesEpgReduction: Maybe<Scalars['Boolean']['output']>;
  /** Whether the sales window contains the current instant. */
  isAvailable: Maybe<Scalars['Boolean']['output']>;
  /** Whether the product is for business customers. */
  isBusiness: Scalars['Boolean']['output'];
  /** Whether consumption is charged per half-hour. */
  isChargedHalfHourly: Scalars['Boolean']['output'];
  /** Whether customers are placed on this product when nothing else applies. */
  isDefault: Maybe<Scalars['Boolean']['output']>;
  /** Whether the product is for domestic customers (not isBusiness). */
  isDomestic: Maybe<Scalars['Boolean']['output']>;
  /** Whether the rates are fixed for the term (not isVariable). */
  isFixed: Maybe<Scalars['Boolean']['output']>;
  /** Whether the product is sold as renewable energy. */
  isGreen: Scalars['Boolean']['output'];
  /** Whether the product is left out of public listings. */
  isHidden: Scalars['Boolean']['output'];
  /** Whether the product is for occupiers who did not choose a supplier. */
  isOccupier: Maybe<Scalars['Boolean']['output']>;
  /** Whether the product is paid for through a prepayment meter. */
  isPrepay: Scalars['Boolean']['output'];
  /** Whether the sales window does not contain the current instant. */
  isUnavailable: Maybe<Scalars['Boolean']['output']>;
  /** Whether the rates can change during the contract. */
  isVariable: Scalars['Boolean']['output'];
  /** Notes for customers. */
  notes: Scalars['String']['output'];
  /** Tags attached to the product. */
  tags: Maybe<Array<Maybe<Scalars['String']['output']>>>;
  /**
   * Tariffs of the product in the postcode's region for one payment method,
   * ordered by tariff code. Requires `first` or `last`.
   */
  tariffs: Maybe<EnergyTariffConnectionTypeConnection>;
  /** Contract length in months, or null for products without a term. */
  term: Maybe<Scalars['Int']['output']>;
};


/**
 * An energy product: a named offer with one tariff per fuel, region and
 * payment method.
 */
export type EnergyProductTypeTariffsArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  before?: InputMaybe<Scalars['String']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
  last?: InputMaybe<Scalars['Int']['input']>;
  paymentMethod?: InputMaybe<PaymentMethodChoices>;
  postcode: Scalars['String']['input'];
};

/** A page of tariffs of one product. */
export type EnergyTariffConnectionTypeConnection = {
  __typename?: 'EnergyTariffConnectionTypeConnection';
  /** Number of tariffs in this page. */
  edgeCount: Scalars['Int']['output'];
  /** The tariffs of this page. */
  edges: Array<Maybe<EnergyTariffConnectionTypeEdge>>;
  /** Where this page sits in the whole list. */
  pageInfo: PageInfo;
  /** Number of tariffs in the whole list. */
  totalCount: Scalars['Int']['output'];
};

/** One tariff of a page. */
export type EnergyTariffConnectionTypeEdge = {
  __typename?: 'EnergyTariffConnectionTypeEdge';
  /** Cursor of this edge, for after or before. */
  cursor: Scalars['String']['output'];
  /** The tariff. */
  node: Maybe<EnergyTariffType>;
};

/**
 * Any tariff of a product. Kraken's union lists StandardTariff, DayNightTariff
 * and GasTariffType. HalfHourlyTariff and PrepayTariff are added here so that
 * a product's tariff has the same type as it has on an agreement.
 */
export type EnergyTariffType = DayNightTariff | GasTariffType | HalfHourlyTariff | PrepayTariff | StandardTariff;

/** States of a switch of supply. */
export type EnrolmentStatusOptions =
  | 'ACCEPTED'
  | 'COMPLETED'
  | 'DISPUTED'
  | 'OBJECTION_RECEIVED'
  | 'PRE_REGISTRATION'
  | 'REGISTRATION_OBJECTED'
  | 'REJECTED'
  | 'REQUESTED'
  | 'WITHDRAWN';

/**
 * Progress of the switch of supply to us, derived from the meter point's
 * status: ON_SUPPLY and OFF_SUPPLY mean the switch COMPLETED; other statuses
 * give no enrolment.
 */
export type EnrolmentType = {
  __typename?: 'EnrolmentType';
  /** State of the switch. */
  status: Maybe<EnrolmentStatusOptions>;
};

/** An amount of money computed from readings and tariff rates. */
export type EstimatedMoneyType = {
  __typename?: 'EstimatedMoneyType';
  /** ISO 4217 currency code. */
  costCurrency: Scalars['String']['output'];
  /** Amount in pence (minor units) to 4 decimal places. */
  estimatedAmount: Scalars['Decimal']['output'];
  /** The unit rate, when one rate applied to the whole interval; else null. */
  pricePerUnit: Maybe<PricePerUnit>;
};

/** An agreement that supplies a gas meter point on a tariff. */
export type GasAgreementType = AgreementInterface & {
  __typename?: 'GasAgreementType';
  /** The account billed for the supply. */
  account: AccountType;
  /** When the customer agreed to the tariff. */
  agreedFrom: Maybe<Scalars['DateTime']['output']>;
  /** When the agreement was ended by the customer or the supplier. */
  agreedTo: Maybe<Scalars['DateTime']['output']>;
  /** Internal id of the agreement. */
  id: Maybe<Scalars['Int']['output']>;
  /** Whether the agreement was cancelled and never applies. */
  isRevoked: Maybe<Scalars['Boolean']['output']>;
  /** The supplied meter point. */
  meterPoint: GasMeterPointType;
  /** When the rates of the agreement were fixed. */
  ratesAgreedAt: Maybe<Scalars['DateTime']['output']>;
  /** Last instant at which the customer may cancel without a fee. */
  rescissionDeadlineAt: Maybe<Scalars['DateTime']['output']>;
  /** The tariff, with the prices in force at the time of the request. */
  tariff: Maybe<GasTariffType>;
  /** Start of supply on the tariff, inclusive. */
  validFrom: Maybe<Scalars['DateTime']['output']>;
  /** End of supply on the tariff, exclusive, or null while open-ended. */
  validTo: Maybe<Scalars['DateTime']['output']>;
};

/** Selects gas measurements of a property. */
export type GasFiltersInput = {
  /** EUI-64 of the GSME whose meter to read; any meter when omitted. */
  deviceId?: InputMaybe<Scalars['String']['input']>;
  /** MPRN of one meter point; all of the property's when omitted. */
  marketSupplyPointId?: InputMaybe<Scalars['String']['input']>;
  /** Interval length of the measurements. */
  readingFrequencyType?: InputMaybe<ReadingFrequencyType>;
  /** Not supported: readings are stored per meter, not per register. */
  registerId?: InputMaybe<Scalars['String']['input']>;
};

/** The gas series a measurement belongs to. */
export type GasFiltersOutput = {
  __typename?: 'GasFiltersOutput';
  /** Device id from the filter, when one was given. */
  deviceId: Maybe<Scalars['String']['output']>;
  /** MPRN of the meter point measured. */
  marketSupplyPointId: Maybe<Scalars['String']['output']>;
  /** Interval length requested for the series. */
  readingFrequencyType: Maybe<ReadingFrequencyType>;
};

/** Mechanism code of a gas meter, e.g. CR credit, PP prepayment, S2 SMETS2. */
export type GasMeterMechanism =
  | 'CM'
  | 'CR'
  | 'ET'
  | 'MT'
  | 'NS'
  | 'PP'
  | 'S1'
  | 'S2'
  | 'TH'
  | 'U';

/** Market sector of a gas supply point: D domestic, I industrial and commercial. */
export type GasMeterPointMarketSectorCode =
  | 'D'
  | 'I';

/** A gas supply point, identified by its MPRN. */
export type GasMeterPointType = MeterPointInterface & {
  __typename?: 'GasMeterPointType';
  /**
   * Agreements of the viewer's accounts on this meter point, ordered by
   * validFrom. By default only those in force now or starting later.
   */
  agreements: Maybe<Array<Maybe<GasAgreementType>>>;
  /** Progress of the switch of supply to us. */
  enrolment: Maybe<EnrolmentType>;
  /** Exit zone of the national transmission system, e.g. NT1. */
  exitZone: Scalars['String']['output'];
  /** Internal id of the meter point. */
  id: Scalars['ID']['output'];
  /** Local distribution zone, e.g. NT (North Thames). */
  ldz: Scalars['String']['output'];
  /** Market sector of the supply. */
  marketSectorCode: Maybe<GasMeterPointMarketSectorCode>;
  /** The meters of the meter point, oldest first; only those in service unless includeInactive is true. */
  meters: Maybe<Array<Maybe<GasMeterType>>>;
  /** The meter point reference number, 6 to 10 digits. */
  mprn: Maybe<Scalars['String']['output']>;
  /** Day the meter point started reporting through the smart metering system. */
  smartStartDate: Maybe<Scalars['Date']['output']>;
  /** Supply status, e.g. ON_SUPPLY. */
  status: Maybe<Scalars['String']['output']>;
  /** Supply class, 1 to 4; 4 is non-daily metered. */
  supplyClass: Scalars['Int']['output'];
  /** Last day of our supply, when it has ended or is booked to end. */
  supplyEndDate: Maybe<Scalars['Date']['output']>;
};


/** A gas supply point, identified by its MPRN. */
export type GasMeterPointTypeAgreementsArgs = {
  excludeFuture?: InputMaybe<Scalars['Boolean']['input']>;
  includeInactive?: InputMaybe<Scalars['Boolean']['input']>;
  validAfter?: InputMaybe<Scalars['DateTime']['input']>;
};


/** A gas supply point, identified by its MPRN. */
export type GasMeterPointTypeMetersArgs = {
  id?: InputMaybe<Scalars['Int']['input']>;
  includeInactive?: InputMaybe<Scalars['Boolean']['input']>;
};

/** A gas meter on a gas meter point. */
export type GasMeterType = Meter & Node & {
  __typename?: 'GasMeterType';
  /** First day the meter is in service. */
  activeFrom: Scalars['Date']['output'];
  /** Day the meter left service (exclusive); null while it is in service. */
  activeTo: Maybe<Scalars['Date']['output']>;
  /** Unit the meter measures consumption in, e.g. kWh. */
  consumptionUnits: Maybe<Scalars['String']['output']>;
  /** Volume correction factor. */
  correction: Maybe<Scalars['Float']['output']>;
  /** When the meter was recorded. */
  createdAt: Scalars['DateTime']['output'];
  /** Internal id of the meter. */
  id: Scalars['ID']['output'];
  /** Whether the meter reads in hundreds of cubic feet rather than cubic metres. */
  imperial: Maybe<Scalars['Boolean']['output']>;
  /** Day the meter was fitted. */
  installationDate: Maybe<Scalars['Date']['output']>;
  /** Where the meter is in the property. */
  location: Scalars['String']['output'];
  /** Year the meter was made. */
  manufacturedYear: Maybe<Scalars['Int']['output']>;
  /** Manufacturer code, e.g. LPG or SEN. */
  manufacturerCode: Scalars['String']['output'];
  /** Mechanism code; null when the stored code is not a known one. */
  mechanism: Maybe<GasMeterMechanism>;
  /** The meter point the meter is on. */
  meterPoint: GasMeterPointType;
  /** Meter type code, e.g. U for ultrasonic. */
  meterType: Scalars['String']['output'];
  /** Model name. */
  modelName: Scalars['String']['output'];
  /** Global id of the meter, for node(id:). */
  nodeId: Scalars['ID']['output'];
  /** Multiplier applied to the read volume. */
  readingFactor: Maybe<Scalars['Decimal']['output']>;
  /** Serial number printed on the meter. */
  serialNumber: Scalars['String']['output'];
  /** The smart devices that serve the meter. */
  smartDevices: Maybe<Array<Maybe<SmartMeterDeviceType>>>;
  /** The GSME that serves the meter. */
  smartGasMeter: Maybe<SmartMeterDeviceType>;
  /** Number of dials or digits the meter shows. */
  units: Scalars['Int']['output'];
  /** When the meter record last changed. */
  updatedAt: Maybe<Scalars['DateTime']['output']>;
};

/** A gas tariff with one unit rate. */
export type GasTariffType = TariffType & {
  __typename?: 'GasTariffType';
  /** Description of the tariff's product. */
  description: Maybe<Scalars['String']['output']>;
  /** Short name of the tariff's product. */
  displayName: Maybe<Scalars['String']['output']>;
  /** Full name of the tariff's product. */
  fullName: Maybe<Scalars['String']['output']>;
  /** Internal id of the tariff. */
  id: Maybe<Scalars['ID']['output']>;
  /** Whether the tariff pays for exported energy. */
  isExport: Maybe<Scalars['Boolean']['output']>;
  /** Standing charge in pence per day, excluding VAT. */
  preVatStandingCharge: Maybe<Scalars['Float']['output']>;
  /** Unit rate in pence per kWh, excluding VAT. */
  preVatUnitRate: Maybe<Scalars['Float']['output']>;
  /** Code of the tariff's product. */
  productCode: Maybe<Scalars['String']['output']>;
  /** Standing charge in pence per day, including VAT. */
  standingCharge: Maybe<Scalars['Float']['output']>;
  /** Tags of the tariff's product. */
  tags: Maybe<Array<Maybe<Scalars['String']['output']>>>;
  /** Tariff code, e.g. G-1R-VAR-22-11-01-C. */
  tariffCode: Maybe<Scalars['String']['output']>;
  /** Unit rate in pence per kWh, including VAT. */
  unitRate: Maybe<Scalars['Float']['output']>;
};

/** An electricity tariff whose unit rate changes every half-hour. */
export type HalfHourlyTariff = TariffType & {
  __typename?: 'HalfHourlyTariff';
  /** Description of the tariff's product. */
  description: Maybe<Scalars['String']['output']>;
  /** Short name of the tariff's product. */
  displayName: Maybe<Scalars['String']['output']>;
  /** Full name of the tariff's product. */
  fullName: Maybe<Scalars['String']['output']>;
  /** Internal id of the tariff. */
  id: Maybe<Scalars['ID']['output']>;
  /** Whether the tariff pays for exported energy. */
  isExport: Maybe<Scalars['Boolean']['output']>;
  /** Standing charge in pence per day, excluding VAT. */
  preVatStandingCharge: Maybe<Scalars['Float']['output']>;
  /** Code of the tariff's product. */
  productCode: Maybe<Scalars['String']['output']>;
  /** Standing charge in pence per day, including VAT. */
  standingCharge: Maybe<Scalars['Float']['output']>;
  /** Tags of the tariff's product. */
  tags: Maybe<Array<Maybe<Scalars['String']['output']>>>;
  /** Tariff code, e.g. E-1R-AGILE-24-10-01-C. */
  tariffCode: Maybe<Scalars['String']['output']>;
  /**
   * Published unit rates that overlap today and tomorrow (Europe/London
   * calendar days), oldest first.
   */
  unitRates: Maybe<Array<Maybe<UnitRate>>>;
};

/** Energy measured over an interval, in kWh. */
export type IntervalMeasurementType = MeasurementInterface & {
  __typename?: 'IntervalMeasurementType';
  /** Length of the interval; a local day lasts 82800 to 90000 seconds. */
  durationInSeconds: Scalars['Int']['output'];
  /** End of the interval, exclusive. */
  endAt: Scalars['DateTime']['output'];
  /** Context and statistics of the measurement. */
  metaData: Maybe<MeasurementsMetadataOutput>;
  /** Start of the interval. */
  readAt: Scalars['DateTime']['output'];
  /** Start of the interval, inclusive. */
  startAt: Scalars['DateTime']['output'];
  /** Unit of `value`: kwh for both electricity and gas. */
  unit: Scalars['String']['output'];
  /** Energy in kWh over the interval. */
  value: Scalars['Decimal']['output'];
};

/** The version of the server answering the request. */
export type KrakenVersionType = {
  __typename?: 'KrakenVersionType';
  /** Git commit the server was built from, when known. */
  SHA: Maybe<Scalars['String']['output']>;
  /** Release number of this server. */
  number: Maybe<Scalars['String']['output']>;
};

/** The fields every kind of ledger shares. */
export type LedgerInterface = {
  /** Whether the account's default balance counts this ledger. */
  affectsAccountBalance: Maybe<Scalars['Boolean']['output']>;
  /** What the customer owes on this ledger in pence, or 0 when in credit. */
  amountOwedByCustomer: Maybe<Scalars['Int']['output']>;
  /** Sum of the ledger's transactions in pence; negative is debt. */
  balance: Maybe<Scalars['Int']['output']>;
  /**
   * Internal id of the ledger.
   * @deprecated Use number.
   */
  id: Maybe<Scalars['ID']['output']>;
  /** What the ledger records, such as ELECTRICITY_LEDGER or GAS_LEDGER. */
  ledgerType: Maybe<Scalars['String']['output']>;
  /** The ledger number, unique across accounts. */
  number: Maybe<Scalars['String']['output']>;
};

/** A ledger of an account: one running balance of charges and payments. */
export type LedgerType = LedgerInterface & {
  __typename?: 'LedgerType';
  /** Whether the account's default balance counts this ledger. */
  affectsAccountBalance: Maybe<Scalars['Boolean']['output']>;
  /** What the customer owes on this ledger in pence, or 0 when in credit. */
  amountOwedByCustomer: Maybe<Scalars['Int']['output']>;
  /** Sum of the ledger's transactions in pence; negative is debt. */
  balance: Maybe<Scalars['Int']['output']>;
  /**
   * Internal id of the ledger.
   * @deprecated Use number.
   */
  id: Maybe<Scalars['ID']['output']>;
  /** What the ledger records, such as ELECTRICITY_LEDGER or GAS_LEDGER. */
  ledgerType: Maybe<Scalars['String']['output']>;
  /** The ledger number, unique across accounts. */
  number: Maybe<Scalars['String']['output']>;
};

/** A page of measurements, ordered by start, then filter, then meter point. */
export type MeasurementConnection = {
  __typename?: 'MeasurementConnection';
  /** Number of measurements in this page. */
  edgeCount: Scalars['Int']['output'];
  /** The measurements of this page. */
  edges: Array<Maybe<MeasurementEdge>>;
  /** Where this page sits in the whole list. */
  pageInfo: PageInfo;
  /** Number of measurements in the whole list. */
  totalCount: Scalars['Int']['output'];
};

/** One measurement in a page. */
export type MeasurementEdge = {
  __typename?: 'MeasurementEdge';
  /** Cursor of this edge. */
  cursor: Scalars['String']['output'];
  /** The measurement. */
  node: Maybe<MeasurementInterface>;
};

/** A measured quantity. */
export type MeasurementInterface = {
  /** Context and statistics of the measurement. */
  metaData: Maybe<MeasurementsMetadataOutput>;
  /** When the measurement was taken; for intervals, the interval start. */
  readAt: Scalars['DateTime']['output'];
  /** Unit of `value`. */
  unit: Scalars['String']['output'];
  /** Measured quantity in `unit`. */
  value: Scalars['Decimal']['output'];
};

/** Context of a measurement. */
export type MeasurementsMetadataOutput = {
  __typename?: 'MeasurementsMetadataOutput';
  /**
   * Cost of the energy at the unit rate of the agreement in force for each
   * half-hour; empty when a half-hour has no agreement or unit rate.
   */
  statistics: Maybe<Array<Maybe<StatisticOutput>>>;
  /** The series the measurement belongs to. */
  utilityFilters: Maybe<UtilityFiltersOutput>;
};

/** A gas or electricity meter. */
export type Meter = {
  /** Unit the meter measures consumption in, e.g. kWh. */
  consumptionUnits: Maybe<Scalars['String']['output']>;
  /** Internal id of the meter. */
  id: Scalars['ID']['output'];
  /** Serial number printed on the meter. */
  serialNumber: Scalars['String']['output'];
};

/** An electricity or gas supply point. */
export type MeterPointInterface = {
  /** Progress of the switch of supply to us. */
  enrolment: Maybe<EnrolmentType>;
  /** The meters of the meter point; only those in service unless includeInactive is true. */
  meters: Maybe<Array<Maybe<Meter>>>;
  /** Supply status of the meter point, e.g. ON_SUPPLY. */
  status: Maybe<Scalars['String']['output']>;
};


/** An electricity or gas supply point. */
export type MeterPointInterfaceMetersArgs = {
  id?: InputMaybe<Scalars['Int']['input']>;
  includeInactive?: InputMaybe<Scalars['Boolean']['input']>;
};

export type Mutation = {
  __typename?: 'Mutation';
  /**
   * Exchange credentials for an access token.
   *
   * The possible errors that can be raised are:
   *
   * - KT-CT-1134: Invalid data.
   * - KT-CT-1135: Invalid data.
   * - KT-CT-1136: Invalid data.
   * - KT-CT-1137: Invalid data.
   * - KT-CT-1138: Invalid data.
   * - KT-CT-1139: Invalid data.
   */
  obtainKrakenToken: Maybe<ObtainKrakenJsonWebToken>;
};


export type MutationObtainKrakenTokenArgs = {
  input: ObtainJsonWebTokenInput;
};

/** An object with a global id, fetchable with node(id:). */
export type Node = {
  /** The global id of the object. */
  id: Scalars['ID']['output'];
};

/**
 * Credentials for obtainKrakenToken. Give exactly one method: email with
 * password, APIKey, or refreshToken.
 */
export type ObtainJsonWebTokenInput = {
  /** The account user's API key, sk_live_ followed by 24 letters and digits. */
  APIKey?: InputMaybe<Scalars['String']['input']>;
  /** Email address of the account user; needs password. */
  email?: InputMaybe<Scalars['String']['input']>;
  /** Password of the account user; needs email. */
  password?: InputMaybe<Scalars['String']['input']>;
  /** A refresh token from an earlier obtainKrakenToken response. */
  refreshToken?: InputMaybe<Scalars['String']['input']>;
};

/** An access token with its decoded claims and a refresh token. */
export type ObtainKrakenJsonWebToken = {
  __typename?: 'ObtainKrakenJSONWebToken';
  /** The token's claims: sub, gty, email, tokenUse, iss, iat, exp, origIat. */
  payload: Scalars['GenericScalar']['output'];
  /** When the refresh token expires, as a Unix timestamp in seconds. */
  refreshExpiresIn: Maybe<Scalars['Int']['output']>;
  /**
   * Exchange this for a new access token until it expires. It is not
   * rotated: refreshing returns the same refresh token and expiry.
   */
  refreshToken: Maybe<Scalars['String']['output']>;
  /**
   * The RS256-signed access token, valid for 60 minutes. Send it as the
   * Authorization header, bare or after "JWT ".
   */
  token: Scalars['String']['output'];
};

/** A period during which an account occupies a property. */
export type OccupancyPeriodType = {
  __typename?: 'OccupancyPeriodType';
  /** Number of the account that occupies the property. */
  accountNumber: Maybe<Scalars['String']['output']>;
  /** Start of the period, inclusive. */
  effectiveFrom: Maybe<Scalars['DateTime']['output']>;
  /** End of the period, exclusive; null while it is open-ended. */
  effectiveTo: Maybe<Scalars['DateTime']['output']>;
  /** Internal id of the occupancy period. */
  id: Maybe<Scalars['ID']['output']>;
  /** Whether the account is billed as 'the occupier' rather than by name. */
  isOccupier: Maybe<Scalars['Boolean']['output']>;
  /** How many people live at the property, when the customer said. */
  numberOfOccupants: Maybe<Scalars['Int']['output']>;
};

/** Where a page of a connection sits in the whole list. */
export type PageInfo = {
  __typename?: 'PageInfo';
  /** Cursor of the last edge of the page. */
  endCursor: Maybe<Scalars['String']['output']>;
  /** Whether items follow this page; always false when paging backwards. */
  hasNextPage: Scalars['Boolean']['output'];
  /** Whether items precede this page; always false when paging forwards. */
  hasPreviousPage: Scalars['Boolean']['output'];
  /** Cursor of the first edge of the page. */
  startCursor: Maybe<Scalars['String']['output']>;
};

/** A payment the customer made. */
export type Payment = TransactionType & {
  __typename?: 'Payment';
  /** Number of the account whose ledger carries the transaction. */
  accountNumber: Maybe<Scalars['String']['output']>;
  /** Size of the payment in pence, positive. */
  amount: Maybe<Scalars['Int']['output']>;
  /**
   * Balance of the ledger in pence after this transaction, counting every
   * earlier one on the same ledger; negative is debt.
   */
  balanceCarriedForward: Maybe<Scalars['Int']['output']>;
  /** Internal id of the transaction. */
  id: Maybe<Scalars['ID']['output']>;
  /**
   * Whether the transaction is a charge.
   * @deprecated Use the concrete type.
   */
  isAccountCharge: Maybe<Scalars['Boolean']['output']>;
  /**
   * Whether the transaction is a payment.
   * @deprecated Use the concrete type.
   */
  isAccountPayment: Maybe<Scalars['Boolean']['output']>;
  /**
   * Whether the transaction adds to the balance (a credit or payment).
   * @deprecated Use the concrete type.
   */
  isCredit: Maybe<Scalars['Boolean']['output']>;
  /** Date the transaction was posted, in Europe/London. */
  postedDate: Maybe<Scalars['Date']['output']>;
  /** Description shown to the customer. */
  title: Maybe<Scalars['String']['output']>;
};

/** How a customer pays for a tariff. */
export type PaymentMethodChoices =
  /** Monthly or quarterly Direct Debit. */
  | 'DIRECT_DEBIT'
  /** On receipt of a bill, by card or bank transfer. */
  | 'NON_DIRECT_DEBIT'
  /** In advance, through a prepayment meter. */
  | 'PREPAYMENT';

/** Whether a smart meter runs in prepayment or credit mode. */
export type PaymentMode =
  | 'CREDIT'
  | 'PREPAY';

/** An electricity tariff paid for in advance through a prepayment meter. */
export type PrepayTariff = TariffType & {
  __typename?: 'PrepayTariff';
  /** Description of the tariff's product. */
  description: Maybe<Scalars['String']['output']>;
  /** Short name of the tariff's product. */
  displayName: Maybe<Scalars['String']['output']>;
  /** Full name of the tariff's product. */
  fullName: Maybe<Scalars['String']['output']>;
  /** Internal id of the tariff. */
  id: Maybe<Scalars['ID']['output']>;
  /** Whether the tariff pays for exported energy. */
  isExport: Maybe<Scalars['Boolean']['output']>;
  /** Standing charge in pence per day, excluding VAT. */
  preVatStandingCharge: Maybe<Scalars['Float']['output']>;
  /** Unit rate in pence per kWh, excluding VAT. */
  preVatUnitRate: Maybe<Scalars['Float']['output']>;
  /** Code of the tariff's product. */
  productCode: Maybe<Scalars['String']['output']>;
  /** Standing charge in pence per day, including VAT. */
  standingCharge: Maybe<Scalars['Float']['output']>;
  /** Tags of the tariff's product. */
  tags: Maybe<Array<Maybe<Scalars['String']['output']>>>;
  /** Tariff code, e.g. E-1R-PREPAY-22-11-01-C. */
  tariffCode: Maybe<Scalars['String']['output']>;
  /** Unit rate in pence per kWh, including VAT. */
  unitRate: Maybe<Scalars['Float']['output']>;
};

/** A price per unit of energy. */
export type PricePerUnit = {
  __typename?: 'PricePerUnit';
  /** Price in pence. */
  amount: Scalars['Decimal']['output'];
  /** Unit the price applies to. */
  unit: Maybe<Unit>;
};

/** The parts of a postal address. */
export type PropertyRichAddressType = {
  __typename?: 'PropertyRichAddressType';
  /** County, when known. */
  administrativeArea: Maybe<Scalars['String']['output']>;
  /** ISO 3166-1 alpha-2 country code, e.g. GB. */
  country: Maybe<Scalars['String']['output']>;
  /** Unique Property Reference Number (UPRN) of the address, when known. */
  deliveryPointIdentifier: Maybe<Scalars['String']['output']>;
  /** Town or city. */
  locality: Maybe<Scalars['String']['output']>;
  /** Postcode. */
  postalCode: Maybe<Scalars['String']['output']>;
  /** The street lines of the address, separated by newlines. */
  streetAddress: Maybe<Scalars['String']['output']>;
};

/** A supply address: a home or business that accounts occupy. */
export type PropertyType = {
  __typename?: 'PropertyType';
  /** The whole address on one line: address lines, town, county and postcode, joined by ', '. */
  address: Maybe<Scalars['String']['output']>;
  /**
   * SMETS2 installation appointments: a morning and an afternoon slot on each
   * of the next 10 working days, skipping weekends and bank holidays (those of
   * Scotland for GSP groups N and P, else England and Wales). Empty when
   * isSmets2InstallationAllowed is false.
   */
  availableSmets2InstallationTimeslots: Maybe<Array<Maybe<Smets2InstallationTimeslotType>>>;
  /** Where the property is; null when it has not been located. */
  coordinates: Maybe<CoordinatesType>;
  /** The electricity meter points of the property, import and export. */
  electricityMeterPoints: Maybe<Array<Maybe<ElectricityMeterPointType>>>;
  /** The embedded network that supplies the property; null for most homes. */
  embeddedNetwork: Maybe<EmbeddedNetworkType>;
  /** The gas meter points of the property. */
  gasMeterPoints: Maybe<Array<Maybe<GasMeterPointType>>>;
  /** Internal id of the property. */
  id: Maybe<Scalars['String']['output']>;
  /**
   * Whether a change of tenancy is under way: an occupancy period on the
   * property starts or ends within the last 28 days or at any later date.
   */
  isChangeOfTenancyOngoing: Maybe<Scalars['Boolean']['output']>;
  /**
   * Whether a SMETS2 meter can be installed: a meter on a supplied meter
   * point is not served by a working ESME or GSME, and the smart metering
   * WAN reaches the property.
   */
  isSmets2InstallationAllowed: Maybe<Scalars['Boolean']['output']>;
  /** A name the customer gave the property, such as 'Home'. */
  label: Maybe<Scalars['String']['output']>;
  /**
   * Measurements of the property's meter points from half-hourly smart meter
   * readings. Each utility filter selects a series per matching meter point;
   * an empty list selects every import, export and gas meter point at
   * RAW_INTERVAL. Intervals take readings that start in [startAt, endAt);
   * startOn and endOn (inclusive) narrow the range to local days of
   * `timezone`. `first` or `last` is required, at most 1000.
   */
  measurements: Maybe<MeasurementConnection>;
  /** Every occupancy period on the property, oldest first. */
  occupancyPeriods: Maybe<Array<Maybe<OccupancyPeriodType>>>;
  /** Postcode of the property, upper case with one space, e.g. SW1A 2AA. */
  postcode: Scalars['String']['output'];
  /** The address split into its parts. */
  richAddress: Maybe<PropertyRichAddressType>;
  /** The home area networks of smart devices installed at the property. */
  smartDeviceNetworks: Maybe<Array<Maybe<SmartMeterDeviceNetworkType>>>;
  /** The address lines, town and county, without the postcode. */
  splitAddress: Maybe<Array<Maybe<Scalars['String']['output']>>>;
  /**
   * Signal strength of the smart metering wide area network at the property;
   * null when there is no coverage or it has not been surveyed.
   */
  wanCoverage: Maybe<WanCoverageStrengths>;
};


/** A supply address: a home or business that accounts occupy. */
export type PropertyTypeMeasurementsArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  before?: InputMaybe<Scalars['String']['input']>;
  endAt?: InputMaybe<Scalars['DateTime']['input']>;
  endOn?: InputMaybe<Scalars['Date']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
  last?: InputMaybe<Scalars['Int']['input']>;
  startAt?: InputMaybe<Scalars['DateTime']['input']>;
  startOn?: InputMaybe<Scalars['Date']['input']>;
  timezone?: InputMaybe<Scalars['String']['input']>;
  utilityFilters?: InputMaybe<Array<InputMaybe<UtilityFiltersInput>>>;
};

export type Query = {
  __typename?: 'Query';
  /**
   * Get details about an account the viewer holds a role on.
   *
   * The possible errors that can be raised are:
   *
   * - KT-CT-4177: Unauthorized.
   */
  account: Maybe<AccountType>;
  /**
   * Get details about multiple accounts: the viewer's accounts, filtered.
   *
   * The possible errors that can be raised are:
   *
   * - KT-CT-1112: 'Authorization' header not provided.
   * - KT-CT-1605: Invalid input.
   */
  accounts: Maybe<Array<Maybe<AccountType>>>;
  /**
   * Fetches an electricity agreement of one of the viewer's accounts. An
   * unknown id, a gas agreement's id and another account's agreement all
   * raise KT-CT-1501.
   */
  electricityAgreement: Maybe<AgreementInterface>;
  /**
   * Fetches a product by its code, hidden and withdrawn products included.
   * Needs no token.
   */
  energyProduct: Maybe<EnergyProductType>;
  /**
   * Lists the visible products with at least one tariff in the postcode's
   * region, ordered by product code. Needs no token. Requires `first` or
   * `last`. Every filter given narrows the list.
   */
  energyProducts: Maybe<EnergyProductConnectionTypeConnection>;
  /**
   * Fetches a gas agreement of one of the viewer's accounts. An unknown id,
   * an electricity agreement's id and another account's agreement all raise
   * KT-CT-1501.
   */
  gasAgreement: Maybe<AgreementInterface>;
  /** The version of the server. Needs no token. */
  krakenVersion: Maybe<KrakenVersionType>;
  /**
   * The meter point with the given MPAN or MPRN, when it is at a property
   * of one of the viewer's accounts. Give exactly one of mpan and mprn.
   *
   * The possible errors that can be raised are:
   * - KT-GB-5601: One of either MPAN or MPRN must be provided.
   * - KT-GB-4021: Invalid MPxN.
   * - KT-CT-4011: No meter points found with the given ID.
   */
  meterPoints: Maybe<MeterPointInterface>;
  /** Fetches an object by its global id (the nodeId field of meters, say). */
  node: Maybe<Node>;
  /**
   * The properties the account has occupancy periods on. With active: true,
   * only those it occupies now; with active: false, only those it does not.
   *
   * The possible errors that can be raised are:
   * - KT-CT-4177: Unauthorized.
   */
  properties: Maybe<Array<Maybe<PropertyType>>>;
  /**
   * A property the viewer's accounts occupy, or occupied.
   *
   * The possible errors that can be raised are:
   * - KT-CT-1605: Invalid input.
   * - KT-CT-4177: Unauthorized.
   */
  property: Maybe<PropertyType>;
  /**
   * Query telemetry data collected by the CAD associated with the provided
   * ESME or GSME device ID.
   * If only the smart meter device ID is provided, the latest data available
   * will be returned.
   * Additionally including the range options (start, end, and grouping) will
   * return the data for that time period, at the desired granularity.
   *
   * Telemetry is kept for 400 days. The longest range per request is 1 day
   * at TEN_SECONDS, 7 days at ONE_MINUTE, 31 days at FIVE_MINUTES and 366
   * days at HALF_HOURLY and HOURLY.
   *
   * The possible errors that can be raised are:
   *
   * - KT-GB-4050: Smart meter not found.
   * - KT-GB-4040: 'start', 'end', and 'grouping' must all be provided.
   * - KT-GB-4041: 'end' should be later than 'start'.
   * - KT-GB-4051: The start of the range is too far in the past.
   * - KT-CT-1605: Invalid input.
   * - KT-CT-1112: 'Authorization' header not provided.
   */
  smartMeterTelemetry: Maybe<Array<Maybe<SmartMeterTelemetryType>>>;
  /**
   * The account user the access token was issued to.
   *
   * The possible errors that can be raised are:
   *
   * - KT-CT-1112: 'Authorization' header not provided.
   * - KT-CT-1124: Signature of the JWT has expired.
   * - KT-CT-1126: Signature verification failed. Make sure signature is valid.
   * - KT-CT-1143: Value of 'Authorization' header is not a valid credential.
   */
  viewer: Maybe<AccountUserType>;
};


export type QueryAccountArgs = {
  accountNumber: Scalars['String']['input'];
};


export type QueryAccountsArgs = {
  phoneNumber?: InputMaybe<Scalars['String']['input']>;
  portfolioNumber?: InputMaybe<Scalars['String']['input']>;
};


export type QueryElectricityAgreementArgs = {
  id: Scalars['ID']['input'];
};


export type QueryEnergyProductArgs = {
  code: Scalars['String']['input'];
};


export type QueryEnergyProductsArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  availability?: InputMaybe<EnergyProductAvailability>;
  before?: InputMaybe<Scalars['String']['input']>;
  brand?: InputMaybe<Scalars['String']['input']>;
  brands?: InputMaybe<Array<InputMaybe<Scalars['String']['input']>>>;
  direction?: InputMaybe<EnergyProductDirection>;
  excludeTags?: InputMaybe<Array<InputMaybe<Scalars['String']['input']>>>;
  filterBy?: InputMaybe<Array<InputMaybe<EnergyProductFilters>>>;
  first?: InputMaybe<Scalars['Int']['input']>;
  last?: InputMaybe<Scalars['Int']['input']>;
  postcode: Scalars['String']['input'];
  tags?: InputMaybe<Array<InputMaybe<Scalars['String']['input']>>>;
};


export type QueryGasAgreementArgs = {
  id: Scalars['ID']['input'];
};


export type QueryMeterPointsArgs = {
  mpan?: InputMaybe<Scalars['ID']['input']>;
  mprn?: InputMaybe<Scalars['ID']['input']>;
};


export type QueryNodeArgs = {
  id: Scalars['ID']['input'];
};


export type QueryPropertiesArgs = {
  accountNumber: Scalars['String']['input'];
  active?: InputMaybe<Scalars['Boolean']['input']>;
};


export type QueryPropertyArgs = {
  id: Scalars['ID']['input'];
};


export type QuerySmartMeterTelemetryArgs = {
  deviceId: Scalars['String']['input'];
  end?: InputMaybe<Scalars['DateTime']['input']>;
  grouping?: InputMaybe<TelemetryGrouping>;
  start?: InputMaybe<Scalars['DateTime']['input']>;
};

/** Whether a reading counts energy taken from or sent to the grid. */
export type ReadingDirectionType =
  | 'CONSUMPTION'
  | 'GENERATION';

/**
 * Interval length of measurements. Readings are stored half-hourly, so
 * RAW_INTERVAL and THIRTY_MIN_INTERVAL both return half-hours; DAY, WEEK
 * (from Monday), MONTH and QUARTER intervals follow the local calendar of the
 * requested time zone. FIVE_MIN_INTERVAL, FIFTEEN_MIN_INTERVAL, DAILY,
 * POINT_IN_TIME and INTERVALIZED are rejected with KT-CT-1605.
 */
export type ReadingFrequencyType =
  | 'DAILY'
  | 'DAY_INTERVAL'
  | 'FIFTEEN_MIN_INTERVAL'
  | 'FIVE_MIN_INTERVAL'
  | 'HOUR_INTERVAL'
  | 'INTERVALIZED'
  | 'MONTH_INTERVAL'
  | 'POINT_IN_TIME'
  | 'QUARTER_INTERVAL'
  | 'RAW_INTERVAL'
  | 'THIRTY_MIN_INTERVAL'
  | 'WEEK_INTERVAL';

/** Whether a reading was taken from the meter or estimated. */
export type ReadingQualityType =
  | 'ACTUAL'
  | 'COMBINED'
  | 'ESTIMATE';

/** Kind of a measurement statistic. */
export type ReadingStatisticTypeEnum =
  | 'CAPACITY_CHARGE_COST'
  | 'CARBON_COST'
  | 'CO2_EMISSION_STATISTIC'
  | 'CONSUMPTION_BREAKDOWN'
  | 'CONSUMPTION_COST'
  | 'GAS_READING_INFORMATION'
  | 'GENERATION_VALUE'
  | 'POWER_FACTOR_STATISTIC'
  | 'STANDING_CHARGE_COST'
  | 'TOU_BUCKET_COST';

/** A postal address, split into its parts. */
export type RichAddressType = {
  __typename?: 'RichAddressType';
  /** The address on one line, its parts separated by commas. */
  asString: Maybe<Scalars['String']['output']>;
  /** ISO 3166-1 alpha-2 country code. */
  country: Maybe<Scalars['String']['output']>;
  /** Name of the addressee. */
  name: Maybe<Scalars['String']['output']>;
  /** The postcode. */
  postalCode: Maybe<Scalars['String']['output']>;
  /** The lines before the postcode, joined with newlines. */
  streetAddress: Maybe<Scalars['String']['output']>;
};


/** A postal address, split into its parts. */
export type RichAddressTypeAsStringArgs = {
  showCountry?: InputMaybe<Scalars['Boolean']['input']>;
  showName?: InputMaybe<Scalars['Boolean']['input']>;
  showPostalCode?: InputMaybe<Scalars['Boolean']['input']>;
};

/** The home area network of the smart devices at one property. */
export type SmartMeterDeviceNetworkType = {
  __typename?: 'SmartMeterDeviceNetworkType';
  /** Internal id of the network. */
  id: Scalars['ID']['output'];
  /** The devices joined to the network; only those in the given statuses when statuses is given. */
  smartDevices: Maybe<Array<Maybe<SmartMeterDeviceType>>>;
};


/** The home area network of the smart devices at one property. */
export type SmartMeterDeviceNetworkTypeSmartDevicesArgs = {
  statuses?: InputMaybe<Array<InputMaybe<DeviceStatuses>>>;
};

/** A smart metering device: a meter (ESME, GSME), hub (CHF), display (IHD) and so on. */
export type SmartMeterDeviceType = {
  __typename?: 'SmartMeterDeviceType';
  /** EUI-64 id of the device, e.g. 00-11-22-FF-FE-33-44-55. */
  deviceId: Scalars['String']['output'];
  /** The home area network the device has joined. */
  deviceNetwork: Maybe<SmartMeterDeviceNetworkType>;
  /** The electricity meter whose exports this device records. */
  exportElectricityMeter: Maybe<ElectricityMeterType>;
  /** Firmware version the device runs. */
  firmwareVersion: Scalars['String']['output'];
  /** The gas meter this device records. */
  gasMeter: Maybe<GasMeterType>;
  /** Internal id of the device. */
  id: Scalars['ID']['output'];
  /** The electricity meter whose imports this device records. */
  importElectricityMeter: Maybe<ElectricityMeterType>;
  /** Manufacturer of the device. */
  manufacturer: Scalars['String']['output'];
  /** Model of the device. */
  model: Scalars['String']['output'];
  /** Payment mode of a meter device; null for other devices. */
  paymentMode: Maybe<PaymentMode>;
  /** Serial number printed on the device. */
  serialNumber: Scalars['String']['output'];
  /** Life-cycle state of the device. */
  status: DeviceStatus;
  /** Kind of device; null when the stored kind is not a known one. */
  type: Maybe<DeviceType>;
};

/**
 * One bucket of smart meter telemetry. Energy is in Wh and money in pence,
 * rounded to 4 decimal places.
 */
export type SmartMeterTelemetryType = {
  __typename?: 'SmartMeterTelemetryType';
  /** Cumulative import register total at the end of the bucket, in Wh. */
  consumption: Maybe<Scalars['Decimal']['output']>;
  /** Energy imported in the bucket, in Wh. */
  consumptionDelta: Maybe<Scalars['Decimal']['output']>;
  /**
   * Cost of consumptionDelta in pence excluding VAT, at the unit rate of the
   * agreement in force for each half-hour; null when a half-hour of the
   * bucket has no agreement or no unit rate.
   */
  costDelta: Maybe<Scalars['Decimal']['output']>;
  /** Cost of consumptionDelta in pence including VAT; null like costDelta. */
  costDeltaWithTax: Maybe<Scalars['Decimal']['output']>;
  /** Mean import power over the part of the bucket with readings, in W. */
  demand: Maybe<Scalars['Decimal']['output']>;
  /**
   * Cumulative export register total at the end of the bucket, in Wh; null
   * when the meter has no export meter or no export reading for the bucket.
   */
  export: Maybe<Scalars['Decimal']['output']>;
  /**
   * Start of the bucket. Buckets are aligned to UTC, so the first and last
   * bucket of a range that starts or ends between bucket boundaries only
   * cover the part inside the range.
   */
  readAt: Maybe<Scalars['DateTime']['output']>;
};

/** An appointment window for installing a SMETS2 meter. */
export type Smets2InstallationTimeslotType = {
  __typename?: 'Smets2InstallationTimeslotType';
  /** Day of the appointment. */
  appointmentDate: Maybe<Scalars['Date']['output']>;
  /** End of the window, GB local time. */
  endTime: Maybe<Scalars['Time']['output']>;
  /** Start of the window, GB local time. */
  startTime: Maybe<Scalars['Time']['output']>;
};

/** An electricity tariff with one unit rate at all times of day. */
export type StandardTariff = TariffType & {
  __typename?: 'StandardTariff';
  /** Description of the tariff's product. */
  description: Maybe<Scalars['String']['output']>;
  /** Short name of the tariff's product. */
  displayName: Maybe<Scalars['String']['output']>;
  /** Full name of the tariff's product. */
  fullName: Maybe<Scalars['String']['output']>;
  /** Internal id of the tariff. */
  id: Maybe<Scalars['ID']['output']>;
  /** Whether the tariff pays for exported energy. */
  isExport: Maybe<Scalars['Boolean']['output']>;
  /** Standing charge in pence per day, excluding VAT. */
  preVatStandingCharge: Maybe<Scalars['Float']['output']>;
  /** Unit rate in pence per kWh, excluding VAT. */
  preVatUnitRate: Maybe<Scalars['Float']['output']>;
  /** Code of the tariff's product. */
  productCode: Maybe<Scalars['String']['output']>;
  /** Standing charge in pence per day, including VAT. */
  standingCharge: Maybe<Scalars['Float']['output']>;
  /** Tags of the tariff's product. */
  tags: Maybe<Array<Maybe<Scalars['String']['output']>>>;
  /** Tariff code, e.g. E-1R-VAR-22-11-01-C. */
  tariffCode: Maybe<Scalars['String']['output']>;
  /** Unit rate in pence per kWh, including VAT. */
  unitRate: Maybe<Scalars['Float']['output']>;
};

/**
 * A money statistic of a measurement: CONSUMPTION_COST for consumption,
 * GENERATION_VALUE for exported energy.
 */
export type StatisticOutput = {
  __typename?: 'StatisticOutput';
  /** Amount excluding VAT. */
  costExclTax: Maybe<EstimatedMoneyType>;
  /** Amount including VAT. */
  costInclTax: Maybe<EstimatedMoneyType>;
  /** Kind of statistic. */
  type: Maybe<ReadingStatisticTypeEnum>;
};

/**
 * Fields every tariff has. Prices are pence (per kWh for unit rates, per day
 * for standing charges) in force at the time of the request.
 */
export type TariffType = {
  /** Description of the tariff's product. */
  description: Maybe<Scalars['String']['output']>;
  /** Short name of the tariff's product. */
  displayName: Maybe<Scalars['String']['output']>;
  /** Full name of the tariff's product. */
  fullName: Maybe<Scalars['String']['output']>;
  /** Internal id of the tariff. */
  id: Maybe<Scalars['ID']['output']>;
  /** Whether the tariff pays for exported energy. */
  isExport: Maybe<Scalars['Boolean']['output']>;
  /** Standing charge in pence per day, excluding VAT. */
  preVatStandingCharge: Maybe<Scalars['Float']['output']>;
  /** Code of the tariff's product. */
  productCode: Maybe<Scalars['String']['output']>;
  /** Standing charge in pence per day, including VAT. */
  standingCharge: Maybe<Scalars['Float']['output']>;
  /** Tags of the tariff's product. */
  tags: Maybe<Array<Maybe<Scalars['String']['output']>>>;
  /** Tariff code, e.g. E-1R-VAR-22-11-01-C. */
  tariffCode: Maybe<Scalars['String']['output']>;
};

/**
 * Bucket size of smart meter telemetry. Stored readings are half-hourly, so
 * TEN_SECONDS, ONE_MINUTE and FIVE_MINUTES buckets split each half-hour evenly:
 * every bucket carries the half-hour's mean, not a finer measurement.
 */
export type TelemetryGrouping =
  | 'FIVE_MINUTES'
  | 'HALF_HOURLY'
  | 'HOURLY'
  | 'ONE_MINUTE'
  | 'TEN_SECONDS';

/** A page of an account's transactions. */
export type TransactionConnectionTypeConnection = {
  __typename?: 'TransactionConnectionTypeConnection';
  /** Number of transactions on this page. */
  edgeCount: Scalars['Int']['output'];
  /** The transactions of this page with their cursors. */
  edges: Array<Maybe<TransactionConnectionTypeEdge>>;
  /** Where this page sits in the whole list. */
  pageInfo: PageInfo;
  /** Number of transactions in the whole list. */
  totalCount: Scalars['Int']['output'];
};

/** A transaction with its cursor. */
export type TransactionConnectionTypeEdge = {
  __typename?: 'TransactionConnectionTypeEdge';
  /** Cursor of this edge, for after and before. */
  cursor: Scalars['String']['output'];
  /** The transaction. */
  node: Maybe<TransactionType>;
};

/** A posting on a ledger: a charge, a credit or a payment. */
export type TransactionType = {
  /** Number of the account whose ledger carries the transaction. */
  accountNumber: Maybe<Scalars['String']['output']>;
  /** Size of the transaction in pence, positive for every kind. */
  amount: Maybe<Scalars['Int']['output']>;
  /**
   * Balance of the ledger in pence after this transaction, counting every
   * earlier one on the same ledger; negative is debt.
   */
  balanceCarriedForward: Maybe<Scalars['Int']['output']>;
  /** Internal id of the transaction. */
  id: Maybe<Scalars['ID']['output']>;
  /**
   * Whether the transaction is a charge.
   * @deprecated Use the concrete type.
   */
  isAccountCharge: Maybe<Scalars['Boolean']['output']>;
  /**
   * Whether the transaction is a payment.
   * @deprecated Use the concrete type.
   */
  isAccountPayment: Maybe<Scalars['Boolean']['output']>;
  /**
   * Whether the transaction adds to the balance (a credit or payment).
   * @deprecated Use the concrete type.
   */
  isCredit: Maybe<Scalars['Boolean']['output']>;
  /** Date the transaction was posted, in Europe/London. */
  postedDate: Maybe<Scalars['Date']['output']>;
  /** Description shown to the customer, such as the charged period. */
  title: Maybe<Scalars['String']['output']>;
};

/** Order of transactions by the time they were posted. */
export type TransactionsOrderBy =
  | 'POSTED_DATE_ASC'
  | 'POSTED_DATE_DESC';

/** Unit that a price applies to. */
export type Unit =
  | 'KILOWATT_HOURS'
  | 'METERS_CUBED';

/** One published unit rate of a half-hourly tariff. */
export type UnitRate = {
  __typename?: 'UnitRate';
  /** Rate in pence per kWh, excluding VAT. */
  preVatValue: Maybe<Scalars['Float']['output']>;
  /** Start of the rate's validity, inclusive. */
  validFrom: Maybe<Scalars['DateTime']['output']>;
  /** End of the rate's validity, exclusive, or null while open-ended. */
  validTo: Maybe<Scalars['DateTime']['output']>;
  /** Rate in pence per kWh, including VAT. */
  value: Maybe<Scalars['Float']['output']>;
};

/** One series of measurements; give exactly one of the two filters. */
export type UtilityFiltersInput = {
  electricityFilters?: InputMaybe<ElectricityFiltersInput>;
  gasFilters?: InputMaybe<GasFiltersInput>;
};

/** The series a measurement belongs to. */
export type UtilityFiltersOutput = ElectricityFiltersOutput | GasFiltersOutput;

/** Strength of the smart metering wide area network signal. */
export type WanCoverageStrengths =
  | 'HIGH'
  | 'LOW'
  | 'MEDIUM';



export type ResolverTypeWrapper<T> = Promise<T> | T;


export type ResolverWithResolve<TResult, TParent, TContext, TArgs> = {
  resolve: ResolverFn<TResult, TParent, TContext, TArgs>;
};
export type Resolver<TResult, TParent = {}, TContext = {}, TArgs = {}> = ResolverFn<TResult, TParent, TContext, TArgs> | ResolverWithResolve<TResult, TParent, TContext, TArgs>;

export type ResolverFn<TResult, TParent, TContext, TArgs> = (
  parent: TParent,
  args: TArgs,
  context: TContext,
  info: GraphQLResolveInfo
) => Promise<TResult> | TResult;

export type SubscriptionSubscribeFn<TResult, TParent, TContext, TArgs> = (
  parent: TParent,
  args: TArgs,
  context: TContext,
  info: GraphQLResolveInfo
) => AsyncIterable<TResult> | Promise<AsyncIterable<TResult>>;

export type SubscriptionResolveFn<TResult, TParent, TContext, TArgs> = (
  parent: TParent,
  args: TArgs,
  context: TContext,
  info: GraphQLResolveInfo
) => TResult | Promise<TResult>;

export interface SubscriptionSubscriberObject<TResult, TKey extends string, TParent, TContext, TArgs> {
  subscribe: SubscriptionSubscribeFn<{ [key in TKey]: TResult }, TParent, TContext, TArgs>;
  resolve?: SubscriptionResolveFn<TResult, { [key in TKey]: TResult }, TContext, TArgs>;
}

export interface SubscriptionResolverObject<TResult, TParent, TContext, TArgs> {
  subscribe: SubscriptionSubscribeFn<any, TParent, TContext, TArgs>;
  resolve: SubscriptionResolveFn<TResult, any, TContext, TArgs>;
}

export type SubscriptionObject<TResult, TKey extends string, TParent, TContext, TArgs> =
  | SubscriptionSubscriberObject<TResult, TKey, TParent, TContext, TArgs>
  | SubscriptionResolverObject<TResult, TParent, TContext, TArgs>;

export type SubscriptionResolver<TResult, TKey extends string, TParent = {}, TContext = {}, TArgs = {}> =
  | ((...args: any[]) => SubscriptionObject<TResult, TKey, TParent, TContext, TArgs>)
  | SubscriptionObject<TResult, TKey, TParent, TContext, TArgs>;

export type TypeResolveFn<TTypes, TParent = {}, TContext = {}> = (
  parent: TParent,
  context: TContext,
  info: GraphQLResolveInfo
) => Maybe<TTypes> | Promise<Maybe<TTypes>>;

export type IsTypeOfResolverFn<T = {}, TContext = {}> = (obj: T, context: TContext, info: GraphQLResolveInfo) => boolean | Promise<boolean>;

export type NextResolverFn<T> = () => Promise<T>;

export type DirectiveResolverFn<TResult = {}, TParent = {}, TContext = {}, TArgs = {}> = (
  next: NextResolverFn<TResult>,
  parent: TParent,
  args: TArgs,
  context: TContext,
  info: GraphQLResolveInfo
) => TResult | Promise<TResult>;

/** Mapping of union types */
export type ResolversUnionTypes<_RefType extends Record<string, unknown>> = {
  ElectricityTariffType: ( TariffRow ) | ( TariffRow ) | ( TariffRow ) | ( TariffRow );
  EnergyTariffType: ( TariffRow ) | ( TariffRow ) | ( TariffRow ) | ( TariffRow ) | ( TariffRow );
  UtilityFiltersOutput: ( ElectricityFiltersOutput ) | ( GasFiltersOutput );
};

/** Mapping of interface types */
export type ResolversInterfaceTypes<_RefType extends Record<string, unknown>> = {
  AccountInterface: ( AccountRow );
  AgreementInterface: ( AgreementRow ) | ( AgreementRow );
  LedgerInterface: ( LedgerRow );
  MeasurementInterface: ( Omit<IntervalMeasurementType, 'metaData'> & { metaData?: Maybe<_RefType['MeasurementsMetadataOutput']> } );
  Meter: ( ElectricityMeterRow ) | ( GasMeterRow );
  MeterPointInterface: ( ElectricityMeterPointRow ) | ( GasMeterPointRow );
  Node: ( ElectricityMeterRow ) | ( GasMeterRow );
  TariffType: ( TariffRow ) | ( TariffRow ) | ( TariffRow ) | ( TariffRow ) | ( TariffRow );
  TransactionType: ( TransactionRow ) | ( TransactionRow ) | ( TransactionRow );
};

/** Mapping between all available schema types and the resolvers types */
export type ResolversTypes = {
  AccountInterface: ResolverTypeWrapper<ResolversInterfaceTypes<ResolversTypes>['AccountInterface']>;
  AccountStatus: AccountStatus;
  AccountType: ResolverTypeWrapper<AccountRow>;
  AccountTypeChoices: AccountTypeChoices;
  AccountUserRoleType: ResolverTypeWrapper<AccountRoleRow>;
  AccountUserType: ResolverTypeWrapper<AccountUserRow>;
  AgreementInterface: ResolverTypeWrapper<ResolversInterfaceTypes<ResolversTypes>['AgreementInterface']>;
  Boolean: ResolverTypeWrapper<Scalars['Boolean']['output']>;
  BrandChoices: BrandChoices;
  Charge: ResolverTypeWrapper<TransactionRow>;
  CoordinatesType: ResolverTypeWrapper<CoordinatesType>;
  Credit: ResolverTypeWrapper<TransactionRow>;
  Date: ResolverTypeWrapper<Scalars['Date']['output']>;
  DateTime: ResolverTypeWrapper<Scalars['DateTime']['output']>;
  DayNightTariff: ResolverTypeWrapper<TariffRow>;
  Decimal: ResolverTypeWrapper<Scalars['Decimal']['output']>;
  DeviceStatus: DeviceStatus;
  DeviceStatuses: DeviceStatuses;
  DeviceType: DeviceType;
  ElectricityAgreementType: ResolverTypeWrapper<AgreementRow>;
  ElectricityDirection: ElectricityDirection;
  ElectricityFiltersInput: ElectricityFiltersInput;
  ElectricityFiltersOutput: ResolverTypeWrapper<ElectricityFiltersOutput>;
  ElectricityMeterMeterType: ElectricityMeterMeterType;
  ElectricityMeterPointType: ResolverTypeWrapper<ElectricityMeterPointRow>;
  ElectricityMeterRegisterType: ResolverTypeWrapper<ElectricityMeterRegisterRow>;
  ElectricityMeterType: ResolverTypeWrapper<ElectricityMeterRow>;
  ElectricityTariffType: ResolverTypeWrapper<ResolversUnionTypes<ResolversTypes>['ElectricityTariffType']>;
  EmbeddedNetworkType: ResolverTypeWrapper<EmbeddedNetworkRow>;
  EmbeddedPropertyType: ResolverTypeWrapper<EmbeddedNetworkPropertyRow>;
  EnergyProductAvailability: EnergyProductAvailability;
  EnergyProductConnectionTypeConnection: ResolverTypeWrapper<Omit<EnergyProductConnectionTypeConnection, 'edges'> & { edges: Array<Maybe<ResolversTypes['EnergyProductConnectionTypeEdge']>> }>;
  EnergyProductConnectionTypeEdge: ResolverTypeWrapper<Omit<EnergyProductConnectionTypeEdge, 'node'> & { node?: Maybe<ResolversTypes['EnergyProductType']> }>;
  EnergyProductDirection: EnergyProductDirection;
  EnergyProductFilters: EnergyProductFilters;
  EnergyProductType: ResolverTypeWrapper<ProductRow>;
  EnergyTariffConnectionTypeConnection: ResolverTypeWrapper<Omit<EnergyTariffConnectionTypeConnection, 'edges'> & { edges: Array<Maybe<ResolversTypes['EnergyTariffConnectionTypeEdge']>> }>;
  EnergyTariffConnectionTypeEdge: ResolverTypeWrapper<Omit<EnergyTariffConnectionTypeEdge, 'node'> & { node?: Maybe<ResolversTypes['EnergyTariffType']> }>;
  EnergyTariffType: ResolverTypeWrapper<ResolversUnionTypes<ResolversTypes>['EnergyTariffType']>;
  EnrolmentStatusOptions: EnrolmentStatusOptions;
  EnrolmentType: ResolverTypeWrapper<EnrolmentType>;
  EstimatedMoneyType: ResolverTypeWrapper<EstimatedMoneyType>;
  Float: ResolverTypeWrapper<Scalars['Float']['output']>;
  GasAgreementType: ResolverTypeWrapper<AgreementRow>;
  GasFiltersInput: GasFiltersInput;
  GasFiltersOutput: ResolverTypeWrapper<GasFiltersOutput>;
  GasMeterMechanism: GasMeterMechanism;
  GasMeterPointMarketSectorCode: GasMeterPointMarketSectorCode;
  GasMeterPointType: ResolverTypeWrapper<GasMeterPointRow>;
  GasMeterType: ResolverTypeWrapper<GasMeterRow>;
  GasTariffType: ResolverTypeWrapper<TariffRow>;
  GenericScalar: ResolverTypeWrapper<Scalars['GenericScalar']['output']>;
  HalfHourlyTariff: ResolverTypeWrapper<TariffRow>;
  ID: ResolverTypeWrapper<Scalars['ID']['output']>;
  Int: ResolverTypeWrapper<Scalars['Int']['output']>;
  IntervalMeasurementType: ResolverTypeWrapper<Omit<IntervalMeasurementType, 'metaData'> & { metaData?: Maybe<ResolversTypes['MeasurementsMetadataOutput']> }>;
  JSONString: ResolverTypeWrapper<Scalars['JSONString']['output']>;
  KrakenVersionType: ResolverTypeWrapper<KrakenVersionType>;
  LedgerInterface: ResolverTypeWrapper<ResolversInterfaceTypes<ResolversTypes>['LedgerInterface']>;
  LedgerType: ResolverTypeWrapper<LedgerRow>;
  MeasurementConnection: ResolverTypeWrapper<Omit<MeasurementConnection, 'edges'> & { edges: Array<Maybe<ResolversTypes['MeasurementEdge']>> }>;
  MeasurementEdge: ResolverTypeWrapper<Omit<MeasurementEdge, 'node'> & { node?: Maybe<ResolversTypes['MeasurementInterface']> }>;
  MeasurementInterface: ResolverTypeWrapper<ResolversInterfaceTypes<ResolversTypes>['MeasurementInterface']>;
  MeasurementsMetadataOutput: ResolverTypeWrapper<Omit<MeasurementsMetadataOutput, 'utilityFilters'> & { utilityFilters?: Maybe<ResolversTypes['UtilityFiltersOutput']> }>;
  Meter: ResolverTypeWrapper<ResolversInterfaceTypes<ResolversTypes>['Meter']>;
  MeterPointInterface: ResolverTypeWrapper<ResolversInterfaceTypes<ResolversTypes>['MeterPointInterface']>;
  Mutation: ResolverTypeWrapper<{}>;
  Node: ResolverTypeWrapper<ResolversInterfaceTypes<ResolversTypes>['Node']>;
  ObtainJSONWebTokenInput: ObtainJsonWebTokenInput;
  ObtainKrakenJSONWebToken: ResolverTypeWrapper<ObtainKrakenJsonWebToken>;
  OccupancyPeriodType: ResolverTypeWrapper<OccupancyPeriodRow>;
  PageInfo: ResolverTypeWrapper<PageInfo>;
  Payment: ResolverTypeWrapper<TransactionRow>;
  PaymentMethodChoices: PaymentMethodChoices;
  PaymentMode: PaymentMode;
  PrepayTariff: ResolverTypeWrapper<TariffRow>;
  PricePerUnit: ResolverTypeWrapper<PricePerUnit>;
  PropertyRichAddressType: ResolverTypeWrapper<PropertyRow>;
  PropertyType: ResolverTypeWrapper<PropertyRow>;
  Query: ResolverTypeWrapper<{}>;
  ReadingDirectionType: ReadingDirectionType;
  ReadingFrequencyType: ReadingFrequencyType;
  ReadingQualityType: ReadingQualityType;
  ReadingStatisticTypeEnum: ReadingStatisticTypeEnum;
  RichAddressType: ResolverTypeWrapper<RichAddress>;
  RoleString: ResolverTypeWrapper<Scalars['RoleString']['output']>;
  SmartMeterDeviceNetworkType: ResolverTypeWrapper<SmartDeviceNetworkRow>;
  SmartMeterDeviceType: ResolverTypeWrapper<SmartDeviceRow>;
  SmartMeterTelemetryType: ResolverTypeWrapper<SmartMeterTelemetryType>;
  Smets2InstallationTimeslotType: ResolverTypeWrapper<Smets2InstallationTimeslotType>;
  StandardTariff: ResolverTypeWrapper<TariffRow>;
  StatisticOutput: ResolverTypeWrapper<StatisticOutput>;
  String: ResolverTypeWrapper<Scalars['String']['output']>;
  TariffType: ResolverTypeWrapper<ResolversInterfaceTypes<ResolversTypes>['TariffType']>;
  TelemetryGrouping: TelemetryGrouping;
  Time: ResolverTypeWrapper<Scalars['Time']['output']>;
  TransactionConnectionTypeConnection: ResolverTypeWrapper<Omit<TransactionConnectionTypeConnection, 'edges'> & { edges: Array<Maybe<ResolversTypes['TransactionConnectionTypeEdge']>> }>;
  TransactionConnectionTypeEdge: ResolverTypeWrapper<Omit<TransactionConnectionTypeEdge, 'node'> & { node?: Maybe<ResolversTypes['TransactionType']> }>;
  TransactionType: ResolverTypeWrapper<ResolversInterfaceTypes<ResolversTypes>['TransactionType']>;
  TransactionsOrderBy: TransactionsOrderBy;
  Unit: Unit;
  UnitRate: ResolverTypeWrapper<RateRow>;
  UtilityFiltersInput: UtilityFiltersInput;
  UtilityFiltersOutput: ResolverTypeWrapper<ResolversUnionTypes<ResolversTypes>['UtilityFiltersOutput']>;
  WANCoverageStrengths: WanCoverageStrengths;
};

/** Mapping between all available schema types and the resolvers parents */
export type ResolversParentTypes = {
  AccountInterface: ResolversInterfaceTypes<ResolversParentTypes>['AccountInterface'];
  AccountType: AccountRow;
  AccountUserRoleType: AccountRoleRow;
  AccountUserType: AccountUserRow;
  AgreementInterface: ResolversInterfaceTypes<ResolversParentTypes>['AgreementInterface'];
  Boolean: Scalars['Boolean']['output'];
  Charge: TransactionRow;
  CoordinatesType: CoordinatesType;
  Credit: TransactionRow;
  Date: Scalars['Date']['output'];
  DateTime: Scalars['DateTime']['output'];
  DayNightTariff: TariffRow;
  Decimal: Scalars['Decimal']['output'];
  ElectricityAgreementType: AgreementRow;
  ElectricityFiltersInput: ElectricityFiltersInput;
  ElectricityFiltersOutput: ElectricityFiltersOutput;
  ElectricityMeterPointType: ElectricityMeterPointRow;
  ElectricityMeterRegisterType: ElectricityMeterRegisterRow;
  ElectricityMeterType: ElectricityMeterRow;
  ElectricityTariffType: ResolversUnionTypes<ResolversParentTypes>['ElectricityTariffType'];
  EmbeddedNetworkType: EmbeddedNetworkRow;
  EmbeddedPropertyType: EmbeddedNetworkPropertyRow;
  EnergyProductConnectionTypeConnection: Omit<EnergyProductConnectionTypeConnection, 'edges'> & { edges: Array<Maybe<ResolversParentTypes['EnergyProductConnectionTypeEdge']>> };
  EnergyProductConnectionTypeEdge: Omit<EnergyProductConnectionTypeEdge, 'node'> & { node?: Maybe<ResolversParentTypes['EnergyProductType']> };
  EnergyProductType: ProductRow;
  EnergyTariffConnectionTypeConnection: Omit<EnergyTariffConnectionTypeConnection, 'edges'> & { edges: Array<Maybe<ResolversParentTypes['EnergyTariffConnectionTypeEdge']>> };
  EnergyTariffConnectionTypeEdge: Omit<EnergyTariffConnectionTypeEdge, 'node'> & { node?: Maybe<ResolversParentTypes['EnergyTariffType']> };
  EnergyTariffType: ResolversUnionTypes<ResolversParentTypes>['EnergyTariffType'];
  EnrolmentType: EnrolmentType;
  EstimatedMoneyType: EstimatedMoneyType;
  Float: Scalars['Float']['output'];
  GasAgreementType: AgreementRow;
  GasFiltersInput: GasFiltersInput;
  GasFiltersOutput: GasFiltersOutput;
  GasMeterPointType: GasMeterPointRow;
  GasMeterType: GasMeterRow;
  GasTariffType: TariffRow;
  GenericScalar: Scalars['GenericScalar']['output'];
  HalfHourlyTariff: TariffRow;
  ID: Scalars['ID']['output'];
  Int: Scalars['Int']['output'];
  IntervalMeasurementType: Omit<IntervalMeasurementType, 'metaData'> & { metaData?: Maybe<ResolversParentTypes['MeasurementsMetadataOutput']> };
  JSONString: Scalars['JSONString']['output'];
  KrakenVersionType: KrakenVersionType;
  LedgerInterface: ResolversInterfaceTypes<ResolversParentTypes>['LedgerInterface'];
  LedgerType: LedgerRow;
  MeasurementConnection: Omit<MeasurementConnection, 'edges'> & { edges: Array<Maybe<ResolversParentTypes['MeasurementEdge']>> };
  MeasurementEdge: Omit<MeasurementEdge, 'node'> & { node?: Maybe<ResolversParentTypes['MeasurementInterface']> };
  MeasurementInterface: ResolversInterfaceTypes<ResolversParentTypes>['MeasurementInterface'];
  MeasurementsMetadataOutput: Omit<MeasurementsMetadataOutput, 'utilityFilters'> & { utilityFilters?: Maybe<ResolversParentTypes['UtilityFiltersOutput']> };
  Meter: ResolversInterfaceTypes<ResolversParentTypes>['Meter'];
  MeterPointInterface: ResolversInterfaceTypes<ResolversParentTypes>['MeterPointInterface'];
  Mutation: {};
  Node: ResolversInterfaceTypes<ResolversParentTypes>['Node'];
  ObtainJSONWebTokenInput: ObtainJsonWebTokenInput;
  ObtainKrakenJSONWebToken: ObtainKrakenJsonWebToken;
  OccupancyPeriodType: OccupancyPeriodRow;
  PageInfo: PageInfo;
  Payment: TransactionRow;
  PrepayTariff: TariffRow;
  PricePerUnit: PricePerUnit;
  PropertyRichAddressType: PropertyRow;
  PropertyType: PropertyRow;
  Query: {};
  RichAddressType: RichAddress;
  RoleString: Scalars['RoleString']['output'];
  SmartMeterDeviceNetworkType: SmartDeviceNetworkRow;
  SmartMeterDeviceType: SmartDeviceRow;
  SmartMeterTelemetryType: SmartMeterTelemetryType;
  Smets2InstallationTimeslotType: Smets2InstallationTimeslotType;
  StandardTariff: TariffRow;
  StatisticOutput: StatisticOutput;
  String: Scalars['String']['output'];
  TariffType: ResolversInterfaceTypes<ResolversParentTypes>['TariffType'];
  Time: Scalars['Time']['output'];
  TransactionConnectionTypeConnection: Omit<TransactionConnectionTypeConnection, 'edges'> & { edges: Array<Maybe<ResolversParentTypes['TransactionConnectionTypeEdge']>> };
  TransactionConnectionTypeEdge: Omit<TransactionConnectionTypeEdge, 'node'> & { node?: Maybe<ResolversParentTypes['TransactionType']> };
  TransactionType: ResolversInterfaceTypes<ResolversParentTypes>['TransactionType'];
  UnitRate: RateRow;
  UtilityFiltersInput: UtilityFiltersInput;
  UtilityFiltersOutput: ResolversUnionTypes<ResolversParentTypes>['UtilityFiltersOutput'];
};

export type AccountInterfaceResolvers<ContextType = RequestContext, ParentType extends ResolversParentTypes['AccountInterface'] = ResolversParentTypes['AccountInterface']> = {
  __resolveType: TypeResolveFn<'AccountType', ParentType, ContextType>;
  accountType?: Resolver<Maybe<ResolversTypes['AccountTypeChoices']>, ParentType, ContextType>;
  address?: Resolver<Maybe<ResolversTypes['RichAddressType']>, ParentType, ContextType>;
  balance?: Resolver<ResolversTypes['Int'], ParentType, ContextType, RequireFields<AccountInterfaceBalanceArgs, 'includeAllLedgers'>>;
  billingAddress?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  billingAddressLine1?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  billingAddressLine2?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  billingAddressLine3?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  billingAddressLine4?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  billingAddressLine5?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  billingAddressPostcode?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  billingCountryCode?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  billingEmail?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  billingName?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  billingSubName?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  brand?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  createdAt?: Resolver<Maybe<ResolversTypes['DateTime']>, ParentType, ContextType>;
  ledgers?: Resolver<Maybe<Array<Maybe<ResolversTypes['LedgerType']>>>, ParentType, ContextType, RequireFields<AccountInterfaceLedgersArgs, 'includeDebtLedgers'>>;
  number?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  overdueBalance?: Resolver<Maybe<ResolversTypes['Int']>, ParentType, ContextType>;
  preferredLanguageForComms?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  splitBillingAddress?: Resolver<Maybe<Array<Maybe<ResolversTypes['String']>>>, ParentType, ContextType>;
  status?: Resolver<Maybe<ResolversTypes['AccountStatus']>, ParentType, ContextType>;
};

export type AccountTypeResolvers<ContextType = RequestContext, ParentType extends ResolversParentTypes['AccountType'] = ResolversParentTypes['AccountType']> = {
  accountType?: Resolver<Maybe<ResolversTypes['AccountTypeChoices']>, ParentType, ContextType>;
  address?: Resolver<Maybe<ResolversTypes['RichAddressType']>, ParentType, ContextType>;
  balance?: Resolver<ResolversTypes['Int'], ParentType, ContextType, RequireFields<AccountTypeBalanceArgs, 'includeAllLedgers'>>;
  billingAddress?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  billingAddressLine1?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  billingAddressLine2?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  billingAddressLine3?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  billingAddressLine4?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  billingAddressLine5?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  billingAddressPostcode?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  billingCountryCode?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  billingEmail?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  billingName?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  billingPostcode?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  billingSubName?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  brand?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  createdAt?: Resolver<Maybe<ResolversTypes['DateTime']>, ParentType, ContextType>;
  electricityAgreements?: Resolver<Maybe<Array<Maybe<ResolversTypes['ElectricityAgreementType']>>>, ParentType, ContextType, RequireFields<AccountTypeElectricityAgreementsArgs, 'active'>>;
  gasAgreements?: Resolver<Maybe<Array<Maybe<ResolversTypes['GasAgreementType']>>>, ParentType, ContextType, RequireFields<AccountTypeGasAgreementsArgs, 'active'>>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  ledgers?: Resolver<Maybe<Array<Maybe<ResolversTypes['LedgerType']>>>, ParentType, ContextType, RequireFields<AccountTypeLedgersArgs, 'includeDebtLedgers'>>;
  number?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  overdueBalance?: Resolver<Maybe<ResolversTypes['Int']>, ParentType, ContextType>;
  preferredLanguageForComms?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  properties?: Resolver<Maybe<Array<Maybe<ResolversTypes['PropertyType']>>>, ParentType, ContextType, Partial<AccountTypePropertiesArgs>>;
  splitBillingAddress?: Resolver<Maybe<Array<Maybe<ResolversTypes['String']>>>, ParentType, ContextType>;
  status?: Resolver<Maybe<ResolversTypes['AccountStatus']>, ParentType, ContextType>;
  transactions?: Resolver<Maybe<ResolversTypes['TransactionConnectionTypeConnection']>, ParentType, ContextType, RequireFields<AccountTypeTransactionsArgs, 'orderBy'>>;
  users?: Resolver<Array<ResolversTypes['AccountUserType']>, ParentType, ContextType>;
  __isTypeOf?: IsTypeOfResolverFn<ParentType, ContextType>;
};

export type AccountUserRoleTypeResolvers<ContextType = RequestContext, ParentType extends ResolversParentTypes['AccountUserRoleType'] = ResolversParentTypes['AccountUserRoleType']> = {
  account?: Resolver<ResolversTypes['AccountType'], ParentType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  role?: Resolver<Maybe<ResolversTypes['RoleString']>, ParentType, ContextType>;
  user?: Resolver<ResolversTypes['AccountUserType'], ParentType, ContextType>;
  __isTypeOf?: IsTypeOfResolverFn<ParentType, ContextType>;
};

export type AccountUserTypeResolvers<ContextType = RequestContext, ParentType extends ResolversParentTypes['AccountUserType'] = ResolversParentTypes['AccountUserType']> = {
  accountUserRoles?: Resolver<Maybe<Array<Maybe<ResolversTypes['AccountUserRoleType']>>>, ParentType, ContextType, Partial<AccountUserTypeAccountUserRolesArgs>>;
  accounts?: Resolver<Maybe<Array<Maybe<ResolversTypes['AccountInterface']>>>, ParentType, ContextType, Partial<AccountUserTypeAccountsArgs>>;
  createdAt?: Resolver<ResolversTypes['DateTime'], ParentType, ContextType>;
  dateOfBirth?: Resolver<Maybe<ResolversTypes['Date']>, ParentType, ContextType>;
  displayName?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  email?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  familyName?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  firstName?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  fullName?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  givenName?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  isActive?: Resolver<Maybe<ResolversTypes['Boolean']>, ParentType, ContextType>;
  isDeceased?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  landline?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  landlinePhoneNumber?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  lastName?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  mobile?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  number?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  preferredName?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  pronouns?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  title?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  __isTypeOf?: IsTypeOfResolverFn<ParentType, ContextType>;
};

export type AgreementInterfaceResolvers<ContextType = RequestContext, ParentType extends ResolversParentTypes['AgreementInterface'] = ResolversParentTypes['AgreementInterface']> = {
  __resolveType: TypeResolveFn<'ElectricityAgreementType' | 'GasAgreementType', ParentType, ContextType>;
  agreedFrom?: Resolver<Maybe<ResolversTypes['DateTime']>, ParentType, ContextType>;
  agreedTo?: Resolver<Maybe<ResolversTypes['DateTime']>, ParentType, ContextType>;
  id?: Resolver<Maybe<ResolversTypes['Int']>, ParentType, ContextType>;
  isRevoked?: Resolver<Maybe<ResolversTypes['Boolean']>, ParentType, ContextType>;
  ratesAgreedAt?: Resolver<Maybe<ResolversTypes['DateTime']>, ParentType, ContextType>;
  rescissionDeadlineAt?: Resolver<Maybe<ResolversTypes['DateTime']>, ParentType, ContextType>;
  validFrom?: Resolver<Maybe<ResolversTypes['DateTime']>, ParentType, ContextType>;
  validTo?: Resolver<Maybe<ResolversTypes['DateTime']>, ParentType, ContextType>;
};

export type ChargeResolvers<ContextType = RequestContext, ParentType extends ResolversParentTypes['Charge'] = ResolversParentTypes['Charge']> = {
  accountNumber?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  amount?: Resolver<Maybe<ResolversTypes['Int']>, ParentType, ContextType>;
  balanceCarriedForward?: Resolver<Maybe<ResolversTypes['Int']>, ParentType, ContextType>;
  id?: Resolver<Maybe<ResolversTypes['ID']>, ParentType, ContextType>;
  isAccountCharge?: Resolver<Maybe<ResolversTypes['Boolean']>, ParentType, ContextType>;
  isAccountPayment?: Resolver<Maybe<ResolversTypes['Boolean']>, ParentType, ContextType>;
  isCredit?: Resolver<Maybe<ResolversTypes['Boolean']>, ParentType, ContextType>;
  postedDate?: Resolver<Maybe<ResolversTypes['Date']>, ParentType, ContextType>;
  title?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  __isTypeOf?: IsTypeOfResolverFn<ParentType, ContextType>;
};

export type CoordinatesTypeResolvers<ContextType = RequestContext, ParentType extends ResolversParentTypes['CoordinatesType'] = ResolversParentTypes['CoordinatesType']> = {
  latitude?: Resolver<Maybe<ResolversTypes['Float']>, ParentType, ContextType>;
  longitude?: Resolver<Maybe<ResolversTypes['Float']>, ParentType, ContextType>;
  __isTypeOf?: IsTypeOfResolverFn<ParentType, ContextType>;
};

export type CreditResolvers<ContextType = RequestContext, ParentType extends ResolversParentTypes['Credit'] = ResolversParentTypes['Credit']> = {
  accountNumber?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  amount?: Resolver<Maybe<ResolversTypes['Int']>, ParentType, ContextType>;
  balanceCarriedForward?: Resolver<Maybe<ResolversTypes['Int']>, ParentType, ContextType>;
  id?: Resolver<Maybe<ResolversTypes['ID']>, ParentType, ContextType>;
  isAccountCharge?: Resolver<Maybe<ResolversTypes['Boolean']>, ParentType, ContextType>;
  isAccountPayment?: Resolver<Maybe<ResolversTypes['Boolean']>, ParentType, ContextType>;
  isCredit?: Resolver<Maybe<ResolversTypes['Boolean']>, ParentType, ContextType>;
  postedDate?: Resolver<Maybe<ResolversTypes['Date']>, ParentType, ContextType>;
  title?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  __isTypeOf?: IsTypeOfResolverFn<ParentType, ContextType>;
};

export interface DateScalarConfig extends GraphQLScalarTypeConfig<ResolversTypes['Date'], any> {
  name: 'Date';
}

export interface DateTimeScalarConfig extends GraphQLScalarTypeConfig<ResolversTypes['DateTime'], any> {
  name: 'DateTime';
}

export type DayNightTariffResolvers<ContextType = RequestContext, ParentType extends ResolversParentTypes['DayNightTariff'] = ResolversParentTypes['DayNightTariff']> = {
  dayRate?: Resolver<Maybe<ResolversTypes['Float']>, ParentType, ContextType>;
  description?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  displayName?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  fullName?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  id?: Resolver<Maybe<ResolversTypes['ID']>, ParentType, ContextType>;
  isExport?: Resolver<Maybe<ResolversTypes['Boolean']>, ParentType, ContextType>;
  nightRate?: Resolver<Maybe<ResolversTypes['Float']>, ParentType, ContextType>;
  preVatDayRate?: Resolver<Maybe<ResolversTypes['Float']>, ParentType, ContextType>;
  preVatNightRate?: Resolver<Maybe<ResolversTypes['Float']>, ParentType, ContextType>;
  preVatStandingCharge?: Resolver<Maybe<ResolversTypes['Float']>, ParentType, ContextType>;
  productCode?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  standingCharge?: Resolver<Maybe<ResolversTypes['Float']>, ParentType, ContextType>;
  tags?: Resolver<Maybe<Array<Maybe<ResolversTypes['String']>>>, ParentType, ContextType>;
  tariffCode?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  __isTypeOf?: IsTypeOfResolverFn<ParentType, ContextType>;
};

export interface DecimalScalarConfig extends GraphQLScalarTypeConfig<ResolversTypes['Decimal'], any> {
  name: 'Decimal';
}

export type ElectricityAgreementTypeResolvers<ContextType = RequestContext, ParentType extends ResolversParentTypes['ElectricityAgreementType'] = ResolversParentTypes['ElectricityAgreementType']> = {
  account?: Resolver<ResolversTypes['AccountType'], ParentType, ContextType>;
  agreedFrom?: Resolver<Maybe<ResolversTypes['DateTime']>, ParentType, ContextType>;
  agreedTo?: Resolver<Maybe<ResolversTypes['DateTime']>, ParentType, ContextType>;
  id?: Resolver<Maybe<ResolversTypes['Int']>, ParentType, ContextType>;
  isRevoked?: Resolver<Maybe<ResolversTypes['Boolean']>, ParentType, ContextType>;
  meterPoint?: Resolver<ResolversTypes['ElectricityMeterPointType'], ParentType, ContextType>;
  ratesAgreedAt?: Resolver<Maybe<ResolversTypes['DateTime']>, ParentType, ContextType>;
  rescissionDeadlineAt?: Resolver<Maybe<ResolversTypes['DateTime']>, ParentType, ContextType>;
  tariff?: Resolver<Maybe<ResolversTypes['ElectricityTariffType']>, ParentType, ContextType>;
  validFrom?: Resolver<Maybe<ResolversTypes['DateTime']>, ParentType, ContextType>;
  validTo?: Resolver<Maybe<ResolversTypes['DateTime']>, ParentType, ContextType>;
  __isTypeOf?: IsTypeOfResolverFn<ParentType, ContextType>;
};

export type ElectricityFiltersOutputResolvers<ContextType = RequestContext, ParentType extends ResolversParentTypes['ElectricityFiltersOutput'] = ResolversParentTypes['ElectricityFiltersOutput']> = {
  deviceId?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  marketSupplyPointId?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  readingDirection?: Resolver<Maybe<ResolversTypes['ReadingDirectionType']>, ParentType, ContextType>;
  readingFrequencyType?: Resolver<Maybe<ResolversTypes['ReadingFrequencyType']>, ParentType, ContextType>;
  __isTypeOf?: IsTypeOfResolverFn<ParentType, ContextType>;
};

export type ElectricityMeterPointTypeResolvers<ContextType = RequestContext, ParentType extends ResolversParentTypes['ElectricityMeterPointType'] = ResolversParentTypes['ElectricityMeterPointType']> = {
  agreements?: Resolver<Maybe<Array<Maybe<ResolversTypes['ElectricityAgreementType']>>>, ParentType, ContextType, RequireFields<ElectricityMeterPointTypeAgreementsArgs, 'excludeFuture' | 'includeInactive'>>;
  dccServiceFlag?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  direction?: Resolver<Maybe<ResolversTypes['ElectricityDirection']>, ParentType, ContextType>;
  energisationStatus?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  enrolment?: Resolver<Maybe<ResolversTypes['EnrolmentType']>, ParentType, ContextType>;
  gspGroupId?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  llf?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  measurementClass?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  meters?: Resolver<Maybe<Array<Maybe<ResolversTypes['ElectricityMeterType']>>>, ParentType, ContextType, RequireFields<ElectricityMeterPointTypeMetersArgs, 'includeInactive'>>;
  mpan?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  mtc?: Resolver<Maybe<ResolversTypes['Int']>, ParentType, ContextType>;
  profileClass?: Resolver<Maybe<ResolversTypes['Int']>, ParentType, ContextType>;
  smartStartDate?: Resolver<Maybe<ResolversTypes['Date']>, ParentType, ContextType>;
  smsOperator?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  ssc?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  status?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  supplyEndDate?: Resolver<Maybe<ResolversTypes['Date']>, ParentType, ContextType>;
  __isTypeOf?: IsTypeOfResolverFn<ParentType, ContextType>;
};

export type ElectricityMeterRegisterTypeResolvers<ContextType = RequestContext, ParentType extends ResolversParentTypes['ElectricityMeterRegisterType'] = ResolversParentTypes['ElectricityMeterRegisterType']> = {
  digits?: Resolver<Maybe<ResolversTypes['Int']>, ParentType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  identifier?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  name?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  unitRateType?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  __isTypeOf?: IsTypeOfResolverFn<ParentType, ContextType>;
};

export type ElectricityMeterTypeResolvers<ContextType = RequestContext, ParentType extends ResolversParentTypes['ElectricityMeterType'] = ResolversParentTypes['ElectricityMeterType']> = {
  activeFrom?: Resolver<ResolversTypes['Date'], ParentType, ContextType>;
  activeTo?: Resolver<Maybe<ResolversTypes['Date']>, ParentType, ContextType>;
  consumptionUnits?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  createdAt?: Resolver<ResolversTypes['DateTime'], ParentType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  importMeter?: Resolver<Maybe<ResolversTypes['ElectricityMeterType']>, ParentType, ContextType>;
  installationDate?: Resolver<Maybe<ResolversTypes['Date']>, ParentType, ContextType>;
  isDigital?: Resolver<Maybe<ResolversTypes['Boolean']>, ParentType, ContextType>;
  location?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  makeAndType?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  meterPoint?: Resolver<ResolversTypes['ElectricityMeterPointType'], ParentType, ContextType>;
  meterType?: Resolver<Maybe<ResolversTypes['ElectricityMeterMeterType']>, ParentType, ContextType>;
  nodeId?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  registers?: Resolver<Maybe<Array<Maybe<ResolversTypes['ElectricityMeterRegisterType']>>>, ParentType, ContextType>;
  serialNumber?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  smartDevices?: Resolver<Maybe<Array<Maybe<ResolversTypes['SmartMeterDeviceType']>>>, ParentType, ContextType>;
  smartExportElectricityMeter?: Resolver<Maybe<ResolversTypes['SmartMeterDeviceType']>, ParentType, ContextType>;
  smartImportElectricityMeter?: Resolver<Maybe<ResolversTypes['SmartMeterDeviceType']>, ParentType, ContextType>;
  updatedAt?: Resolver<Maybe<ResolversTypes['DateTime']>, ParentType, ContextType>;
  __isTypeOf?: IsTypeOfResolverFn<ParentType, ContextType>;
};

export type ElectricityTariffTypeResolvers<ContextType = RequestContext, ParentType extends ResolversParentTypes['ElectricityTariffType'] = ResolversParentTypes['ElectricityTariffType']> = {
  __resolveType: TypeResolveFn<'DayNightTariff' | 'HalfHourlyTariff' | 'PrepayTariff' | 'StandardTariff', ParentType, ContextType>;
};

export type EmbeddedNetworkTypeResolvers<ContextType = RequestContext, ParentType extends ResolversParentTypes['EmbeddedNetworkType'] = ResolversParentTypes['EmbeddedNetworkType']> = {
  embeddedProperties?: Resolver<Maybe<Array<Maybe<ResolversTypes['EmbeddedPropertyType']>>>, ParentType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  name?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  __isTypeOf?: IsTypeOfResolverFn<ParentType, ContextType>;
};

export type EmbeddedPropertyTypeResolvers<ContextType = RequestContext, ParentType extends ResolversParentTypes['EmbeddedPropertyType'] = ResolversParentTypes['EmbeddedPropertyType']> = {
  embeddedNetwork?: Resolver<ResolversTypes['EmbeddedNetworkType'], ParentType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  propertyId?: Resolver<Maybe<ResolversTypes['ID']>, ParentType, ContextType>;
  __isTypeOf?: IsTypeOfResolverFn<ParentType, ContextType>;
};

export type EnergyProductConnectionTypeConnectionResolvers<ContextType = RequestContext, ParentType extends ResolversParentTypes['EnergyProductConnectionTypeConnection'] = ResolversParentTypes['EnergyProductConnectionTypeConnection']> = {
  edgeCount?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  edges?: Resolver<Array<Maybe<ResolversTypes['EnergyProductConnectionTypeEdge']>>, ParentType, ContextType>;
  pageInfo?: Resolver<ResolversTypes['PageInfo'], ParentType, ContextType>;
  totalCount?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  __isTypeOf?: IsTypeOfResolverFn<ParentType, ContextType>;
};

export type EnergyProductConnectionTypeEdgeResolvers<ContextType = RequestContext, ParentType extends ResolversParentTypes['EnergyProductConnectionTypeEdge'] = ResolversParentTypes['EnergyProductConnectionTypeEdge']> = {
  cursor?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  node?: Resolver<Maybe<ResolversTypes['EnergyProductType']>, ParentType, ContextType>;
  __isTypeOf?: IsTypeOfResolverFn<ParentType, ContextType>;
};

export type EnergyProductTypeResolvers<ContextType = RequestContext, ParentType extends ResolversParentTypes['EnergyProductType'] = ResolversParentTypes['EnergyProductType']> = {
  availableFrom?: Resolver<ResolversTypes['DateTime'], ParentType, ContextType>;
  availableTo?: Resolver<Maybe<ResolversTypes['DateTime']>, ParentType, ContextType>;
  code?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  description?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  direction?: Resolver<Maybe<ResolversTypes['EnergyProductDirection']>, ParentType, ContextType>;
  displayName?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  endsAt?: Resolver<Maybe<ResolversTypes['DateTime']>, ParentType, ContextType>;
  exitFees?: Resolver<Maybe<ResolversTypes['Int']>, ParentType, ContextType>;
  exitFeesType?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  fullName?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  includesEpgReduction?: Resolver<Maybe<ResolversTypes['Boolean']>, ParentType, ContextType>;
  isAvailable?: Resolver<Maybe<ResolversTypes['Boolean']>, ParentType, ContextType>;
  isBusiness?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  isChargedHalfHourly?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  isDefault?: Resolver<Maybe<ResolversTypes['Boolean']>, ParentType, ContextType>;
  isDomestic?: Resolver<Maybe<ResolversTypes['Boolean']>, ParentType, ContextType>;
  isFixed?: Resolver<Maybe<ResolversTypes['Boolean']>, ParentType, ContextType>;
  isGreen?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  isHidden?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  isOccupier?: Resolver<Maybe<ResolversTypes['Boolean']>, ParentType, ContextType>;
  isPrepay?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  isUnavailable?: Resolver<Maybe<ResolversTypes['Boolean']>, ParentType, ContextType>;
  isVariable?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  notes?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  tags?: Resolver<Maybe<Array<Maybe<ResolversTypes['String']>>>, ParentType, ContextType>;
  tariffs?: Resolver<Maybe<ResolversTypes['EnergyTariffConnectionTypeConnection']>, ParentType, ContextType, RequireFields<EnergyProductTypeTariffsArgs, 'paymentMethod' | 'postcode'>>;
  term?: Resolver<Maybe<ResolversTypes['Int']>, ParentType, ContextType>;
  __isTypeOf?: IsTypeOfResolverFn<ParentType, ContextType>;
};

export type EnergyTariffConnectionTypeConnectionResolvers<ContextType = RequestContext, ParentType extends ResolversParentTypes['EnergyTariffConnectionTypeConnection'] = ResolversParentTypes['EnergyTariffConnectionTypeConnection']> = {
  edgeCount?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  edges?: Resolver<Array<Maybe<ResolversTypes['EnergyTariffConnectionTypeEdge']>>, ParentType, ContextType>;
  pageInfo?: Resolver<ResolversTypes['PageInfo'], ParentType, ContextType>;
  totalCount?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  __isTypeOf?: IsTypeOfResolverFn<ParentType, ContextType>;
};

export type EnergyTariffConnectionTypeEdgeResolvers<ContextType = RequestContext, ParentType extends ResolversParentTypes['EnergyTariffConnectionTypeEdge'] = ResolversParentTypes['EnergyTariffConnectionTypeEdge']> = {
  cursor?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  node?: Resolver<Maybe<ResolversTypes['EnergyTariffType']>, ParentType, ContextType>;
  __isTypeOf?: IsTypeOfResolverFn<ParentType, ContextType>;
};

export type EnergyTariffTypeResolvers<ContextType = RequestContext, ParentType extends ResolversParentTypes['EnergyTariffType'] = ResolversParentTypes['EnergyTariffType']> = {
  __resolveType: TypeResolveFn<'DayNightTariff' | 'GasTariffType' | 'HalfHourlyTariff' | 'PrepayTariff' | 'StandardTariff', ParentType, ContextType>;
};

export type EnrolmentTypeResolvers<ContextType = RequestContext, ParentType extends ResolversParentTypes['EnrolmentType'] = ResolversParentTypes['EnrolmentType']> = {
  status?: Resolver<Maybe<ResolversTypes['EnrolmentStatusOptions']>, ParentType, ContextType>;
  __isTypeOf?: IsTypeOfResolverFn<ParentType, ContextType>;
};

export type EstimatedMoneyTypeResolvers<ContextType = RequestContext, ParentType extends ResolversParentTypes['EstimatedMoneyType'] = ResolversParentTypes['EstimatedMoneyType']> = {
  costCurrency?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  estimatedAmount?: Resolver<ResolversTypes['Decimal'], ParentType, ContextType>;
  pricePerUnit?: Resolver<Maybe<ResolversTypes['PricePerUnit']>, ParentType, ContextType>;
  __isTypeOf?: IsTypeOfResolverFn<ParentType, ContextType>;
};

export type GasAgreementTypeResolvers<ContextType = RequestContext, ParentType extends ResolversParentTypes['GasAgreementType'] = ResolversParentTypes['GasAgreementType']> = {
  account?: Resolver<ResolversTypes['AccountType'], ParentType, ContextType>;
  agreedFrom?: Resolver<Maybe<ResolversTypes['DateTime']>, ParentType, ContextType>;
  agreedTo?: Resolver<Maybe<ResolversTypes['DateTime']>, ParentType, ContextType>;
  id?: Resolver<Maybe<ResolversTypes['Int']>, ParentType, ContextType>;
  isRevoked?: Resolver<Maybe<ResolversTypes['Boolean']>, ParentType, ContextType>;
  meterPoint?: Resolver<ResolversTypes['GasMeterPointType'], ParentType, ContextType>;
  ratesAgreedAt?: Resolver<Maybe<ResolversTypes['DateTime']>, ParentType, ContextType>;
  rescissionDeadlineAt?: Resolver<Maybe<ResolversTypes['DateTime']>, ParentType, ContextType>;
  tariff?: Resolver<Maybe<ResolversTypes['GasTariffType']>, ParentType, ContextType>;
  validFrom?: Resolver<Maybe<ResolversTypes['DateTime']>, ParentType, ContextType>;
  validTo?: Resolver<Maybe<ResolversTypes['DateTime']>, ParentType, ContextType>;
  __isTypeOf?: IsTypeOfResolverFn<ParentType, ContextType>;
};

export type GasFiltersOutputResolvers<ContextType = RequestContext, ParentType extends ResolversParentTypes['GasFiltersOutput'] = ResolversParentTypes['GasFiltersOutput']> = {
  deviceId?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  marketSupplyPointId?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  readingFrequencyType?: Resolver<Maybe<ResolversTypes['ReadingFrequencyType']>, ParentType, ContextType>;
  __isTypeOf?: IsTypeOfResolverFn<ParentType, ContextType>;
};

export type GasMeterPointTypeResolvers<ContextType = RequestContext, ParentType extends ResolversParentTypes['GasMeterPointType'] = ResolversParentTypes['GasMeterPointType']> = {
  agreements?: Resolver<Maybe<Array<Maybe<ResolversTypes['GasAgreementType']>>>, ParentType, ContextType, RequireFields<GasMeterPointTypeAgreementsArgs, 'excludeFuture' | 'includeInactive'>>;
  enrolment?: Resolver<Maybe<ResolversTypes['EnrolmentType']>, ParentType, ContextType>;
  exitZone?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  ldz?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  marketSectorCode?: Resolver<Maybe<ResolversTypes['GasMeterPointMarketSectorCode']>, ParentType, ContextType>;
  meters?: Resolver<Maybe<Array<Maybe<ResolversTypes['GasMeterType']>>>, ParentType, ContextType, RequireFields<GasMeterPointTypeMetersArgs, 'includeInactive'>>;
  mprn?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  smartStartDate?: Resolver<Maybe<ResolversTypes['Date']>, ParentType, ContextType>;
  status?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  supplyClass?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  supplyEndDate?: Resolver<Maybe<ResolversTypes['Date']>, ParentType, ContextType>;
  __isTypeOf?: IsTypeOfResolverFn<ParentType, ContextType>;
};

export type GasMeterTypeResolvers<ContextType = RequestContext, ParentType extends ResolversParentTypes['GasMeterType'] = ResolversParentTypes['GasMeterType']> = {
  activeFrom?: Resolver<ResolversTypes['Date'], ParentType, ContextType>;
  activeTo?: Resolver<Maybe<ResolversTypes['Date']>, ParentType, ContextType>;
  consumptionUnits?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  correction?: Resolver<Maybe<ResolversTypes['Float']>, ParentType, ContextType>;
  createdAt?: Resolver<ResolversTypes['DateTime'], ParentType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  imperial?: Resolver<Maybe<ResolversTypes['Boolean']>, ParentType, ContextType>;
  installationDate?: Resolver<Maybe<ResolversTypes['Date']>, ParentType, ContextType>;
  location?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  manufacturedYear?: Resolver<Maybe<ResolversTypes['Int']>, ParentType, ContextType>;
  manufacturerCode?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  mechanism?: Resolver<Maybe<ResolversTypes['GasMeterMechanism']>, ParentType, ContextType>;
  meterPoint?: Resolver<ResolversTypes['GasMeterPointType'], ParentType, ContextType>;
  meterType?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  modelName?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  nodeId?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  readingFactor?: Resolver<Maybe<ResolversTypes['Decimal']>, ParentType, ContextType>;
  serialNumber?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  smartDevices?: Resolver<Maybe<Array<Maybe<ResolversTypes['SmartMeterDeviceType']>>>, ParentType, ContextType>;
  smartGasMeter?: Resolver<Maybe<ResolversTypes['SmartMeterDeviceType']>, ParentType, ContextType>;
  units?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  updatedAt?: Resolver<Maybe<ResolversTypes['DateTime']>, ParentType, ContextType>;
  __isTypeOf?: IsTypeOfResolverFn<ParentType, ContextType>;
};

export type GasTariffTypeResolvers<ContextType = RequestContext, ParentType extends ResolversParentTypes['GasTariffType'] = ResolversParentTypes['GasTariffType']> = {
  description?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  displayName?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  fullName?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  id?: Resolver<Maybe<ResolversTypes['ID']>, ParentType, ContextType>;
  isExport?: Resolver<Maybe<ResolversTypes['Boolean']>, ParentType, ContextType>;
  preVatStandingCharge?: Resolver<Maybe<ResolversTypes['Float']>, ParentType, ContextType>;
  preVatUnitRate?: Resolver<Maybe<ResolversTypes['Float']>, ParentType, ContextType>;
  productCode?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  standingCharge?: Resolver<Maybe<ResolversTypes['Float']>, ParentType, ContextType>;
  tags?: Resolver<Maybe<Array<Maybe<ResolversTypes['String']>>>, ParentType, ContextType>;
  tariffCode?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  unitRate?: Resolver<Maybe<ResolversTypes['Float']>, ParentType, ContextType>;
  __isTypeOf?: IsTypeOfResolverFn<ParentType, ContextType>;
};

export interface GenericScalarScalarConfig extends GraphQLScalarTypeConfig<ResolversTypes['GenericScalar'], any> {
  name: 'GenericScalar';
}

export type HalfHourlyTariffResolvers<ContextType = RequestContext, ParentType extends ResolversParentTypes['HalfHourlyTariff'] = ResolversParentTypes['HalfHourlyTariff']> = {
  description?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  displayName?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  fullName?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  id?: Resolver<Maybe<ResolversTypes['ID']>, ParentType, ContextType>;
  isExport?: Resolver<Maybe<ResolversTypes['Boolean']>, ParentType, ContextType>;
  preVatStandingCharge?: Resolver<Maybe<ResolversTypes['Float']>, ParentType, ContextType>;
  productCode?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  standingCharge?: Resolver<Maybe<ResolversTypes['Float']>, ParentType, ContextType>;
  tags?: Resolver<Maybe<Array<Maybe<ResolversTypes['String']>>>, ParentType, ContextType>;
  tariffCode?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  unitRates?: Resolver<Maybe<Array<Maybe<ResolversTypes['UnitRate']>>>, ParentType, ContextType>;
  __isTypeOf?: IsTypeOfResolverFn<ParentType, ContextType>;
};

export type IntervalMeasurementTypeResolvers<ContextType = RequestContext, ParentType extends ResolversParentTypes['IntervalMeasurementType'] = ResolversParentTypes['IntervalMeasurementType']> = {
  durationInSeconds?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  endAt?: Resolver<ResolversTypes['DateTime'], ParentType, ContextType>;
  metaData?: Resolver<Maybe<ResolversTypes['MeasurementsMetadataOutput']>, ParentType, ContextType>;
  readAt?: Resolver<ResolversTypes['DateTime'], ParentType, ContextType>;
  startAt?: Resolver<ResolversTypes['DateTime'], ParentType, ContextType>;
  unit?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  value?: Resolver<ResolversTypes['Decimal'], ParentType, ContextType>;
  __isTypeOf?: IsTypeOfResolverFn<ParentType, ContextType>;
};

export interface JsonStringScalarConfig extends GraphQLScalarTypeConfig<ResolversTypes['JSONString'], any> {
  name: 'JSONString';
}

export type KrakenVersionTypeResolvers<ContextType = RequestContext, ParentType extends ResolversParentTypes['KrakenVersionType'] = ResolversParentTypes['KrakenVersionType']> = {
  SHA?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  number?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  __isTypeOf?: IsTypeOfResolverFn<ParentType, ContextType>;
};

export type LedgerInterfaceResolvers<ContextType = RequestContext, ParentType extends ResolversParentTypes['LedgerInterface'] = ResolversParentTypes['LedgerInterface']> = {
  __resolveType: TypeResolveFn<'LedgerType', ParentType, ContextType>;
  affectsAccountBalance?: Resolver<Maybe<ResolversTypes['Boolean']>, ParentType, ContextType>;
  amountOwedByCustomer?: Resolver<Maybe<ResolversTypes['Int']>, ParentType, ContextType>;
  balance?: Resolver<Maybe<ResolversTypes['Int']>, ParentType, ContextType>;
  id?: Resolver<Maybe<ResolversTypes['ID']>, ParentType, ContextType>;
  ledgerType?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  number?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
};

export type LedgerTypeResolvers<ContextType = RequestContext, ParentType extends ResolversParentTypes['LedgerType'] = ResolversParentTypes['LedgerType']> = {
  affectsAccountBalance?: Resolver<Maybe<ResolversTypes['Boolean']>, ParentType, ContextType>;
  amountOwedByCustomer?: Resolver<Maybe<ResolversTypes['Int']>, ParentType, ContextType>;
  balance?: Resolver<Maybe<ResolversTypes['Int']>, ParentType, ContextType>;
  id?: Resolver<Maybe<ResolversTypes['ID']>, ParentType, ContextType>;
  ledgerType?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  number?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  __isTypeOf?: IsTypeOfResolverFn<ParentType, ContextType>;
};

export type MeasurementConnectionResolvers<ContextType = RequestContext, ParentType extends ResolversParentTypes['MeasurementConnection'] = ResolversParentTypes['MeasurementConnection']> = {
  edgeCount?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  edges?: Resolver<Array<Maybe<ResolversTypes['MeasurementEdge']>>, ParentType, ContextType>;
  pageInfo?: Resolver<ResolversTypes['PageInfo'], ParentType, ContextType>;
  totalCount?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  __isTypeOf?: IsTypeOfResolverFn<ParentType, ContextType>;
};

export type MeasurementEdgeResolvers<ContextType = RequestContext, ParentType extends ResolversParentTypes['MeasurementEdge'] = ResolversParentTypes['MeasurementEdge']> = {
  cursor?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  node?: Resolver<Maybe<ResolversTypes['MeasurementInterface']>, ParentType, ContextType>;
  __isTypeOf?: IsTypeOfResolverFn<ParentType, ContextType>;
};

export type MeasurementInterfaceResolvers<ContextType = RequestContext, ParentType extends ResolversParentTypes['MeasurementInterface'] = ResolversParentTypes['MeasurementInterface']> = {
  __resolveType: TypeResolveFn<'IntervalMeasurementType', ParentType, ContextType>;
  metaData?: Resolver<Maybe<ResolversTypes['MeasurementsMetadataOutput']>, ParentType, ContextType>;
  readAt?: Resolver<ResolversTypes['DateTime'], ParentType, ContextType>;
  unit?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  value?: Resolver<ResolversTypes['Decimal'], ParentType, ContextType>;
};

export type MeasurementsMetadataOutputResolvers<ContextType = RequestContext, ParentType extends ResolversParentTypes['MeasurementsMetadataOutput'] = ResolversParentTypes['MeasurementsMetadataOutput']> = {
  statistics?: Resolver<Maybe<Array<Maybe<ResolversTypes['StatisticOutput']>>>, ParentType, ContextType>;
  utilityFilters?: Resolver<Maybe<ResolversTypes['UtilityFiltersOutput']>, ParentType, ContextType>;
  __isTypeOf?: IsTypeOfResolverFn<ParentType, ContextType>;
};

export type MeterResolvers<ContextType = RequestContext, ParentType extends ResolversParentTypes['Meter'] = ResolversParentTypes['Meter']> = {
  __resolveType: TypeResolveFn<'ElectricityMeterType' | 'GasMeterType', ParentType, ContextType>;
  consumptionUnits?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  serialNumber?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
};

export type MeterPointInterfaceResolvers<ContextType = RequestContext, ParentType extends ResolversParentTypes['MeterPointInterface'] = ResolversParentTypes['MeterPointInterface']> = {
  __resolveType: TypeResolveFn<'ElectricityMeterPointType' | 'GasMeterPointType', ParentType, ContextType>;
  enrolment?: Resolver<Maybe<ResolversTypes['EnrolmentType']>, ParentType, ContextType>;
  meters?: Resolver<Maybe<Array<Maybe<ResolversTypes['Meter']>>>, ParentType, ContextType, Partial<MeterPointInterfaceMetersArgs>>;
  status?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
};

export type MutationResolvers<ContextType = RequestContext, ParentType extends ResolversParentTypes['Mutation'] = ResolversParentTypes['Mutation']> = {
  obtainKrakenToken?: Resolver<Maybe<ResolversTypes['ObtainKrakenJSONWebToken']>, ParentType, ContextType, RequireFields<MutationObtainKrakenTokenArgs, 'input'>>;
};

export type NodeResolvers<ContextType = RequestContext, ParentType extends ResolversParentTypes['Node'] = ResolversParentTypes['Node']> = {
  __resolveType: TypeResolveFn<'ElectricityMeterType' | 'GasMeterType', ParentType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
};

export type ObtainKrakenJsonWebTokenResolvers<ContextType = RequestContext, ParentType extends ResolversParentTypes['ObtainKrakenJSONWebToken'] = ResolversParentTypes['ObtainKrakenJSONWebToken']> = {
  payload?: Resolver<ResolversTypes['GenericScalar'], ParentType, ContextType>;
  refreshExpiresIn?: Resolver<Maybe<ResolversTypes['Int']>, ParentType, ContextType>;
  refreshToken?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  token?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  __isTypeOf?: IsTypeOfResolverFn<ParentType, ContextType>;
};

export type OccupancyPeriodTypeResolvers<ContextType = RequestContext, ParentType extends ResolversParentTypes['OccupancyPeriodType'] = ResolversParentTypes['OccupancyPeriodType']> = {
  accountNumber?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  effectiveFrom?: Resolver<Maybe<ResolversTypes['DateTime']>, ParentType, ContextType>;
  effectiveTo?: Resolver<Maybe<ResolversTypes['DateTime']>, ParentType, ContextType>;
  id?: Resolver<Maybe<ResolversTypes['ID']>, ParentType, ContextType>;
  isOccupier?: Resolver<Maybe<ResolversTypes['Boolean']>, ParentType, ContextType>;
  numberOfOccupants?: Resolver<Maybe<ResolversTypes['Int']>, ParentType, ContextType>;
  __isTypeOf?: IsTypeOfResolverFn<ParentType, ContextType>;
};

export type PageInfoResolvers<ContextType = RequestContext, ParentType extends ResolversParentTypes['PageInfo'] = ResolversParentTypes['PageInfo']> = {
  endCursor?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  hasNextPage?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  hasPreviousPage?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  startCursor?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  __isTypeOf?: IsTypeOfResolverFn<ParentType, ContextType>;
};

export type PaymentResolvers<ContextType = RequestContext, ParentType extends ResolversParentTypes['Payment'] = ResolversParentTypes['Payment']> = {
  accountNumber?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  amount?: Resolver<Maybe<ResolversTypes['Int']>, ParentType, ContextType>;
  balanceCarriedForward?: Resolver<Maybe<ResolversTypes['Int']>, ParentType, ContextType>;
  id?: Resolver<Maybe<ResolversTypes['ID']>, ParentType, ContextType>;
  isAccountCharge?: Resolver<Maybe<ResolversTypes['Boolean']>, ParentType, ContextType>;
  isAccountPayment?: Resolver<Maybe<ResolversTypes['Boolean']>, ParentType, ContextType>;
  isCredit?: Resolver<Maybe<ResolversTypes['Boolean']>, ParentType, ContextType>;
  postedDate?: Resolver<Maybe<ResolversTypes['Date']>, ParentType, ContextType>;
  title?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  __isTypeOf?: IsTypeOfResolverFn<ParentType, ContextType>;
};

export type PrepayTariffResolvers<ContextType = RequestContext, ParentType extends ResolversParentTypes['PrepayTariff'] = ResolversParentTypes['PrepayTariff']> = {
  description?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  displayName?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  fullName?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  id?: Resolver<Maybe<ResolversTypes['ID']>, ParentType, ContextType>;
  isExport?: Resolver<Maybe<ResolversTypes['Boolean']>, ParentType, ContextType>;
  preVatStandingCharge?: Resolver<Maybe<ResolversTypes['Float']>, ParentType, ContextType>;
  preVatUnitRate?: Resolver<Maybe<ResolversTypes['Float']>, ParentType, ContextType>;
  productCode?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  standingCharge?: Resolver<Maybe<ResolversTypes['Float']>, ParentType, ContextType>;
  tags?: Resolver<Maybe<Array<Maybe<ResolversTypes['String']>>>, ParentType, ContextType>;
  tariffCode?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  unitRate?: Resolver<Maybe<ResolversTypes['Float']>, ParentType, ContextType>;
  __isTypeOf?: IsTypeOfResolverFn<ParentType, ContextType>;
};

export type PricePerUnitResolvers<ContextType = RequestContext, ParentType extends ResolversParentTypes['PricePerUnit'] = ResolversParentTypes['PricePerUnit']> = {
  amount?: Resolver<ResolversTypes['Decimal'], ParentType, ContextType>;
  unit?: Resolver<Maybe<ResolversTypes['Unit']>, ParentType, ContextType>;
  __isTypeOf?: IsTypeOfResolverFn<ParentType, ContextType>;
};

export type PropertyRichAddressTypeResolvers<ContextType = RequestContext, ParentType extends ResolversParentTypes['PropertyRichAddressType'] = ResolversParentTypes['PropertyRichAddressType']> = {
  administrativeArea?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  country?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  deliveryPointIdentifier?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  locality?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  postalCode?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  streetAddress?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  __isTypeOf?: IsTypeOfResolverFn<ParentType, ContextType>;
};

export type PropertyTypeResolvers<ContextType = RequestContext, ParentType extends ResolversParentTypes['PropertyType'] = ResolversParentTypes['PropertyType']> = {
  address?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  availableSmets2InstallationTimeslots?: Resolver<Maybe<Array<Maybe<ResolversTypes['Smets2InstallationTimeslotType']>>>, ParentType, ContextType>;
  coordinates?: Resolver<Maybe<ResolversTypes['CoordinatesType']>, ParentType, ContextType>;
  electricityMeterPoints?: Resolver<Maybe<Array<Maybe<ResolversTypes['ElectricityMeterPointType']>>>, ParentType, ContextType>;
  embeddedNetwork?: Resolver<Maybe<ResolversTypes['EmbeddedNetworkType']>, ParentType, ContextType>;
  gasMeterPoints?: Resolver<Maybe<Array<Maybe<ResolversTypes['GasMeterPointType']>>>, ParentType, ContextType>;
  id?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  isChangeOfTenancyOngoing?: Resolver<Maybe<ResolversTypes['Boolean']>, ParentType, ContextType>;
  isSmets2InstallationAllowed?: Resolver<Maybe<ResolversTypes['Boolean']>, ParentType, ContextType>;
  label?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  measurements?: Resolver<Maybe<ResolversTypes['MeasurementConnection']>, ParentType, ContextType, RequireFields<PropertyTypeMeasurementsArgs, 'timezone' | 'utilityFilters'>>;
  occupancyPeriods?: Resolver<Maybe<Array<Maybe<ResolversTypes['OccupancyPeriodType']>>>, ParentType, ContextType>;
  postcode?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  richAddress?: Resolver<Maybe<ResolversTypes['PropertyRichAddressType']>, ParentType, ContextType>;
  smartDeviceNetworks?: Resolver<Maybe<Array<Maybe<ResolversTypes['SmartMeterDeviceNetworkType']>>>, ParentType, ContextType>;
  splitAddress?: Resolver<Maybe<Array<Maybe<ResolversTypes['String']>>>, ParentType, ContextType>;
  wanCoverage?: Resolver<Maybe<ResolversTypes['WANCoverageStrengths']>, ParentType, ContextType>;
  __isTypeOf?: IsTypeOfResolverFn<ParentType, ContextType>;
};

export type QueryResolvers<ContextType = RequestContext, ParentType extends ResolversParentTypes['Query'] = ResolversParentTypes['Query']> = {
  account?: Resolver<Maybe<ResolversTypes['AccountType']>, ParentType, ContextType, RequireFields<QueryAccountArgs, 'accountNumber'>>;
  accounts?: Resolver<Maybe<Array<Maybe<ResolversTypes['AccountType']>>>, ParentType, ContextType, Partial<QueryAccountsArgs>>;
  electricityAgreement?: Resolver<Maybe<ResolversTypes['AgreementInterface']>, ParentType, ContextType, RequireFields<QueryElectricityAgreementArgs, 'id'>>;
  energyProduct?: Resolver<Maybe<ResolversTypes['EnergyProductType']>, ParentType, ContextType, RequireFields<QueryEnergyProductArgs, 'code'>>;
  energyProducts?: Resolver<Maybe<ResolversTypes['EnergyProductConnectionTypeConnection']>, ParentType, ContextType, RequireFields<QueryEnergyProductsArgs, 'postcode'>>;
  gasAgreement?: Resolver<Maybe<ResolversTypes['AgreementInterface']>, ParentType, ContextType, RequireFields<QueryGasAgreementArgs, 'id'>>;
  krakenVersion?: Resolver<Maybe<ResolversTypes['KrakenVersionType']>, ParentType, ContextType>;
  meterPoints?: Resolver<Maybe<ResolversTypes['MeterPointInterface']>, ParentType, ContextType, Partial<QueryMeterPointsArgs>>;
  node?: Resolver<Maybe<ResolversTypes['Node']>, ParentType, ContextType, RequireFields<QueryNodeArgs, 'id'>>;
  properties?: Resolver<Maybe<Array<Maybe<ResolversTypes['PropertyType']>>>, ParentType, ContextType, RequireFields<QueryPropertiesArgs, 'accountNumber'>>;
  property?: Resolver<Maybe<ResolversTypes['PropertyType']>, ParentType, ContextType, RequireFields<QueryPropertyArgs, 'id'>>;
  smartMeterTelemetry?: Resolver<Maybe<Array<Maybe<ResolversTypes['SmartMeterTelemetryType']>>>, ParentType, ContextType, RequireFields<QuerySmartMeterTelemetryArgs, 'deviceId'>>;
  viewer?: Resolver<Maybe<ResolversTypes['AccountUserType']>, ParentType, ContextType>;
};

export type RichAddressTypeResolvers<ContextType = RequestContext, ParentType extends ResolversParentTypes['RichAddressType'] = ResolversParentTypes['RichAddressType']> = {
  asString?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType, RequireFields<RichAddressTypeAsStringArgs, 'showCountry' | 'showName' | 'showPostalCode'>>;
  country?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  name?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  postalCode?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  streetAddress?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  __isTypeOf?: IsTypeOfResolverFn<ParentType, ContextType>;
};

export interface RoleStringScalarConfig extends GraphQLScalarTypeConfig<ResolversTypes['RoleString'], any> {
  name: 'RoleString';
}

export type SmartMeterDeviceNetworkTypeResolvers<ContextType = RequestContext, ParentType extends ResolversParentTypes['SmartMeterDeviceNetworkType'] = ResolversParentTypes['SmartMeterDeviceNetworkType']> = {
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  smartDevices?: Resolver<Maybe<Array<Maybe<ResolversTypes['SmartMeterDeviceType']>>>, ParentType, ContextType, Partial<SmartMeterDeviceNetworkTypeSmartDevicesArgs>>;
  __isTypeOf?: IsTypeOfResolverFn<ParentType, ContextType>;
};

export type SmartMeterDeviceTypeResolvers<ContextType = RequestContext, ParentType extends ResolversParentTypes['SmartMeterDeviceType'] = ResolversParentTypes['SmartMeterDeviceType']> = {
  deviceId?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  deviceNetwork?: Resolver<Maybe<ResolversTypes['SmartMeterDeviceNetworkType']>, ParentType, ContextType>;
  exportElectricityMeter?: Resolver<Maybe<ResolversTypes['ElectricityMeterType']>, ParentType, ContextType>;
  firmwareVersion?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  gasMeter?: Resolver<Maybe<ResolversTypes['GasMeterType']>, ParentType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  importElectricityMeter?: Resolver<Maybe<ResolversTypes['ElectricityMeterType']>, ParentType, ContextType>;
  manufacturer?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  model?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  paymentMode?: Resolver<Maybe<ResolversTypes['PaymentMode']>, ParentType, ContextType>;
  serialNumber?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  status?: Resolver<ResolversTypes['DeviceStatus'], ParentType, ContextType>;
  type?: Resolver<Maybe<ResolversTypes['DeviceType']>, ParentType, ContextType>;
  __isTypeOf?: IsTypeOfResolverFn<ParentType, ContextType>;
};

export type SmartMeterTelemetryTypeResolvers<ContextType = RequestContext, ParentType extends ResolversParentTypes['SmartMeterTelemetryType'] = ResolversParentTypes['SmartMeterTelemetryType']> = {
  consumption?: Resolver<Maybe<ResolversTypes['Decimal']>, ParentType, ContextType>;
  consumptionDelta?: Resolver<Maybe<ResolversTypes['Decimal']>, ParentType, ContextType>;
  costDelta?: Resolver<Maybe<ResolversTypes['Decimal']>, ParentType, ContextType>;
  costDeltaWithTax?: Resolver<Maybe<ResolversTypes['Decimal']>, ParentType, ContextType>;
  demand?: Resolver<Maybe<ResolversTypes['Decimal']>, ParentType, ContextType>;
  export?: Resolver<Maybe<ResolversTypes['Decimal']>, ParentType, ContextType>;
  readAt?: Resolver<Maybe<ResolversTypes['DateTime']>, ParentType, ContextType>;
  __isTypeOf?: IsTypeOfResolverFn<ParentType, ContextType>;
};

export type Smets2InstallationTimeslotTypeResolvers<ContextType = RequestContext, ParentType extends ResolversParentTypes['Smets2InstallationTimeslotType'] = ResolversParentTypes['Smets2InstallationTimeslotType']> = {
  appointmentDate?: Resolver<Maybe<ResolversTypes['Date']>, ParentType, ContextType>;
  endTime?: Resolver<Maybe<ResolversTypes['Time']>, ParentType, ContextType>;
  startTime?: Resolver<Maybe<ResolversTypes['Time']>, ParentType, ContextType>;
  __isTypeOf?: IsTypeOfResolverFn<ParentType, ContextType>;
};

export type StandardTariffResolvers<ContextType = RequestContext, ParentType extends ResolversParentTypes['StandardTariff'] = ResolversParentTypes['StandardTariff']> = {
  description?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  displayName?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  fullName?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  id?: Resolver<Maybe<ResolversTypes['ID']>, ParentType, ContextType>;
  isExport?: Resolver<Maybe<ResolversTypes['Boolean']>, ParentType, ContextType>;
  preVatStandingCharge?: Resolver<Maybe<ResolversTypes['Float']>, ParentType, ContextType>;
  preVatUnitRate?: Resolver<Maybe<ResolversTypes['Float']>, ParentType, ContextType>;
  productCode?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  standingCharge?: Resolver<Maybe<ResolversTypes['Float']>, ParentType, ContextType>;
  tags?: Resolver<Maybe<Array<Maybe<ResolversTypes['String']>>>, ParentType, ContextType>;
  tariffCode?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  unitRate?: Resolver<Maybe<ResolversTypes['Float']>, ParentType, ContextType>;
  __isTypeOf?: IsTypeOfResolverFn<ParentType, ContextType>;
};

export type StatisticOutputResolvers<ContextType = RequestContext, ParentType extends ResolversParentTypes['StatisticOutput'] = ResolversParentTypes['StatisticOutput']> = {
  costExclTax?: Resolver<Maybe<ResolversTypes['EstimatedMoneyType']>, ParentType, ContextType>;
  costInclTax?: Resolver<Maybe<ResolversTypes['EstimatedMoneyType']>, ParentType, ContextType>;
  type?: Resolver<Maybe<ResolversTypes['ReadingStatisticTypeEnum']>, ParentType, ContextType>;
  __isTypeOf?: IsTypeOfResolverFn<ParentType, ContextType>;
};

export type TariffTypeResolvers<ContextType = RequestContext, ParentType extends ResolversParentTypes['TariffType'] = ResolversParentTypes['TariffType']> = {
  __resolveType: TypeResolveFn<'DayNightTariff' | 'GasTariffType' | 'HalfHourlyTariff' | 'PrepayTariff' | 'StandardTariff', ParentType, ContextType>;
  description?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  displayName?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  fullName?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  id?: Resolver<Maybe<ResolversTypes['ID']>, ParentType, ContextType>;
  isExport?: Resolver<Maybe<ResolversTypes['Boolean']>, ParentType, ContextType>;
  preVatStandingCharge?: Resolver<Maybe<ResolversTypes['Float']>, ParentType, ContextType>;
  productCode?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  standingCharge?: Resolver<Maybe<ResolversTypes['Float']>, ParentType, ContextType>;
  tags?: Resolver<Maybe<Array<Maybe<ResolversTypes['String']>>>, ParentType, ContextType>;
  tariffCode?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
};

export interface TimeScalarConfig extends GraphQLScalarTypeConfig<ResolversTypes['Time'], any> {
  name: 'Time';
}

export type TransactionConnectionTypeConnectionResolvers<ContextType = RequestContext, ParentType extends ResolversParentTypes['TransactionConnectionTypeConnection'] = ResolversParentTypes['TransactionConnectionTypeConnection']> = {
  edgeCount?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  edges?: Resolver<Array<Maybe<ResolversTypes['TransactionConnectionTypeEdge']>>, ParentType, ContextType>;
  pageInfo?: Resolver<ResolversTypes['PageInfo'], ParentType, ContextType>;
  totalCount?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  __isTypeOf?: IsTypeOfResolverFn<ParentType, ContextType>;
};

export type TransactionConnectionTypeEdgeResolvers<ContextType = RequestContext, ParentType extends ResolversParentTypes['TransactionConnectionTypeEdge'] = ResolversParentTypes['TransactionConnectionTypeEdge']> = {
  cursor?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  node?: Resolver<Maybe<ResolversTypes['TransactionType']>, ParentType, ContextType>;
  __isTypeOf?: IsTypeOfResolverFn<ParentType, ContextType>;
};

export type TransactionTypeResolvers<ContextType = RequestContext, ParentType extends ResolversParentTypes['TransactionType'] = ResolversParentTypes['TransactionType']> = {
  __resolveType: TypeResolveFn<'Charge' | 'Credit' | 'Payment', ParentType, ContextType>;
  accountNumber?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  amount?: Resolver<Maybe<ResolversTypes['Int']>, ParentType, ContextType>;
  balanceCarriedForward?: Resolver<Maybe<ResolversTypes['Int']>, ParentType, ContextType>;
  id?: Resolver<Maybe<ResolversTypes['ID']>, ParentType, ContextType>;
  isAccountCharge?: Resolver<Maybe<ResolversTypes['Boolean']>, ParentType, ContextType>;
  isAccountPayment?: Resolver<Maybe<ResolversTypes['Boolean']>, ParentType, ContextType>;
  isCredit?: Resolver<Maybe<ResolversTypes['Boolean']>, ParentType, ContextType>;
  postedDate?: Resolver<Maybe<ResolversTypes['Date']>, ParentType, ContextType>;
  title?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
};

export type UnitRateResolvers<ContextType = RequestContext, ParentType extends ResolversParentTypes['UnitRate'] = ResolversParentTypes['UnitRate']> = {
  preVatValue?: Resolver<Maybe<ResolversTypes['Float']>, ParentType, ContextType>;
  validFrom?: Resolver<Maybe<ResolversTypes['DateTime']>, ParentType, ContextType>;
  validTo?: Resolver<Maybe<ResolversTypes['DateTime']>, ParentType, ContextType>;
  value?: Resolver<Maybe<ResolversTypes['Float']>, ParentType, ContextType>;
  __isTypeOf?: IsTypeOfResolverFn<ParentType, ContextType>;
};

export type UtilityFiltersOutputResolvers<ContextType = RequestContext, ParentType extends ResolversParentTypes['UtilityFiltersOutput'] = ResolversParentTypes['UtilityFiltersOutput']> = {
  __resolveType: TypeResolveFn<'ElectricityFiltersOutput' | 'GasFiltersOutput', ParentType, ContextType>;
};

export type Resolvers<ContextType = RequestContext> = {
  AccountInterface?: AccountInterfaceResolvers<ContextType>;
  AccountType?: AccountTypeResolvers<ContextType>;
  AccountUserRoleType?: AccountUserRoleTypeResolvers<ContextType>;
  AccountUserType?: AccountUserTypeResolvers<ContextType>;
  AgreementInterface?: AgreementInterfaceResolvers<ContextType>;
  Charge?: ChargeResolvers<ContextType>;
  CoordinatesType?: CoordinatesTypeResolvers<ContextType>;
  Credit?: CreditResolvers<ContextType>;
  Date?: GraphQLScalarType;
  DateTime?: GraphQLScalarType;
  DayNightTariff?: DayNightTariffResolvers<ContextType>;
  Decimal?: GraphQLScalarType;
  ElectricityAgreementType?: ElectricityAgreementTypeResolvers<ContextType>;
  ElectricityFiltersOutput?: ElectricityFiltersOutputResolvers<ContextType>;
  ElectricityMeterPointType?: ElectricityMeterPointTypeResolvers<ContextType>;
  ElectricityMeterRegisterType?: ElectricityMeterRegisterTypeResolvers<ContextType>;
  ElectricityMeterType?: ElectricityMeterTypeResolvers<ContextType>;
  ElectricityTariffType?: ElectricityTariffTypeResolvers<ContextType>;
  EmbeddedNetworkType?: EmbeddedNetworkTypeResolvers<ContextType>;
  EmbeddedPropertyType?: EmbeddedPropertyTypeResolvers<ContextType>;
  EnergyProductConnectionTypeConnection?: EnergyProductConnectionTypeConnectionResolvers<ContextType>;
  EnergyProductConnectionTypeEdge?: EnergyProductConnectionTypeEdgeResolvers<ContextType>;
  EnergyProductType?: EnergyProductTypeResolvers<ContextType>;
  EnergyTariffConnectionTypeConnection?: EnergyTariffConnectionTypeConnectionResolvers<ContextType>;
  EnergyTariffConnectionTypeEdge?: EnergyTariffConnectionTypeEdgeResolvers<ContextType>;
  EnergyTariffType?: EnergyTariffTypeResolvers<ContextType>;
  EnrolmentType?: EnrolmentTypeResolvers<ContextType>;
  EstimatedMoneyType?: EstimatedMoneyTypeResolvers<ContextType>;
  GasAgreementType?: GasAgreementTypeResolvers<ContextType>;
  GasFiltersOutput?: GasFiltersOutputResolvers<ContextType>;
  GasMeterPointType?: GasMeterPointTypeResolvers<ContextType>;
  GasMeterType?: GasMeterTypeResolvers<ContextType>;
  GasTariffType?: GasTariffTypeResolvers<ContextType>;
  GenericScalar?: GraphQLScalarType;
  HalfHourlyTariff?: HalfHourlyTariffResolvers<ContextType>;
  IntervalMeasurementType?: IntervalMeasurementTypeResolvers<ContextType>;
  JSONString?: GraphQLScalarType;
  KrakenVersionType?: KrakenVersionTypeResolvers<ContextType>;
  LedgerInterface?: LedgerInterfaceResolvers<ContextType>;
  LedgerType?: LedgerTypeResolvers<ContextType>;
  MeasurementConnection?: MeasurementConnectionResolvers<ContextType>;
  MeasurementEdge?: MeasurementEdgeResolvers<ContextType>;
  MeasurementInterface?: MeasurementInterfaceResolvers<ContextType>;
  MeasurementsMetadataOutput?: MeasurementsMetadataOutputResolvers<ContextType>;
  Meter?: MeterResolvers<ContextType>;
  MeterPointInterface?: MeterPointInterfaceResolvers<ContextType>;
  Mutation?: MutationResolvers<ContextType>;
  Node?: NodeResolvers<ContextType>;
  ObtainKrakenJSONWebToken?: ObtainKrakenJsonWebTokenResolvers<ContextType>;
  OccupancyPeriodType?: OccupancyPeriodTypeResolvers<ContextType>;
  PageInfo?: PageInfoResolvers<ContextType>;
  Payment?: PaymentResolvers<ContextType>;
  PrepayTariff?: PrepayTariffResolvers<ContextType>;
  PricePerUnit?: PricePerUnitResolvers<ContextType>;
  PropertyRichAddressType?: PropertyRichAddressTypeResolvers<ContextType>;
  PropertyType?: PropertyTypeResolvers<ContextType>;
  Query?: QueryResolvers<ContextType>;
  RichAddressType?: RichAddressTypeResolvers<ContextType>;
  RoleString?: GraphQLScalarType;
  SmartMeterDeviceNetworkType?: SmartMeterDeviceNetworkTypeResolvers<ContextType>;
  SmartMeterDeviceType?: SmartMeterDeviceTypeResolvers<ContextType>;
  SmartMeterTelemetryType?: SmartMeterTelemetryTypeResolvers<ContextType>;
  Smets2InstallationTimeslotType?: Smets2InstallationTimeslotTypeResolvers<ContextType>;
  StandardTariff?: StandardTariffResolvers<ContextType>;
  StatisticOutput?: StatisticOutputResolvers<ContextType>;
  TariffType?: TariffTypeResolvers<ContextType>;
  Time?: GraphQLScalarType;
  TransactionConnectionTypeConnection?: TransactionConnectionTypeConnectionResolvers<ContextType>;
  TransactionConnectionTypeEdge?: TransactionConnectionTypeEdgeResolvers<ContextType>;
  TransactionType?: TransactionTypeResolvers<ContextType>;
  UnitRate?: UnitRateResolvers<ContextType>;
  UtilityFiltersOutput?: UtilityFiltersOutputResolvers<ContextType>;
};

