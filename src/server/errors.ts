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
  /** Client-facing detail: the invalid value and how to fix it. */
  detail?: string;
  /** Path to the invalid input value, for VALIDATION errors. */
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

    const detail = options.detail && shortenDetail(options.detail);

    if (entry.type === "VALIDATION") {
      extensions.errorClass = "VALIDATION";

      if (detail) {
        extensions.validationErrors = [
          { message: detail, inputPath: options.inputPath ?? [] },
        ];
      }
    } else if (detail) {
      extensions.errorDescription = `${entry.description} ${detail}`;
    }

    super(entry.message, { extensions, originalError: asError(options.cause) });
    this.code = code;
  }
}

/** Longest quoted value kept whole in a detail message. */
const MAX_QUOTED_VALUE = 64;

/**
 * Shortens long quoted values in a detail message, so a client that sends
 * a 5,000-character argument does not get it echoed back in full.
 */
function shortenDetail(detail: string): string {
  const longQuote = new RegExp(`"([^"]{${MAX_QUOTED_VALUE}})[^"]+"`, "g");

  return detail.replace(longQuote, '"$1…"');
}

function asError(cause: unknown): Error | undefined {
  return cause instanceof Error ? cause : undefined;
}
