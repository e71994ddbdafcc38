import { type Placement, placementExample, type Vacancy, vacancyExample } from '@banenafspraak/core';
import { Chunk, Effect, Stream } from 'effect';
import { beforeEach, describe, expect, it } from 'vitest';
import { createClient, type FetchLike, isClientError, isProblemError } from '../src/index.js';
import { BASE_URL, startServer, type TestServer } from './harness.js';

let server: TestServer;
beforeEach(async () => {
  server = await startServer();
});

const placementDraft = (): Placement => {
  const { id: _id, ...doc } = structuredClone(placementExample);
  return doc;
};
const vacancyDraft = (n: number): Vacancy => {
  const { id: _id, ...doc } = structuredClone(vacancyExample);
  return { ...doc, jobType: { title: `Vacature ${n}` } };
};

describe('retries never duplicate', () => {
  it('a POST whose response is lost is retried with the same Idempotency-Key and creates exactly one record', async () => {
    let calls = 0;
    const lossy: FetchLike = async (req) => {
      const response = await server.fetch(req);
      // The server processed the first request; the client never sees its answer.
      if (++calls === 1) throw new TypeError('fetch failed: socket hang up');
      return response;
    };
    const client = await server.clientFor('caseManager', { fetch: lossy });
    const created = await client.placements.create(placementDraft());

    const posts = server.seen.filter((r) => r.method === 'POST');
    expect(posts).toHaveLength(2);
    const keys = posts.map((r) => r.headers.get('idempotency-key'));
    expect(keys[0]).toMatch(/^[0-9a-f-]{36}$/);
    expect(keys[1]).toBe(keys[0]);

    const all = await client.placements.list();
    expect(all.items.map((p) => p.id)).toEqual([created.document.id]);
  });

  it('without retries the same lost response surfaces as a NetworkError', async () => {
    const client = await server.clientFor('caseManager', {
      retry: false,
      fetch: async (req) => {
        await server.fetch(req);
        throw new TypeError('fetch failed');
      },
    });
    const error = await client.placements.create(placementDraft()).catch((e: unknown) => e);
    expect(isClientError(error) && error._tag).toBe('NetworkError');
    expect((error as Error).cause).toEqual(new TypeError('fetch failed'));
  });

  it('a caller-supplied idempotency key makes repeated calls return the first result', async () => {
    const client = await server.clientFor('caseManager');
    const a = await client.placements.create(placementDraft(), { idempotencyKey: 'import-2026-03-row-17' });
    const b = await client.placements.create(placementDraft(), { idempotencyKey: 'import-2026-03-row-17' });
    expect(b.document.id).toBe(a.document.id);
    expect((await client.placements.list()).items).toHaveLength(1);
  });

  it('a reused key with another body is a ConflictError (409)', async () => {
    const client = await server.clientFor('caseManager');
    await client.placements.create(placementDraft(), { idempotencyKey: 'k-1' });
    const error = await client.placements
      .create({ ...placementDraft(), hoursPerWeek: 30 }, { idempotencyKey: 'k-1' })
      .catch((e: unknown) => e);
    expect(isClientError(error) && error._tag).toBe('ConflictError');
    expect((error as { status: number }).status).toBe(409);
  });

  it('a PUT whose response is lost is retried, and the retry reports the version its own write moved on (412)', async () => {
    let puts = 0;
    const lossy: FetchLike = async (req) => {
      const response = await server.fetch(req);
      if (req.method === 'PUT' && ++puts === 1) throw new TypeError('fetch failed');
      return response;
    };
    const client = await server.clientFor('caseManager', { fetch: lossy });
    const { document, etag } = await client.placements.create(placementDraft());
    const error = await client.placements
      .update(document.id as string, { ...document, hoursPerWeek: 30 }, { etag })
      .catch((e: unknown) => e);
    expect(isClientError(error) && error._tag).toBe('ConflictError');
    expect(puts).toBe(2);
    expect((await client.placements.get(document.id as string)).document.hoursPerWeek).toBe(30);
  });

  it('a 503 on GET is retried until the server answers', async () => {
    let calls = 0;
    const flaky: FetchLike = async (req) => {
      if (++calls <= 2)
        return new Response(JSON.stringify({ title: 'Onderhoud', status: 503 }), {
          status: 503,
          headers: { 'content-type': 'application/problem+json' },
        });
      return server.fetch(req);
    };
    const client = await server.clientFor('caseManager', { fetch: flaky });
    const page = await client.placements.list();
    expect(page.items).toEqual([]);
    expect(calls).toBe(3);
  });
});

describe('optimistic concurrency', () => {
  it('an update with a stale ETag is a ConflictError (412); re-reading resolves it', async () => {
    const alice = await server.clientFor('caseManager');
    const bob = await server.clientFor('rijnmond');
    const { document, etag } = await alice.placements.create(placementDraft());
    const id = document.id as string;

    await bob.placements.update(id, { ...document, hoursPerWeek: 28 }, { etag });
    const error = await alice.placements.update(id, { ...document, hoursPerWeek: 32 }, { etag }).catch((e: unknown) => e);

    expect(isClientError(error)).toBe(true);
    if (!isClientError(error) || error._tag !== 'ConflictError') throw error;
    expect(error.status).toBe(412);
    expect(error.isStale).toBe(true);
    expect(error.problem.code).toBe('precondition-failed');
    expect(error.request).toEqual({ method: 'PUT', url: `${BASE_URL}/placements/${id}` });

    const fresh = await alice.placements.get(id);
    expect(fresh.document.hoursPerWeek).toBe(28);
    const saved = await alice.placements.update(id, { ...fresh.document, hoursPerWeek: 32 }, { etag: fresh.etag });
    expect(saved.document.hoursPerWeek).toBe(32);
  });

  it('catchTag handles the conflict in the Effect API', async () => {
    const client = await server.clientFor('caseManager');
    const { document } = await client.placements.create(placementDraft());
    const outcome = await Effect.runPromise(
      client.effect.placements.update(document.id as string, document, { etag: '"99"' }).pipe(
        Effect.as('saved'),
        Effect.catchTag('ConflictError', (e) => Effect.succeed(`conflict ${e.status}`)),
      ),
    );
    expect(outcome).toBe('conflict 412');
  });

  it('a write without an ETag is refused before anything is sent', async () => {
    const client = await server.clientFor('caseManager');
    const error = await client.placements.delete('00000000-0000-4000-8000-000000000001', { etag: '' }).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(TypeError);
    expect(server.seen).toHaveLength(0);
  });
});

describe('pagination', () => {
  it('list returns one page with a cursor; listAll walks every page', async () => {
    const client = await server.clientFor('caseManager');
    for (let i = 1; i <= 7; i++) await client.vacancies.create(vacancyDraft(i));
    server.seen.length = 0;

    const first = await client.vacancies.list({ limit: 3 });
    expect(first.items.map((v) => v.jobType.title)).toEqual(['Vacature 1', 'Vacature 2', 'Vacature 3']);
    expect(first.nextCursor).toEqual(expect.any(String));
    const second = await client.vacancies.list({ limit: 3, cursor: first.nextCursor });
    expect(second.items.map((v) => v.jobType.title)).toEqual(['Vacature 4', 'Vacature 5', 'Vacature 6']);

    server.seen.length = 0;
    const titles: string[] = [];
    for await (const v of client.vacancies.listAll({ limit: 3 })) titles.push(v.jobType.title);
    expect(titles).toEqual(Array.from({ length: 7 }, (_, i) => `Vacature ${i + 1}`));
    expect(server.seen).toHaveLength(3);
    const [firstQuery, secondQuery] = server.seen.map((r) => new URL(r.url).searchParams);
    expect(firstQuery?.has('cursor')).toBe(false);
    expect(secondQuery?.get('cursor')).toBeTruthy();
  });

  it('listAll fetches lazily: breaking early stops paging', async () => {
    const client = await server.clientFor('caseManager');
    for (let i = 1; i <= 5; i++) await client.vacancies.create(vacancyDraft(i));
    server.seen.length = 0;
    for await (const v of client.vacancies.listAll({ limit: 2 })) if (v.jobType.title === 'Vacature 1') break;
    expect(server.seen).toHaveLength(1);
  });

  it('the Effect API pages as a Stream', async () => {
    const client = await server.clientFor('caseManager');
    for (let i = 1; i <= 5; i++) await client.vacancies.create(vacancyDraft(i));
    const titles = await Effect.runPromise(
      client.effect.vacancies.listAll({ limit: 2 }).pipe(
        Stream.map((v) => v.jobType.title),
        Stream.runCollect,
      ),
    );
    expect(Chunk.toReadonlyArray(titles)).toHaveLength(5);
  });
});

describe('timeouts and cancellation', () => {
  const slow =
    (ms: number): FetchLike =>
    async (req) => {
      await new Promise((resolve) => setTimeout(resolve, ms));
      return server.fetch(req);
    };

  it('a call that takes longer than its timeout fails with a TimeoutError', async () => {
    const client = await server.clientFor('caseManager', { fetch: slow(2_000), timeout: 50 });
    const started = Date.now();
    const error = await client.placements.list().catch((e: unknown) => e);
    expect(isClientError(error) && error._tag).toBe('TimeoutError');
    expect(Date.now() - started).toBeLessThan(1_000);
  });

  it('a per-call timeout overrides the client default', async () => {
    const client = await server.clientFor('caseManager', { fetch: slow(50), timeout: 10 });
    await expect(client.placements.list({}, { timeout: 1_000 })).resolves.toEqual({ items: [] });
  });

  it('an AbortSignal cancels the call', async () => {
    const client = await server.clientFor('caseManager', { fetch: slow(200) });
    const controller = new AbortController();
    const pending = client.placements.list({}, { signal: controller.signal });
    controller.abort();
    const error = await pending.catch((e: unknown) => e);
    expect(isClientError(error) && error._tag).toBe('AbortedError');
  });
});

describe('problem documents', () => {
  it('an invalid document becomes a ProblemError carrying every issue', async () => {
    const client = await server.clientFor('caseManager');
    const invalid = { ...placementDraft(), region: 'AM99x', hoursPerWeek: -4, startDate: '2026-02-30' } as unknown as Placement;
    const error = await client.placements.create(invalid).catch((e: unknown) => e);

    expect(isProblemError(error)).toBe(true);
    if (!isClientError(error) || error._tag !== 'ProblemError') throw error;
    expect(error.status).toBe(400);
    expect(error.code).toBe('invalid-input');
    expect(error.issues.length).toBeGreaterThanOrEqual(3);
    expect(error.issues.map((i) => i.path.join('.')).sort()).toEqual(expect.arrayContaining(['hoursPerWeek', 'region', 'startDate']));
    expect(error.message).toMatch(/^Ongeldige invoer: .+ \(\d+ issues\)$/);
    expect(error.problem.type).toBe('urn:banenafspraak:problem:invalid-input');
  });

  it('validate reports the same issues without storing anything', async () => {
    const client = await server.clientFor('caseManager');
    const report = await client.placements.validate({ ...placementDraft(), hoursPerWeek: -4 });
    expect(report.valid).toBe(false);
    expect(report.issues.map((i) => i.path.join('.'))).toContain('hoursPerWeek');
    expect((await client.placements.list()).items).toEqual([]);
  });

  it('messages follow the locale option', async () => {
    const nl = await server.clientFor('caseManager');
    const en = await server.clientFor('caseManager', { locale: 'en' });
    const invalid = { ...placementDraft(), hoursPerWeek: -4 };
    const [a, b] = await Promise.all([nl.placements.validate(invalid), en.placements.validate(invalid)]);
    expect(a.issues[0]?.message).not.toBe(b.issues[0]?.message);
  });

  it('401 and 403 have their own errors', async () => {
    const anonymous = createClient({ baseUrl: BASE_URL, fetch: server.fetch });
    const e401 = await anonymous.placements.list().catch((e: unknown) => e);
    expect(isClientError(e401) && e401._tag).toBe('UnauthorizedError');

    const employer = await server.clientFor('employerA');
    const e403 = await employer.wageValueAssessments
      // No parent placement: the employer's writing role is refused on the confidentiality level.
      .create({ ...(structuredClone((await import('@banenafspraak/core')).wageValueAssessmentExample) as object), id: undefined, placementId: undefined } as never)
      .catch((e: unknown) => e);
    expect(isClientError(e403) && e403._tag).toBe('ForbiddenError');
  });
});

describe('response validation', () => {
  it('passes documents of the real server', async () => {
    const client = await server.clientFor('caseManager', { validateResponses: true });
    const { document } = await client.placements.create(placementDraft());
    await expect(client.placements.get(document.id as string)).resolves.toMatchObject({ etag: '"1"' });
    await expect(client.placements.list()).resolves.toMatchObject({ items: [expect.any(Object)] });
  });

  it('fails with an UnexpectedResponseError listing schema issues for a non-conformant server', async () => {
    const broken: FetchLike = async () =>
      new Response(JSON.stringify({ items: [{ ...placementExample, hoursPerWeek: 'veel' }] }), {
        status: 200,
        headers: { 'content-type': 'application/json' },
      });
    const client = createClient({ baseUrl: BASE_URL, fetch: broken, validateResponses: true });
    const error = await client.placements.list().catch((e: unknown) => e);
    if (!isClientError(error) || error._tag !== 'UnexpectedResponseError') throw error;
    expect(error.issues.map((i) => i.path.join('.'))).toEqual(['items.0.hoursPerWeek']);

    const lenient = createClient({ baseUrl: BASE_URL, fetch: broken });
    await expect(lenient.placements.list()).resolves.toMatchObject({ items: [{ hoursPerWeek: 'veel' }] });
  });
});
