import fs from "node:fs";
import path from "node:path";
import { fileURLToPath, pathToFileURL } from "node:url";

import { createSchema } from "graphql-yoga";
import type { GraphQLSchema } from "graphql";

import type { RequestContext } from "./context.js";

type SchemaResolvers = NonNullable<
  Parameters<typeof createSchema<RequestContext>>[0]["resolvers"]
>;

const domainsDir = path.join(
  path.dirname(fileURLToPath(import.meta.url)),
  "../domains",
);

/** Lists every domain's SDL files, in a stable order. */
export function listSchemaFiles(): string[] {
  return listDomainFiles((name) => name.endsWith(".graphql"));
}

function listDomainFiles(match: (name: string) => boolean): string[] {
  return fs
    .readdirSync(domainsDir, { withFileTypes: true })
    .filter((entry) => entry.isDirectory())
    .flatMap((entry) => {
      const dir = path.join(domainsDir, entry.name);

      return fs
        .readdirSync(dir)
        .filter(match)
        .sort()
        .map((file) => path.join(dir, file));
    })
    .sort();
}

/**
 * Builds the executable schema from each domain's SDL and its
 * `*.resolvers.ts` modules, which export `resolvers`.
 */
export async function buildSchema(): Promise<GraphQLSchema> {
  const typeDefs = listSchemaFiles().map((file) =>
    fs.readFileSync(file, "utf8"),
  );
  const resolverFiles = listDomainFiles((name) =>
    /\.resolvers\.(ts|js)$/.test(name),
  );
  const resolvers = await Promise.all(
    resolverFiles.map(async (file) => {
      const module = (await import(pathToFileURL(file).href)) as {
        resolvers: Extract<SchemaResolvers, object[]>[number];
      };

      return module.resolvers;
    }),
  );

  return createSchema<RequestContext>({ typeDefs, resolvers });
}
