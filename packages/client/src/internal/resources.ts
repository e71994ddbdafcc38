import type { DocumentDefinition, Issue } from '@banenafspraak/core';

import * as Effect from 'effect/Effect';
import * as Option from 'effect/Option';
import * as Stream from 'effect/Stream';
import { type AnyClientError, type RequestSummary, UnexpectedResponseError } from '../errors.js';
import type { PostOptions, RequestOptions, WriteOptions } from '../options.js';
import type { Page, PageParams, Versioned } from '../types.js';
import { execute, type HttpRequest, type HttpResponse, type ResolvedConfig, urlOf } from './http.js';

/** What the transport needs to know of a document type: its collection. */
export interface CollectionRef {
  readonly collection: string;
}

/**
 * Core's runtime (zod schemas) is loaded only when response validation is on, so that
 * clients without it do not ship the schemas to browsers.
 */
const loadCore = Effect.promise(() => import('@banenafspraak/core'));

/** Encodes one path segment (ids come from callers and may contain anything). */
export const seg = (value: string): string => encodeURIComponent(value);

function infoOf(config: ResolvedConfig, request: HttpRequest): RequestSummary {
  return { method: request.method, url: urlOf(config, request) };
}

function unexpected(config: ResolvedConfig, request: HttpRequest, response: HttpResponse, message: string, issues?: readonly Issue[]) {
  return new UnexpectedResponseError(message, response.status, infoOf(config, request), { issues });
}

/** A fresh idempotency key. */
export function newIdempotencyKey(): string {
  return globalThis.crypto.randomUUID();
}

/** Structural issues of a document against a schema, in core's issue shape. */
export function schemaIssues(definition: Pick<DocumentDefinition, 'schema'>, value: unknown, prefix: (string | number)[] = []): Issue[] {
  const result = definition.schema.safeParse(value);
  if (result.success) return [];
  return result.error.issues.map((zi) => ({
    severity: 'error' as const,
    code: zi.code,
    path: [...prefix, ...zi.path.map((p) => (typeof p === 'number' ? p : String(p)))],
    message: zi.message,
  }));
}

/** The pieces every resource builds on: send a request and check what comes back. */
export class Transport {
  constructor(readonly config: ResolvedConfig) {}

  send(request: HttpRequest): Effect.Effect<HttpResponse, AnyClientError> {
    return execute(this.config, request);
  }

  /**
   * A POST request with an idempotency key: the given one, or a new UUID chosen now, so that
   * every run of the returned effect (retries, and re-runs by Effect users) sends the same key.
   */
  postRequest(path: string, body: unknown, options: PostOptions | undefined): HttpRequest {
    const { idempotencyKey, ...rest } = options ?? {};
    return { method: 'POST', path, body, idempotencyKey: idempotencyKey ?? newIdempotencyKey(), options: rest };
  }

  /** A JSON object body, or an {@link UnexpectedResponseError}. */
  object(request: HttpRequest, response: HttpResponse): Effect.Effect<Record<string, unknown>, UnexpectedResponseError> {
    const body = response.body;
    if (typeof body === 'object' && body !== null && !Array.isArray(body)) return Effect.succeed(body as Record<string, unknown>);
    return Effect.fail(unexpected(this.config, request, response, 'Expected a JSON object in the response'));
  }

  /** Checks a document against its schema when `validateResponses` is on. */
  checkDocument<T>(
    ref: CollectionRef | undefined,
    request: HttpRequest,
    response: HttpResponse,
    value: unknown,
    prefix: (string | number)[] = [],
  ): Effect.Effect<T, UnexpectedResponseError> {
    if (!this.config.validateResponses || !ref) return Effect.succeed(value as T);
    return Effect.flatMap(loadCore, (core) => {
      const definition = core.getDocumentDefinition(ref.collection);
      const issues = definition ? schemaIssues(definition, value, prefix) : [];
      if (issues.length === 0) return Effect.succeed(value as T);
      return Effect.fail(
        unexpected(this.config, request, response, `The response does not match the standard's schema (${issues.length} issues)`, issues),
      );
    });
  }

  /** A document with its ETag. */
  versioned<T>(definition: CollectionRef | undefined, request: HttpRequest): Effect.Effect<Versioned<T>, AnyClientError> {
    return Effect.gen(this, function* () {
      const response = yield* this.send(request);
      const etag = response.headers.get('etag');
      if (!etag) return yield* Effect.fail(unexpected(this.config, request, response, 'The response has no ETag header'));
      const body = yield* this.object(request, response);
      const document = yield* this.checkDocument<T>(definition, request, response, body);
      return { document, etag };
    });
  }

  /** A page of documents. */
  page<T>(definition: CollectionRef | undefined, request: HttpRequest): Effect.Effect<Page<T>, AnyClientError> {
    return Effect.gen(this, function* () {
      const response = yield* this.send(request);
      const body = yield* this.object(request, response);
      if (!Array.isArray(body.items))
        return yield* Effect.fail(unexpected(this.config, request, response, 'Expected `items` in a list response'));
      const items: T[] = [];
      for (const [i, item] of body.items.entries())
        items.push(yield* this.checkDocument<T>(definition, request, response, item, ['items', i]));
      const next = body.nextCursor;
      return typeof next === 'string' && next.length > 0 ? { items, nextCursor: next } : { items };
    });
  }

  /** A JSON body of any shape, taken as `T` (reports, code lists, audit trails). */
  json<T>(request: HttpRequest): Effect.Effect<T, AnyClientError> {
    return Effect.map(this.send(request), (response) => response.body as T);
  }
}

/** Every page of a paged call as one stream, fetching the next page only when needed. */
export function allPages<T, P extends PageParams>(
  params: P,
  fetchPage: (params: P) => Effect.Effect<Page<T>, AnyClientError>,
): Stream.Stream<T, AnyClientError> {
  return Stream.paginateEffect(params.cursor, (cursor: string | undefined) =>
    Effect.map(fetchPage({ ...params, cursor }), (page) => [page.items, Option.fromNullable(page.nextCursor)] as const),
  ).pipe(Stream.flattenIterables);
}

/** Runs a stream of the client as an async iterator, one page request at a time. */
export async function* iterate<T>(
  firstPage: PageParams,
  fetchPage: (params: PageParams) => Promise<Page<T>>,
): AsyncGenerator<T, void, undefined> {
  let cursor = firstPage.cursor;
  do {
    const page = await fetchPage({ ...firstPage, cursor });
    yield* page.items;
    cursor = page.nextCursor;
  } while (cursor !== undefined);
}

/** Options for a write that carry the ETag, split in If-Match and the rest. */
export function splitWrite(options: WriteOptions): { ifMatch: string; options: RequestOptions } {
  const { etag, ...rest } = options;
  if (typeof etag !== 'string' || etag.length === 0) {
    throw new TypeError('An ETag is required for this write: pass { etag } from get, create or an earlier update.');
  }
  return { ifMatch: etag, options: rest };
}
