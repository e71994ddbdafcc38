import * as Effect from 'effect/Effect';
import type * as Stream from 'effect/Stream';
import type { AnyClientError } from '../errors.js';
import type { PostOptions, RequestOptions, WriteOptions } from '../options.js';
import type {
  AuditEntry,
  InstructionRead,
  ListParams,
  Page,
  PageParams,
  PlacementSearchParams,
  ValidationReport,
  Versioned,
} from '../types.js';
import { runPromise } from './http.js';
import type { CollectionRef } from './resources.js';
import { allPages, iterate, seg, splitWrite, type Transport } from './resources.js';

type Definition = CollectionRef;

/**
 * The query of a list request (only known keys, so nothing else leaks into the URL). Typed
 * against core's list query, so a key core adds fails to compile here until it is sent.
 */
export function listQuery(params: ListParams = {}) {
  const { region, employer, status, from, to, limit, cursor } = params;
  return { region, employer, status, from, to, limit, cursor } satisfies Record<keyof Required<ListParams>, unknown>;
}

/** Effect implementations of the methods every document collection shares. */
function documentEffects<T>(transport: Transport, definition: Definition) {
  const base = `/${definition.collection}`;
  return {
    create: (document: T, options?: PostOptions): Effect.Effect<Versioned<T>, AnyClientError> =>
      transport.versioned<T>(definition, transport.postRequest(base, document, options)),
    get: (id: string, options?: RequestOptions): Effect.Effect<Versioned<T>, AnyClientError> =>
      transport.versioned<T>(definition, { method: 'GET', path: `${base}/${seg(id)}`, options }),
    update: (id: string, document: T, options: WriteOptions): Effect.Effect<Versioned<T>, AnyClientError> =>
      Effect.suspend(() => {
        const { ifMatch, options: rest } = splitWrite(options);
        return transport.versioned<T>(definition, { method: 'PUT', path: `${base}/${seg(id)}`, body: document, ifMatch, options: rest });
      }),
    delete: (id: string, options: WriteOptions): Effect.Effect<void, AnyClientError> =>
      Effect.suspend(() => {
        const { ifMatch, options: rest } = splitWrite(options);
        return Effect.asVoid(transport.send({ method: 'DELETE', path: `${base}/${seg(id)}`, ifMatch, options: rest }));
      }),
    validate: (document: unknown, options?: PostOptions): Effect.Effect<ValidationReport, AnyClientError> =>
      transport.json<ValidationReport>(transport.postRequest(`${base}/_valideer`, document, options)),
    auditTrail: (id: string, options?: RequestOptions): Effect.Effect<AuditEntry[], AnyClientError> =>
      Effect.map(
        transport.json<{ items?: AuditEntry[] }>({ method: 'GET', path: `${base}/${seg(id)}/audittrail`, options }),
        (body) => body?.items ?? [],
      ),
  };
}

/** Effect methods of a record collection; the Promise twins are in `RecordResource`. */
export function recordEffects<T>(transport: Transport, definition: Definition) {
  const base = `/${definition.collection}`;
  const list = (params?: ListParams, options?: RequestOptions): Effect.Effect<Page<T>, AnyClientError> =>
    transport.page<T>(definition, { method: 'GET', path: base, query: listQuery(params), options });
  return {
    ...documentEffects<T>(transport, definition),
    list,
    listAll: (params: ListParams = {}, options?: RequestOptions): Stream.Stream<T, AnyClientError> =>
      allPages<T, ListParams>(params, (p) => list(p, options)),
  };
}

/** Effect methods of the placements collection: records plus the BSN search. */
export function placementEffects<T>(transport: Transport, definition: Definition) {
  const search = (params: PlacementSearchParams, options?: PostOptions): Effect.Effect<Page<T>, AnyClientError> => {
    const { bsn, limit, cursor } = params;
    const body = { bsn, ...(limit === undefined ? {} : { limit }), ...(cursor === undefined ? {} : { cursor }) };
    return transport.page<T>(definition, transport.postRequest(`/${definition.collection}/_zoek`, body, options));
  };
  return {
    ...recordEffects<T>(transport, definition),
    search,
    searchAll: (params: PlacementSearchParams, options?: RequestOptions): Stream.Stream<T, AnyClientError> =>
      allPages<T, PlacementSearchParams>(params, (p) => search(p, options)),
  };
}

/** Effect methods of the employer instruction: no list, DELETE revokes, plus the read log. */
export function instructionEffects<T>(transport: Transport, definition: Definition) {
  const { delete: revoke, ...rest } = documentEffects<T>(transport, definition);
  return {
    ...rest,
    revoke,
    readLog: (id: string, options?: RequestOptions): Effect.Effect<InstructionRead[], AnyClientError> =>
      Effect.map(
        transport.json<{ items?: InstructionRead[] }>({ method: 'GET', path: `/${definition.collection}/${seg(id)}/read-log`, options }),
        (body) => body?.items ?? [],
      ),
  };
}

/** Runs an Effect method as a Promise method with the same arguments. */
export function promised<Args extends unknown[], A>(fn: (...args: Args) => Effect.Effect<A, AnyClientError>) {
  return (...args: Args): Promise<A> => runPromise(fn(...args));
}

/** Runs a paged Effect method as an async iterator over all items. */
export function promisedPages<T, P extends PageParams, O>(fetchPage: (params: P, options?: O) => Effect.Effect<Page<T>, AnyClientError>) {
  return (params: P, options?: O): AsyncGenerator<T, void, undefined> =>
    iterate<T>(params, (p) => runPromise(fetchPage({ ...params, cursor: p.cursor }, options)));
}
