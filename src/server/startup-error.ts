/**
 * A failure to start that the operator can fix (a bad setting, an
 * unreachable database, an unreadable key). Its message states the fix,
 * so it is printed without a stack trace.
 */
export class StartupError extends Error {}

/** Describes a database URL without its password, for messages. */
export function describeDatabaseUrl(databaseUrl: string): string {
  try {
    const url = new URL(databaseUrl);

    return `${url.hostname}:${url.port || "5432"}${url.pathname}`;
  } catch {
    return "the DATABASE_URL server";
  }
}
