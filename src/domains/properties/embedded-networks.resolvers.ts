import type { Resolvers } from "../../generated/graphql.js";
import { embeddedNetworkLoaders } from "./embedded-networks.loaders.js";

export const resolvers: Resolvers = {
  PropertyType: {
    embeddedNetwork: async (property, _args, context) => {
      const loaders = embeddedNetworkLoaders(context);
      const membership = await loaders.embeddedPropertyByPropertyId.load(
        property.id,
      );

      return membership
        ? loaders.embeddedNetworkById.load(membership.embedded_network_id)
        : null;
    },
  },
  EmbeddedNetworkType: {
    id: (network) => String(network.id),
    embeddedProperties: (network, _args, context) =>
      embeddedNetworkLoaders(context).embeddedPropertiesByNetworkId.load(
        network.id,
      ),
  },
  EmbeddedPropertyType: {
    id: (membership) => String(membership.id),
    propertyId: (membership) => String(membership.property_id),
    embeddedNetwork: async (membership, _args, context) => {
      const network = await embeddedNetworkLoaders(
        context,
      ).embeddedNetworkById.load(membership.embedded_network_id);

      if (!network) {
        throw new Error(
          `Embedded network ${membership.embedded_network_id} is missing`,
        );
      }

      return network;
    },
  },
};
