import { KrakenError } from "../server/errors.js";

/** Encodes a Relay global id, `base64("<TypeName>:<id>")`, as graphene does. */
export function toGlobalId(typeName: string, id: string | number): string {
  return Buffer.from(`${typeName}:${id}`).toString("base64");
}

/** Decodes a Relay global id; raises KT-CT-1605 naming a malformed one. */
export function fromGlobalId(globalId: string): {
  typeName: string;
  id: string;
} {
  const text = Buffer.from(globalId, "base64").toString("utf8");
  const separator = text.indexOf(":");

  if (separator <= 0 || separator === text.length - 1) {
    throw new KrakenError("KT-CT-1605", {
      detail:
        `${JSON.stringify(globalId)} is not a node id; ` +
        `use the nodeId field of the object you want.`,
      inputPath: ["id"],
    });
  }

  return { typeName: text.slice(0, separator), id: text.slice(separator + 1) };
}
