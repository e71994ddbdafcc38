import { type Issue as CoreIssue, countChanges, type MigrationReport, ProblemDocument, STANDARD_VERSION } from '@banenafspraak/core';
import { z } from '@hono/zod-openapi';
import type { Context, MiddlewareHandler } from 'hono';
import type { Principal } from '../auth.js';
import { ServerError } from '../errors.js';
import type { Logger } from '../logger.js';
import type { Repository } from '../repository.js';
import type { ExpectedVersion } from '../storage/port.js';

/**
 * The API version: equal to `info.version` of the OpenAPI document and sent as `API-Version`.
 * Its major and minor are the version of the standard the server speaks (`0.2.0` for 0.2).
 *
 * @public
 */
export const API_VERSION = `${STANDARD_VERSION}.0`;

/**
 * Variables the middleware puts on the Hono context.
 *
 * @public
 */
export interface AppEnv {
  Variables: {
    principal: Principal;
    /** The storage bound to the principal: set after authentication, the only way to data. */
    repository: Repository;
    logger: Logger;
    now: () => string;
    locale: 'nl' | 'en';
    requestId: string;
    /** Standard versions accepted in request bodies (older ones are upgraded). */
    standardVersions: readonly string[];
    /** What upgrading the request's document from an older standard version changed. */
    migration?: MigrationReport;
  };
}

/** The RFC 9457 problem document, as documented in OpenAPI: core's {@link ProblemDocument}. */
export const Problem = ProblemDocument;

const STATUS_TEXT: Record<number, string> = {
  400: 'Invalid input: every issue is listed.',
  401: 'Missing or invalid bearer token.',
  403: 'Not allowed for your roles or confidentiality level.',
  404: 'Not found, or not visible to you.',
  405: 'Method not allowed on this resource.',
  409: 'Conflict with the current state.',
  412: 'The If-Match version is stale.',
  413: 'Request body too large.',
  415: 'Content type must be application/json.',
  422: 'The report needs more time than the server allows for one request, or it was stopped (code `report-too-large`): narrow the period, region, employer or grouping.',
  428: 'If-Match is required.',
};

/** Problem responses for the given statuses (OpenAPI). */
export function problems(...statuses: number[]) {
  return Object.fromEntries(
    statuses.map((s) => [s, { description: STATUS_TEXT[s] ?? 'Error.', content: { 'application/problem+json': { schema: Problem } } }]),
  ) as Record<number, { description: string; content: { 'application/problem+json': { schema: typeof Problem } } }>;
}

const versionHeader = {
  'API-Version': { description: 'Version of the API (semver).', schema: { type: 'string' as const, example: API_VERSION } },
};
const etagHeader = { ETag: { description: 'Version of the record, for If-Match.', schema: { type: 'string' as const } } };
const locationHeader = { Location: { description: 'URL of the created record.', schema: { type: 'string' as const } } };

/** Response headers of a 2xx response (OpenAPI). */
export function headers(...extra: ('etag' | 'location')[]) {
  return {
    ...versionHeader,
    ...(extra.includes('etag') ? etagHeader : {}),
    ...(extra.includes('location') ? locationHeader : {}),
  };
}

/** Headers of every API response (paths under `/v1`): version, security headers (NL API Design Rules, OWASP). */
const API_HEADERS: Readonly<Record<string, string>> = {
  'API-Version': API_VERSION,
  'Cache-Control': 'no-store',
  'Content-Security-Policy': "default-src 'none'; frame-ancestors 'none'",
  'Strict-Transport-Security': 'max-age=31536000; includeSubDomains',
  'X-Content-Type-Options': 'nosniff',
  'X-Frame-Options': 'DENY',
  'Referrer-Policy': 'no-referrer',
  'Cross-Origin-Opener-Policy': 'same-origin',
  'Cross-Origin-Resource-Policy': 'same-site',
};

const isApiPath = (path: string) => path === '/v1' || path.startsWith('/v1/');

/** Longest `Migration-Report` header; a longer report is summed up (the full one: `_valideer`). */
const MAX_REPORT_HEADER = 6000;

/** JSON with every character outside printable ASCII escaped, so it is a valid header value. */
function asciiJson(value: unknown): string {
  return JSON.stringify(value).replace(/[^\x20-\x7e]/g, (ch) => `\\u${ch.charCodeAt(0).toString(16).padStart(4, '0')}`);
}

/**
 * A request whose document followed an older standard version is never upgraded silently:
 * the response says so in `Warning` (299) and carries the report in `Migration-Report` (JSON,
 * paths and codes only, never values).
 */
export function migrationHeaders(report: MigrationReport): Record<string, string> {
  const n = countChanges(report);
  let json = asciiJson(report);
  if (json.length > MAX_REPORT_HEADER) {
    json = asciiJson({
      ...report,
      steps: report.steps.map((s) => ({ migrationId: s.migrationId, changes: [] })),
      truncated: true,
      changeCount: n,
    });
  }
  return {
    Warning: `299 - "Document upgraded from standard version ${report.fromVersion} to ${report.toVersion} (${n} changes, see Migration-Report)"`,
    'Migration-Report': json,
  };
}

/** Responses built by {@link respond}: they already carry the standard headers. */
const complete = new WeakSet<Response>();

/**
 * Builds a response whose headers are a plain record: the standard headers of every response
 * (request id, and for `/v1` the API headers), then `extraHeaders`, which win. A plain record
 * lets the Node adapter write the headers as they are, without a `Headers` object.
 */
export function respond(
  c: Context,
  body: string | Uint8Array<ArrayBuffer> | null,
  status: number,
  extraHeaders: Record<string, string>,
): Response {
  const requestId = c.get('requestId') as string | undefined;
  const record: Record<string, string> = {};
  if (requestId !== undefined) record['X-Request-Id'] = requestId;
  if (isApiPath(c.req.path)) Object.assign(record, API_HEADERS);
  const migration = c.get('migration') as MigrationReport | undefined;
  if (migration !== undefined) Object.assign(record, migrationHeaders(migration));
  Object.assign(record, extraHeaders);
  // Not c.newResponse: Hono turns a record of more than one header into a Headers object.
  // When a middleware touched c.res before (CORS), Hono copies its headers over this
  // response when it becomes c.res, as it does for c.newResponse.
  const res = new Response(body, { status, headers: record });
  complete.add(res);
  return res;
}

/**
 * Gives a response that was not built by {@link respond} (CORS preflight, responses of other
 * middleware) the standard headers it lacks. Headers it already has are kept.
 */
export function completeHeaders(c: Context): void {
  const res = c.res;
  if (complete.has(res)) return;
  const h = res.headers;
  const requestId = c.get('requestId') as string | undefined;
  if (requestId !== undefined && !h.has('X-Request-Id')) h.set('X-Request-Id', requestId);
  if (isApiPath(c.req.path)) for (const name in API_HEADERS) if (!h.has(name)) h.set(name, API_HEADERS[name] as string);
}

/**
 * Sets the standard headers on the context before the handler runs, as Hono prepared
 * headers. Used where a middleware touches `c.res` before the handler (CORS): Hono then copies
 * those headers over the handler's response, and the standard headers must be among them.
 */
export function prepareHeaders(c: Context): void {
  const requestId = c.get('requestId') as string | undefined;
  if (requestId !== undefined) c.header('X-Request-Id', requestId);
  if (isApiPath(c.req.path)) for (const name in API_HEADERS) c.header(name, API_HEADERS[name]);
}

/** A JSON response with a status and extra headers. */
export function json(c: Context, status: number, body: unknown, extraHeaders: Record<string, string> = {}): never {
  // Typed as never so that handlers of every route accept it: the OpenAPI document, not the
  // TypeScript type of the response, is the contract here (documents are core's schemas).
  return respond(c, JSON.stringify(body), status, { 'Content-Type': 'application/json; charset=utf-8', ...extraHeaders }) as never;
}

/** An empty response (204). */
export function noContent(c: Context): never {
  return respond(c, null, 204, {}) as never;
}

export const etagOf = (version: number) => `"${version}"`;

/** 304 Not Modified: no body, the validators of the current version. */
export function notModified(c: Context, validators: Record<string, string>): never {
  return respond(c, null, 304, validators) as never;
}

/**
 * Reads If-None-Match: the versions it names, `*`, or undefined when absent or naming none of
 * our ETags. It uses the weak comparison (RFC 9110 13.1.2), so `W/"2"` matches version 2.
 */
export function ifNoneMatch(c: Context): number[] | '*' | undefined {
  const header = c.req.header('If-None-Match');
  if (!header) return undefined;
  if (header.trim() === '*') return '*';
  const versions = header
    .split(',')
    .map((tag) => /^\s*(?:W\/)?"(\d{1,9})"\s*$/.exec(tag)?.[1])
    .filter((v): v is string => v !== undefined)
    .map(Number);
  return versions.length ? versions : undefined;
}

/**
 * Reads the If-Match header: 428 when missing. If-Match uses the strong comparison (RFC 9110
 * 13.1.1), so a weak ETag (`W/"2"`) never matches and gives 412, as does anything that is not
 * one of our ETags; `*` means "any current version" (the record must exist).
 */
export function expectedVersion(c: Context): ExpectedVersion {
  const header = c.req.header('If-Match');
  if (!header) throw new ServerError('precondition-required', 'Stuur de ETag van de laatst gelezen versie mee in If-Match.');
  if (header.trim() === '*') return '*';
  const m = /^\s*"(\d{1,9})"\s*$/.exec(header);
  if (!m) throw new ServerError('precondition-failed', 'If-Match bevat geen sterke ETag van dit record (of *).');
  return Number(m[1]);
}

const issue = (code: string, path: (string | number)[], message: string): CoreIssue => ({ severity: 'error', code, path, message });

/** Whether a Content-Type is JSON: `application/json` or `application/…+json`, parameters ignored. */
export function isJsonMediaType(header: string | undefined): boolean {
  const type = (header ?? '').split(';')[0]?.trim().toLowerCase() ?? '';
  return type === 'application/json' || /^application\/[a-z0-9.!#$&^_-]+\+json$/.test(type);
}

/**
 * Route middleware of every operation with a JSON body: 415 for any other Content-Type
 * (or none), before the body is read or validated.
 */
export const requireJson: MiddlewareHandler = async (c, next) => {
  if (!isJsonMediaType(c.req.header('Content-Type')))
    throw new ServerError('unsupported-media-type', 'Stuur de body als application/json.');
  await next();
};

/**
 * Deepest nesting of objects and arrays a body may have. The documents of the standard nest a
 * few levels; the checks that walk a body (unstorable characters, organisation references)
 * recurse, and a body nested thousands deep (a few kilobytes) would exhaust their stack.
 */
export const MAX_JSON_DEPTH = 64;

/** Whether `value` nests objects and arrays deeper than `max` (walked without recursion). */
function nestedDeeperThan(value: unknown, max: number): boolean {
  const stack: [unknown, number][] = [[value, 1]];
  for (let next = stack.pop(); next; next = stack.pop()) {
    const [v, depth] = next;
    if (v === null || typeof v !== 'object') continue;
    if (depth > max) return true;
    for (const child of Object.values(v)) if (child !== null && typeof child === 'object') stack.push([child, depth + 1]);
  }
  return false;
}

/** Reads a JSON body: 415 unless JSON, 400 when it does not parse or nests too deep. Returns the text too (for hashing). */
export async function readJson(c: Context): Promise<{ body: unknown; text: string }> {
  if (!isJsonMediaType(c.req.header('Content-Type')))
    throw new ServerError('unsupported-media-type', 'Stuur de body als application/json.');
  const text = await c.req.text();
  let body: unknown;
  try {
    body = JSON.parse(text);
  } catch {
    throw new ServerError('invalid-input', 'De body is geen geldige JSON.', {
      issues: [issue('invalid_json', [], 'De body is geen geldige JSON.')],
    });
  }
  if (nestedDeeperThan(body, MAX_JSON_DEPTH)) {
    const message = `De body is dieper genest dan ${MAX_JSON_DEPTH} niveaus.`;
    throw new ServerError('invalid-input', message, { issues: [issue('too_deep', [], message)] });
  }
  return { body, text };
}

/** The Idempotency-Key of a POST, with a hash of the body so a reused key with another body is caught. */
export async function idempotencyOf(c: Context, text: string): Promise<{ key: string; requestHash: string } | undefined> {
  const key = c.req.header('Idempotency-Key');
  if (key === undefined) return undefined;
  if (!/^[\x21-\x7e]{1,200}$/.test(key)) {
    throw new ServerError('invalid-input', 'Idempotency-Key moet 1 tot 200 zichtbare ASCII-tekens zijn.', {
      issues: [issue('invalid_idempotency_key', ['Idempotency-Key'], 'Idempotency-Key moet 1 tot 200 zichtbare ASCII-tekens zijn.')],
    });
  }
  const digest = await crypto.subtle.digest('SHA-256', new TextEncoder().encode(`${c.req.method} ${c.req.path}\n${text}`));
  return { key, requestHash: Buffer.from(digest).toString('hex') };
}

/** Turns zod issues of path, query or header parameters into a 400 problem (no values echoed). */
export function parameterProblem(issues: readonly { path: PropertyKey[]; code: string }[], target: string): ServerError {
  return new ServerError('invalid-input', 'Een of meer parameters zijn ongeldig.', {
    issues: issues.map((i) =>
      issue(
        i.code,
        [target, ...i.path.map((p) => (typeof p === 'number' ? p : String(p)))],
        `Ongeldige waarde voor ${[target, ...i.path.map(String)].join('.')}.`,
      ),
    ),
  });
}

/** 405 with an Allow header, for known paths with an unsupported method. */
export function methodNotAllowed(allow: string[]): never {
  throw new ServerError('method-not-allowed', `Gebruik ${allow.join(', ')} op dit pad.`, { allow });
}

export const IdParam = z.object({ id: z.uuid().openapi({ param: { name: 'id', in: 'path' }, description: 'Identifier of the record.' }) });

export const IfMatchHeader = z.object({
  'If-Match': z
    .string()
    .optional()
    .openapi({ param: { in: 'header', required: true }, description: 'ETag of the version you read (required; 428 without it).' }),
});

export const IfNoneMatchHeader = z.object({
  'If-None-Match': z
    .string()
    .optional()
    .openapi({ param: { in: 'header' }, description: 'ETag(s) you hold; 304 without a body while one of them is the current version.' }),
});

export const IdempotencyHeader = z.object({
  'Idempotency-Key': z
    .string()
    .optional()
    .openapi({ param: { in: 'header' }, description: 'Makes a retried POST return the first result instead of creating a duplicate.' }),
});

/** Hook for zod-openapi: parameter errors become a 400 problem listing every issue. */
export const defaultHook = (result: {
  success: boolean;
  target: string;
  error?: { issues: readonly { path: PropertyKey[]; code: string }[] };
}) => {
  if (!result.success) throw parameterProblem(result.error?.issues ?? [], result.target === 'param' ? 'path' : result.target);
};
