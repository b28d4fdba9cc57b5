import { Decimal } from "decimal.js";
import { GraphQLScalarType, Kind } from "graphql";
import type { ValueNode } from "graphql";

import { KrakenError } from "../server/errors.js";
import { formatDateTime, parseDate, parseDateTime } from "./datetime.js";

function expectString(value: unknown, scalar: string): string {
  if (typeof value !== "string") {
    throw new KrakenError("KT-CT-1605", {
      detail: `${scalar} must be a string, not ${JSON.stringify(value)}.`,
    });
  }

  return value;
}

function literalString(ast: ValueNode, scalar: string): string {
  if (ast.kind !== Kind.STRING) {
    throw new KrakenError("KT-CT-1605", {
      detail: `${scalar} must be given as a string literal.`,
    });
  }

  return ast.value;
}

/** An instant, printed in UTC as `2024-10-27T01:00:00+00:00`. */
export const DateTimeScalar = new GraphQLScalarType<Date, string>({
  name: "DateTime",
  serialize(value) {
    const date = value instanceof Date ? value : new Date(String(value));

    if (Number.isNaN(date.getTime())) {
      throw new TypeError(`DateTime cannot represent ${String(value)}`);
    }

    return formatDateTime(date);
  },
  parseValue: (value) => parseDateTime(expectString(value, "DateTime")),
  parseLiteral: (ast) => parseDateTime(literalString(ast, "DateTime")),
});

/** A calendar date, `YYYY-MM-DD`, carried as a string. */
export const DateScalar = new GraphQLScalarType<string, string>({
  name: "Date",
  serialize(value) {
    if (value instanceof Date) {
      return value.toISOString().slice(0, 10);
    }

    return parseDate(String(value));
  },
  parseValue: (value) => parseDate(expectString(value, "Date")),
  parseLiteral: (ast) => parseDate(literalString(ast, "Date")),
});

function toDecimalString(value: unknown): string {
  try {
    return new Decimal(value as Decimal.Value).toString();
  } catch {
    throw new KrakenError("KT-CT-1605", {
      detail: `${JSON.stringify(value)} is not a decimal number.`,
    });
  }
}

/** An exact decimal, sent as a string such as "18.942". */
export const DecimalScalar = new GraphQLScalarType<string, string>({
  name: "Decimal",
  serialize: (value) => toDecimalString(value),
  parseValue: (value) => toDecimalString(value),
  parseLiteral(ast) {
    if (
      ast.kind === Kind.STRING ||
      ast.kind === Kind.INT ||
      ast.kind === Kind.FLOAT
    ) {
      return toDecimalString(ast.value);
    }

    throw new KrakenError("KT-CT-1605", {
      detail: "Decimal must be a string or a number.",
    });
  },
});

/** A string that contains JSON, in both directions. */
export const JSONStringScalar = new GraphQLScalarType<string, string>({
  name: "JSONString",
  serialize: (value) =>
    typeof value === "string" ? value : JSON.stringify(value),
  parseValue(value) {
    const text = expectString(value, "JSONString");

    try {
      JSON.parse(text);
    } catch {
      throw new KrakenError("KT-CT-1605", {
        detail: `JSONString value is not valid JSON: ${text.slice(0, 80)}`,
      });
    }

    return text;
  },
  parseLiteral: (ast) => literalString(ast, "JSONString"),
});

function literalToValue(ast: ValueNode): unknown {
  switch (ast.kind) {
    case Kind.STRING:
    case Kind.ENUM:
      return ast.value;
    case Kind.BOOLEAN:
      return ast.value;
    case Kind.INT:
    case Kind.FLOAT:
      return Number(ast.value);
    case Kind.LIST:
      return ast.values.map(literalToValue);
    case Kind.OBJECT:
      return Object.fromEntries(
        ast.fields.map((field) => [
          field.name.value,
          literalToValue(field.value),
        ]),
      );
    case Kind.NULL:
    case Kind.VARIABLE:
      return null;
  }
}

/** Any JSON value; the token `payload` is one. */
export const GenericScalar = new GraphQLScalarType<unknown, unknown>({
  name: "GenericScalar",
  serialize: (value) => value,
  parseValue: (value) => value,
  parseLiteral: literalToValue,
});

export const scalarResolvers = {
  DateTime: DateTimeScalar,
  Date: DateScalar,
  Decimal: DecimalScalar,
  JSONString: JSONStringScalar,
  GenericScalar,
};
