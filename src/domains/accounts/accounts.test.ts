import { sql } from "kysely";
import { afterAll, beforeAll, describe, expect, it } from "vitest";

import { demoLogin } from "../../../test/helpers/test-database.js";
import { startTestServer } from "../../../test/helpers/test-server.js";
import type { TestServer } from "../../../test/helpers/test-server.js";
import { issueTestToken } from "../../../test/helpers/tokens.js";
import { addUserWithAccounts } from "./accounts.test-helpers.js";

let server: TestServer;
let login: ReturnType<typeof demoLogin>;
let token: string;
let viewerId: number;

beforeAll(async () => {
  server = await startTestServer();
  login = demoLogin();
  token = await issueTestToken(server, login.email);
  const user = await server.db
    .selectFrom("account_users")
    .select("id")
    .where(sql<string>`lower(email)`, "=", login.email.toLowerCase())
    .executeTakeFirstOrThrow();
  viewerId = user.id;
});

afterAll(async () => {
  await server.close();
});

async function viewerAccountRows() {
  return server.db
    .selectFrom("accounts")
    .innerJoin(
      "account_user_roles",
      "account_user_roles.account_id",
      "accounts.id",
    )
    .select(["accounts.id", "accounts.number"])
    .where("account_user_roles.account_user_id", "=", viewerId)
    .orderBy("accounts.number")
    .execute();
}

/** Sums ledger transactions in SQL, every ledger or only non-debt ones. */
async function sumBalance(accountId: number, includeAllLedgers: boolean) {
  let query = server.db
    .selectFrom("ledger_transactions")
    .innerJoin("ledgers", "ledgers.id", "ledger_transactions.ledger_id")
    .select(sql<string>`coalesce(sum(amount), 0)`.as("total"))
    .where("ledgers.account_id", "=", accountId);

  if (!includeAllLedgers) {
    query = query.where("ledgers.ledger_type", "not like", "%DEBT%");
  }

  const row = await query.executeTakeFirstOrThrow();

  return Number(row.total);
}

function unauthorizedAccount(accountNumber: string) {
  return {
    message: "Unauthorized.",
    locations: [{ line: 1, column: 28 }],
    path: ["account"],
    extensions: {
      errorType: "AUTHORIZATION",
      errorCode: "KT-CT-4177",
      errorDescription:
        "The viewer is not authorized to execute the query/mutation. Check " +
        "the ownership/permissions of provided data. Account " +
        `${JSON.stringify(accountNumber)} is not one of the viewer's ` +
        "accounts; list them with viewer { accounts { number } }.",
    },
  };
}

const ACCOUNT_NUMBER_ONLY =
  "query ($number: String!) { account(accountNumber: $number) { number } }";

describe("account", () => {
  it("returns the viewer's account", async () => {
    const row = await server.db
      .selectFrom("accounts")
      .selectAll()
      .where("number", "=", login.accountNumber)
      .executeTakeFirstOrThrow();
    const response = await server.request(
      `query ($number: String!) {
        account(accountNumber: $number) {
          id number status brand accountType
          billingName billingSubName billingEmail billingAddress
          billingAddressLine1 billingAddressLine2 billingAddressLine3
          billingAddressLine4 billingAddressLine5 billingAddressPostcode
          billingPostcode billingCountryCode splitBillingAddress
          preferredLanguageForComms createdAt
          address { name postalCode country }
        }
      }`,
      { number: login.accountNumber },
      token,
    );
    const lines = [
      row.billing_address_line1,
      row.billing_address_line2,
      row.billing_address_line3,
      row.billing_address_line4,
      row.billing_address_line5,
    ];
    const presentLines = lines.filter((line): line is string => !!line);

    expect(response.body).toEqual({
      data: {
        account: {
          id: String(row.id),
          number: login.accountNumber,
          status: row.status,
          brand: row.brand,
          accountType: row.account_type,
          billingName: row.billing_name,
          billingSubName: row.billing_sub_name,
          billingEmail: row.billing_email,
          billingAddress:
            [...presentLines, row.billing_postcode]
              .filter((part) => !!part)
              .join("\n") || null,
          billingAddressLine1: row.billing_address_line1,
          billingAddressLine2: row.billing_address_line2,
          billingAddressLine3: row.billing_address_line3,
          billingAddressLine4: row.billing_address_line4,
          billingAddressLine5: row.billing_address_line5,
          billingAddressPostcode: row.billing_postcode,
          billingPostcode: row.billing_postcode,
          billingCountryCode: row.billing_country_code,
          splitBillingAddress: presentLines,
          preferredLanguageForComms: row.preferred_language,
          createdAt: expect.stringMatching(/\+00:00$/),
          address: {
            name: row.billing_name,
            postalCode: row.billing_postcode,
            country: row.billing_country_code,
          },
        },
      },
    });
  });

  it("requires a token", async () => {
    const response = await server.request(ACCOUNT_NUMBER_ONLY, {
      number: login.accountNumber,
    });

    expect(response.body.data).toEqual({ account: null });
    expect(response.body.errors?.[0]?.extensions?.errorCode).toBe("KT-CT-1112");
  });

  it("rejects another user's account", async () => {
    const mine = (await viewerAccountRows()).map((row) => row.id);
    const other = await server.db
      .selectFrom("accounts")
      .select("number")
      .where("id", "not in", mine)
      .orderBy("id")
      .executeTakeFirstOrThrow();
    const response = await server.request(
      ACCOUNT_NUMBER_ONLY,
      { number: other.number },
      token,
    );

    expect(response.body).toEqual({
      data: { account: null },
      errors: [unauthorizedAccount(other.number)],
    });
  });

  it("rejects an unknown account number", async () => {
    const response = await server.request(
      ACCOUNT_NUMBER_ONLY,
      { number: "A-NOTREAL" },
      token,
    );

    expect(response.body).toEqual({
      data: { account: null },
      errors: [unauthorizedAccount("A-NOTREAL")],
    });
  });

  it("sums the balance from ledger transactions", async () => {
    const { email, accountIds, numbers } = await addUserWithAccounts(
      server.db,
      1,
    );
    const userToken = await issueTestToken(server, email);
    const accountId = accountIds[0]!;
    const number = numbers[0]!;
    const response = await server.request(
      `query ($number: String!) {
        account(accountNumber: $number) {
          main: balance
          all: balance(includeAllLedgers: true)
          ledgers { ledgerType balance amountOwedByCustomer affectsAccountBalance }
          withoutDebt: ledgers(includeDebtLedgers: false) { ledgerType }
        }
      }`,
      { number },
      userToken,
    );

    expect(await sumBalance(accountId, false)).toBe(-234);
    expect(await sumBalance(accountId, true)).toBe(-468);
    expect(response.body).toEqual({
      data: {
        account: {
          main: -234,
          all: -468,
          ledgers: [
            {
              ledgerType: "ENERGY",
              balance: -234,
              amountOwedByCustomer: 234,
              affectsAccountBalance: true,
            },
            {
              ledgerType: "DEBT",
              balance: -234,
              amountOwedByCustomer: 234,
              affectsAccountBalance: false,
            },
          ],
          withoutDebt: [{ ledgerType: "ENERGY" }],
        },
      },
    });
  });

  it("counts only debt older than 28 days as overdue", async () => {
    const { email, accountIds, numbers } = await addUserWithAccounts(
      server.db,
      1,
    );
    const userToken = await issueTestToken(server, email);
    const query =
      "query ($n: String!) { account(accountNumber: $n) { balance overdueBalance } }";
    const before = await server.request(query, { n: numbers[0] }, userToken);
    const energyLedger = await server.db
      .selectFrom("ledgers")
      .select("id")
      .where("account_id", "=", accountIds[0]!)
      .where("ledger_type", "=", "ENERGY")
      .executeTakeFirstOrThrow();
    const now = new Date();
    await server.db
      .insertInto("ledger_transactions")
      .values([
        {
          ledger_id: energyLedger.id,
          kind: "PAYMENT",
          amount: 100,
          posted_at: now,
        },
        {
          ledger_id: energyLedger.id,
          kind: "CHARGE",
          amount: -500,
          posted_at: now,
        },
      ])
      .execute();
    const after = await server.request(query, { n: numbers[0] }, userToken);

    expect(before.body).toEqual({
      data: { account: { balance: -234, overdueBalance: 234 } },
    });
    expect(after.body).toEqual({
      data: { account: { balance: -634, overdueBalance: 134 } },
    });
  });

  it("matches the SQL balance on demo data", async () => {
    const rows = await viewerAccountRows();

    for (const row of rows) {
      const response = await server.request(
        "query ($n: String!) { account(accountNumber: $n) { balance all: balance(includeAllLedgers: true) } }",
        { n: row.number },
        token,
      );

      expect(response.body.data).toEqual({
        account: {
          balance: await sumBalance(row.id, false),
          all: await sumBalance(row.id, true),
        },
      });
    }
  });
});

describe("accounts", () => {
  const ACCOUNTS = `query ($phone: String, $portfolio: String) {
    accounts(phoneNumber: $phone, portfolioNumber: $portfolio) { number }
  }`;

  it("lists the viewer's accounts", async () => {
    const rows = await viewerAccountRows();
    const response = await server.request(ACCOUNTS, {}, token);

    expect(response.body).toEqual({
      data: { accounts: rows.map((row) => ({ number: row.number })) },
    });
  });

  it("requires a token", async () => {
    const response = await server.request(ACCOUNTS, {});

    expect(response.body.data).toEqual({ accounts: null });
    expect(response.body.errors?.[0]?.extensions?.errorCode).toBe("KT-CT-1112");
  });

  it("filters by phone number in any UK format", async () => {
    const { email } = await addUserWithAccounts(server.db, 2, "+447700900555");
    const userToken = await issueTestToken(server, email);

    for (const phone of [
      "07700 900555",
      "+44 (0)7700-900555",
      "00447700900555",
    ]) {
      const response = await server.request(ACCOUNTS, { phone }, userToken);

      expect(response.body.data?.accounts).toHaveLength(2);
    }

    const other = await server.request(
      ACCOUNTS,
      { phone: "07700 900556" },
      userToken,
    );
    expect(other.body).toEqual({ data: { accounts: [] } });
  });

  it("rejects a phone number without digits", async () => {
    const response = await server.request(
      ACCOUNTS,
      { phone: "call me" },
      token,
    );

    expect(response.body).toEqual({
      data: { accounts: null },
      errors: [
        {
          message: "Invalid input.",
          locations: [{ line: 2, column: 5 }],
          path: ["accounts"],
          extensions: {
            errorType: "VALIDATION",
            errorCode: "KT-CT-1605",
            errorDescription:
              "The necessary information to complete the request is " +
              "missing from the input, or the provided information is invalid.",
            errorClass: "VALIDATION",
            validationErrors: [
              {
                message:
                  'Phone number "call me" contains no digits; give a number ' +
                  "such as 07700 900123 or +44 7700 900123.",
                inputPath: ["phoneNumber"],
              },
            ],
          },
        },
      ],
    });
  });

  it("matches no portfolio", async () => {
    const response = await server.request(
      ACCOUNTS,
      { portfolio: "P-00000001" },
      token,
    );

    expect(response.body).toEqual({ data: { accounts: [] } });
  });
});

describe("viewer", () => {
  it("returns the user's details", async () => {
    const user = await server.db
      .selectFrom("account_users")
      .selectAll()
      .where("id", "=", viewerId)
      .executeTakeFirstOrThrow();
    const response = await server.request(
      `query {
        viewer {
          id number givenName familyName email mobile landline title
          pronouns isDeceased dateOfBirth preferredName isActive
          fullName displayName firstName lastName landlinePhoneNumber
        }
      }`,
      {},
      token,
    );

    expect(response.body).toEqual({
      data: {
        viewer: {
          id: String(user.id),
          number: user.number,
          givenName: user.given_name,
          familyName: user.family_name,
          email: user.email,
          mobile: user.mobile,
          landline: user.landline,
          title: user.title,
          pronouns: user.pronouns,
          isDeceased: user.is_deceased,
          dateOfBirth: user.date_of_birth,
          preferredName: user.preferred_name,
          isActive: user.is_active,
          fullName: [user.title, user.given_name, user.family_name]
            .filter((part) => !!part)
            .join(" "),
          displayName: `${user.given_name} ${user.family_name}`,
          firstName: user.given_name,
          lastName: user.family_name,
          landlinePhoneNumber: user.landline,
        },
      },
    });
  });

  it("filters its accounts by number, type and brand", async () => {
    const rows = await viewerAccountRows();
    const first = rows[0]!.number;
    const response = await server.request(
      `query ($numbers: [String]) {
        viewer {
          restricted: accounts(restrictToAccountNumbers: $numbers) { number }
          domesticExcluded: accounts(excludeAccountTypes: [DOMESTIC]) {
            number accountType
          }
          octopus: accounts(allowedBrandCodes: [OCTOPUS_ENERGY]) { number }
          edf: accounts(allowedBrandCodes: [EDF]) { number }
        }
      }`,
      { numbers: [first] },
      token,
    );
    const types = await server.db
      .selectFrom("accounts")
      .select(["number", "account_type", "brand"])
      .where(
        "number",
        "in",
        rows.map((row) => row.number),
      )
      .orderBy("number")
      .execute();

    expect(response.body).toEqual({
      data: {
        viewer: {
          restricted: [{ number: first }],
          domesticExcluded: types
            .filter((row) => row.account_type !== "DOMESTIC")
            .map((row) => ({
              number: row.number,
              accountType: row.account_type,
            })),
          octopus: types
            .filter((row) => row.brand === "OCTOPUS_ENERGY")
            .map((row) => ({ number: row.number })),
          edf: [],
        },
      },
    });
  });

  it("lists roles and hides a co-user's other accounts", async () => {
    const shared = await addUserWithAccounts(server.db, 2);
    const guest = await addUserWithAccounts(server.db, 0);
    const [sharedId] = shared.accountIds;
    const [sharedNumber] = shared.numbers;
    const guestUser = await server.db
      .selectFrom("account_users")
      .select("id")
      .where("email", "=", guest.email)
      .executeTakeFirstOrThrow();
    await server.db
      .insertInto("account_user_roles")
      .values({
        account_id: sharedId!,
        account_user_id: guestUser.id,
        role: "VIEWER",
      })
      .execute();
    const guestToken = await issueTestToken(server, guest.email);

    const response = await server.request(
      `query {
        viewer {
          accountUserRoles { role account { number } user { email } }
          accounts {
            number
            ... on AccountType { users { email accounts { number } } }
          }
        }
      }`,
      {},
      guestToken,
    );

    const coUser = {
      email: shared.email,
      accounts: [{ number: sharedNumber }],
    };
    const self = { email: guest.email, accounts: [{ number: sharedNumber }] };
    expect(response.body).toEqual({
      data: {
        viewer: {
          accountUserRoles: [
            {
              role: "VIEWER",
              account: { number: sharedNumber },
              user: { email: guest.email },
            },
          ],
          accounts: [{ number: sharedNumber, users: [coUser, self] }],
        },
      },
    });
  });

  it("costs the same SQL for one account or many", async () => {
    const query = `query {
      viewer {
        accounts {
          number
          balance
          ledgers { number balance }
          ... on AccountType { users { email } }
        }
      }
    }`;
    const one = await addUserWithAccounts(server.db, 1);
    const many = await addUserWithAccounts(server.db, 5);
    const oneToken = await issueTestToken(server, one.email);
    const manyToken = await issueTestToken(server, many.email);
    let manyBody: unknown;

    const oneCount = await server.countQueries(() =>
      server.request(query, {}, oneToken),
    );
    const manyCount = await server.countQueries(async () => {
      manyBody = (await server.request(query, {}, manyToken)).body;
    });

    expect(manyBody).toMatchObject({
      data: { viewer: { accounts: expect.any(Array) } },
    });
    expect(
      (manyBody as { data: { viewer: { accounts: unknown[] } } }).data.viewer
        .accounts,
    ).toHaveLength(5);
    expect(manyCount).toBe(oneCount);
    expect(manyCount).toBeLessThanOrEqual(5);
  });
});
