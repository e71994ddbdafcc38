/**
 * A `fetch`-like function: takes a `Request`, returns a `Response` or a promise of one.
 * `globalThis.fetch` fits, and so does `app.fetch` of a Hono app (for in-process tests),
 * which answers synchronously when no handler on the route is async.
 *
 * @public
 */
export type FetchLike = (request: Request) => Response | Promise<Response>;

/**
 * Supplies the bearer token; called before every attempt, so a refreshed token is picked up.
 *
 * @public
 */
export type TokenProvider = () => string | undefined | Promise<string | undefined>;

/**
 * When and how often to retry. Only requests that are safe to repeat are retried: GET,
 * DELETE, PUT with `If-Match`, and POST with an `Idempotency-Key` (every POST this client
 * sends has one).
 *
 * @public
 */
export interface RetryOptions {
  /** Retries after the first attempt. Default 2; `0` turns retrying off. */
  readonly limit?: number;
  /** Delay before the first retry in ms; doubles every retry, with jitter. Default 300. */
  readonly baseDelay?: number;
  /** Upper bound of one back-off delay in ms. Default 10 000. */
  readonly maxDelay?: number;
  /**
   * Longest `Retry-After` the client waits, in ms. A longer one ends retrying and the error
   * is thrown, so that the caller can decide. Default 60 000.
   */
  readonly maxRetryAfter?: number;
  /** Statuses to retry. Default `[429, 503]`. Network errors are always retried. */
  readonly statusCodes?: readonly number[];
}

/**
 * Options of {@link createClient}.
 *
 * @public
 */
export interface ClientOptions {
  /**
   * Base URL of the API including the version path, e.g. `https://api.example.nl/v1`.
   * Resource paths such as `/placements` are appended to it.
   */
  readonly baseUrl: string;
  /** A fixed bearer token. Use `getToken` instead for tokens that expire. */
  readonly token?: string;
  /** Supplies the bearer token before every attempt. Takes precedence over `token`. */
  readonly getToken?: TokenProvider;
  /** The fetch implementation. Default `globalThis.fetch`. */
  readonly fetch?: FetchLike;
  /**
   * Time limit of a call in ms, retries and back-off included; `false` for none.
   * Default 30 000. Can be overridden per call.
   */
  readonly timeout?: number | false;
  /** Retry policy, or `false` to never retry. */
  readonly retry?: RetryOptions | false;
  /**
   * Check documents in responses against core's schemas (structure only) and fail with an
   * `UnexpectedResponseError` when they do not match. Default `false`.
   */
  readonly validateResponses?: boolean;
  /** Language of messages in problem documents (`Accept-Language`). Default: the server's (Dutch). */
  readonly locale?: 'nl' | 'en';
  /** Extra headers sent with every request. */
  readonly headers?: Readonly<Record<string, string>>;
}

/**
 * Options every call accepts.
 *
 * @public
 */
export interface RequestOptions {
  /** Cancels the call; it then fails with an `AbortedError`. */
  readonly signal?: AbortSignal;
  /** Time limit of this call in ms (retries included), or `false` for none. */
  readonly timeout?: number | false;
  /** Retry policy of this call. */
  readonly retry?: RetryOptions | false;
  /** Extra headers of this call. */
  readonly headers?: Readonly<Record<string, string>>;
}

/**
 * Options of calls that POST: the idempotency key can be supplied.
 *
 * @public
 */
export interface PostOptions extends RequestOptions {
  /**
   * `Idempotency-Key` of the request. Default: a new `crypto.randomUUID()` per call, reused
   * for its retries. Pass your own to make a request idempotent across process restarts.
   */
  readonly idempotencyKey?: string;
}

/**
 * Options of writes to an existing record: the ETag it was read with.
 *
 * @public
 */
export interface WriteOptions extends RequestOptions {
  /** ETag from `get`, `create` or an earlier `update`; sent as `If-Match`. */
  readonly etag: string;
}
