import type { AccountUserRow } from "./account-users.repository.js";

/** Joins the title, given name and family name that are present. */
export function formatFullName(user: AccountUserRow): string {
  return [user.title, user.given_name, user.family_name]
    .map((part) => part?.trim() ?? "")
    .filter((part) => part !== "")
    .join(" ");
}

/** Joins the given and family names, as Kraken's displayName did. */
export function formatDisplayName(user: AccountUserRow): string {
  return [user.given_name, user.family_name]
    .map((part) => part.trim())
    .filter((part) => part !== "")
    .join(" ");
}
