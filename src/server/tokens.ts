import { createPublicKey, randomBytes, createHash } from "node:crypto";
import fs from "node:fs";
import path from "node:path";

import { errors, exportPKCS8, generateKeyPair, jwtVerify, SignJWT } from "jose";
import type { KeyObject } from "node:crypto";

import { KrakenError } from "./errors.js";

/** Access tokens are valid for 60 minutes, as Kraken's are. */
export const ACCESS_TOKEN_SECONDS = 60 * 60;
/** Refresh tokens are valid for 7 days and are not extended by use. */
export const REFRESH_TOKEN_SECONDS = 7 * 24 * 60 * 60;

/** Grant type of a token (its `gty` claim): the credential exchanged. */
export type GrantType = "API-KEY" | "EMAIL-AND-PASSWORD";

/** The claims of a Kraken access token. */
export interface AccessTokenClaims {
  sub: string;
  gty: GrantType;
  email: string;
  tokenUse: "access";
  iss: string;
  iat: number;
  exp: number;
  origIat: number;
}

export interface IssueTokenInput {
  accountUserId: number;
  email: string;
  grantType: GrantType;
  /** When the credential was first exchanged; refreshes keep it. */
  originalIssuedAt?: number;
}

/** Signs and verifies RS256 access tokens with one key pair. */
export class TokenService {
  private constructor(
    private readonly privateKey: KeyObject,
    private readonly publicKey: KeyObject,
    readonly issuer: string,
  ) {}

  /**
   * Loads the PKCS#8 PEM private key from `keyFile`, generating a 2048-bit
   * RSA key pair there (mode 0600) the first time.
   */
  static async fromKeyFile(keyFile: string, issuer: string) {
    if (!fs.existsSync(keyFile)) {
      const pair = await generateKeyPair("RS256", {
        extractable: true,
        modulusLength: 2048,
      });
      fs.mkdirSync(path.dirname(keyFile), { recursive: true });
      fs.writeFileSync(keyFile, await exportPKCS8(pair.privateKey), {
        mode: 0o600,
      });
    }

    const { createPrivateKey } = await import("node:crypto");
    const privateKey = createPrivateKey(fs.readFileSync(keyFile, "utf8"));

    return new TokenService(privateKey, createPublicKey(privateKey), issuer);
  }

  /** Issues an access token; returns it with its decoded claims. */
  async issueAccessToken(input: IssueTokenInput) {
    const now = Math.floor(Date.now() / 1000);
    const payload: AccessTokenClaims = {
      sub: `kraken|account-user:${input.accountUserId}`,
      gty: input.grantType,
      email: input.email,
      tokenUse: "access",
      iss: this.issuer,
      iat: now,
      exp: now + ACCESS_TOKEN_SECONDS,
      origIat: input.originalIssuedAt ?? now,
    };
    const token = await new SignJWT({ ...payload })
      .setProtectedHeader({ alg: "RS256", typ: "JWT" })
      .sign(this.privateKey);

    return { token, payload };
  }

  /**
   * Verifies an access token and returns its claims. Raises KT-CT-1124 when
   * it has expired, KT-CT-1126 for a bad signature, KT-CT-1127 for another
   * issuer and KT-CT-1143 when it is not a token of ours at all.
   */
  async verifyAccessToken(token: string): Promise<AccessTokenClaims> {
    try {
      const { payload } = await jwtVerify(token, this.publicKey, {
        algorithms: ["RS256"],
        issuer: this.issuer,
        requiredClaims: ["exp", "iat", "sub"],
      });

      if (payload.tokenUse !== "access" || !parseSubject(payload.sub)) {
        throw new KrakenError("KT-CT-1143");
      }

      return payload as unknown as AccessTokenClaims;
    } catch (error) {
      throw toAuthError(error);
    }
  }
}

function toAuthError(error: unknown): KrakenError {
  if (error instanceof KrakenError) return error;
  if (error instanceof errors.JWTExpired) return new KrakenError("KT-CT-1124");

  if (error instanceof errors.JWSSignatureVerificationFailed) {
    return new KrakenError("KT-CT-1126");
  }

  if (
    error instanceof errors.JWTClaimValidationFailed &&
    error.claim === "iss"
  ) {
    return new KrakenError("KT-CT-1127");
  }

  return new KrakenError("KT-CT-1143");
}

/** Reads the account user id out of a `kraken|account-user:<id>` subject. */
export function parseSubject(subject: string | undefined): number | null {
  const match = /^kraken\|account-user:(\d+)$/.exec(subject ?? "");

  return match ? Number(match[1]) : null;
}

/** Makes a random secret of `length` letters and digits. */
export function randomSecret(length: number): string {
  const alphabet =
    "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789";
  const bytes = randomBytes(length * 2);
  let secret = "";

  // Rejection sampling keeps every character equally likely.
  for (const byte of bytes) {
    if (byte < 248 && secret.length < length) {
      secret += alphabet[byte % alphabet.length];
    }
  }

  return secret.length === length ? secret : randomSecret(length);
}

/**
 * Hashes a high-entropy secret (API key, refresh token) for storage and
 * look-up. SHA-256 suffices because these secrets are random, not chosen
 * by people; passwords use argon2id instead.
 */
export function hashSecret(secret: string): string {
  return createHash("sha256").update(secret).digest("hex");
}
