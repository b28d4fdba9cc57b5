import type { Resolvers, ResolversTypes } from "../../generated/graphql.js";
import { fromGlobalId } from "../../shared/global-id.js";
import { findNodeLoader } from "../../shared/node-registry.js";
import { scalarResolvers } from "../../shared/scalars.js";
import { readReleaseNumber, readSourceCommit } from "./version.js";

const version = {
  number: readReleaseNumber(),
  SHA: readSourceCommit(),
};

export const resolvers: Resolvers = {
  ...scalarResolvers,
  Query: {
    krakenVersion: () => version,
    node: async (_parent, { id }, context) => {
      const { typeName, id: localId } = fromGlobalId(id);
      const load = findNodeLoader(typeName);

      // Each domain's loader returns a row of its own type, tagged with
      // __typename, so the registry's generic result is cast to a Node.
      return load
        ? (load(context, localId) as Promise<ResolversTypes["Node"] | null>)
        : null;
    },
  },
};
