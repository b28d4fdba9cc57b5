import { createServer } from "node:http";
import type { AddressInfo } from "node:net";

import { loadConfig } from "../../src/config.js";
import type { Db } from "../../src/db/database.js";
import { createApp } from "../../src/server/app.js";
import { createRequestListener } from "../../src/server/http.js";
import { createLogger } from "../../src/server/logger.js";
import { buildSchema } from "../../src/server/schema.js";
import { TokenService } from "../../src/server/tokens.js";
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
 * test file's database, with a throwaway signing key.
 */
export async function startTestServer(): Promise<TestServer> {
  let queryCount = 0;
  const db = openTestDatabase(() => {
    queryCount += 1;
  });
  const server = createServer();
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  const { port } = server.address() as AddressInfo;
  const url = `http://127.0.0.1:${port}/v1/graphql/`;
  const config = loadConfig({
    PORT: String(port),
    DATA_DIR: "/tmp/kraken-test-data",
    PUBLIC_URL: url,
  });
  const logger = createLogger(process.env.TEST_LOG_LEVEL ?? "silent");
  const keyFile = `/tmp/kraken-test-keys/${process.pid}-${port}.pem`;
  const tokens = await TokenService.fromKeyFile(keyFile, url);
  const yoga = createApp(await buildSchema(), { db, config, logger, tokens });
  server.on("request", createRequestListener(yoga));

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
      server.closeAllConnections();
      await new Promise((resolve) => server.close(resolve));
      await db.destroy();
    },
  };
}
