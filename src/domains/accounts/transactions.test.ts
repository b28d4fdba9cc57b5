import { afterAll, beforeAll, describe, expect, it } from "vitest";

import { demoLogin } from "../../../test/helpers/test-database.js";
import { startTestServer } from "../../../test/helpers/test-server.js";
import type { TestServer } from "../../../test/helpers/test-server.js";
import { issueTestToken } from "../../../test/helpers/tokens.js";
import { addUserWithAccounts } from "./accounts.test-helpers.js";

const TRANSACTIONS = `query (
  $number: String!
  $first: Int
  $last: Int
  $after: String
  $orderBy: TransactionsOrderBy
  $fromDate: Date
  $toDate: Date
  $ledgerNumber: String
  $includeAllLedgers: Boolean
) {
  account(accountNumber: $number) {
    transactions(
      first: $first
      last: $last
      after: $after
      orderBy: $orderBy
      fromDate: $fromDate
      toDate: $toDate
      ledgerNumber: $ledgerNumber
      includeAllLedgers: $includeAllLedgers
    ) {
      totalCount
      edgeCount
      pageInfo { hasNextPage hasPreviousPage }
      edges {
        node {
          __typename id postedDate accountNumber amount
          balanceCarriedForward title
        }
      }
    }
  }
}`;

interface TransactionsData {
  account: {
    transactions: {
      totalCount: number;
      edgeCount: number;
      pageInfo: { hasNextPage: boolean; hasPreviousPage: boolean };
      edges: {
        node: {
          __typename: string;
          id: string;
          postedDate: string;
          accountNumber: string;
          amount: number;
          balanceCarriedForward: number;
          title: string;
        };
      }[];
    };
  };
}

let server: TestServer;
let user: { token: string; number: string };

beforeAll(async () => {
  server = await startTestServer();
  const added = await addUserWithAccounts(server.db, 1);
  user = {
    token: await issueTestToken(server, added.email),
    number: added.numbers[0]!,
  };
});

afterAll(async () => {
  await server.close();
});

function requestTransactions(variables: Record<string, unknown>) {
  return server.request<TransactionsData>(
    TRANSACTIONS,
    { number: user.number, ...variables },
    user.token,
  );
}

describe("AccountType.transactions", () => {
  it("lists the main ledger newest first", async () => {
    const response = await requestTransactions({ first: 10 });
    const { transactions } = response.body.data!.account;

    expect(response.body.errors).toBeUndefined();
    expect(transactions.totalCount).toBe(2);
    expect(transactions.edgeCount).toBe(2);
    expect(transactions.edges.map((edge) => edge.node)).toEqual([
      {
        __typename: "Payment",
        id: expect.any(String),
        postedDate: "2024-07-15",
        accountNumber: user.number,
        amount: 1000,
        balanceCarriedForward: -234,
        title: "",
      },
      {
        __typename: "Charge",
        id: expect.any(String),
        postedDate: "2024-07-01",
        accountNumber: user.number,
        amount: 1234,
        balanceCarriedForward: -1234,
        title: "Electricity charges for June 2024",
      },
    ]);
  });

  it("includes debt ledgers on request", async () => {
    const response = await requestTransactions({
      first: 10,
      includeAllLedgers: true,
    });

    expect(response.body.data?.account.transactions.totalCount).toBe(4);
  });

  it("filters by ledger number", async () => {
    const ledgers = await server.db
      .selectFrom("ledgers")
      .innerJoin("accounts", "accounts.id", "ledgers.account_id")
      .select(["ledgers.number", "ledgers.ledger_type"])
      .where("accounts.number", "=", user.number)
      .where("ledgers.ledger_type", "=", "DEBT")
      .executeTakeFirstOrThrow();
    const response = await requestTransactions({
      first: 10,
      ledgerNumber: ledgers.number,
    });

    expect(response.body.data?.account.transactions.totalCount).toBe(2);
  });

  it("pages oldest first with after", async () => {
    const first = await requestTransactions({
      first: 1,
      orderBy: "POSTED_DATE_ASC",
    });
    const firstPage = first.body.data!.account.transactions;

    expect(firstPage.edges[0]?.node.__typename).toBe("Charge");
    expect(firstPage.pageInfo).toEqual({
      hasNextPage: true,
      hasPreviousPage: false,
    });

    const cursor = (
      await server.request<{
        account: { transactions: { pageInfo: { endCursor: string } } };
      }>(
        `query ($number: String!) {
          account(accountNumber: $number) {
            transactions(first: 1, orderBy: POSTED_DATE_ASC) {
              pageInfo { endCursor }
            }
          }
        }`,
        { number: user.number },
        user.token,
      )
    ).body.data!.account.transactions.pageInfo.endCursor;
    const second = await requestTransactions({
      first: 1,
      after: cursor,
      orderBy: "POSTED_DATE_ASC",
    });

    expect(second.body.data?.account.transactions.edges[0]?.node).toEqual(
      expect.objectContaining({ __typename: "Payment" }),
    );
    expect(second.body.data?.account.transactions.pageInfo.hasNextPage).toBe(
      false,
    );
  });

  it("filters by London posting date", async () => {
    const july = await requestTransactions({
      first: 10,
      fromDate: "2024-07-01",
      toDate: "2024-07-01",
    });
    const june = await requestTransactions({
      first: 10,
      toDate: "2024-06-30",
    });

    expect(
      july.body.data?.account.transactions.edges.map(
        (edge) => edge.node.__typename,
      ),
    ).toEqual(["Charge"]);
    expect(july.body.data?.account.transactions.edges[0]?.node).toEqual(
      expect.objectContaining({ balanceCarriedForward: -1234 }),
    );
    expect(june.body.data?.account.transactions.totalCount).toBe(0);
  });

  it("rejects fromDate after toDate", async () => {
    const response = await requestTransactions({
      first: 10,
      fromDate: "2024-07-02",
      toDate: "2024-07-01",
    });

    expect(response.body.data).toEqual({ account: { transactions: null } });
    expect(response.body.errors?.[0]).toEqual(
      expect.objectContaining({
        message: "Invalid input.",
        path: ["account", "transactions"],
        extensions: expect.objectContaining({
          errorCode: "KT-CT-1605",
          validationErrors: [
            {
              message:
                "fromDate 2024-07-02 is after toDate 2024-07-01; give a " +
                "fromDate on or before the toDate.",
              inputPath: ["fromDate"],
            },
          ],
        }),
      }),
    );
  });

  it("requires first or last", async () => {
    const response = await requestTransactions({});

    expect(response.body.data).toEqual({ account: { transactions: null } });
    expect(response.body.errors?.[0]?.extensions?.errorCode).toBe("KT-CT-1201");
  });

  it("matches the demo ledgers' running balance", async () => {
    const login = demoLogin();
    const token = await issueTestToken(server, login.email);
    const all = await server.request<TransactionsData>(
      TRANSACTIONS,
      { number: login.accountNumber, first: 100, includeAllLedgers: true },
      token,
    );
    const rowCount = await server.db
      .selectFrom("ledger_transactions")
      .innerJoin("ledgers", "ledgers.id", "ledger_transactions.ledger_id")
      .innerJoin("accounts", "accounts.id", "ledgers.account_id")
      .select((eb) => eb.fn.countAll<string>().as("count"))
      .where("accounts.number", "=", login.accountNumber)
      .executeTakeFirstOrThrow();
    const ledgers = await server.request<{
      account: { ledgers: { number: string; balance: number }[] };
    }>(
      `query ($number: String!) {
        account(accountNumber: $number) { ledgers { number balance } }
      }`,
      { number: login.accountNumber },
      token,
    );

    expect(all.body.data?.account.transactions.totalCount).toBe(
      Number(rowCount.count),
    );
    expect(ledgers.body.data?.account.ledgers.length).toBeGreaterThan(0);

    for (const ledger of ledgers.body.data!.account.ledgers) {
      const newest = await server.request<TransactionsData>(
        TRANSACTIONS,
        { number: login.accountNumber, first: 1, ledgerNumber: ledger.number },
        token,
      );
      const node = newest.body.data?.account.transactions.edges[0]?.node;

      expect(node?.balanceCarriedForward ?? 0).toBe(ledger.balance);
    }
  });

  it("costs the same SQL for one account or many", async () => {
    const query = `query {
      viewer {
        accounts {
          ... on AccountType {
            transactions(first: 5) { edges { node { id amount } } }
          }
        }
      }
    }`;
    const one = await addUserWithAccounts(server.db, 1);
    const many = await addUserWithAccounts(server.db, 4);
    const oneToken = await issueTestToken(server, one.email);
    const manyToken = await issueTestToken(server, many.email);

    const oneCount = await server.countQueries(() =>
      server.request(query, {}, oneToken),
    );
    const manyCount = await server.countQueries(() =>
      server.request(query, {}, manyToken),
    );

    expect(manyCount).toBe(oneCount);
  });
});
