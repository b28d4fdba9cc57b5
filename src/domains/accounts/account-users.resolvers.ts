import type { Resolvers } from "../../generated/graphql.js";
import { KrakenError } from "../../server/errors.js";
import { loadAccountsOfUser } from "./account-lists.js";
import { formatDisplayName, formatFullName } from "./account-users.js";
import { accountLoaders } from "./accounts.loaders.js";

export const resolvers: Resolvers = {
  Query: {
    viewer: async (_parent, _args, context) => {
      const viewer = await context.requireViewer();
      const user = await accountLoaders(context).accountUserById.load(
        viewer.accountUserId,
      );

      if (!user) {
        throw new KrakenError("KT-CT-1143", {
          detail: "The user this token was issued to no longer exists.",
        });
      }

      return user;
    },
  },

  AccountUserType: {
    id: (user) => String(user.id),
    number: (user) => user.number,
    givenName: (user) => user.given_name,
    familyName: (user) => user.family_name,
    email: (user) => user.email,
    mobile: (user) => user.mobile,
    landline: (user) => user.landline,
    title: (user) => user.title,
    pronouns: (user) => user.pronouns,
    isDeceased: (user) => user.is_deceased,
    createdAt: (user) => user.created_at,
    dateOfBirth: (user) => user.date_of_birth,
    accounts: async (user, args, context) => {
      const accounts = await loadAccountsOfUser(context, user.id);
      const { allowedBrandCodes, restrictToAccountNumbers } = args;
      const { excludeAccountTypes } = args;

      return accounts.filter(
        (account) =>
          (!allowedBrandCodes ||
            allowedBrandCodes.some((brand) => brand === account.brand)) &&
          (!restrictToAccountNumbers ||
            restrictToAccountNumbers.includes(account.number)) &&
          !excludeAccountTypes?.some((type) => type === account.account_type),
      );
    },
    displayName: (user) => formatDisplayName(user),
    firstName: (user) => user.given_name,
    lastName: (user) => user.family_name,
    fullName: (user) => formatFullName(user),
    preferredName: (user) => user.preferred_name,
    isActive: (user) => user.is_active,
    landlinePhoneNumber: (user) => user.landline,
    accountUserRoles: async (user, { accountNumber }, context) => {
      const accounts = await loadAccountsOfUser(context, user.id);
      const roles = await accountLoaders(context).accountRolesByUserId.load(
        user.id,
      );
      const matching = accounts.filter(
        (account) =>
          accountNumber === null ||
          accountNumber === undefined ||
          account.number === accountNumber,
      );

      return matching.flatMap((account) =>
        roles.filter((role) => role.account_id === account.id),
      );
    },
  },

  AccountUserRoleType: {
    id: (role) => `${role.account_id}:${role.account_user_id}`,
    account: async (role, _args, context) => {
      const account = await accountLoaders(context).accountById.load(
        role.account_id,
      );

      if (!account) throw new Error(`Account ${role.account_id} is missing`);

      return account;
    },
    user: async (role, _args, context) => {
      const user = await accountLoaders(context).accountUserById.load(
        role.account_user_id,
      );

      if (!user)
        throw new Error(`Account user ${role.account_user_id} is missing`);

      return user;
    },
    role: (role) => role.role,
  },
};
