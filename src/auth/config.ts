/**
 * The auth settings from the environment. A wrong or missing variable stops the start with a
 * message naming it; docs/security.md explains each mode.
 */
import { readFileSync } from 'node:fs';
import { parseCallerRate, type CallerRate } from './budget';
import { parsePolicy, type Policy } from './policy';
import { envValue } from '../shared/env';

export type AuthMode = 'jwt' | 'stripe-key' | 'open';

/** How jwt mode verifies signatures: a shared HS256 secret, or an identity provider's key set. */
type JwtKeys = { kind: 'secret'; secret: string } | { kind: 'jwks'; url: string };

export interface JwtSettings {
  keys: JwtKeys;
  issuer: string | undefined;
  audience: string | undefined;
  /** After a key set fetch, how long an unknown `kid` waits before another fetch (jose's cooldown). */
  jwksCooldownMs: number;
}

export interface AuthConfig {
  mode: AuthMode;
  /** Set in jwt mode only. */
  jwt: JwtSettings | undefined;
  policy: Policy | undefined;
  /** Per-caller budget of upstream requests; undefined: none. */
  callerRate: CallerRate | undefined;
}

const MODES: readonly AuthMode[] = ['jwt', 'stripe-key', 'open'];
const JWT_VARIABLES = ['GATEWAY_JWT_SECRET', 'GATEWAY_JWKS_URL', 'GATEWAY_JWT_ISSUER', 'GATEWAY_JWT_AUDIENCE'] as const;

const isSet = (env: NodeJS.ProcessEnv, name: string): boolean => envValue(env, name) !== undefined;

export function authConfigFromEnv(env: NodeJS.ProcessEnv): AuthConfig {
  const mode = modeFromEnv(env);
  if (mode !== 'jwt') {
    const stray = JWT_VARIABLES.find((name) => isSet(env, name));
    if (stray) throw new Error(`${stray} is set, but GATEWAY_AUTH is ${mode}: it is only read with GATEWAY_AUTH=jwt`);
  }
  const embedded = !isSet(env, 'STRIPE_API_KEY') && !isSet(env, 'STRIPE_API_BASE');
  if ((mode === 'jwt' || mode === 'open') && !embedded && !isSet(env, 'STRIPE_API_KEY')) {
    throw new Error(`GATEWAY_AUTH=${mode} calls Stripe with the gateway's own key: set STRIPE_API_KEY`);
  }
  return {
    mode,
    jwt: mode === 'jwt' ? jwtFromEnv(env) : undefined,
    policy: isSet(env, 'GATEWAY_POLICY') ? policyFromFile(env.GATEWAY_POLICY!) : undefined,
    callerRate: isSet(env, 'GATEWAY_CALLER_RATE') ? parseCallerRate(env.GATEWAY_CALLER_RATE!) : undefined,
  };
}

function modeFromEnv(env: NodeJS.ProcessEnv): AuthMode {
  const raw = envValue(env, 'GATEWAY_AUTH');
  if (raw) {
    if (!(MODES as readonly string[]).includes(raw)) throw new Error(`GATEWAY_AUTH must be one of ${MODES.join(', ')}; got ${JSON.stringify(raw)}`);
    return raw as AuthMode;
  }
  if (isSet(env, 'STRIPE_API_KEY')) {
    throw new Error(
      'STRIPE_API_KEY is set but GATEWAY_AUTH is not: choose who may use the gateway. ' +
        'GATEWAY_AUTH=jwt (callers send tokens; Stripe is called with STRIPE_API_KEY), ' +
        'GATEWAY_AUTH=stripe-key (each caller sends its own Stripe key; STRIPE_API_KEY is not used), or ' +
        'GATEWAY_AUTH=open (anyone who reaches the port acts with STRIPE_API_KEY: private networks only)',
    );
  }
  // Without a key of its own the gateway has nothing to lend: the embedded demo is open (its
  // data is the emulator's), and against a real base URL each caller brings a key.
  return isSet(env, 'STRIPE_API_BASE') ? 'stripe-key' : 'open';
}

function jwtFromEnv(env: NodeJS.ProcessEnv): JwtSettings {
  const secret = envValue(env, 'GATEWAY_JWT_SECRET');
  const jwksUrl = envValue(env, 'GATEWAY_JWKS_URL');
  if (!secret === !jwksUrl) throw new Error('GATEWAY_AUTH=jwt needs exactly one of GATEWAY_JWT_SECRET (HS256) or GATEWAY_JWKS_URL (RS256/ES256 key set)');
  if (secret && Buffer.byteLength(secret) < 32) throw new Error('GATEWAY_JWT_SECRET must be at least 32 bytes (HS256 needs a key as long as its hash)');
  return {
    keys: secret ? { kind: 'secret', secret } : { kind: 'jwks', url: checkJwksUrl(jwksUrl!) },
    issuer: envValue(env, 'GATEWAY_JWT_ISSUER'),
    audience: envValue(env, 'GATEWAY_JWT_AUDIENCE'),
    jwksCooldownMs: 30_000,
  };
}

/** https, or http on a loopback address (a local identity provider in development and tests). */
function checkJwksUrl(raw: string): string {
  let url: URL;
  try {
    url = new URL(raw);
  } catch {
    throw new Error(`GATEWAY_JWKS_URL must be an absolute URL, got ${JSON.stringify(raw)}`);
  }
  const loopback = ['127.0.0.1', 'localhost', '[::1]'].includes(url.hostname);
  if (url.protocol !== 'https:' && !(url.protocol === 'http:' && loopback)) {
    throw new Error(`GATEWAY_JWKS_URL must use https (http only on loopback), got ${JSON.stringify(url.origin)}`);
  }
  return url.href;
}

function policyFromFile(path: string): Policy {
  let text: string;
  try {
    text = readFileSync(path, 'utf8');
  } catch (error) {
    // eslint-disable-next-line preserve-caught-error -- callers read only the message, which names the errno code
    throw new Error(`GATEWAY_POLICY: cannot read ${path} (${(error as NodeJS.ErrnoException).code ?? 'error'})`);
  }
  try {
    return parsePolicy(JSON.parse(text) as unknown);
  } catch (error) {
    // eslint-disable-next-line preserve-caught-error -- JSON.parse's message can quote the file: it is left out on purpose
    throw new Error(`GATEWAY_POLICY (${path}): ${error instanceof SyntaxError ? 'not valid JSON' : (error as Error).message}`);
  }
}

/** The warning open mode prints at start, when it lends a real key to anyone. */
export function authStartWarning(config: AuthConfig, embedded: boolean): string | undefined {
  if (config.mode !== 'open' || embedded) return undefined;
  return 'GATEWAY_AUTH=open: anyone who reaches this port acts with STRIPE_API_KEY. Use it only on a private network.';
}
