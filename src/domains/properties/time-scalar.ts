import { GraphQLScalarType, Kind } from "graphql";

import { KrakenError } from "../../server/errors.js";

const TIME = /^([01]\d|2[0-3]):([0-5]\d)(?::([0-5]\d))?$/;

function parseTime(value: unknown): string {
  const match = typeof value === "string" ? TIME.exec(value) : null;

  if (!match) {
    throw new KrakenError("KT-CT-1605", {
      detail:
        `${JSON.stringify(value)} is not a time of day; ` +
        "send one like 08:30:00.",
    });
  }

  return `${match[1]}:${match[2]}:${match[3] ?? "00"}`;
}

/** A time of day without a date or zone, printed as `HH:MM:SS`. */
export const TimeScalar = new GraphQLScalarType<string, string>({
  name: "Time",
  serialize: (value) => parseTime(value),
  parseValue: (value) => parseTime(value),
  parseLiteral: (ast) =>
    parseTime(ast.kind === Kind.STRING ? ast.value : undefined),
});
