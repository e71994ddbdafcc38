import type * as core from '@banenafspraak/core';
import type { Issue, Placement } from '@banenafspraak/core';
import { describe, expectTypeOf, it } from 'vitest';
import type * as client from '../src/index.js';
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

  it('wire shapes besides the documents are core’s', () => {
    expectTypeOf<client.AuditEntry>().toEqualTypeOf<core.AuditEntry>();
    expectTypeOf<client.InstructionRead>().toEqualTypeOf<core.InstructionRead>();
    expectTypeOf<client.Page<Placement>>().toEqualTypeOf<core.Page<Placement>>();
    expectTypeOf<client.ValidationReport>().toEqualTypeOf<core.ValidationReport>();
    expectTypeOf<client.CodeListSummary>().toEqualTypeOf<core.CodeListSummary>();
    expectTypeOf<client.CodeListDocument>().toEqualTypeOf<core.CodeListDocument>();
    expectTypeOf<client.CodeListDocumentEntry>().toEqualTypeOf<core.CodeListDocumentEntry>();
    expectTypeOf<client.ProgressReport>().toEqualTypeOf<core.ProgressReport>();
    expectTypeOf<client.HarmonisationReport>().toEqualTypeOf<core.HarmonisationReport>();
    expectTypeOf<client.ReportContact>().toEqualTypeOf<core.ReportContact>();
    // Core's problem document fits the client's, which tolerates partial documents from proxies.
    expectTypeOf<core.ProblemDocument>().toExtend<client.ReceivedProblemDocument>();
  });
});
