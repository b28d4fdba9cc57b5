import type { Resolvers } from "../../generated/graphql.js";
import { parseAccountStatus, parseAccountType } from "./account-enums.js";
import { filterByPhoneNumber, loadAccountsOfUser } from "./account-lists.js";
import { authorizeAccount } from "./account-access.js";
import { accountLoaders } from "./accounts.loaders.js";
import {
  billingRichAddress,
  formatAddressLine,
  formatBillingAddress,
  splitBillingAddress,
} from "./billing-address.js";
import {
  isDebtLedger,
  sumLedgerBalances,
  sumOverdueBalance,
} from "./ledgers.js";

export const resolvers: Resolvers = {
  Query: {
    account: (_parent, { accountNumber }, context) =>
      authorizeAccount(context, accountNumber),
    accounts: async (_parent, { phoneNumber, portfolioNumber }, context) => {
      const viewer = await context.requireViewer();

      // No account belongs to a portfolio in this data model.
      if (portfolioNumber !== null && portfolioNumber !== undefined) return [];

      const accounts = await loadAccountsOfUser(context, viewer.accountUserId);

      if (phoneNumber === null || phoneNumber === undefined) return accounts;

      return filterByPhoneNumber(context, accounts, phoneNumber);
    },
  },

  AccountInterface: {
    __resolveType: () => "AccountType",
  },

  AccountType: {
    id: (account) => String(account.id),
    number: (account) => account.number,
    brand: (account) => account.brand,
    status: (account) => parseAccountStatus(account.status),
    balance: async (account, { includeAllLedgers }, context) => {
      const ledgers = await accountLoaders(context).ledgersByAccountId.load(
        account.id,
      );

      return sumLedgerBalances(ledgers, includeAllLedgers ?? false);
    },
    overdueBalance: async (account, _args, context) => {
      const ledgers = await accountLoaders(context).ledgersByAccountId.load(
        account.id,
      );

      return sumOverdueBalance(ledgers);
    },
    billingName: (account) => account.billing_name,
    billingSubName: (account) => account.billing_sub_name,
    billingEmail: (account) => account.billing_email,
    billingAddress: (account) => formatBillingAddress(account),
    billingAddressLine1: (account) => account.billing_address_line1,
    billingAddressLine2: (account) => account.billing_address_line2,
    billingAddressLine3: (account) => account.billing_address_line3,
    billingAddressLine4: (account) => account.billing_address_line4,
    billingAddressLine5: (account) => account.billing_address_line5,
    billingAddressPostcode: (account) => account.billing_postcode,
    billingPostcode: (account) => account.billing_postcode,
    billingCountryCode: (account) => account.billing_country_code,
    splitBillingAddress: (account) => splitBillingAddress(account),
    address: (account) => billingRichAddress(account),
    ledgers: async (account, { ledgerNumber, includeDebtLedgers }, context) => {
      const ledgers = await accountLoaders(context).ledgersByAccountId.load(
        account.id,
      );

      return ledgers.filter(
        (ledger) =>
          (ledgerNumber === null ||
            ledgerNumber === undefined ||
            ledger.number === ledgerNumber) &&
          (includeDebtLedgers !== false || !isDebtLedger(ledger)),
      );
    },
    accountType: (account) => parseAccountType(account.account_type),
    createdAt: (account) => account.created_at,
    preferredLanguageForComms: (account) => account.preferred_language,
    users: (account, _args, context) =>
      accountLoaders(context).accountUsersByAccountId.load(account.id),
  },

  RichAddressType: {
    name: (address) => address.name,
    streetAddress: (address) =>
      address.lines.length > 0 ? address.lines.join("\n") : null,
    postalCode: (address) => address.postalCode,
    country: (address) => address.country,
    asString: (address, { showCountry, showName, showPostalCode }) =>
      formatAddressLine(address, {
        showCountry: showCountry ?? true,
        showName: showName ?? true,
        showPostalCode: showPostalCode ?? true,
      }),
  },
};
