import type { Resolvers } from "../../generated/graphql.js";
import { KrakenError } from "../../server/errors.js";
import {
  connectionFromArray,
  resolvePageWindow,
} from "../../shared/pagination.js";
import { findOccupancySpan } from "../properties/property-access.js";
import { parseMeasurementArgs } from "./measurement-args.js";
import { toIntervalMeasurement } from "./measurement-nodes.js";
import { measurementLoaders } from "./measurements.loaders.js";

/**
 * A month of half-hours (up to 1,490) fits in two pages, and a year of
 * days in one.
 */
const PAGE_OPTIONS = { maxPageSize: 1000 };

export const resolvers: Resolvers = {
  PropertyType: {
    measurements: async (property, args, context) => {
      const query = parseMeasurementArgs(args);
      resolvePageWindow(args, 0, PAGE_OPTIONS);

      const span = await findOccupancySpan(context, property.id);

      if (!span) {
        throw new KrakenError("KT-CT-4177", {
          detail: "The property is not on one of the viewer's accounts.",
        });
      }

      // NOTE: a day, week or month bucket that starts inside the span but
      // runs past its end still includes the next occupant's readings.
      const rows = (
        await measurementLoaders(context)
          .measurementsByPropertyId(query)
          .load(property.id)
      ).filter(
        (row) =>
          row.bucket_start >= span.from &&
          (span.to === null || row.bucket_start < span.to),
      );
      context.spendTimeSeriesRows(rows.length);
      const nodes = rows.map((row) => toIntervalMeasurement(row, query));

      return connectionFromArray(nodes, args, PAGE_OPTIONS);
    },
  },
};
