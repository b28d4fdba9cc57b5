import { GraphQLError } from "graphql";

import { KrakenError } from "./errors.js";
import type { Logger } from "./logger.js";

/** PostgreSQL errors caused by the client's input, not by a fault here. */
const INPUT_SQLSTATES = new Set([
  "22021", // character_not_in_repertoire: NUL or invalid UTF-8 in text
  "22P05", // untranslatable_character
  "22001", // string_data_right_truncation
  "22003", // numeric_value_out_of_range
  "22007", // invalid_datetime_format
  "22008", // datetime_field_overflow
  "22P02", // invalid_text_representation
]);

/**
 * Recognises GraphQL errors by shape rather than class: Yoga's packages
 * can load graphql's CommonJS build while ours loads the ES module build,
 * and then each has its own GraphQLError class.
 */
function isGraphQLError(error: unknown): error is GraphQLError {
  return (
    error instanceof Error &&
    error.name === "GraphQLError" &&
    typeof (error as { extensions?: unknown }).extensions === "object"
  );
}

/** graphql-js messages for a variable value that is missing or invalid. */
const VARIABLE_COERCION =
  /^Variable "\$(\w+)" (?:got invalid value|of required type|of non-null type)/;

function sqlState(error: unknown): string | undefined {
  const code = (error as { code?: unknown } | null)?.code;

  return typeof code === "string" ? code : undefined;
}

/**
 * Converts any error into the one the client receives. Kraken errors pass through;
 * GraphQL syntax and validation errors get KT-CT-1603; PostgreSQL input
 * errors get KT-CT-1605; anything else is logged once, with the request id,
 * and masked as KT-CT-7899.
 */
export function maskError(error: unknown, logger: Logger): GraphQLError {
  if (!isGraphQLError(error)) {
    return maskUnexpected(error, undefined, logger);
  }

  const variable = VARIABLE_COERCION.exec(error.message)?.[1];

  if (variable && error.extensions.errorCode === undefined) {
    return withLocation(
      new KrakenError("KT-CT-1605", {
        detail: error.message,
        inputPath: [variable],
      }),
      error,
    );
  }

  if (error.extensions.code === "OPERATION_RESOLUTION_FAILURE") {
    return withLocation(
      new KrakenError("KT-CT-1604", { detail: error.message }),
      error,
    );
  }

  // Kraken errors pass through, and so do Yoga's HTTP-level rejections
  // (no query, bad JSON), which carry their own status, as Kraken's do.
  if (
    error.extensions.errorCode !== undefined ||
    error.extensions.http !== undefined
  ) {
    return error;
  }

  const cause = error.originalError;

  if (cause instanceof KrakenError) {
    return withLocation(cause, error);
  }

  if (cause === undefined || cause === null) {
    return withLocation(queryValidationError(error), error);
  }

  if (isGraphQLError(cause)) {
    return maskError(cause, logger);
  }

  const state = sqlState(cause);

  if (state && INPUT_SQLSTATES.has(state)) {
    return withLocation(
      new KrakenError("KT-CT-1605", {
        detail:
          "A value in the request cannot be stored or compared: " +
          `${cause.message}. Remove control characters and check ranges.`,
      }),
      error,
    );
  }

  return maskUnexpected(cause, error, logger);
}

function queryValidationError(error: GraphQLError): KrakenError {
  const masked = new KrakenError("KT-CT-1603", {
    detail: error.message,
  });

  return masked;
}

function maskUnexpected(
  cause: unknown,
  located: GraphQLError | undefined,
  logger: Logger,
): GraphQLError {
  logger.error(
    { err: cause, path: located?.path },
    "unexpected error while resolving a request",
  );

  return withLocation(new KrakenError("KT-CT-7899"), located);
}

function withLocation(
  error: KrakenError,
  source: GraphQLError | undefined,
): GraphQLError {
  if (!source) return error;

  return new GraphQLError(error.message, {
    nodes: source.nodes,
    source: source.source,
    positions: source.positions,
    path: source.path,
    originalError: error,
    extensions: error.extensions,
  });
}
