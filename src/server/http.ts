import { createServer } from "node:http";
import type { Server } from "node:http";

import { GRAPHQL_PATH } from "./app.js";
import type { KrakenYoga } from "./app.js";

/**
 * Serves the app over node:http. Kraken's endpoint is `/v1/graphql/`; the
 * same path without its trailing slash is served too, because clients
 * differ on it.
 */
export function createHttpServer(yoga: KrakenYoga): Server {
  const bare = GRAPHQL_PATH.slice(0, -1);

  return createServer((request, response) => {
    const url = request.url ?? "/";

    if (url === bare || url.startsWith(`${bare}?`)) {
      request.url = GRAPHQL_PATH + url.slice(bare.length);
    }

    void yoga.handle(request, response);
  });
}
