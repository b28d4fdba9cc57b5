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

/** What every resolver receives; one per request. */
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
}

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

  return {
    ...services,
    logger: services.logger.child({ requestId }),
    requestId,
    requireViewer() {
      viewer ??= authenticate(services.tokens, authorization);

      return viewer;
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
