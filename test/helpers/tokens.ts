import { sql } from "kysely";

import type { TestServer } from "./test-server.js";

/**
 * Signs an access token for the user with this email, straight from the
 * server's key, for tests of fields that need a viewer. The auth domain's
 * own tests exercise obtainKrakenToken instead.
 */
export async function issueTestToken(
  server: TestServer,
  email: string,
): Promise<string> {
  const user = await server.db
    .selectFrom("account_users")
    .select(["id", "email"])
    .where(sql`lower(email)`, "=", email.toLowerCase())
    .executeTakeFirstOrThrow();
  const { token } = await server.tokens.issueAccessToken({
    accountUserId: user.id,
    email: user.email,
    grantType: "EMAIL-AND-PASSWORD",
  });

  return token;
}
