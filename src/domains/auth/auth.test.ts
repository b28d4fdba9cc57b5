import { randomBytes } from "node:crypto";

import { GraphQLClient, gql } from "graphql-request";
import { sql } from "kysely";
import { afterAll, beforeAll, describe, expect, it, vi } from "vitest";

import { demoLogin } from "../../../test/helpers/test-database.js";
import { startTestServer } from "../../../test/helpers/test-server.js";
import type { TestServer } from "../../../test/helpers/test-server.js";
import {
  ACCESS_TOKEN_SECONDS,
  hashSecret,
  REFRESH_TOKEN_SECONDS,
  TokenService,
} from "../../server/tokens.js";
import { hashPassword } from "./passwords.js";

const OBTAIN_TOKEN = gql`
  mutation ObtainToken($input: ObtainJSONWebTokenInput!) {
    obtainKrakenToken(input: $input) {
      token
      payload
      refreshToken
      refreshExpiresIn
    }
  }
`;

const VIEWER = "query { viewer { email } }";

interface TokenResult {
  obtainKrakenToken: {
    token: string;
    payload: Record<string, unknown>;
    refreshToken: string;
    refreshExpiresIn: number;
  };
}

let server: TestServer;
let login: ReturnType<typeof demoLogin>;
let userId: number;

beforeAll(async () => {
  server = await startTestServer();
  login = demoLogin();
  const user = await server.db
    .selectFrom("account_users")
    .select("id")
    .where(sql<string>`lower(email)`, "=", login.email.toLowerCase())
    .executeTakeFirstOrThrow();
  userId = user.id;
});

afterAll(async () => {
  await server.close();
});

async function obtainToken(input: Record<string, unknown>) {
  return server.request<TokenResult>(OBTAIN_TOKEN, { input });
}

async function obtainTokenData(input: Record<string, unknown>) {
  const response = await obtainToken(input);
  expect(response.body.errors).toBeUndefined();

  return response.body.data!.obtainKrakenToken;
}

function validationError(
  code: string,
  description: string,
  message: string,
  inputPath: string[],
) {
  return {
    message: "Invalid data.",
    locations: [{ line: 3, column: 5 }],
    path: ["obtainKrakenToken"],
    extensions: {
      errorType: "VALIDATION",
      errorCode: code,
      errorDescription: description,
      errorClass: "VALIDATION",
      validationErrors: [{ message, inputPath }],
    },
  };
}

function authorizationError(code: string, message: string) {
  return expect.objectContaining({
    message,
    path: ["viewer"],
    extensions: expect.objectContaining({ errorCode: code }),
  });
}

describe("obtainKrakenToken", () => {
  it("issues a token for an API key", async () => {
    const client = new GraphQLClient(server.url);
    const before = Math.floor(Date.now() / 1000);
    const { obtainKrakenToken: result } = await client.request<TokenResult>(
      OBTAIN_TOKEN,
      { input: { APIKey: login.apiKey } },
    );
    const iat = result.payload.iat as number;

    expect(iat).toBeGreaterThanOrEqual(before);
    expect(result.payload).toEqual({
      sub: `kraken|account-user:${userId}`,
      gty: "API-KEY",
      email: login.email,
      tokenUse: "access",
      iss: server.url,
      iat,
      exp: iat + ACCESS_TOKEN_SECONDS,
      origIat: iat,
    });
    expect(result.refreshExpiresIn).toBe(iat + REFRESH_TOKEN_SECONDS);
    expect(result.refreshToken).toMatch(/^[A-Za-z0-9]{40}$/);

    const viewer = await client.request<{ viewer: { email: string } }>(
      VIEWER,
      {},
      { authorization: result.token },
    );
    expect(viewer).toEqual({ viewer: { email: login.email } });
  });

  it("issues a token for email and password", async () => {
    const result = await obtainTokenData({
      email: login.email.toUpperCase(),
      password: login.password,
    });

    expect(result.payload.gty).toBe("EMAIL-AND-PASSWORD");
    expect(result.payload.email).toBe(login.email);
    expect(result.payload.sub).toBe(`kraken|account-user:${userId}`);
  });

  it("refreshes without rotating or extending", async () => {
    const first = await obtainTokenData({
      email: login.email,
      password: login.password,
    });
    const refreshed = await obtainTokenData({
      refreshToken: first.refreshToken,
    });

    expect(refreshed.refreshToken).toBe(first.refreshToken);
    expect(refreshed.refreshExpiresIn).toBe(first.refreshExpiresIn);
    expect(refreshed.payload.gty).toBe("EMAIL-AND-PASSWORD");
    expect(refreshed.payload.origIat).toBe(first.payload.origIat);
    expect(refreshed.payload.exp).toBe(
      (refreshed.payload.iat as number) + ACCESS_TOKEN_SECONDS,
    );

    const viewer = await server.request(VIEWER, {}, refreshed.token);
    expect(viewer.body).toEqual({ data: { viewer: { email: login.email } } });
  });

  it("keeps the API-KEY grant type on refresh", async () => {
    const first = await obtainTokenData({ APIKey: login.apiKey });
    const refreshed = await obtainTokenData({
      refreshToken: first.refreshToken,
    });

    expect(refreshed.payload.gty).toBe("API-KEY");
  });

  it("stores only the refresh token's hash", async () => {
    const { refreshToken } = await obtainTokenData({ APIKey: login.apiKey });
    const rows = await server.db
      .selectFrom("refresh_tokens")
      .select("token_hash")
      .where("token_hash", "in", [refreshToken, hashSecret(refreshToken)])
      .execute();

    expect(rows).toEqual([{ token_hash: hashSecret(refreshToken) }]);
  });
});

describe("obtainKrakenToken errors", () => {
  const combination = "Please provide the right combination of input fields.";
  const incomplete =
    "Please make sure both email and password are present in the input.";

  it.each([
    [
      "email alone",
      { email: "someone@example.com" },
      validationError(
        "KT-CT-1136",
        incomplete,
        "The password is missing; email and password go together.",
        ["input", "password"],
      ),
    ],
    [
      "password alone",
      { password: "secret-password" },
      validationError(
        "KT-CT-1136",
        incomplete,
        "The email is missing; email and password go together.",
        ["input", "email"],
      ),
    ],
    [
      "no credentials",
      {},
      validationError(
        "KT-CT-1137",
        combination,
        "Give exactly one of email with password, APIKey or refreshToken; " +
          "this input gives 0.",
        ["input"],
      ),
    ],
    [
      "two methods",
      { APIKey: "sk_live_abcdefghijklmnopqrstuvwx", refreshToken: "x" },
      validationError(
        "KT-CT-1137",
        combination,
        "Give exactly one of email with password, APIKey or refreshToken; " +
          "this input gives 2.",
        ["input"],
      ),
    ],
    [
      "a malformed API key",
      { APIKey: "sk_test_123" },
      validationError(
        "KT-CT-1139",
        "Authentication failed.",
        "An API key is sk_live_ followed by 24 letters or digits; copy the " +
          "whole key from where it was issued.",
        ["input", "APIKey"],
      ),
    ],
    [
      "an unknown API key",
      { APIKey: "sk_live_abcdefghijklmnopqrstuvwx" },
      validationError(
        "KT-CT-1139",
        "Authentication failed.",
        "This API key is unknown or revoked; use a current key of an " +
          "active account user.",
        ["input", "APIKey"],
      ),
    ],
    [
      "an unknown refresh token",
      { refreshToken: "no-such-token" },
      validationError(
        "KT-CT-1135",
        "Please make sure the refresh token is correct.",
        "This refresh token is unknown or belongs to an inactive user; " +
          "log in again with email and password or an API key.",
        ["input", "refreshToken"],
      ),
    ],
  ])("rejects %s", async (_case, input, expected) => {
    const response = await obtainToken(input);

    expect(response.body).toEqual({
      data: { obtainKrakenToken: null },
      errors: [expected],
    });
  });

  it("answers alike for a wrong password and an unknown email", async () => {
    const wrongPassword = await obtainToken({
      email: login.email,
      password: `${login.password}x`,
    });
    const unknownEmail = await obtainToken({
      email: "nobody-here@example.com",
      password: login.password,
    });
    const expected = {
      data: { obtainKrakenToken: null },
      errors: [
        validationError(
          "KT-CT-1138",
          "Please make sure the credentials are correct.",
          "The email and password do not match an active account user; " +
            "check both and try again.",
          ["input", "password"],
        ),
      ],
    };

    expect(wrongPassword.body).toEqual(expected);
    expect(unknownEmail.body).toEqual(expected);
  });

  it("rejects an inactive user", async () => {
    const tag = randomBytes(4).toString("hex").toUpperCase();
    const email = `inactive-${tag}@example.com`;
    await server.db
      .insertInto("account_users")
      .values({
        number: `U-${tag}`,
        given_name: "Ina",
        family_name: "Active",
        email,
        password_hash: await hashPassword("inactive-password"),
        is_active: false,
      })
      .execute();

    const response = await obtainToken({
      email,
      password: "inactive-password",
    });

    expect(response.body.errors?.[0]?.extensions?.errorCode).toBe("KT-CT-1138");
  });

  it("rejects a revoked API key", async () => {
    const suffix = randomBytes(9).toString("hex").slice(0, 17);
    const revokedKey = `sk_live_REVOKED${suffix}`;
    await server.db
      .insertInto("api_keys")
      .values({
        account_user_id: userId,
        key_hash: hashSecret(revokedKey),
        key_suffix: revokedKey.slice(-4),
        revoked_at: new Date(),
      })
      .execute();

    const response = await obtainToken({ APIKey: revokedKey });
    const extensions = response.body.errors?.[0]?.extensions;

    expect(extensions?.errorCode).toBe("KT-CT-1139");
    expect(extensions?.validationErrors).toEqual([
      {
        message:
          "This API key is unknown or revoked; use a current key of an " +
          "active account user.",
        inputPath: ["input", "APIKey"],
      },
    ]);
  });

  it("rejects an expired refresh token", async () => {
    const { refreshToken } = await obtainTokenData({ APIKey: login.apiKey });
    const expiredAt = new Date("2024-01-01T00:00:00Z");
    await server.db
      .updateTable("refresh_tokens")
      .set({ expires_at: expiredAt })
      .where("token_hash", "=", hashSecret(refreshToken))
      .execute();

    const response = await obtainToken({ refreshToken });

    expect(response.body).toEqual({
      data: { obtainKrakenToken: null },
      errors: [
        validationError(
          "KT-CT-1134",
          "The refresh token has expired.",
          "This refresh token expired at 2024-01-01T00:00:00.000Z; log in " +
            "again with email and password or an API key.",
          ["input", "refreshToken"],
        ),
      ],
    });
  });
});

describe("viewer authentication", () => {
  let token: string;

  beforeAll(async () => {
    ({ token } = await obtainTokenData({ APIKey: login.apiKey }));
  });

  it.each([
    ["the raw token", (value: string) => value],
    ["a JWT prefix", (value: string) => `JWT ${value}`],
    ["a Bearer prefix", (value: string) => `Bearer ${value}`],
  ])("accepts %s", async (_case, header) => {
    const response = await server.request(VIEWER, {}, header(token));

    expect(response.body).toEqual({ data: { viewer: { email: login.email } } });
  });

  it("requires the Authorization header", async () => {
    const response = await server.request(VIEWER);

    expect(response.body).toEqual({
      data: { viewer: null },
      errors: [
        {
          message: "'Authorization' header not provided.",
          locations: [{ line: 1, column: 9 }],
          path: ["viewer"],
          extensions: {
            errorType: "AUTHORIZATION",
            errorCode: "KT-CT-1112",
            errorDescription:
              "You must provide the AUTHORIZATION header while executing " +
              "the query/mutation.",
          },
        },
      ],
    });
  });

  it("rejects an expired token", async () => {
    vi.useFakeTimers({ toFake: ["Date"] });
    vi.setSystemTime(Date.now() - 2 * ACCESS_TOKEN_SECONDS * 1000);
    const { token: expired } = await server.tokens.issueAccessToken({
      accountUserId: userId,
      email: login.email,
      grantType: "API-KEY",
    });
    vi.useRealTimers();

    const response = await server.request(VIEWER, {}, expired);

    expect(response.body.data).toEqual({ viewer: null });
    expect(response.body.errors).toEqual([
      authorizationError("KT-CT-1124", "Signature of the JWT has expired."),
    ]);
  });

  it("rejects a token signed by another key", async () => {
    const keyFile = `/tmp/kraken-test-keys/other-${process.pid}.pem`;
    const otherTokens = await TokenService.fromKeyFile(keyFile, server.url);
    const { token: foreign } = await otherTokens.issueAccessToken({
      accountUserId: userId,
      email: login.email,
      grantType: "API-KEY",
    });

    const response = await server.request(VIEWER, {}, foreign);

    expect(response.body.data).toEqual({ viewer: null });
    expect(response.body.errors).toEqual([
      authorizationError(
        "KT-CT-1126",
        "Signature verification failed. Make sure signature is valid.",
      ),
    ]);
  });

  it("rejects a value that is not a token", async () => {
    const response = await server.request(VIEWER, {}, "not-a-token");

    expect(response.body.data).toEqual({ viewer: null });
    expect(response.body.errors).toEqual([
      authorizationError(
        "KT-CT-1143",
        "Value of 'Authorization' header is not a valid credential.",
      ),
    ]);
  });

  it("rejects the token of a deleted user", async () => {
    const tag = randomBytes(4).toString("hex").toUpperCase();
    const email = `deleted-${tag}@example.com`;
    const removed = await server.db
      .insertInto("account_users")
      .values({
        number: `U-${tag}`,
        given_name: "Del",
        family_name: "Eted",
        email,
      })
      .returning("id")
      .executeTakeFirstOrThrow();
    const { token: orphan } = await server.tokens.issueAccessToken({
      accountUserId: removed.id,
      email,
      grantType: "EMAIL-AND-PASSWORD",
    });
    await server.db
      .deleteFrom("account_users")
      .where("id", "=", removed.id)
      .execute();

    const response = await server.request(VIEWER, {}, orphan);

    expect(response.body.data).toEqual({ viewer: null });
    expect(response.body.errors).toEqual([
      authorizationError(
        "KT-CT-1143",
        "Value of 'Authorization' header is not a valid credential.",
      ),
    ]);
  });
});
