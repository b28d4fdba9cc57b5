import type { Resolvers } from "../../generated/graphql.js";
import { fromGlobalId } from "../../shared/global-id.js";
import { findNodeLoader } from "../../shared/node-registry.js";
import { readReleaseNumber, readSourceCommit } from "./version.js";

const version = {
  number: readReleaseNumber(),
  SHA: readSourceCommit(),
};

export const resolvers: Resolvers = {
  Query: {
    krakenVersion: () => version,
    node: async (_parent, { id }, context) => {
      const { typeName, id: localId } = fromGlobalId(id);
      const load = findNodeLoader(typeName);

      return load ? load(context, localId) : null;
    },
  },
};
