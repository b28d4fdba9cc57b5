import { GraphQLError } from "graphql";

import { errorCatalogue } from "./error-catalogue.js";
import type { ErrorCode } from "./error-catalogue.js";

export type { ErrorCode } from "./error-catalogue.js";

/** One entry of `extensions.validationErrors`. */
export interface ValidationIssue {
  message: string;
  inputPath: readonly (string | number)[];
}

export interface KrakenErrorOptions {
  /** What was wrong with which value, and what to do; shown to the client. */
  detail?: string;
  /** Where in the input the problem is, for VALIDATION errors. */
  inputPath?: readonly (string | number)[];
  cause?: unknown;
}

/**
 * A client-visible Kraken error. `message` is Kraken's exact text for the
 * code; the details that name the offending value go in
 * `validationErrors` (VALIDATION errors) or after the description.
 */
export class KrakenError extends GraphQLError {
  readonly code: ErrorCode;

  constructor(code: ErrorCode, options: KrakenErrorOptions = {}) {
    const entry = errorCatalogue[code];
    const extensions: Record<string, unknown> = {
      errorType: entry.type,
      errorCode: code,
      errorDescription: entry.description,
    };

    if (entry.type === "VALIDATION") {
      extensions.errorClass = "VALIDATION";

      if (options.detail) {
        extensions.validationErrors = [
          { message: options.detail, inputPath: options.inputPath ?? [] },
        ];
      }
    } else if (options.detail) {
      extensions.errorDescription = `${entry.description} ${options.detail}`;
    }

    super(entry.message, { extensions, originalError: asError(options.cause) });
    this.code = code;
  }
}

function asError(cause: unknown): Error | undefined {
  return cause instanceof Error ? cause : undefined;
}
