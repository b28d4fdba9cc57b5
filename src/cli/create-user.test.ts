import { randomBytes } from "node:crypto";

import { afterAll, beforeAll, describe, expect, it } from "vitest";

import { demoLogin } from "../../test/helpers/test-database.js";
import { startTestServer } from "../../test/helpers/test-server.js";
import type { TestServer } from "../../test/helpers/test-server.js";
import {
  parseCreateUserOptions,
  PASSWORD_VARIABLE,
  UsageError,
} from "./create-user-options.js";
import { createUser, UserCreationError } from "./user-creation.js";

const OBTAIN_TOKEN = `mutation ($input: ObtainJSONWebTokenInput!) {
  obtainKrakenToken(input: $input) { token }
}`;
const VIEWER_ACCOUNTS =
  "query { viewer { email accountUserRoles { role account { number } } } }";

const names = ["--given-name", "Ada", "--family-name", "Lovelace"];

function uniqueEmail(): string {
  return `cli-${randomBytes(4).toString("hex")}@example.com`;
}

describe("parseCreateUserOptions", () => {
  const password = { [PASSWORD_VARIABLE]: "long-enough-password" };

  it("reads a new-account request", () => {
    const options = parseCreateUserOptions(
      ["--email", " ada@example.com ", ...names, "--new-account"],
      password,
    );

    expect(options).toEqual({
      email: "ada@example.com",
      givenName: "Ada",
      familyName: "Lovelace",
      accountNumber: null,
      brand: "OCTOPUS_ENERGY",
      password: "long-enough-password",
      createApiKey: false,
    });
  });

  it.each([
    [
      "a bad email",
      ["--email", "ada", ...names, "--new-account"],
      password,
      '--email "ada" is not an email address; give one such as ada@example.com.',
    ],
    [
      "a missing name",
      ["--email", "ada@example.com", "--given-name", "Ada", "--new-account"],
      password,
      "--family-name is missing.",
    ],
    [
      "no account choice",
      ["--email", "ada@example.com", ...names],
      password,
      "Give exactly one of --account A-XXXXXXXX and --new-account.",
    ],
    [
      "a bad account number",
      ["--email", "ada@example.com", ...names, "--account", "12345"],
      password,
      '--account "12345" is not an account number; give A- and 8 ' +
        "hexadecimal digits, such as A-1430FC16.",
    ],
    [
      "an unknown brand",
      [
        "--email",
        "ada@example.com",
        ...names,
        "--new-account",
        "--brand",
        "NOPE",
      ],
      password,
      '--brand "NOPE" is not a brand; give one of EDF, OCTOPUS_ENERGY, ' +
        "POD_POINT.",
    ],
    [
      "a very long name",
      [
        "--email",
        "ada@example.com",
        "--given-name",
        "A".repeat(101),
        "--family-name",
        "Lovelace",
        "--new-account",
      ],
      password,
      "--given-name is 101 characters long; the limit is 100.",
    ],
    [
      "no way to log in",
      ["--email", "ada@example.com", ...names, "--new-account"],
      {},
      `Set ${PASSWORD_VARIABLE} or pass --api-key; otherwise the user ` +
        "cannot log in.",
    ],
    [
      "a short password",
      ["--email", "ada@example.com", ...names, "--new-account"],
      { [PASSWORD_VARIABLE]: "short" },
      `${PASSWORD_VARIABLE} is 5 characters long; use at least 8.`,
    ],
  ])("rejects %s", (_case, argv, env, message) => {
    const parse = () => parseCreateUserOptions(argv, env);

    expect(parse).toThrow(UsageError);
    expect(parse).toThrow(message);
  });
});

describe("createUser", () => {
  let server: TestServer;

  beforeAll(async () => {
    server = await startTestServer();
  });

  afterAll(async () => {
    await server.close();
  });

  it("creates a user who logs in with the key", async () => {
    const email = uniqueEmail();
    const options = parseCreateUserOptions(
      ["--email", email, ...names, "--new-account", "--api-key"],
      {},
    );
    const created = await createUser(server.db, options);

    expect(created.userNumber).toMatch(/^U-[0-9A-F]{8}$/);
    expect(created.accountNumber).toMatch(/^A-[0-9A-F]{8}$/);
    expect(created.apiKey).toMatch(/^sk_live_[A-Za-z0-9]{24}$/);

    const login = await server.request<{
      obtainKrakenToken: { token: string };
    }>(OBTAIN_TOKEN, { input: { APIKey: created.apiKey } });
    const token = login.body.data!.obtainKrakenToken.token;
    const viewer = await server.request(VIEWER_ACCOUNTS, {}, token);

    expect(viewer.body).toEqual({
      data: {
        viewer: {
          email,
          accountUserRoles: [
            { role: "OWNER", account: { number: created.accountNumber } },
          ],
        },
      },
    });
  });

  it("adds an owner to an existing account", async () => {
    const email = uniqueEmail();
    const { accountNumber } = demoLogin();
    const options = parseCreateUserOptions(
      ["--email", email, ...names, "--account", accountNumber],
      { [PASSWORD_VARIABLE]: "a-long-password" },
    );
    const created = await createUser(server.db, options);
    const login = await server.request<{
      obtainKrakenToken: { token: string };
    }>(OBTAIN_TOKEN, {
      input: { email, password: "a-long-password" },
    });
    const token = login.body.data!.obtainKrakenToken.token;
    const account = await server.request(
      "query ($n: String!) { account(accountNumber: $n) { number } }",
      { n: accountNumber },
      token,
    );

    expect(created).toEqual({
      userNumber: expect.stringMatching(/^U-/),
      accountNumber,
      newAccount: false,
      apiKey: null,
    });
    expect(account.body).toEqual({
      data: { account: { number: accountNumber } },
    });
  });

  it("rejects a taken email", async () => {
    const { email } = demoLogin();
    const options = parseCreateUserOptions(
      ["--email", email.toUpperCase(), ...names, "--new-account", "--api-key"],
      {},
    );
    const accountsBefore = await server.db
      .selectFrom("accounts")
      .select((eb) => eb.fn.countAll<string>().as("count"))
      .executeTakeFirstOrThrow();

    await expect(createUser(server.db, options)).rejects.toThrow(
      UserCreationError,
    );

    const accountsAfter = await server.db
      .selectFrom("accounts")
      .select((eb) => eb.fn.countAll<string>().as("count"))
      .executeTakeFirstOrThrow();
    expect(accountsAfter.count).toBe(accountsBefore.count);
  });

  it("rejects an unknown account number", async () => {
    const options = parseCreateUserOptions(
      [
        "--email",
        uniqueEmail(),
        ...names,
        "--account",
        "A-00000000",
        "--api-key",
      ],
      {},
    );

    await expect(createUser(server.db, options)).rejects.toThrow(
      "No account has number A-00000000; check the number or pass " +
        "--new-account.",
    );
  });
});
