import type { RequestContext } from "../../server/context.js";
import { KrakenError } from "../../server/errors.js";
import { accountLoaders } from "./accounts.loaders.js";
import type { AccountRow } from "./accounts.repository.js";
import { normalisePhoneNumber } from "./phone-numbers.js";

/**
 * Loads the accounts a user has a role on, ordered by account number.
 * Unless the user is the viewer, only accounts the viewer also has a role
 * on are returned, so a shared account does not reveal the other
 * user's remaining accounts.
 */
export async function loadAccountsOfUser(
  context: RequestContext,
  accountUserId: number,
): Promise<AccountRow[]> {
  const viewer = await context.requireViewer();
  const loaders = accountLoaders(context);
  const [roles, viewerRoles] = await Promise.all([
    loaders.accountRolesByUserId.load(accountUserId),
    loaders.accountRolesByUserId.load(viewer.accountUserId),
  ]);
  const visible = new Set(viewerRoles.map((role) => role.account_id));
  const accounts = await Promise.all(
    roles
      .filter((role) => visible.has(role.account_id))
      .map((role) => loaders.accountById.load(role.account_id)),
  );

  return accounts
    .filter((account): account is AccountRow => account !== null)
    .sort((a, b) => a.number.localeCompare(b.number));
}

/**
 * Keeps the accounts on which some user has this mobile or landline
 * number. Raises KT-CT-1605 when the value contains no digits.
 */
export async function filterByPhoneNumber(
  context: RequestContext,
  accounts: readonly AccountRow[],
  phoneNumber: string,
): Promise<AccountRow[]> {
  const requested = normalisePhoneNumber(phoneNumber);

  if (requested === null) {
    throw new KrakenError("KT-CT-1605", {
      detail:
        `Phone number ${JSON.stringify(phoneNumber)} contains no digits; ` +
        "give a number such as 07700 900123 or +44 7700 900123.",
      inputPath: ["phoneNumber"],
    });
  }

  const loader = accountLoaders(context).accountUsersByAccountId;
  const usersPerAccount = await Promise.all(
    accounts.map((account) => loader.load(account.id)),
  );

  return accounts.filter((_account, index) =>
    (usersPerAccount[index] ?? []).some(
      (user) =>
        normalisePhoneNumber(user.mobile) === requested ||
        normalisePhoneNumber(user.landline) === requested,
    ),
  );
}
