import { parseArgs } from "node:util";

/** Environment variable the new user's password is read from. */
export const PASSWORD_VARIABLE = "KRAKEN_USER_PASSWORD";

/** Brand of a new account when --brand is not given. */
const DEFAULT_BRAND = "OCTOPUS_ENERGY";

const MIN_PASSWORD_LENGTH = 8;
const EMAIL_SHAPE = /^[^\s@]+@[^\s@]+\.[^\s@]+$/;
const ACCOUNT_NUMBER_SHAPE = /^A-[0-9A-F]{8}$/;

export const USAGE = `Usage: npm run user:create -- --email EMAIL \\
    --given-name NAME --family-name NAME \\
    (--account A-XXXXXXXX | --new-account [--brand BRAND]) [--api-key]

Creates an account user who is OWNER of an existing account (--account)
or of a new, empty account (--new-account, brand ${DEFAULT_BRAND} unless
--brand is given). The password is read from ${PASSWORD_VARIABLE}
(at least ${MIN_PASSWORD_LENGTH} characters). Without a password the user
can log in only with the API key that --api-key creates and prints once.

The database is DATABASE_URL, or else the PGlite directory DATA_DIR/pglite
(DATA_DIR defaults to ./data), which must not be open in a running server.`;

/** Options of the create-user command. */
export interface CreateUserOptions {
  email: string;
  givenName: string;
  familyName: string;
  /** The existing account to own, or null to create a new account. */
  accountNumber: string | null;
  brand: string;
  password: string | null;
  createApiKey: boolean;
}

/** Error for a missing or invalid option. The message names the option. */
export class UsageError extends Error {}

/** Brands the API accepts (the values of its BrandChoices enum). */
const BRANDS = ["EDF", "OCTOPUS_ENERGY", "POD_POINT"];

/** Maximum length of a name, in characters. */
const MAX_NAME_LENGTH = 100;

/** Maximum length of an email address (the RFC 5321 path limit). */
const MAX_EMAIL_LENGTH = 254;

function checkLength(value: string, name: string, max: number): void {
  if (value.length > max) {
    throw new UsageError(
      `${name} is ${value.length} characters long; the limit is ${max}.`,
    );
  }
}

/** Reads and validates the command line and the password variable. */
export function parseCreateUserOptions(
  argv: string[],
  env: NodeJS.ProcessEnv,
): CreateUserOptions {
  const { values } = parseCommandLine(argv);
  const email = requireValue(values.email, "--email").trim();
  const givenName = requireValue(values["given-name"], "--given-name").trim();
  const familyName = requireValue(values["family-name"], "--family-name");
  const accountNumber = values.account?.trim().toUpperCase() ?? null;
  const newAccount = values["new-account"] ?? false;
  const password = env[PASSWORD_VARIABLE] || null;
  const createApiKey = values["api-key"] ?? false;

  if (!EMAIL_SHAPE.test(email)) {
    throw new UsageError(
      `--email ${JSON.stringify(email)} is not an email address; ` +
        "give one such as ada@example.com.",
    );
  }

  checkLength(email, "--email", MAX_EMAIL_LENGTH);
  checkLength(givenName, "--given-name", MAX_NAME_LENGTH);
  checkLength(familyName.trim(), "--family-name", MAX_NAME_LENGTH);
  checkAccountChoice(accountNumber, newAccount, values.brand);

  const brand = values.brand?.trim() || DEFAULT_BRAND;

  if (!BRANDS.includes(brand)) {
    throw new UsageError(
      `--brand ${JSON.stringify(brand.slice(0, 40))} is not a brand; ` +
        `give one of ${BRANDS.join(", ")}.`,
    );
  }
  checkPassword(password, createApiKey);

  return {
    email,
    givenName,
    familyName: familyName.trim(),
    accountNumber,
    brand,
    password,
    createApiKey,
  };
}

function parseCommandLine(argv: string[]) {
  try {
    return parseArgs({
      args: argv,
      strict: true,
      options: {
        email: { type: "string" },
        "given-name": { type: "string" },
        "family-name": { type: "string" },
        account: { type: "string" },
        "new-account": { type: "boolean" },
        brand: { type: "string" },
        "api-key": { type: "boolean" },
      },
    });
  } catch (error) {
    throw new UsageError((error as Error).message);
  }
}

function requireValue(value: string | undefined, name: string): string {
  if (value === undefined || value.trim() === "") {
    throw new UsageError(`${name} is missing.`);
  }

  return value;
}

function checkAccountChoice(
  accountNumber: string | null,
  newAccount: boolean,
  brand: string | undefined,
): void {
  if ((accountNumber === null) === !newAccount) {
    throw new UsageError(
      "Give exactly one of --account A-XXXXXXXX and --new-account.",
    );
  }

  if (accountNumber !== null && !ACCOUNT_NUMBER_SHAPE.test(accountNumber)) {
    throw new UsageError(
      `--account ${JSON.stringify(accountNumber)} is not an account ` +
        "number; give A- and 8 hexadecimal digits, such as A-1430FC16.",
    );
  }

  if (accountNumber !== null && brand !== undefined) {
    throw new UsageError("--brand applies only with --new-account.");
  }
}

function checkPassword(password: string | null, createApiKey: boolean): void {
  if (password === null && !createApiKey) {
    throw new UsageError(
      `Set ${PASSWORD_VARIABLE} or pass --api-key; otherwise the user ` +
        "cannot log in.",
    );
  }

  if (password !== null && password.length < MIN_PASSWORD_LENGTH) {
    throw new UsageError(
      `${PASSWORD_VARIABLE} is ${password.length} characters long; use at ` +
        `least ${MIN_PASSWORD_LENGTH}.`,
    );
  }
}
