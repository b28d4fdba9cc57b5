import { randomUUID } from "node:crypto";

import { renderGraphiQL } from "@graphql-yoga/render-graphiql";
import { createYoga } from "graphql-yoga";
import type { GraphQLSchema } from "graphql";
import type { Plugin, YogaServerInstance } from "graphql-yoga";

import { createRequestContext } from "./context.js";
import type { ContextServices, RequestContext } from "./context.js";
import { maskError } from "./error-masking.js";
import { nulLiteralRule, nulVariablePlugin } from "./input-guard.js";
import { nodeLimitRule } from "./query-limits.js";
import { createYogaLogger } from "./yoga-logger.js";

export const GRAPHQL_PATH = "/v1/graphql/";

const REQUEST_ID_HEADER = "x-request-id";
const REQUEST_ID_SHAPE = /^[\w.-]{1,64}$/;

export type KrakenYoga = YogaServerInstance<object, RequestContext>;

/** Creates the GraphQL-over-HTTP handler for the Kraken API. */
export function createApp(
  schema: GraphQLSchema,
  services: ContextServices,
): KrakenYoga {
  const requestIds = new WeakMap<Request, string>();
  const { logger } = services;

  const requestIdOf = (request: Request): string => {
    let id = requestIds.get(request);

    if (id === undefined) {
      const sent = request.headers.get(REQUEST_ID_HEADER) ?? "";
      id = REQUEST_ID_SHAPE.test(sent) ? sent : randomUUID();
      requestIds.set(request, id);
    }

    return id;
  };

  const startedAt = new WeakMap<Request, number>();
  const httpLogger = logger.child({ category: "http" });

  const requestLogPlugin: Plugin = {
    onRequest({ request }) {
      startedAt.set(request, performance.now());
    },
    onResponse({ request, response }) {
      const requestId = requestIdOf(request);
      const started = startedAt.get(request);
      response.headers.set(REQUEST_ID_HEADER, requestId);
      httpLogger.debug(
        {
          requestId,
          method: request.method,
          status: response.status,
          durationMs:
            started === undefined
              ? undefined
              : Math.round((performance.now() - started) * 10) / 10,
        },
        "request finished",
      );
    },
  };

  const validationPlugin: Plugin = {
    onParse() {
      return ({ result, replaceParseResult }) => {
        if (result instanceof Error) {
          replaceParseResult(maskError(result, logger));
        }
      };
    },
    onValidate({ addValidationRule }) {
      addValidationRule(nodeLimitRule());
      addValidationRule(nulLiteralRule);

      return ({ result, setResult }) => {
        if (result.length > 0) {
          setResult(result.map((error) => maskError(error, logger)));
        }
      };
    },
  };

  return createYoga<object, RequestContext>({
    schema,
    graphqlEndpoint: GRAPHQL_PATH,
    landingPage: false,
    // GraphiQL is served from the package, not a CDN, so it works offline.
    graphiql: { title: "Kraken-compatible API" },
    renderGraphiQL,
    logging: createYogaLogger(httpLogger),
    plugins: [requestLogPlugin, validationPlugin, nulVariablePlugin],
    context: ({ request }) =>
      createRequestContext(
        services,
        requestIdOf(request),
        request.headers.get("authorization"),
      ),
    maskedErrors: {
      maskError: (error) => maskError(error, logger),
    },
  });
}
