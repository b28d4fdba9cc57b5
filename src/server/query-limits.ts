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
 * Deepest field nesting accepted (KT-CT-1188). The deepest query real
 * clients send, measurements with cost statistics, nests 8 fields; the
 * limit stops cycles such as agreements { meterPoint { agreements ... } }
 * from multiplying the response at every level.
 */
export const MAX_QUERY_DEPTH = 12;

/**
 * Creates a validation rule that counts the fields an operation selects, with
 * fragments expanded, and rejects it past `maxNodes` (KT-CT-1189) or when
 * fields nest deeper than MAX_QUERY_DEPTH (KT-CT-1188). Counting stops at
 * the limit, so fragments that multiply each other cannot make it slow.
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
        const budget = { remaining: maxNodes, deepest: 0 };

        if (!countFields(operation.selectionSet, fragments, budget, 0, 0)) {
          context.reportError(
            new KrakenError("KT-CT-1189", {
              detail: `The limit is ${maxNodes} fields per request.`,
            }),
          );
        } else if (budget.deepest > MAX_QUERY_DEPTH) {
          context.reportError(
            new KrakenError("KT-CT-1188", {
              detail:
                `Fields nest ${budget.deepest} levels deep; the limit is ` +
                `${MAX_QUERY_DEPTH}. Split the query into several requests.`,
            }),
          );
        }
      },
    };
  };
}

/**
 * Fragment spreads nested deeper than this form a cycle, which the spec's
 * NoFragmentCycles rule reports; counting stops there.
 */
const MAX_SPREAD_DEPTH = 50;

interface Budget {
  remaining: number;
  deepest: number;
}

/**
 * Counts fields into `budget` and records the deepest field nesting;
 * returns false once more than the budget's fields have been seen.
 */
function countFields(
  selectionSet: SelectionSetNode,
  fragments: Map<string, FragmentDefinitionNode>,
  budget: Budget,
  fieldDepth: number,
  spreadDepth: number,
): boolean {
  if (spreadDepth > MAX_SPREAD_DEPTH) return true;

  for (const selection of selectionSet.selections) {
    let inner: SelectionSetNode | undefined;
    let innerFieldDepth = fieldDepth;
    let innerSpreadDepth = spreadDepth;

    if (selection.kind === Kind.FIELD) {
      budget.remaining -= 1;
      // Introspection (__schema, __type) nests ofType chains deeply by
      // design and reads no data, so it does not count towards depth.
      innerFieldDepth = selection.name.value.startsWith("__")
        ? Number.NEGATIVE_INFINITY
        : fieldDepth + 1;
      budget.deepest = Math.max(budget.deepest, innerFieldDepth);
      inner = selection.selectionSet;
    } else if (selection.kind === Kind.INLINE_FRAGMENT) {
      inner = selection.selectionSet;
    } else {
      innerSpreadDepth += 1;
      inner = fragments.get(selection.name.value)?.selectionSet;
    }

    if (budget.remaining < 0) return false;

    const withinBudget =
      !inner ||
      countFields(inner, fragments, budget, innerFieldDepth, innerSpreadDepth);

    if (!withinBudget) return false;
  }

  return true;
}
