import {
  standardVersions as allStandardVersions,
  documentDefinitions,
  getStandardVersion,
  STANDARD_VERSION,
  supportedStandardVersions,
} from '@banenafspraak/core';
import { OpenAPIHono } from '@hono/zod-openapi';
import { bodyLimit } from 'hono/body-limit';
import { cors } from 'hono/cors';
import { HTTPException } from 'hono/http-exception';
import { createTokenVerifier } from './auth.js';
import { isServerError, ServerError, type ServerErrorCode, toProblem } from './errors.js';
import { API_VERSION, type AppEnv, completeHeaders, defaultHook, prepareHeaders, respond } from './internal/http.js';
import { withNamedComponents } from './internal/openapi-components.js';
import { createJsonLogger, type Logger, maskPath, silentLogger } from './logger.js';
import { RECORD_COLLECTIONS, type RecordCollection } from './policy.js';
import { createRepository } from './repository.js';
import { codeListRoutes } from './routes/code-lists.js';
import { employerInstructionRoutes } from './routes/employer-instructions.js';
import { type EventFeedOptions, eventRoutes } from './routes/events.js';
import { recordRoutes } from './routes/records.js';
import { reportRoutes } from './routes/reports.js';
import { subscriptionRoutes } from './routes/subscriptions.js';
import type { Storage } from './storage/port.js';

/**
 * Options of {@link createApp}.
 *
 * @public
 */
export interface AppOptions {
  /** Where records live: `createMemoryStorage()`, `createPgliteStorage()` or `createPgStorage()`. */
  storage: Storage;
  /**
   * Bearer-token verification: the HS256 secret (at least 32 characters) and the longest
   * token lifetime accepted (`exp` minus `iat`, or minus now without `iat`), in seconds;
   * default 24 hours. Tokens without `exp` are refused.
   */
  auth: { secret: string; maxTokenLifetimeSeconds?: number };
  /** Source of "now" for timestamps and validation dates; defaults to the system clock. */
  clock?: () => Date;
  /** Structured logger; defaults to JSON lines on stdout. */
  logger?: Logger;
  /** Origins allowed to call the API from a browser (CORS). `/v1/openapi.json` is open to all. */
  corsOrigins?: readonly string[];
  /** Maximum request body in bytes (default 1 MiB); larger bodies get 413. */
  maxBodyBytes?: number;
  /** The event feed: longest long poll and how often a waiting request looks for other instances' events. */
  events?: EventFeedOptions;
  /**
   * Webhook subscriptions: the hosts callback URLs may name (exact names, `*.example.nl`, or IP
   * addresses). Without it no subscription can be created. Give the delivery worker the same list.
   */
  webhooks?: { allowedHosts: readonly string[] };
  /**
   * Standard versions accepted in request bodies (the window). Documents of an older one are
   * upgraded to the current version before they are checked and stored, and the response
   * carries the migration report. Must include the current version. Default: every version
   * core still supports on the clock's date.
   */
  standardVersions?: readonly string[];
  /**
   * Longest time one report may run, in milliseconds (default 30 000). A report that needs
   * longer is stopped in the database and answered 422 `report-too-large`, with the advice to
   * narrow the period or scope. On PGlite the limit is checked between statements only
   * (a running statement cannot be interrupted); the memory storage has no limit.
   */
  reportTimeoutMs?: number;
}

/** The accepted versions, checked once: each must be a version of the standard, and the current one must be among them. */
function versionWindow(requested: readonly string[] | undefined, today: string): readonly string[] {
  const window = requested ?? supportedStandardVersions(today);
  for (const v of window) {
    const known = getStandardVersion(v);
    if (known === undefined || known.status === 'retired')
      throw new Error(`standardVersions: ${v} is not a supported version of the standard`);
  }
  if (!window.includes(STANDARD_VERSION)) throw new Error(`standardVersions must include the current version ${STANDARD_VERSION}`);
  return [...window];
}

/**
 * Contact and licence in the OpenAPI document (NL API Design Rules need a contact).
 *
 * @public
 */
export interface OpenApiInfo {
  contact?: { name: string; email: string; url: string };
  /** Standard versions the server accepts (default: every version of the standard not retired). */
  standardVersions?: readonly string[];
}

function buildV1(options: Pick<AppOptions, 'events' | 'webhooks'> = {}): OpenAPIHono<AppEnv> {
  const v1 = new OpenAPIHono<AppEnv>({ defaultHook, strict: true });
  for (const def of documentDefinitions) {
    if ((RECORD_COLLECTIONS as readonly string[]).includes(def.collection)) v1.route(`/${def.collection}`, recordRoutes(def));
  }
  v1.route('/employer-instructions', employerInstructionRoutes());
  v1.route('/events', eventRoutes(options.events));
  v1.route('/subscriptions', subscriptionRoutes(options.webhooks ?? {}));
  v1.route('/code-lists', codeListRoutes());
  v1.route('/reports', reportRoutes());
  v1.openAPIRegistry.registerComponent('securitySchemes', 'bearerAuth', {
    type: 'http',
    scheme: 'bearer',
    bearerFormat: 'JWT',
    description: 'JWT (HS256) carrying the principal: user id, organisation (KVK, GM, AM or UWV) and roles.',
  });
  return v1;
}

/**
 * The OpenAPI 3.1 document of the API, generated from core's zod schemas. Paths are relative
 * to the server URL `/v1`.
 *
 * @public
 */
export function generateOpenApiDocument(info: OpenApiInfo = {}): ReturnType<OpenAPIHono['getOpenAPI31Document']> {
  const accepted = info.standardVersions ?? allStandardVersions.filter((v) => v.status !== 'retired').map((v) => v.version);
  const document = buildV1().getOpenAPI31Document({
    openapi: '3.1.0',
    info: {
      title: 'Banenafspraak API',
      version: API_VERSION,
      description: `REST API of the banenafspraak data standard ${STANDARD_VERSION}: partnership agreements, execution plans, vacancies, candidate proposals, placements, instrument grants, follow-ups, job-coach plans and reports, wage-value assessments, wage-cost subsidy declarations and employer instructions between employers and municipalities / labour-market regions. Errors are RFC 9457 problem documents; writes use ETag/If-Match and Idempotency-Key; a status change must follow the document type's lifecycle (AGR-003) and be one the caller's side may make (LCY-001). Documents of standard version ${accepted.join(', ')} are accepted; an older one is upgraded to ${STANDARD_VERSION} before it is stored, and the response says what changed (Warning and Migration-Report headers, or the problem's migration member). Every status change is an ID-only event (CloudEvents 1.0), served as a feed (JSON pages with long poll, or server-sent events) and delivered to subscriptions as signed webhooks (Standard Webhooks).`,
      contact: info.contact ?? {
        name: 'Banenafspraak standaard',
        email: 'standaard@banenafspraak.example',
        url: 'https://banenafspraak.example/',
      },
      license: { name: 'EUPL-1.2', url: 'https://interoperable-europe.ec.europa.eu/collection/eupl/eupl-text-eupl-12' },
    },
    servers: [{ url: '/v1', description: 'This server.' }],
    security: [{ bearerAuth: [] }],
  });
  // The standard's version next to the API's: what a client checks before sending documents.
  Object.assign(document.info, { 'x-standard-version': STANDARD_VERSION, 'x-accepted-standard-versions': [...accepted] });
  return withNamedComponents(document);
}

const FAILED_WRITE = /^\/v1\/([a-z-]+)\/([0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12})$/;
const PUBLIC_PATHS = [/^\/v1\/openapi\.json$/, /^\/v1\/code-lists(\/[A-Za-z0-9-]+)?$/];

/**
 * Creates the API as a Hono app: base path `/v1`, one sub-app per resource. Run it as is
 * (`serve({ fetch: app.fetch })`) or mount it in your own Hono app.
 *
 * @example
 * ```ts
 * import { serve } from '@hono/node-server';
 * import { createApp, createMemoryStorage } from '@banenafspraak/server';
 * const app = createApp({ storage: createMemoryStorage(), auth: { secret: process.env.TOKEN_SECRET! } });
 * serve({ fetch: app.fetch, port: 3000 });
 * ```
 *
 * @public
 */
export function createApp(options: AppOptions): OpenAPIHono<AppEnv> {
  const logger = options.logger ?? createJsonLogger();
  const clock = options.clock ?? (() => new Date());
  const allowOrigins = new Set(options.corsOrigins ?? []);
  const app = new OpenAPIHono<AppEnv>({ strict: true, defaultHook });
  const standardVersions = versionWindow(options.standardVersions, clock().toISOString().slice(0, 10));
  const openapiJson = JSON.stringify(generateOpenApiDocument({ standardVersions }));
  if (options.reportTimeoutMs !== undefined && !(Number.isInteger(options.reportTimeoutMs) && options.reportTimeoutMs > 0))
    throw new Error('reportTimeoutMs must be a positive whole number of milliseconds');
  const reportLimits = options.reportTimeoutMs !== undefined ? { reportTimeoutMs: options.reportTimeoutMs } : {};
  const verify = createTokenVerifier(
    options.auth.secret,
    options.auth.maxTokenLifetimeSeconds !== undefined ? { maxLifetimeSeconds: options.auth.maxTokenLifetimeSeconds } : {},
  );

  app.use('*', async (c, next) => {
    const started = performance.now();
    const requestId = crypto.randomUUID();
    c.set('requestId', requestId);
    c.set('logger', logger);
    c.set('now', () => clock().toISOString());
    c.set('standardVersions', standardVersions);
    c.set('locale', (c.req.header('Accept-Language') ?? '').trim().toLowerCase().startsWith('en') ? 'en' : 'nl');
    await next();
    // Responses of our handlers and of onError carry the standard headers already (as a
    // plain record, see respond()); others (CORS preflight) get them here.
    completeHeaders(c);
    if (logger === silentLogger) return;
    const principal = c.get('principal');
    logger.info('request', {
      requestId,
      method: c.req.method,
      path: maskPath(c.req.path),
      status: c.res.status,
      durationMs: Math.round((performance.now() - started) * 10) / 10,
      ...(principal
        ? {
            userId: principal.userId,
            organisation: principal.organisation ? `${principal.organisation.scheme}:${principal.organisation.value}` : undefined,
          }
        : {}),
    });
  });

  // NL API Design Rules: no trailing slashes, and no redirect either.
  app.use('*', async (c, next) => {
    if (c.req.path.length > 1 && c.req.path.endsWith('/')) throw new ServerError('not-found', 'Paden eindigen niet op een slash.');
    await next();
  });

  const corsAll = cors({ origin: '*', allowMethods: ['GET'], exposeHeaders: ['API-Version'] });
  const corsList = cors({
    origin: (origin) => (allowOrigins.has(origin) ? origin : null),
    allowMethods: ['GET', 'POST', 'PUT', 'DELETE'],
    allowHeaders: ['Authorization', 'Content-Type', 'If-Match', 'Idempotency-Key', 'Accept-Language'],
    exposeHeaders: ['API-Version', 'ETag', 'Location', 'Idempotent-Replayed', 'Warning', 'Migration-Report'],
    maxAge: 600,
  });
  // CORS matters only to browsers, which always send Origin.
  // The CORS middleware touches c.res before the handler runs, so Hono copies its headers over
  // the handler's response: the standard headers are prepared first to be part of them.
  app.use('/v1/*', (c, next) => {
    if (!c.req.header('Origin')) return next();
    prepareHeaders(c);
    return c.req.path === '/v1/openapi.json' ? corsAll(c, next) : corsList(c, next);
  });

  const limitBody = bodyLimit({
    maxSize: options.maxBodyBytes ?? 1024 * 1024,
    onError: () => {
      throw new ServerError('payload-too-large', `De body is groter dan ${options.maxBodyBytes ?? 1024 * 1024} bytes.`);
    },
  });
  // Only methods with a body: touching the body of a GET would build a full Request object.
  app.use('/v1/*', (c, next) =>
    c.req.method === 'POST' || c.req.method === 'PUT' || c.req.method === 'PATCH' ? limitBody(c, next) : next(),
  );

  app.get('/v1/openapi.json', (c) =>
    respond(c, openapiJson, 200, {
      'Content-Type': 'application/json; charset=utf-8',
      'Cache-Control': 'public, max-age=300',
      'Cross-Origin-Resource-Policy': 'cross-origin',
    }),
  );
  app.all('/v1/openapi.json', () => {
    throw new ServerError('method-not-allowed', 'Gebruik GET op dit pad.', { allow: ['GET'] });
  });

  app.use('/v1/*', async (c, next) => {
    if (PUBLIC_PATHS.some((p) => p.test(c.req.path))) return next();
    const header = c.req.header('Authorization') ?? '';
    const m = /^Bearer\s+([A-Za-z0-9._~+/=-]+)$/i.exec(header);
    if (!m?.[1]) throw new ServerError('unauthorized', 'Stuur een bearer-token mee in de Authorization-header.');
    const principal = await verify(m[1]);
    c.set('principal', principal);
    // Routes reach data only through this repository, bound to the principal.
    c.set(
      'repository',
      createRepository(options.storage, principal, () => clock().toISOString(), reportLimits),
    );
    await next();
  });

  app.route('/v1', buildV1(options));

  app.notFound(() => {
    throw new ServerError('not-found', 'Deze resource bestaat niet.');
  });

  app.onError(async (err, c) => {
    let error: unknown = err;
    // The client closed the connection before its body was in (reading it failed): nobody is
    // left to answer, and it is no server error. A warning, so a client cannot fill the error log.
    if (!isServerError(err) && c.req.raw.signal.aborted) {
      logger.warn('request aborted by the client', { requestId: c.get('requestId'), method: c.req.method, path: maskPath(c.req.path) });
      error = new ServerError('invalid-input', 'Het verzoek is afgebroken voordat het binnen was.');
    } else if (!isServerError(err) && err instanceof HTTPException) {
      const map: Record<number, ServerErrorCode> = {
        400: 'invalid-input',
        401: 'unauthorized',
        404: 'not-found',
        413: 'payload-too-large',
      };
      error = new ServerError(
        map[err.status] ?? 'internal',
        map[err.status] ? 'Het verzoek kon niet worden verwerkt.' : 'Er ging iets mis aan de kant van de server.',
      );
    }
    const problem = toProblem(error, maskPath(c.req.path));
    if (problem.status >= 500) {
      // Every 5xx is logged with its request id (the client sees it in X-Request-Id). Name and
      // stack frames only: messages of driver errors may contain submitted values (a BSN).
      const frames = (err.stack ?? '')
        .split('\n')
        .filter((l) => l.trim().startsWith('at '))
        .slice(0, 8)
        .map((l) => l.trim());
      logger.error('server error', {
        requestId: c.get('requestId'),
        method: c.req.method,
        path: maskPath(c.req.path),
        status: problem.status,
        errorName: err.name,
        frames,
      });
    }
    const repository = c.get('repository');
    const m = FAILED_WRITE.exec(c.req.path);
    if (
      repository &&
      m &&
      (c.req.method === 'PUT' || c.req.method === 'DELETE') &&
      problem.status >= 400 &&
      problem.status < 500 &&
      problem.status !== 404
    ) {
      const collection = m[1] as RecordCollection;
      try {
        await repository.recordFailedAttempt(
          collection,
          m[2] as string,
          c.req.method === 'PUT' ? 'update' : collection === ('employer-instructions' as string) ? 'revoke' : 'delete',
          problem.status,
        );
      } catch {
        logger.warn('could not record failed attempt', { requestId: c.get('requestId') });
      }
    }
    const headers: Record<string, string> = { 'Content-Type': 'application/problem+json; charset=utf-8' };
    // The rest of an oversized body is never read: close the connection, so a keep-alive
    // client does not send its next request into a socket that is about to be reset.
    if (problem.status === 413) headers.Connection = 'close';
    if (isServerError(error) && error.extra.allow) headers.Allow = error.extra.allow.join(', ');
    if (problem.status === 401) headers['WWW-Authenticate'] = 'Bearer';
    return respond(c, JSON.stringify(problem), problem.status, headers);
  });

  return app;
}
