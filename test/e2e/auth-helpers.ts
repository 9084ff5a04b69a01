/**
 * Test helpers for auth: tokens signed with jose, and a local identity provider (a node:http
 * server on a free loopback port) that serves a JSON Web Key Set, counts its fetches and rotates
 * its key on demand.
 */
import * as http from 'node:http';
import type { AddressInfo } from 'node:net';
import { exportJWK, generateKeyPair, SignJWT, type JWTPayload, type KeyLike } from 'jose';

export const SECRET = 'e2e-secret-at-least-thirty-two-bytes-long';

export interface TokenOptions {
  claims?: JWTPayload;
  /** Seconds from now; default 300. */
  expiresIn?: number;
  notBefore?: number;
  issuer?: string;
  audience?: string;
}

/** An HS256 token; `secret` defaults to SECRET. */
export function hsToken(options: TokenOptions = {}, secret = SECRET): Promise<string> {
  return sign(new TextEncoder().encode(secret), { alg: 'HS256' }, options);
}

export async function sign(key: KeyLike | Uint8Array, header: { alg: string; kid?: string }, options: TokenOptions): Promise<string> {
  const now = Math.floor(Date.now() / 1000);
  let jwt = new SignJWT(options.claims ?? {})
    .setProtectedHeader(header)
    .setIssuedAt(now)
    .setExpirationTime(now + (options.expiresIn ?? 300));
  if (options.notBefore !== undefined) jwt = jwt.setNotBefore(now + options.notBefore);
  if (options.issuer) jwt = jwt.setIssuer(options.issuer);
  if (options.audience) jwt = jwt.setAudience(options.audience);
  return jwt.sign(key);
}

/** `alg: none`: a header and payload with an empty signature. */
export function unsignedToken(claims: JWTPayload): string {
  const part = (value: unknown): string => Buffer.from(JSON.stringify(value)).toString('base64url');
  return `${part({ alg: 'none', typ: 'JWT' })}.${part({ exp: Math.floor(Date.now() / 1000) + 300, ...claims })}.`;
}

export interface IdentityProvider {
  url: string;
  /** Key set fetches so far. */
  fetches: number;
  kid: string;
  /** The current private key and its public half as PEM (for the HS/RS confusion token). */
  privateKey: KeyLike;
  publicPem: string;
  /** A new key with a new kid replaces the old one in the key set. */
  rotate(): Promise<void>;
  token(options: TokenOptions): Promise<string>;
  close(): Promise<void>;
}

export async function startIdentityProvider(): Promise<IdentityProvider> {
  let generation = 0;
  let jwks: unknown = { keys: [] };
  const idp = {
    fetches: 0,
    kid: '',
    privateKey: undefined as unknown as KeyLike,
    publicPem: '',
  };
  const rotate = async (): Promise<void> => {
    generation += 1;
    const { publicKey, privateKey } = await generateKeyPair('RS256');
    const jwk = await exportJWK(publicKey);
    idp.kid = `key-${generation}`;
    idp.privateKey = privateKey;
    idp.publicPem = (publicKey as unknown as { export(o: object): string }).export({ type: 'spki', format: 'pem' });
    jwks = { keys: [{ ...jwk, kid: idp.kid, alg: 'RS256', use: 'sig' }] };
  };
  await rotate();
  const server = http.createServer((req, res) => {
    idp.fetches += 1;
    res.writeHead(200, { 'content-type': 'application/json' });
    res.end(JSON.stringify(jwks));
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  return Object.assign(idp, {
    url: `http://127.0.0.1:${(server.address() as AddressInfo).port}/.well-known/jwks.json`,
    rotate,
    token: (options: TokenOptions) => sign(idp.privateKey, { alg: 'RS256', kid: idp.kid }, options),
    close: () => new Promise<void>((resolve) => server.close(() => resolve())),
  });
}
