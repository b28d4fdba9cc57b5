import { pino } from "pino";
import type { Logger } from "pino";

export type { Logger } from "pino";

/** Creates the process logger: JSON lines, secrets redacted. */
export function createLogger(level: string): Logger {
  return pino({
    level,
    base: { service: "kraken-open" },
    redact: {
      paths: [
        "req.headers.authorization",
        "*.password",
        "*.token",
        "*.refreshToken",
        "*.APIKey",
        "*.email",
      ],
      censor: "[redacted]",
    },
  });
}
