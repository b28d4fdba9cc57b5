import { Kind } from "graphql";
import type {
  FragmentDefinitionNode,
  SelectionSetNode,
  ValidationContext,
  ASTVisitor,
} from "graphql";

import { KrakenError } from "./errors.js";

/** Kraken's limit on the fields one request may select (KT-CT-1189). */
export const MAX_QUERY_NODES = 10_000;

/**
 * A validation rule that counts the fields an operation selects, with
 * fragments expanded, and rejects it past `maxNodes`. Counting stops at the
 * limit, so fragments that multiply each other cannot make it slow.
 */
export function nodeLimitRule(maxNodes = MAX_QUERY_NODES) {
  return (context: ValidationContext): ASTVisitor => {
    const fragments = new Map<string, FragmentDefinitionNode>();

    for (const definition of context.getDocument().definitions) {
      if (definition.kind === Kind.FRAGMENT_DEFINITION) {
        fragments.set(definition.name.value, definition);
      }
    }

    return {
      OperationDefinition(operation) {
        const budget = { remaining: maxNodes };

        if (!countFields(operation.selectionSet, fragments, budget, 0)) {
          context.reportError(
            new KrakenError("KT-CT-1189", {
              detail: `The limit is ${maxNodes} fields per request.`,
            }),
          );
        }
      },
    };
  };
}

/** Fragment nesting deeper than this is a cycle the spec rules report. */
const MAX_FRAGMENT_DEPTH = 50;

function countFields(
  selectionSet: SelectionSetNode,
  fragments: Map<string, FragmentDefinitionNode>,
  budget: { remaining: number },
  depth: number,
): boolean {
  if (depth > MAX_FRAGMENT_DEPTH) return true;

  for (const selection of selectionSet.selections) {
    let inner: SelectionSetNode | undefined;

    if (selection.kind === Kind.FIELD) {
      budget.remaining -= 1;
      inner = selection.selectionSet;
    } else if (selection.kind === Kind.INLINE_FRAGMENT) {
      inner = selection.selectionSet;
    } else {
      inner = fragments.get(selection.name.value)?.selectionSet;
    }

    if (budget.remaining < 0) return false;

    if (inner && !countFields(inner, fragments, budget, depth + 1)) {
      return false;
    }
  }

  return true;
}
