import type { RequestContext } from "../../server/context.js";
import { KrakenError } from "../../server/errors.js";
import {
  hashSecret,
  randomSecret,
  REFRESH_TOKEN_SECONDS,
} from "../../server/tokens.js";
import type { AccessTokenClaims, GrantType } from "../../server/tokens.js";
import { findRefreshTokens, insertRefreshToken } from "./auth.repository.js";
import type { LoginUserRow } from "./auth.repository.js";
import {
  checkApiKey,
  checkPassword,
  selectLoginMethod,
} from "./credentials.js";
import type { TokenInput } from "./credentials.js";

/** Length of a refresh token in letters and digits (about 238 bits). */
const REFRESH_TOKEN_LENGTH = 40;

/** The result of obtainKrakenToken. */
export interface TokenGrant {
  token: string;
  payload: AccessTokenClaims;
  refreshToken: string;
  /** Unix time in seconds when the refresh token expires. */
  refreshExpiresIn: number;
}

/** Exchanges one set of credentials for an access token. */
export async function obtainKrakenToken(
  context: RequestContext,
  input: TokenInput,
): Promise<TokenGrant> {
  const method = selectLoginMethod(input);

  switch (method.kind) {
    case "password": {
      const user = await checkPassword(
        context.db,
        method.email,
        method.password,
      );

      return grantNewLogin(context, user, "EMAIL-AND-PASSWORD");
    }
    case "apiKey": {
      const user = await checkApiKey(context.db, method.apiKey);

      return grantNewLogin(context, user, "API-KEY");
    }
    case "refreshToken":
      return refreshLogin(context, method.refreshToken);
  }
}

/**
 * Issues an access token and a new refresh token. Only the refresh
 * token's hash is stored, with the grant type and the original issue time
 * that later refreshes carry over.
 */
async function grantNewLogin(
  context: RequestContext,
  user: LoginUserRow,
  grantType: GrantType,
): Promise<TokenGrant> {
  const { token, payload } = await context.tokens.issueAccessToken({
    accountUserId: user.id,
    email: user.email,
    grantType,
  });
  const refreshToken = randomSecret(REFRESH_TOKEN_LENGTH);
  const refreshExpiresIn = payload.iat + REFRESH_TOKEN_SECONDS;

  await insertRefreshToken(context.db, {
    accountUserId: user.id,
    tokenHash: hashSecret(refreshToken),
    grantType,
    originalIssuedAt: new Date(payload.origIat * 1000),
    expiresAt: new Date(refreshExpiresIn * 1000),
  });

  return { token, payload, refreshToken, refreshExpiresIn };
}

/**
 * Issues an access token for a refresh token. The refresh token is not
 * rotated and its expiry does not move. Raises KT-CT-1135 for an unknown
 * token or an inactive user and KT-CT-1134 once the token has expired.
 */
async function refreshLogin(
  context: RequestContext,
  refreshToken: string,
): Promise<TokenGrant> {
  const inputPath = ["input", "refreshToken"];
  const [stored] = await findRefreshTokens(context.db, [
    hashSecret(refreshToken),
  ]);

  if (!stored || !stored.is_active) {
    throw new KrakenError("KT-CT-1135", {
      detail:
        "This refresh token is unknown or belongs to an inactive user; " +
        "log in again with email and password or an API key.",
      inputPath,
    });
  }

  if (stored.expires_at.getTime() <= Date.now()) {
    throw new KrakenError("KT-CT-1134", {
      detail:
        `This refresh token expired at ${stored.expires_at.toISOString()}; ` +
        "log in again with email and password or an API key.",
      inputPath,
    });
  }

  const { token, payload } = await context.tokens.issueAccessToken({
    accountUserId: stored.account_user_id,
    email: stored.email,
    grantType: parseGrantType(stored.grant_type),
    originalIssuedAt: Math.floor(stored.original_issued_at.getTime() / 1000),
  });
  const refreshExpiresIn = Math.floor(stored.expires_at.getTime() / 1000);

  return { token, payload, refreshToken, refreshExpiresIn };
}

function parseGrantType(value: string): GrantType {
  if (value === "API-KEY" || value === "EMAIL-AND-PASSWORD") return value;

  throw new Error(`Stored refresh token has unknown grant type ${value}`);
}
