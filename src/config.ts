import path from "node:path";

import { z } from "zod";

const port = z.coerce
  .number({ invalid_type_error: "must be a number" })
  .int("must be a whole number")
  .min(0, "must be 0 to 65535")
  .max(65535, "must be 0 to 65535");

const schema = z.object({
  PORT: port.default(8000),
  HOST: z.string().min(1).default("127.0.0.1"),
  DATA_DIR: z.string().min(1).default("./data"),
  DATABASE_URL: z
    .string()
    .regex(/^postgres(ql)?:\/\//, "must start with postgres://")
    .optional(),
  PUBLIC_URL: z.string().url("must be an absolute URL").optional(),
  LOG_LEVEL: z
    .enum(["fatal", "error", "warn", "info", "debug", "trace", "silent"])
    .default("info"),
  DEMO_ACCOUNTS: z.coerce
    .number({ invalid_type_error: "must be a number" })
    .int("must be a whole number")
    .min(0, "must be 0 or more")
    .max(100_000, "must be at most 100000")
    .default(20),
  DEMO_SEED: z.coerce
    .number({ invalid_type_error: "must be a number" })
    .int("must be a whole number")
    .min(0, "must be 0 or more")
    .default(1),
  JWT_PRIVATE_KEY_FILE: z.string().min(1).optional(),
});

export interface Config {
  port: number;
  host: string;
  dataDir: string;
  databaseUrl: string | undefined;
  /** The public GraphQL URL; access tokens carry it as their issuer. */
  publicUrl: string;
  logLevel: string;
  demoAccounts: number;
  demoSeed: number;
  jwtPrivateKeyFile: string;
}

/** Thrown when an environment variable has an unusable value. */
export class ConfigError extends Error {}

/** Reads and validates the configuration from environment variables. */
export function loadConfig(env: NodeJS.ProcessEnv = process.env): Config {
  // An empty variable (`PORT=`) counts as unset, as in most shells' tools.
  const present = Object.fromEntries(
    Object.entries(env).filter(([, value]) => value !== ""),
  );
  const parsed = schema.safeParse(present);

  if (!parsed.success) {
    const lines = parsed.error.issues.map((issue) => {
      const name = issue.path.join(".");
      return `  ${name}=${JSON.stringify(env[name] ?? "")}: ${issue.message}`;
    });
    throw new ConfigError(`Invalid configuration:\n${lines.join("\n")}`);
  }

  const values = parsed.data;
  const dataDir = path.resolve(values.DATA_DIR);
  const publicUrl =
    values.PUBLIC_URL ?? `http://${values.HOST}:${values.PORT}/v1/graphql/`;

  return {
    port: values.PORT,
    host: values.HOST,
    dataDir,
    databaseUrl: values.DATABASE_URL,
    publicUrl,
    logLevel: values.LOG_LEVEL,
    demoAccounts: values.DEMO_ACCOUNTS,
    demoSeed: values.DEMO_SEED,
    jwtPrivateKeyFile:
      values.JWT_PRIVATE_KEY_FILE ?? path.join(dataDir, "jwt-signing-key.pem"),
  };
}
