import type { RequestContext } from "../server/context.js";

/**
 * Loads the object behind a global id for `node(id:)`, or null when it does
 * not exist or the viewer may not see it. The object must carry
 * `__typename` so GraphQL can pick its type.
 */
export type NodeLoader = (
  context: RequestContext,
  id: string,
) => Promise<object | null>;

const nodeLoaders = new Map<string, NodeLoader>();

/** Makes a type reachable through `node(id:)`; called by its domain. */
export function registerNodeLoader(typeName: string, load: NodeLoader): void {
  nodeLoaders.set(typeName, load);
}

export function findNodeLoader(typeName: string): NodeLoader | undefined {
  return nodeLoaders.get(typeName);
}
