import type { ProblemDocument as CoreProblemDocument, Issue } from '@banenafspraak/core';

/**
 * An RFC 9457 problem document as received: core's `ProblemDocument` (the wire
 * contract) with every member optional, because proxies and other servers may send less (or
 * nothing: the client then fills in `status` and `title`), plus extension members.
 *
 * @public
 */
export interface ReceivedProblemDocument extends Readonly<Partial<Omit<CoreProblemDocument, 'issues'>>> {
  /** Every issue found in the request, in core's issue shape. */
  readonly issues?: readonly Issue[];
  /** Extension members. */
  readonly [member: string]: unknown;
}

/**
 * The request an error is about: method and URL (URLs never carry personal data in this standard).
 *
 * @public
 */
export interface RequestSummary {
  readonly method: string;
  readonly url: string;
}

/**
 * Base class of every error the client throws (Promise API) or fails with (Effect API).
 *
 * @remarks Check for client errors with {@link isClientError} and branch on `_tag`;
 * both work across bundles and realms, where `instanceof` may not.
 *
 * @public
 */
export abstract class ClientError extends Error {
  /** Discriminator of the error kind. */
  abstract readonly _tag: ClientErrorTag;
  /** The request that failed, when there was one. */
  readonly request: RequestSummary | undefined;

  protected constructor(message: string, request: RequestSummary | undefined, options?: { cause?: unknown }) {
    super(message, options);
    this.request = request;
  }
}

/**
 * Tags of errors that carry a problem document from the server.
 *
 * @public
 */
export type ProblemErrorTag = 'ProblemError' | 'ConflictError' | 'NotFoundError' | 'UnauthorizedError' | 'ForbiddenError';

/**
 * Tags of all client errors.
 *
 * @public
 */
export type ClientErrorTag = ProblemErrorTag | 'NetworkError' | 'TimeoutError' | 'AbortedError' | 'UnexpectedResponseError';

function summary(status: number, problem: ReceivedProblemDocument): string {
  const head = problem.title ?? `HTTP ${status}`;
  const text = problem.detail ? `${head}: ${problem.detail}` : head;
  const n = problem.issues?.length ?? 0;
  return n > 0 ? `${text} (${n} ${n === 1 ? 'issue' : 'issues'})` : text;
}

/**
 * Base of the errors for a response with an error status and a problem document: carries
 * the status, the document and its issues. Check with {@link isProblemError}.
 *
 * @public
 */
export abstract class HttpError extends ClientError {
  abstract override readonly _tag: ProblemErrorTag;
  /** HTTP status of the response. */
  readonly status: number;
  /** The problem document as the server sent it (or a minimal one when it sent none). */
  readonly problem: ReceivedProblemDocument;
  /** The issues of the problem document; empty when there are none. */
  readonly issues: readonly Issue[];
  /** Delay the server asked for in `Retry-After`, in milliseconds. */
  readonly retryAfter: number | undefined;

  constructor(status: number, problem: ReceivedProblemDocument, request?: RequestSummary, retryAfter?: number) {
    super(summary(status, problem), request);
    this.status = status;
    this.problem = problem;
    this.issues = Array.isArray(problem.issues) ? problem.issues : [];
    this.retryAfter = retryAfter;
  }

  /** The problem's machine-readable `code`, when present. */
  get code(): string | undefined {
    return typeof this.problem.code === 'string' ? this.problem.code : undefined;
  }
}

/**
 * The server answered with an error status and a problem document, and no more specific
 * error below applies.
 *
 * @remarks Thrown most notably for 400 (invalid input: `issues` lists every problem with
 * path, rule id and code), and for 413, 415, 428, 429 and 5xx (after retries, where
 * retrying was allowed).
 *
 * @example
 * ```ts
 * try {
 *   await client.placements.create(draft);
 * } catch (e) {
 *   if (isClientError(e) && e._tag === 'ProblemError') {
 *     for (const issue of e.issues) console.log(issue.path.join('.'), issue.message);
 *   }
 * }
 * ```
 *
 * @public
 */
export class ProblemError extends HttpError {
  readonly _tag = 'ProblemError' as const;
  constructor(status: number, problem: ReceivedProblemDocument, request?: RequestSummary, retryAfter?: number) {
    super(status, problem, request, retryAfter);
    this.name = 'ProblemError';
  }
}

/**
 * The write conflicts with the record's current state.
 *
 * @remarks Thrown on 412 (the `If-Match` ETag is stale: someone else changed the record
 * since you read it; read it again, reapply your change and retry) and on 409 (for example
 * an idempotency key reused with a different body, or deleting a record past its initial
 * status). `status` tells which.
 *
 * @public
 */
export class ConflictError extends HttpError {
  readonly _tag = 'ConflictError' as const;
  constructor(status: number, problem: ReceivedProblemDocument, request?: RequestSummary, retryAfter?: number) {
    super(status, problem, request, retryAfter);
    this.name = 'ConflictError';
  }
  /** Whether the conflict is a stale ETag (412), i.e. re-reading and retrying can resolve it. */
  get isStale(): boolean {
    return this.status === 412;
  }
}

/**
 * 404: the record does not exist, or it is outside the caller's organisation or region
 * (servers do not reveal which).
 *
 * @public
 */
export class NotFoundError extends HttpError {
  readonly _tag = 'NotFoundError' as const;
  constructor(status: number, problem: ReceivedProblemDocument, request?: RequestSummary, retryAfter?: number) {
    super(status, problem, request, retryAfter);
    this.name = 'NotFoundError';
  }
}

/**
 * 401: the token is missing, invalid or expired.
 *
 * @public
 */
export class UnauthorizedError extends HttpError {
  readonly _tag = 'UnauthorizedError' as const;
  constructor(status: number, problem: ReceivedProblemDocument, request?: RequestSummary, retryAfter?: number) {
    super(status, problem, request, retryAfter);
    this.name = 'UnauthorizedError';
  }
}

/**
 * 403: the caller is known but its roles or confidentiality level do not allow this.
 *
 * @public
 */
export class ForbiddenError extends HttpError {
  readonly _tag = 'ForbiddenError' as const;
  constructor(status: number, problem: ReceivedProblemDocument, request?: RequestSummary, retryAfter?: number) {
    super(status, problem, request, retryAfter);
    this.name = 'ForbiddenError';
  }
}

/**
 * No response arrived: DNS, connection refused or reset, TLS, CORS, or the body broke off.
 *
 * @remarks Retried automatically when the request is safe to repeat; thrown once retries
 * are exhausted or not allowed. The original error is in `cause`.
 *
 * @public
 */
export class NetworkError extends ClientError {
  readonly _tag = 'NetworkError' as const;
  constructor(request: RequestSummary | undefined, cause: unknown) {
    const reason = cause instanceof Error ? cause.message : String(cause);
    super(`Network error: ${reason}`, request, { cause });
    this.name = 'NetworkError';
  }
}

/**
 * The call did not settle within its `timeout` (the whole call, retries and back-off
 * included). The request in flight is aborted.
 *
 * @public
 */
export class TimeoutError extends ClientError {
  readonly _tag = 'TimeoutError' as const;
  /** The timeout that passed, in milliseconds. */
  readonly timeout: number;
  constructor(request: RequestSummary | undefined, timeout: number) {
    super(`The request did not complete within ${timeout} ms`, request);
    this.name = 'TimeoutError';
    this.timeout = timeout;
  }
}

/**
 * The caller cancelled the call through its `AbortSignal`. `name` is `AbortError`, as
 * with `fetch`, and `cause` is the signal's reason.
 *
 * @public
 */
export class AbortedError extends ClientError {
  readonly _tag = 'AbortedError' as const;
  constructor(request: RequestSummary | undefined, reason?: unknown) {
    super('The request was aborted', request, { cause: reason });
    this.name = 'AbortError';
  }
}

/**
 * The server answered, but not as the standard says: a body that is not JSON, an error
 * status without a problem document, or (with `validateResponses`) a document that does not
 * match core's schema.
 *
 * @public
 */
export class UnexpectedResponseError extends ClientError {
  readonly _tag = 'UnexpectedResponseError' as const;
  /** HTTP status of the response. */
  readonly status: number;
  /** Schema issues, when response validation failed. */
  readonly issues: readonly Issue[];
  /** Delay the server asked for in `Retry-After`, in milliseconds. */
  readonly retryAfter: number | undefined;
  constructor(
    message: string,
    status: number,
    request?: RequestSummary,
    extra: { issues?: readonly Issue[]; retryAfter?: number | undefined; cause?: unknown } = {},
  ) {
    super(message, request, { cause: extra.cause });
    this.name = 'UnexpectedResponseError';
    this.status = status;
    this.issues = extra.issues ?? [];
    this.retryAfter = extra.retryAfter;
  }
}

/**
 * Any error of this package, discriminated by `_tag`.
 *
 * @public
 */
export type AnyClientError =
  | ProblemError
  | ConflictError
  | NotFoundError
  | UnauthorizedError
  | ForbiddenError
  | NetworkError
  | TimeoutError
  | AbortedError
  | UnexpectedResponseError;

const PROBLEM_TAGS: ReadonlySet<string> = new Set<ProblemErrorTag>([
  'ProblemError',
  'ConflictError',
  'NotFoundError',
  'UnauthorizedError',
  'ForbiddenError',
]);
const ALL_TAGS: ReadonlySet<string> = new Set<ClientErrorTag>([
  ...(PROBLEM_TAGS as ReadonlySet<ProblemErrorTag>),
  'NetworkError',
  'TimeoutError',
  'AbortedError',
  'UnexpectedResponseError',
]);

function tagOf(value: unknown): string | undefined {
  if (typeof value !== 'object' || value === null) return undefined;
  const { _tag, message } = value as { _tag?: unknown; message?: unknown };
  return typeof _tag === 'string' && typeof message === 'string' ? _tag : undefined;
}

/**
 * Whether a value is an error of this client. Does not rely on `instanceof`, so it works
 * across duplicated installs and realms.
 *
 * @example
 * ```ts
 * try {
 *   await client.placements.update(id, changed, { etag });
 * } catch (e) {
 *   if (isClientError(e) && e._tag === 'ConflictError') {
 *     // someone else changed it: read again and retry
 *   } else throw e;
 * }
 * ```
 *
 * @public
 */
export function isClientError(value: unknown): value is AnyClientError {
  const tag = tagOf(value);
  return tag !== undefined && ALL_TAGS.has(tag);
}

/**
 * An error that carries a problem document from the server.
 *
 * @public
 */
export type AnyProblemError = ProblemError | ConflictError | NotFoundError | UnauthorizedError | ForbiddenError;

/**
 * Whether a value is a client error that carries a problem document from the server
 * (`status`, `problem`, `issues`): {@link ProblemError} and its specific siblings.
 *
 * @public
 */
export function isProblemError(value: unknown): value is AnyProblemError {
  const tag = tagOf(value);
  return tag !== undefined && PROBLEM_TAGS.has(tag);
}
