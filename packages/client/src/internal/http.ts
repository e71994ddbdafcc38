import * as Cause from 'effect/Cause';
import * as Duration from 'effect/Duration';
import * as Effect from 'effect/Effect';
import * as Exit from 'effect/Exit';
import * as Option from 'effect/Option';
import * as Schedule from 'effect/Schedule';
import {
  AbortedError,
  type AnyClientError,
  ConflictError,
  ForbiddenError,
  NetworkError,
  NotFoundError,
  ProblemError,
  type ReceivedProblemDocument,
  type RequestSummary,
  TimeoutError,
  UnauthorizedError,
  UnexpectedResponseError,
} from '../errors.js';
import type { ClientOptions, FetchLike, RequestOptions, RetryOptions, TokenProvider } from '../options.js';

/** Client options with defaults applied. */
export interface ResolvedConfig {
  readonly baseUrl: string;
  readonly getToken: TokenProvider | undefined;
  readonly fetch: FetchLike;
  readonly timeout: number | false;
  readonly retry: RetryOptions | false;
  readonly validateResponses: boolean;
  readonly headers: Readonly<Record<string, string>>;
}

export const DEFAULT_TIMEOUT = 30_000;

export function resolveConfig(options: ClientOptions): ResolvedConfig {
  if (typeof options.baseUrl !== 'string' || options.baseUrl.length === 0) {
    throw new TypeError('createClient: baseUrl is required, e.g. "https://api.example.nl/v1".');
  }
  const token = options.token;
  const headers: Record<string, string> = { ...options.headers };
  if (options.locale) headers['accept-language'] = options.locale;
  return {
    baseUrl: options.baseUrl.replace(/\/+$/, ''),
    getToken: options.getToken ?? (token === undefined ? undefined : () => token),
    // Bound through a closure: browsers throw "Illegal invocation" on an unbound fetch.
    fetch: options.fetch ?? ((request) => globalThis.fetch(request)),
    timeout: options.timeout ?? DEFAULT_TIMEOUT,
    retry: options.retry ?? {},
    validateResponses: options.validateResponses ?? false,
    headers,
  };
}

export type HttpMethod = 'GET' | 'POST' | 'PUT' | 'DELETE';

/** One logical call; retries repeat it unchanged. */
export interface HttpRequest {
  readonly method: HttpMethod;
  /** Path below the base URL, segments already encoded, e.g. `/placements/abc`. */
  readonly path: string;
  readonly query?: Readonly<Record<string, string | number | boolean | undefined>>;
  readonly body?: unknown;
  readonly ifMatch?: string;
  readonly idempotencyKey?: string;
  readonly options?: RequestOptions | undefined;
}

/** A successful response: status, headers and parsed JSON body (`undefined` when empty). */
export interface HttpResponse {
  readonly status: number;
  readonly headers: Headers;
  readonly body: unknown;
}

/** Builds the absolute URL of a request. */
export function urlOf(config: ResolvedConfig, request: Pick<HttpRequest, 'path' | 'query'>): string {
  let url = config.baseUrl + request.path;
  if (request.query) {
    const params = new URLSearchParams();
    for (const [key, value] of Object.entries(request.query)) {
      if (value !== undefined) params.append(key, String(value));
    }
    const qs = params.toString();
    if (qs) url += `?${qs}`;
  }
  return url;
}

/**
 * Whether repeating the request cannot change the outcome: reads, conditional and
 * idempotent writes, and POSTs that carry an idempotency key.
 */
export function isRetrySafe(request: Pick<HttpRequest, 'method' | 'ifMatch' | 'idempotencyKey'>): boolean {
  switch (request.method) {
    case 'GET':
    case 'DELETE':
      return true;
    case 'PUT':
      return request.ifMatch !== undefined;
    case 'POST':
      return request.idempotencyKey !== undefined;
  }
}

/** Parses `Retry-After` (delta-seconds or an HTTP date) into milliseconds. */
export function parseRetryAfter(value: string | null, now: number = Date.now()): number | undefined {
  if (value === null) return undefined;
  const trimmed = value.trim();
  if (/^\d+$/.test(trimmed)) return Number(trimmed) * 1000;
  const date = Date.parse(trimmed);
  return Number.isNaN(date) ? undefined : Math.max(0, date - now);
}

const JSON_TYPE = /^application\/(?:[\w.+-]+\+)?json\b/i;

function isProblemLike(value: unknown): value is ReceivedProblemDocument {
  if (typeof value !== 'object' || value === null || Array.isArray(value)) return false;
  const v = value as Record<string, unknown>;
  return typeof v.title === 'string' || typeof v.type === 'string' || typeof v.detail === 'string' || Array.isArray(v.issues);
}

/** Turns an error response into the matching typed error. */
export function errorFromResponse(status: number, headers: Headers, text: string, info: RequestSummary, statusText = ''): AnyClientError {
  const retryAfter = parseRetryAfter(headers.get('retry-after'));
  let problem: ReceivedProblemDocument | undefined;
  if (JSON_TYPE.test(headers.get('content-type') ?? '') && text.length > 0) {
    try {
      const parsed: unknown = JSON.parse(text);
      if (isProblemLike(parsed)) problem = parsed;
    } catch {
      // not JSON after all: handled below
    }
  }
  const specific = [401, 403, 404, 409, 412].includes(status);
  if (!problem) {
    if (!specific) {
      return new UnexpectedResponseError(`HTTP ${status} without a problem document`, status, info, { retryAfter });
    }
    // Proxies and frameworks answer these without a body; the status alone is actionable.
    problem = { status, title: statusText || `HTTP ${status}` };
  }
  switch (status) {
    case 401:
      return new UnauthorizedError(status, problem, info, retryAfter);
    case 403:
      return new ForbiddenError(status, problem, info, retryAfter);
    case 404:
      return new NotFoundError(status, problem, info, retryAfter);
    case 409:
    case 412:
      return new ConflictError(status, problem, info, retryAfter);
    default:
      return new ProblemError(status, problem, info, retryAfter);
  }
}

function retryAfterOf(error: AnyClientError): number | undefined {
  return 'retryAfter' in error ? error.retryAfter : undefined;
}

function statusOf(error: AnyClientError): number | undefined {
  return 'status' in error ? error.status : undefined;
}

/** The retry schedule: exponential back-off with jitter, honouring `Retry-After`. */
export function retrySchedule(retry: RetryOptions) {
  const limit = Math.max(0, Math.floor(retry.limit ?? 2));
  const baseDelay = retry.baseDelay ?? 300;
  const maxDelay = retry.maxDelay ?? 10_000;
  const maxRetryAfter = retry.maxRetryAfter ?? 60_000;
  const statuses = new Set(retry.statusCodes ?? [429, 503]);
  const retryable = (error: AnyClientError): boolean => {
    if (error._tag === 'NetworkError') return true;
    const status = statusOf(error);
    if (status === undefined || !statuses.has(status)) return false;
    const after = retryAfterOf(error);
    return after === undefined || after <= maxRetryAfter;
  };
  return Schedule.exponential(Duration.millis(baseDelay)).pipe(
    Schedule.jittered,
    Schedule.modifyDelay((_, delay) => Duration.min(delay, Duration.millis(maxDelay))),
    Schedule.intersect(Schedule.recurs(limit)),
    Schedule.intersect(Schedule.identity<AnyClientError>()),
    Schedule.whileInput(retryable),
    // Retry-After is a floor: never retry earlier than the server asked.
    Schedule.modifyDelay(([, error], delay) => {
      const after = retryAfterOf(error);
      return after === undefined ? delay : Duration.max(delay, Duration.millis(after));
    }),
  );
}

function headersOf(config: ResolvedConfig, request: HttpRequest, token: string | undefined): Headers {
  const headers = new Headers(config.headers);
  headers.set('accept', 'application/json, application/problem+json');
  if (request.body !== undefined) headers.set('content-type', 'application/json');
  if (token) headers.set('authorization', `Bearer ${token}`);
  if (request.ifMatch !== undefined) headers.set('if-match', request.ifMatch);
  if (request.idempotencyKey !== undefined) headers.set('idempotency-key', request.idempotencyKey);
  for (const [key, value] of Object.entries(request.options?.headers ?? {})) headers.set(key, value);
  return headers;
}

/** One attempt: token, fetch, read the body, classify. */
function attempt(
  config: ResolvedConfig,
  request: HttpRequest,
  url: string,
  info: RequestSummary,
): Effect.Effect<HttpResponse, AnyClientError> {
  const body = request.body === undefined ? undefined : JSON.stringify(request.body);
  return Effect.gen(function* () {
    const getToken = config.getToken;
    const token = getToken ? yield* Effect.promise(async () => getToken()) : undefined;
    const response = yield* Effect.tryPromise({
      // `async`: a FetchLike may answer synchronously (Hono's app.fetch) or throw.
      try: async (signal) =>
        config.fetch(new Request(url, { method: request.method, headers: headersOf(config, request, token), body, signal })),
      catch: (cause) => new NetworkError(info, cause),
    });
    const text = yield* Effect.tryPromise({ try: () => response.text(), catch: (cause) => new NetworkError(info, cause) });
    if (response.status < 200 || response.status > 299) {
      return yield* Effect.fail(errorFromResponse(response.status, response.headers, text, info, response.statusText));
    }
    if (text.length === 0) return { status: response.status, headers: response.headers, body: undefined };
    if (!JSON_TYPE.test(response.headers.get('content-type') ?? '')) {
      return yield* Effect.fail(
        new UnexpectedResponseError(
          `Expected JSON, got ${response.headers.get('content-type') ?? 'no content type'}`,
          response.status,
          info,
        ),
      );
    }
    try {
      return { status: response.status, headers: response.headers, body: JSON.parse(text) as unknown };
    } catch (cause) {
      return yield* Effect.fail(new UnexpectedResponseError('The response body is not valid JSON', response.status, info, { cause }));
    }
  });
}

/** Fails with {@link AbortedError} as soon as the signal aborts; never succeeds. */
function abortedBy(signal: AbortSignal, info: RequestSummary): Effect.Effect<never, AbortedError> {
  return Effect.async<never, AbortedError>((resume) => {
    if (signal.aborted) {
      resume(Effect.fail(new AbortedError(info, signal.reason)));
      return;
    }
    const onAbort = () => resume(Effect.fail(new AbortedError(info, signal.reason)));
    signal.addEventListener('abort', onAbort, { once: true });
    return Effect.sync(() => signal.removeEventListener('abort', onAbort));
  });
}

/**
 * The request pipeline: attempts with retries (when safe), an overall timeout and
 * cancellation. Interrupting the returned effect aborts the request in flight.
 */
export function execute(config: ResolvedConfig, request: HttpRequest): Effect.Effect<HttpResponse, AnyClientError> {
  const url = urlOf(config, request);
  const info: RequestSummary = { method: request.method, url };
  const retry = request.options?.retry ?? config.retry;
  const timeout = request.options?.timeout ?? config.timeout;
  let effect = attempt(config, request, url, info);
  if (retry !== false && isRetrySafe(request)) effect = Effect.retry(effect, retrySchedule(retry));
  if (timeout !== false) {
    effect = Effect.timeoutFail(effect, { duration: Duration.millis(timeout), onTimeout: () => new TimeoutError(info, timeout) });
  }
  const signal = request.options?.signal;
  if (signal) effect = Effect.raceFirst(effect, abortedBy(signal, info));
  return effect;
}

/**
 * Runs an effect of the client as a Promise: resolves with its value, rejects with the
 * client error itself (not an Effect wrapper), or with the defect when one occurred.
 */
export async function runPromise<A>(effect: Effect.Effect<A, AnyClientError>): Promise<A> {
  const exit = await Effect.runPromiseExit(effect);
  if (Exit.isSuccess(exit)) return exit.value;
  const failure = Cause.failureOption(exit.cause);
  if (Option.isSome(failure)) throw failure.value;
  const defect = Cause.dieOption(exit.cause);
  if (Option.isSome(defect)) throw defect.value;
  throw new AbortedError(undefined);
}
