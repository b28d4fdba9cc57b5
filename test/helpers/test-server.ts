import type { Db } from "../../src/db/database.js";
import { startLocalServer } from "../../src/server/local-server.js";
import type { TokenService } from "../../src/server/tokens.js";
import { openTestDatabase } from "./test-database.js";

export interface GraphQLErrorBody {
  message: string;
  path?: (string | number)[];
  locations?: { line: number; column: number }[];
  extensions?: Record<string, unknown>;
}

export interface GraphQLResponse<T = Record<string, any>> {
  status: number;
  headers: Headers;
  body: { data?: T | null; errors?: GraphQLErrorBody[] };
}

export interface TestServer {
  /** The GraphQL endpoint, e.g. http://127.0.0.1:41234/v1/graphql/. */
  url: string;
  db: Db;
  tokens: TokenService;
  /** POSTs a GraphQL request; `authorization` is sent as that header. */
  request<T = Record<string, any>>(
    query: string,
    variables?: Record<string, unknown>,
    authorization?: string,
  ): Promise<GraphQLResponse<T>>;
  /**
   * Counts the SQL statements `work` causes, to prove that a nested query
   * costs one round trip per level rather than one per row.
   */
  countQueries(work: () => Promise<unknown>): Promise<number>;
  close(): Promise<void>;
}

/**
 * Starts the whole server in-process on a free port of 127.0.0.1, on the
 * test file's database.
 */
export async function startTestServer(): Promise<TestServer> {
  let queryCount = 0;
  const database = await openTestDatabase(() => {
    queryCount += 1;
  });
  const { db } = database;
  const local = await startLocalServer(
    db,
    process.env.TEST_LOG_LEVEL ?? "silent",
  );
  const { url, tokens } = local;

  return {
    url,
    db,
    tokens,
    async request(query, variables, authorization) {
      const headers: Record<string, string> = {
        "content-type": "application/json",
      };

      if (authorization !== undefined) {
        headers.authorization = authorization;
      }

      const response = await fetch(url, {
        method: "POST",
        headers,
        body: JSON.stringify({ query, variables }),
      });

      return {
        status: response.status,
        headers: response.headers,
        body: (await response.json()) as GraphQLResponse<never>["body"],
      };
    },
    async countQueries(work) {
      const before = queryCount;
      await work();

      return queryCount - before;
    },
    async close() {
      await local.close();
      await database.close();
    },
  };
}
