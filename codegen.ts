import type { CodegenConfig } from "@graphql-codegen/cli";

/**
 * Generates resolver types from the domains' SDL. Mappers name the
 * repository row types that resolvers return for each GraphQL object, so
 * field resolvers receive those rows as their parent.
 */
const config: CodegenConfig = {
  schema: "src/domains/**/*.graphql",
  generates: {
    "src/generated/graphql.ts": {
      plugins: ["typescript", "typescript-resolvers"],
      config: {
        useTypeImports: true,
        contextType: "../server/context.js#RequestContext",
        enumsAsTypes: true,
        avoidOptionals: { field: true, inputValue: false, object: false },
        maybeValue: "T | null",
        inputMaybeValue: "T | null | undefined",
        scalars: {
          DateTime: { input: "Date", output: "Date | string" },
          Date: { input: "string", output: "string" },
          Decimal: { input: "string", output: "string | number" },
          JSONString: { input: "string", output: "string" },
          GenericScalar: { input: "unknown", output: "unknown" },
          Time: { input: "string", output: "string" },
          RoleString: { input: "string", output: "string" },
        },
        mappers: {
          AccountType: "../domains/accounts/accounts.repository.js#AccountRow",
          EnergyProductType:
            "../domains/products/products.repository.js#ProductRow",
          StandardTariff: "../domains/products/tariffs.repository.js#TariffRow",
          DayNightTariff: "../domains/products/tariffs.repository.js#TariffRow",
          HalfHourlyTariff:
            "../domains/products/tariffs.repository.js#TariffRow",
          PrepayTariff: "../domains/products/tariffs.repository.js#TariffRow",
          GasTariffType: "../domains/products/tariffs.repository.js#TariffRow",
          UnitRate: "../domains/products/tariffs.repository.js#RateRow",
          ElectricityAgreementType:
            "../domains/agreements/agreements.repository.js#AgreementRow",
          GasAgreementType:
            "../domains/agreements/agreements.repository.js#AgreementRow",
          AccountUserType:
            "../domains/accounts/account-users.repository.js#AccountUserRow",
          AccountUserRoleType:
            "../domains/accounts/accounts.repository.js#AccountRoleRow",
          LedgerType: "../domains/accounts/accounts.repository.js#LedgerRow",
          RichAddressType: "../domains/accounts/billing-address.js#RichAddress",
          Charge:
            "../domains/accounts/transactions.repository.js#TransactionRow",
          Credit:
            "../domains/accounts/transactions.repository.js#TransactionRow",
          Payment:
            "../domains/accounts/transactions.repository.js#TransactionRow",
          PropertyType:
            "../domains/properties/properties.repository.js#PropertyRow",
          PropertyRichAddressType:
            "../domains/properties/properties.repository.js#PropertyRow",
          EmbeddedNetworkType:
            "../domains/properties/embedded-networks.repository.js#EmbeddedNetworkRow",
          EmbeddedPropertyType:
            "../domains/properties/embedded-networks.repository.js#EmbeddedNetworkPropertyRow",
          OccupancyPeriodType:
            "../domains/properties/properties.repository.js#OccupancyPeriodRow",
          ElectricityMeterPointType:
            "../domains/meter-points/meter-points.repository.js#ElectricityMeterPointRow",
          GasMeterPointType:
            "../domains/meter-points/meter-points.repository.js#GasMeterPointRow",
          ElectricityMeterType:
            "../domains/meter-points/meters.repository.js#ElectricityMeterRow",
          GasMeterType:
            "../domains/meter-points/meters.repository.js#GasMeterRow",
          ElectricityMeterRegisterType:
            "../domains/meter-points/meters.repository.js#ElectricityMeterRegisterRow",
          SmartMeterDeviceType:
            "../domains/meter-points/smart-devices.repository.js#SmartDeviceRow",
          SmartMeterDeviceNetworkType:
            "../domains/meter-points/smart-devices.repository.js#SmartDeviceNetworkRow",
        },
      },
    },
  },
};

export default config;
