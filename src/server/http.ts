import { createServer } from "node:http";
import type { IncomingMessage, Server, ServerResponse } from "node:http";

import { GRAPHQL_PATH } from "./app.js";
import type { KrakenYoga } from "./app.js";

/**
 * Routes node:http requests to the app. Kraken's endpoint is
 * `/v1/graphql/`; the same path without its trailing slash is served too,
 * because clients differ on it.
 */
export function createRequestListener(yoga: KrakenYoga) {
  const bare = GRAPHQL_PATH.slice(0, -1);

  return (request: IncomingMessage, response: ServerResponse): void => {
    const url = request.url ?? "/";

    if (url === bare || url.startsWith(`${bare}?`)) {
      request.url = GRAPHQL_PATH + url.slice(bare.length);
    }

    void yoga.handle(request, response);
  };
}

/** Creates an HTTP server for the app. */
export function createHttpServer(yoga: KrakenYoga): Server {
  return createServer(createRequestListener(yoga));
}
