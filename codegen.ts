import type { CodegenConfig } from "@graphql-codegen/cli";

/**
 * Generates resolver types from the domains' SDL. Mappers name the
 * repository row types that resolvers return for each GraphQL object, so
 * field resolvers receive those rows as their parent.
 */
const config: CodegenConfig = {
  schema: "src/domains/**/*.graphql",
  generates: {
    "src/generated/graphql.ts": {
      plugins: ["typescript", "typescript-resolvers"],
      config: {
        useTypeImports: true,
        contextType: "../server/context.js#RequestContext",
        enumsAsTypes: true,
        avoidOptionals: { field: true, inputValue: false, object: false },
        maybeValue: "T | null",
        inputMaybeValue: "T | null | undefined",
        scalars: {
          DateTime: { input: "Date", output: "Date | string" },
          Date: { input: "string", output: "string" },
          Decimal: { input: "string", output: "string | number" },
          JSONString: { input: "string", output: "string" },
          GenericScalar: { input: "unknown", output: "unknown" },
        },
        mappers: {
          AccountType: "../domains/accounts/accounts.repository.js#AccountRow",
        },
      },
    },
  },
};

export default config;
