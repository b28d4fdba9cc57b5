import type { RequestContext } from "../../server/context.js";
import { KrakenError } from "../../server/errors.js";
import { accountLoaders } from "./accounts.loaders.js";
import type { AccountRow } from "./accounts.repository.js";

/**
 * Loads an account on which the viewer has a role. An account that does not
 * exist and one the viewer may not see both raise KT-CT-4177, as Kraken
 * does, so the error never reveals which account numbers exist.
 */
export async function authorizeAccount(
  context: RequestContext,
  accountNumber: string,
): Promise<AccountRow> {
  const viewer = await context.requireViewer();
  const loaders = accountLoaders(context);
  const [account, roles] = await Promise.all([
    loaders.accountByNumber.load(accountNumber),
    loaders.accountRolesByUserId.load(viewer.accountUserId),
  ]);

  if (!account || !roles.some((role) => role.account_id === account.id)) {
    throw new KrakenError("KT-CT-4177", {
      detail:
        `Account ${JSON.stringify(accountNumber)} is not one of the ` +
        "viewer's accounts; list them with viewer { accounts { number } }.",
    });
  }

  return account;
}

/** Checks that the viewer has a role on the account with this id. */
export async function canViewAccountId(
  context: RequestContext,
  accountId: number,
): Promise<boolean> {
  const viewer = await context.requireViewer();
  const roles = await accountLoaders(context).accountRolesByUserId.load(
    viewer.accountUserId,
  );

  return roles.some((role) => role.account_id === accountId);
}
