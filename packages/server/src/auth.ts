import { z } from '@hono/zod-openapi';
import { jwtVerify, SignJWT } from 'jose';
import { ServerError } from './errors.js';

/**
 * Roles a principal can carry. What each role may do is data in `ROLE_POLICIES` (policy.ts).
 *
 * @public
 */
export const Role = z.enum(['READER', 'WRITER', 'CASE_MANAGER', 'IDENTITY_READER', 'EMPLOYEE', 'JOB_COACH']);
/** @public */
export type Role = z.infer<typeof Role>;

/**
 * The organisation a principal acts for: an employer (KvK number), a municipality (GM code),
 * a labour-market region (AM code) or UWV.
 *
 * @public
 */
export const PrincipalOrganisation = z.discriminatedUnion('scheme', [
  z.object({ scheme: z.literal('KVK'), value: z.string().regex(/^\d{8}$/) }),
  z.object({ scheme: z.literal('GM'), value: z.string().regex(/^GM\d{4}$/) }),
  z.object({ scheme: z.literal('AM'), value: z.string().regex(/^AM\d{2}$/) }),
  z.object({ scheme: z.literal('UWV'), value: z.literal('UWV') }),
]);
/** @public */
export type PrincipalOrganisation = z.infer<typeof PrincipalOrganisation>;

/**
 * Who is calling: a user id (matched against `consent.sharedWith[].userRef` of employer
 * instructions), the organisation, roles and — for employees — their pseudonymous
 * candidate id.
 *
 * @public
 */
export const Principal = z.object({
  userId: z.string().min(1).max(200),
  name: z.string().max(200).optional(),
  organisation: PrincipalOrganisation.optional(),
  roles: z.array(Role),
  candidateId: z.uuid().optional(),
});
/** @public */
export type Principal = z.infer<typeof Principal>;

const ISSUER = 'urn:banenafspraak:reference-server';
const AUDIENCE = 'urn:banenafspraak:api';

function keyOf(secret: string): Uint8Array {
  if (secret.length < 32) throw new Error('The token secret must be at least 32 characters long.');
  return new TextEncoder().encode(secret);
}

/**
 * Signs a bearer token (JWT, HS256) for a principal.
 *
 * @example
 * ```ts
 * const token = await signToken({ userId: 'u1', roles: ['READER'], organisation: { scheme: 'AM', value: 'AM22' } }, secret);
 * ```
 *
 * @public
 */
export async function signToken(principal: Principal, secret: string, options: { expiresIn?: string | number } = {}): Promise<string> {
  const p = Principal.parse(principal);
  return new SignJWT({ org: p.organisation, roles: p.roles, cid: p.candidateId, name: p.name })
    .setProtectedHeader({ alg: 'HS256', typ: 'JWT' })
    .setSubject(p.userId)
    .setIssuer(ISSUER)
    .setAudience(AUDIENCE)
    .setIssuedAt()
    .setExpirationTime(options.expiresIn ?? '12h')
    .sign(keyOf(secret));
}

/**
 * Default longest token lifetime: 24 hours.
 *
 * @public
 */
export const DEFAULT_MAX_TOKEN_LIFETIME_SECONDS = 24 * 60 * 60;

/**
 * Creates a token verifier for one secret. Only HS256 is accepted (never `alg: none`); a
 * token must carry `exp`, and its lifetime (`exp` minus `iat`, or minus now without `iat`)
 * may not exceed `maxLifetimeSeconds`. It imports the HMAC key once and remembers verified
 * tokens until they expire (a bounded cache: tokens are immutable, so this changes no
 * behaviour, only the cost of checking the same token again).
 *
 * @public
 */
export function createTokenVerifier(
  secret: string,
  options: { cacheSize?: number; now?: () => number; maxLifetimeSeconds?: number } = {},
): (token: string) => Promise<Principal> {
  const raw = keyOf(secret);
  const key = crypto.subtle.importKey('raw', raw as BufferSource, { name: 'HMAC', hash: 'SHA-256' }, false, ['verify']);
  const max = options.cacheSize ?? 10_000;
  const now = options.now ?? Date.now;
  const maxLifetime = options.maxLifetimeSeconds ?? DEFAULT_MAX_TOKEN_LIFETIME_SECONDS;
  const cache = new Map<string, { principal: Principal; exp: number }>();
  return async (token) => {
    const hit = cache.get(token);
    if (hit && hit.exp * 1000 > now()) return hit.principal;
    if (hit) cache.delete(token);
    try {
      const { payload } = await jwtVerify(token, await key, {
        issuer: ISSUER,
        audience: AUDIENCE,
        algorithms: ['HS256'],
        requiredClaims: ['exp'],
        currentDate: new Date(now()),
      });
      const exp = payload.exp as number;
      const from = typeof payload.iat === 'number' ? Math.min(payload.iat, now() / 1000) : now() / 1000;
      if (exp - from > maxLifetime) throw new Error('token lifetime too long');
      const principal = Principal.parse({
        userId: payload.sub,
        name: payload.name,
        organisation: payload.org,
        roles: payload.roles,
        candidateId: payload.cid,
      });
      if (cache.size >= max) cache.delete(cache.keys().next().value as string);
      cache.set(token, { principal, exp });
      return principal;
    } catch {
      throw new ServerError('unauthorized', 'Het toegangstoken is ongeldig of verlopen.');
    }
  };
}

/**
 * Verifies a bearer token and returns its principal; throws a 401 {@link ServerError} otherwise.
 *
 * @public
 */
export async function verifyToken(token: string, secret: string): Promise<Principal> {
  return createTokenVerifier(secret, { cacheSize: 0 })(token);
}
