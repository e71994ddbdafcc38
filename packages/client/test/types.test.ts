import type { Issue, Placement } from '@banenafspraak/core';
import { describe, expectTypeOf, it } from 'vitest';
import { type AnyClientError, createClient, isClientError, isProblemError, type Page, type Versioned } from '../src/index.js';

describe('types', () => {
  const client = createClient({ baseUrl: 'https://api.test/v1', fetch: async () => new Response(null) });

  it('Promise methods take and return core types', () => {
    expectTypeOf(client.placements.get).returns.toEqualTypeOf<Promise<Versioned<Placement>>>();
    expectTypeOf(client.placements.list).returns.toEqualTypeOf<Promise<Page<Placement>>>();
    expectTypeOf(client.placements.create).parameter(0).toEqualTypeOf<Placement>();
    expectTypeOf(client.placements.listAll).returns.toEqualTypeOf<AsyncGenerator<Placement, void, undefined>>();
  });

  it('narrowing on _tag gives the specific error and its fields', () => {
    const e: unknown = undefined;
    if (isClientError(e)) {
      expectTypeOf(e).toEqualTypeOf<AnyClientError>();
      if (e._tag === 'ConflictError') expectTypeOf(e.isStale).toBeBoolean();
      if (e._tag === 'ProblemError') expectTypeOf(e.issues).toEqualTypeOf<readonly Issue[]>();
      if (e._tag === 'TimeoutError') expectTypeOf(e.timeout).toBeNumber();
    }
    if (isProblemError(e)) expectTypeOf(e.status).toBeNumber();
  });
});
