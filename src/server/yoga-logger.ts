import type { GraphQLError } from "graphql";

import type { Logger } from "./logger.js";

function isClientError(value: unknown): boolean {
  if (!(value instanceof Error) || value.name !== "GraphQLError") return false;

  const { extensions, originalError } = value as GraphQLError;

  // A GraphQL error of Yoga's own making (not wrapping a thrown error) is
  // about the request, such as an unsupported operation type.
  if (!originalError) return true;

  const status = (extensions?.http as { status?: unknown } | undefined)?.status;

  return typeof status === "number" && status < 500;
}

/**
 * Adapts pino to Yoga's logger. Yoga reports rejected requests (no query,
 * bad JSON) through `error`; those are the client's mistakes, so they are
 * logged at info without a stack.
 */
export function createYogaLogger(logger: Logger) {
  // Yoga can report the same rejected request twice; log it once.
  const seen = new WeakSet<object>();

  return {
    debug: (...args: unknown[]) => logger.debug({ args }, "yoga"),
    info: (...args: unknown[]) => logger.info({ args }, "yoga"),
    warn: (...args: unknown[]) => logger.warn({ args }, "yoga"),
    error: (...args: unknown[]) => {
      const [first] = args;

      if (typeof first === "object" && first !== null) {
        if (seen.has(first)) return;

        seen.add(first);
      }

      if (isClientError(first)) {
        const message = (first as GraphQLError).message;
        logger.info({ reason: message }, "rejected request");
        return;
      }

      logger.error({ err: first }, "request failed");
    },
  };
}
