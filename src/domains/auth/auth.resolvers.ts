import type { Resolvers } from "../../generated/graphql.js";
import { obtainKrakenToken } from "./token-grants.js";

export const resolvers: Resolvers = {
  Mutation: {
    obtainKrakenToken: (_parent, { input }, context) => {
      context.countLoginAttempt();

      return obtainKrakenToken(context, input);
    },
  },
};
