import type { Config } from "../config.js";
import type { Db } from "../db/database.js";
import { KrakenError } from "./errors.js";
import type { Logger } from "./logger.js";
import { parseSubject } from "./tokens.js";
import type { AccessTokenClaims, TokenService } from "./tokens.js";

/** The authenticated caller of a request. */
export interface Viewer {
  accountUserId: number;
  claims: AccessTokenClaims;
}

/** The per-request context every resolver receives. */
export interface RequestContext {
  db: Db;
  config: Config;
  logger: Logger;
  tokens: TokenService;
  requestId: string;
  /**
   * Authenticates the request on first use. Public fields never call it,
   * so they work without an Authorization header.
   */
  requireViewer(): Promise<Viewer>;
  /**
   * Charges time-series rows (telemetry buckets, measurements) that this
   * request reads; raises KT-CT-1188 once the request passes
   * MAX_TIME_SERIES_ROWS, so aliases cannot multiply a large range.
   */
  spendTimeSeriesRows(rows: number): void;
  /**
   * Counts a credential check; raises KT-CT-1199 past
   * MAX_LOGIN_ATTEMPTS, so aliases cannot try many passwords at once.
   */
  countLoginAttempt(): void;
}

/** Time-series rows one request may read: about five years of half-hours. */
export const MAX_TIME_SERIES_ROWS = 100_000;

/** obtainKrakenToken calls allowed in one request. */
export const MAX_LOGIN_ATTEMPTS = 3;

export interface ContextServices {
  db: Db;
  config: Config;
  logger: Logger;
  tokens: TokenService;
}

/** Builds the context for one request. */
export function createRequestContext(
  services: ContextServices,
  requestId: string,
  authorization: string | null,
): RequestContext {
  let viewer: Promise<Viewer> | undefined;
  let timeSeriesRows = 0;
  let loginAttempts = 0;

  return {
    ...services,
    logger: services.logger.child({ requestId }),
    requestId,
    requireViewer() {
      viewer ??= authenticate(services.tokens, authorization);

      return viewer;
    },
    spendTimeSeriesRows(rows) {
      timeSeriesRows += rows;

      if (timeSeriesRows > MAX_TIME_SERIES_ROWS) {
        throw new KrakenError("KT-CT-1188", {
          detail:
            `This request reads ${timeSeriesRows} time-series rows; the ` +
            `limit is ${MAX_TIME_SERIES_ROWS}. Ask for shorter ranges or ` +
            "coarser groupings, or split the request.",
        });
      }
    },
    countLoginAttempt() {
      loginAttempts += 1;

      if (loginAttempts > MAX_LOGIN_ATTEMPTS) {
        throw new KrakenError("KT-CT-1199", {
          detail:
            `Only ${MAX_LOGIN_ATTEMPTS} obtainKrakenToken calls are ` +
            "allowed in one request.",
        });
      }
    },
  };
}

/**
 * Accepts the token as the whole header value, as Kraken documents, and
 * with a `JWT ` or `Bearer ` prefix, as many clients send it.
 */
export function extractToken(authorization: string | null): string | null {
  const value = authorization?.trim() ?? "";

  if (value === "") return null;

  const match = /^(?:JWT|Bearer)\s+(.+)$/i.exec(value);

  return (match?.[1] ?? value).trim();
}

async function authenticate(
  tokens: TokenService,
  authorization: string | null,
): Promise<Viewer> {
  const token = extractToken(authorization);

  if (token === null) {
    throw new KrakenError("KT-CT-1112");
  }

  const claims = await tokens.verifyAccessToken(token);
  const accountUserId = parseSubject(claims.sub);

  if (accountUserId === null) {
    throw new KrakenError("KT-CT-1143");
  }

  return { accountUserId, claims };
}
