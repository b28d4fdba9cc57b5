import type {
  EnergyProductDirection,
  EnergyProductFilters,
  QueryEnergyProductsArgs,
  Resolvers,
} from "../../generated/graphql.js";
import type { RequestContext } from "../../server/context.js";
import { KrakenError } from "../../server/errors.js";
import { connectionFromArray } from "../../shared/pagination.js";
import { findGspGroupForPostcode } from "./gsp-regions.js";
import type { ProductFilter } from "./product-filters.js";
import { productLoaders } from "./products.loaders.js";
import { listProducts } from "./products.repository.js";
import type { ProductRow } from "./products.repository.js";
import { requestNow } from "./request-time.js";

/** Drops the null items that a `[String]` argument may contain. */
function presentItems<T>(
  values: readonly (T | null | undefined)[] | null | undefined,
): T[] {
  return (values ?? []).filter((value): value is T => value != null);
}

function buildProductFilter(
  args: QueryEnergyProductsArgs,
  gspGroupId: string,
  now: Date,
): ProductFilter {
  return {
    gspGroupId,
    now,
    tags: presentItems(args.tags),
    excludeTags: presentItems(args.excludeTags),
    brand: args.brand ?? null,
    brands: presentItems(args.brands),
    availability: args.availability ?? null,
    kinds: presentItems<EnergyProductFilters>(args.filterBy),
    direction: args.direction ?? null,
  };
}

/** Checks whether the product is on sale at the request's instant. */
function isOnSale(product: ProductRow, context: RequestContext): boolean {
  const now = requestNow(context);

  return (
    product.available_from <= now &&
    (product.available_to === null || product.available_to > now)
  );
}

export const resolvers: Resolvers = {
  Query: {
    energyProducts: async (_parent, args, context) => {
      const gspGroupId = findGspGroupForPostcode(args.postcode, ["postcode"]);

      if (gspGroupId === null) {
        return connectionFromArray([], args);
      }

      const filter = buildProductFilter(args, gspGroupId, requestNow(context));

      return connectionFromArray(await listProducts(context.db, filter), args);
    },
    energyProduct: async (_parent, { code }, context) => {
      const product = await productLoaders(context).productByCode.load(code);

      if (!product) {
        throw new KrakenError("KT-GB-9514", {
          detail:
            `No product has the code ${JSON.stringify(code)}; list ` +
            "products with energyProducts(postcode:).",
        });
      }

      return product;
    },
  },
  EnergyProductType: {
    id: (product) => String(product.id),
    fullName: (product) => product.full_name,
    displayName: (product) => product.display_name,
    availableFrom: (product) => product.available_from,
    availableTo: (product) => product.available_to,
    isHidden: (product) => product.is_hidden,
    // The column contains IMPORT or EXPORT, and GraphQL rejects any other.
    direction: (product) => product.direction as EnergyProductDirection,
    isVariable: (product) => product.is_variable,
    isGreen: (product) => product.is_green,
    isBusiness: (product) => product.is_business,
    isChargedHalfHourly: (product) => product.is_charged_half_hourly,
    isPrepay: (product) => product.is_prepay,
    isDefault: (product) => product.is_default,
    isOccupier: (product) => product.is_occupier,
    endsAt: (product) => product.ends_at,
    tariffs: async (product, args, context) => {
      const gspGroupId = findGspGroupForPostcode(args.postcode, ["postcode"]);

      if (gspGroupId === null) {
        return connectionFromArray([], args);
      }

      const tariffs = await productLoaders(
        context,
      ).tariffsByProductAndRegion.load({
        productId: product.id,
        gspGroupId,
        paymentMethod: args.paymentMethod ?? "DIRECT_DEBIT",
      });

      return connectionFromArray(tariffs, args);
    },
    isAvailable: (product, _args, context) => isOnSale(product, context),
    isUnavailable: (product, _args, context) => !isOnSale(product, context),
    isFixed: (product) => !product.is_variable,
    isDomestic: (product) => !product.is_business,
    includesEpgReduction: (product) => product.includes_epg_reduction,
    exitFees: (product) => product.exit_fees,
    exitFeesType: (product) => product.exit_fees_type,
  },
};
