import type { ASTVisitor, ValidationContext } from "graphql";
import type { Plugin } from "graphql-yoga";

import { KrakenError } from "./errors.js";

/** PostgreSQL text cannot contain NUL, so no argument may either. */
const NUL = "\u0000";

function nulError(inputPath: readonly (string | number)[]): KrakenError {
  return new KrakenError("KT-CT-1605", {
    detail:
      "A string argument contains a NUL character (U+0000); remove it " +
      "and send the request again.",
    inputPath,
  });
}

/** Finds the path to the first string holding a NUL, or null. */
function findNul(
  value: unknown,
  path: (string | number)[],
): (string | number)[] | null {
  if (typeof value === "string") {
    return value.includes(NUL) ? path : null;
  }

  if (Array.isArray(value)) {
    for (const [index, item] of value.entries()) {
      const found = findNul(item, [...path, index]);

      if (found) return found;
    }
  } else if (typeof value === "object" && value !== null) {
    for (const [key, item] of Object.entries(value)) {
      const found = findNul(item, [...path, key]);

      if (found) return found;
    }
  }

  return null;
}

/** Rejects string literals that contain NUL, as a validation rule. */
export function nulLiteralRule(context: ValidationContext): ASTVisitor {
  return {
    StringValue(node) {
      if (node.value.includes(NUL)) {
        context.reportError(nulError([]));
      }
    },
  };
}

/** Rejects variables whose strings contain NUL before any resolver runs. */
export const nulVariablePlugin: Plugin = {
  onExecute({ args, setResultAndStopExecution }) {
    const path = findNul(args.variableValues ?? {}, []);

    if (path) {
      setResultAndStopExecution({ errors: [nulError(path)] });
    }
  },
};
