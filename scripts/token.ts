/**
 * `npm run token -- --sub dev --account acct_... --scope "read write" [--role platform] [--ttl 3600]`
 * prints a JWT signed with GATEWAY_JWT_SECRET (HS256), for trying jwt mode in development.
 * GATEWAY_JWT_ISSUER and GATEWAY_JWT_AUDIENCE, when set, go into the token as the gateway checks them.
 */
import { parseArgs } from 'node:util';
import { SignJWT } from 'jose';

export interface TokenRequest {
  sub: string;
  account: string | undefined;
  role: string | undefined;
  scope: string;
  ttlSeconds: number;
}

/** The command line, checked: what to sign, or a usage error. */
export function tokenRequestFromArgs(args: string[]): TokenRequest {
  const { values } = parseArgs({
    args,
    options: { sub: { type: 'string' }, account: { type: 'string' }, role: { type: 'string' }, scope: { type: 'string' }, ttl: { type: 'string' } },
    strict: true,
  });
  if (!values.sub) throw new Error('--sub is required: the caller id');
  if (values.account !== undefined && !/^acct_[A-Za-z0-9]+$/.test(values.account)) throw new Error('--account must be a connected account id (acct_...)');
  if (values.role !== undefined && values.role !== 'platform') throw new Error('--role can only be platform');
  if (values.account === undefined && values.role === undefined)
    throw new Error('give --account acct_... or --role platform: a caller with neither is refused');
  const ttlSeconds = values.ttl === undefined ? 3600 : Number(values.ttl);
  if (!Number.isSafeInteger(ttlSeconds) || ttlSeconds < 1) throw new Error('--ttl must be a whole number of seconds');
  return { sub: values.sub, account: values.account, role: values.role, scope: values.scope ?? 'read', ttlSeconds };
}

export async function signToken(request: TokenRequest, env: NodeJS.ProcessEnv, nowSeconds = Math.floor(Date.now() / 1000)): Promise<string> {
  const secret = env.GATEWAY_JWT_SECRET;
  if (!secret || Buffer.byteLength(secret) < 32) throw new Error("set GATEWAY_JWT_SECRET (at least 32 bytes), the same as the gateway's");
  const claims: Record<string, string> = { scope: request.scope };
  if (request.account) claims.stripe_account = request.account;
  if (request.role) claims.gateway_role = request.role;
  let jwt = new SignJWT(claims)
    .setProtectedHeader({ alg: 'HS256', typ: 'JWT' })
    .setSubject(request.sub)
    .setIssuedAt(nowSeconds)
    .setExpirationTime(nowSeconds + request.ttlSeconds);
  if (env.GATEWAY_JWT_ISSUER) jwt = jwt.setIssuer(env.GATEWAY_JWT_ISSUER);
  if (env.GATEWAY_JWT_AUDIENCE) jwt = jwt.setAudience(env.GATEWAY_JWT_AUDIENCE);
  return jwt.sign(new TextEncoder().encode(secret));
}

if (require.main === module) {
  (async () => {
    const request = tokenRequestFromArgs(process.argv.slice(2));
    console.log(await signToken(request, process.env));
  })().catch((error: unknown) => {
    console.error(`token: ${error instanceof Error ? error.message : String(error)}`);
    process.exit(1);
  });
}
