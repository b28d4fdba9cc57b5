import { afterAll, beforeAll, describe, expect, it } from "vitest";

import { demoLogin } from "../../../test/helpers/test-database.js";
import { startTestServer } from "../../../test/helpers/test-server.js";
import type { TestServer } from "../../../test/helpers/test-server.js";
import { issueTestToken } from "../../../test/helpers/tokens.js";

const QUERY = `query($number: String!, $activeFrom: DateTime) {
  account(accountNumber: $number) {
    properties(activeFrom: $activeFrom) { id }
  }
  properties(accountNumber: $number) { id }
}`;

describe("AccountType.properties", () => {
  let server: TestServer;

  beforeAll(async () => {
    server = await startTestServer();
  });

  afterAll(async () => {
    await server.close();
  });

  it("matches the properties root", async () => {
    const token = await issueTestToken(server, demoLogin().email);

    const { body } = await server.request(
      QUERY,
      { number: demoLogin().accountNumber },
      token,
    );

    expect(body.errors).toBeUndefined();
    expect(body.data?.account.properties.length).toBeGreaterThan(0);
    expect(body.data?.account.properties).toEqual(body.data?.properties);
  });

  it("leaves out homes left before activeFrom", async () => {
    const ended = await server.db
      .selectFrom("occupancy_periods as o")
      .innerJoin("accounts as a", "a.id", "o.account_id")
      .innerJoin("account_user_roles as r", "r.account_id", "a.id")
      .innerJoin("account_users as u", "u.id", "r.account_user_id")
      .select(["a.number", "u.email", "o.property_id", "o.effective_to"])
      .where("o.effective_to", "is not", null)
      .executeTakeFirstOrThrow();
    const token = await issueTestToken(server, ended.email);
    const left = String(ended.property_id);

    const before = await server.request(
      QUERY,
      {
        number: ended.number,
        activeFrom: new Date(ended.effective_to!.getTime() - 1000),
      },
      token,
    );
    const after = await server.request(
      QUERY,
      { number: ended.number, activeFrom: ended.effective_to },
      token,
    );
    const idsOf = (body: typeof before.body) =>
      (body.data?.account.properties as { id: string }[]).map((p) => p.id);

    expect(before.body.errors).toBeUndefined();
    expect(idsOf(before.body)).toContain(left);
    expect(idsOf(after.body)).not.toContain(left);
  });
});
