// Query depth and cost limits, checked while validating a document, before any subgraph is asked.
// Cost is an upper bound: every field costs 1, and a field with `first`/`last`/`limit` multiplies the cost of
// what it selects by that number (by the largest allowed page when the number comes from a variable).
import {
  GraphQLError,
  Kind,
  type ASTVisitor,
  type FragmentDefinitionNode,
  type SelectionSetNode,
  type ValidationContext,
  type ValueNode,
} from "graphql";

export interface QueryLimits {
  maxDepth: number;
  maxCost: number;
  /** Multiplier assumed when a page size is a variable. */
  maxPageSize: number;
}

const PAGE_ARGUMENTS = new Set(["first", "last", "limit"]);

function pageMultiplier(value: ValueNode | undefined, limits: QueryLimits): number {
  if (!value) return 1;
  if (value.kind === Kind.INT) return Math.max(1, Number.parseInt(value.value, 10));
  if (value.kind === Kind.VARIABLE) return limits.maxPageSize;
  return 1;
}

interface Measure {
  depth: number;
  cost: number;
}

function measure(
  selectionSet: SelectionSetNode,
  fragments: Record<string, FragmentDefinitionNode>,
  limits: QueryLimits,
  visiting: Set<string>,
): Measure {
  let depth = 0;
  let cost = 0;
  for (const selection of selectionSet.selections) {
    if (selection.kind === Kind.FIELD) {
      // Introspection is bounded by the schema itself and Sandbox needs it.
      if (selection.name.value.startsWith("__")) continue;
      const child = selection.selectionSet
        ? measure(selection.selectionSet, fragments, limits, visiting)
        : { depth: 0, cost: 0 };
      const multiplier = pageMultiplier(
        selection.arguments?.find((a) => PAGE_ARGUMENTS.has(a.name.value))?.value,
        limits,
      );
      depth = Math.max(depth, child.depth + 1);
      cost += 1 + child.cost * multiplier;
    } else if (selection.kind === Kind.INLINE_FRAGMENT) {
      const child = measure(selection.selectionSet, fragments, limits, visiting);
      depth = Math.max(depth, child.depth);
      cost += child.cost;
    } else {
      const name = selection.name.value;
      const fragment = fragments[name];
      // Fragment cycles are reported by graphql's own NoFragmentCycles rule.
      if (!fragment || visiting.has(name)) continue;
      visiting.add(name);
      const child = measure(fragment.selectionSet, fragments, limits, visiting);
      visiting.delete(name);
      depth = Math.max(depth, child.depth);
      cost += child.cost;
    }
  }
  return { depth, cost };
}

export function queryLimitsRule(limits: QueryLimits) {
  return (context: ValidationContext): ASTVisitor => {
    const fragments: Record<string, FragmentDefinitionNode> = {};
    for (const definition of context.getDocument().definitions) {
      if (definition.kind === Kind.FRAGMENT_DEFINITION) fragments[definition.name.value] = definition;
    }
    return {
      OperationDefinition(operation) {
        const { depth, cost } = measure(operation.selectionSet, fragments, limits, new Set());
        if (depth > limits.maxDepth) {
          context.reportError(
            new GraphQLError(`Query depth ${depth} exceeds the limit of ${limits.maxDepth}`, {
              nodes: [operation],
              extensions: { code: "BAD_USER_INPUT", reason: "QUERY_TOO_DEEP", depth, limit: limits.maxDepth },
            }),
          );
        }
        if (cost > limits.maxCost) {
          context.reportError(
            new GraphQLError(`Query cost ${cost} exceeds the limit of ${limits.maxCost}`, {
              nodes: [operation],
              extensions: { code: "BAD_USER_INPUT", reason: "QUERY_TOO_COSTLY", cost, limit: limits.maxCost },
            }),
          );
        }
      },
    };
  };
}
