import { createServer } from "node:http";
import os from "node:os";
import path from "node:path";
import type { AddressInfo } from "node:net";

import { loadConfig } from "../config.js";
import type { Db } from "../db/database.js";
import { createApp } from "./app.js";
import { createRequestListener } from "./http.js";
import { createLogger } from "./logger.js";
import { buildSchema } from "./schema.js";
import { TokenService } from "./tokens.js";

export interface LocalServer {
  /** The GraphQL endpoint, e.g. http://127.0.0.1:41234/v1/graphql/. */
  url: string;
  tokens: TokenService;
  close(): Promise<void>;
}

/**
 * Serves the API on a free port of 127.0.0.1 over an open database, with a
 * throwaway signing key; tests and benchmarks use it. The caller keeps
 * ownership of the database.
 */
export async function startLocalServer(
  db: Db,
  logLevel = "silent",
): Promise<LocalServer> {
  const server = createServer();
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  const { port } = server.address() as AddressInfo;
  const url = `http://127.0.0.1:${port}/v1/graphql/`;
  const dataDir = path.join(os.tmpdir(), "kraken-local-server");
  const config = loadConfig({
    PORT: String(port),
    DATA_DIR: dataDir,
    PUBLIC_URL: url,
    LOG_LEVEL: logLevel,
  });
  const keyFile = path.join(dataDir, `${process.pid}-${port}.pem`);
  const tokens = await TokenService.fromKeyFile(keyFile, url);
  const logger = createLogger(logLevel);
  const yoga = createApp(await buildSchema(), { db, config, logger, tokens });
  server.on("request", createRequestListener(yoga));

  return {
    url,
    tokens,
    async close() {
      server.closeAllConnections();
      await new Promise((resolve) => server.close(resolve));
    },
  };
}
