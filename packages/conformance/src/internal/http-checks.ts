// The CON, IDM and PAG checks: optimistic concurrency, idempotency keys and paging.
import { isClientError } from '@banenafspraak/client';
import { assertProblem, type CheckDefinition, type Doc, describeError } from './check-helpers.js';
import { CheckFailure, expectThat } from './context.js';

// ---------------------------------------------------------------- CON, IDM, PAG

export const conChecks: CheckDefinition[] = [
  {
    id: 'CNF-CON-001',
    category: 'CON',
    title: 'A stale If-Match gets 412 and changes nothing',
    sends: 'POST /vacancies, PUT with its ETag (succeeds), PUT again with the first ETag',
    expects: 'the second PUT gets 412 problem; the record keeps the first update',
    async run(ctx) {
      const v = await ctx.createDraftVacancy('CON-001');
      const first = await ctx.main.vacancies.update(v.id, { ...v.document, numberOfPlaces: 2 } as never, { etag: v.etag });
      expectThat(first.etag !== v.etag, 'the ETag did not change on update', 'a new ETag after PUT', `ETag ${first.etag} both times`);
      try {
        await ctx.main.vacancies.update(v.id, { ...v.document, numberOfPlaces: 5 } as never, { etag: v.etag });
        throw new CheckFailure('PUT with a stale If-Match was accepted', 'HTTP 412', '200 (last write wins)');
      } catch (e) {
        if (e instanceof CheckFailure) throw e;
        expectThat(
          isClientError(e) && e._tag === 'ConflictError' && (e as { status?: number }).status === 412,
          'PUT with a stale If-Match',
          'HTTP 412',
          describeError(e),
        );
      }
      const after = await ctx.main.vacancies.get(v.id);
      expectThat(
        (after.document as Doc).numberOfPlaces === 2,
        'the stale write changed the record',
        'numberOfPlaces 2',
        `numberOfPlaces ${(after.document as Doc).numberOfPlaces}`,
      );
    },
  },
  {
    id: 'CNF-CON-002',
    category: 'CON',
    title: 'A write without If-Match gets 428',
    sends: 'PUT /vacancies/{id} without If-Match',
    expects: '428 problem; the record is unchanged',
    async run(ctx) {
      const v = await ctx.createDraftVacancy('CON-002');
      const r = await ctx.http('PUT', `/vacancies/${v.id}`, { body: { ...v.document, numberOfPlaces: 4 } });
      assertProblem(r, 428, 'PUT without If-Match');
    },
  },
];

export const idmChecks: CheckDefinition[] = [
  {
    id: 'CNF-IDM-001',
    category: 'IDM',
    title: 'A retried POST with the same Idempotency-Key returns the first result',
    sends: 'POST /vacancies twice with the same body and Idempotency-Key, then lists the vacancies',
    expects: 'both answers carry the same id; exactly one vacancy with that title exists',
    async run(ctx) {
      const doc = ctx.draftVacancy('IDM-001');
      delete doc.id;
      const key = `cnf-${crypto.randomUUID()}`;
      const a = await ctx.main.vacancies.create(doc as never, { idempotencyKey: key });
      ctx.track('vacancies', (a.document as Doc).id);
      const b = await ctx.main.vacancies.create(doc as never, { idempotencyKey: key });
      ctx.track('vacancies', (b.document as Doc).id);
      expectThat(
        (a.document as Doc).id === (b.document as Doc).id,
        'the retry created another record',
        `id ${(a.document as Doc).id} twice`,
        `ids ${(a.document as Doc).id} and ${(b.document as Doc).id}`,
      );
      let count = 0;
      for await (const v of ctx.main.vacancies.listAll({ status: 'DRAFT', limit: 100 }))
        if ((v as Doc).jobType?.title === doc.jobType.title) count++;
      expectThat(count === 1, 'duplicate after a retried POST', '1 vacancy with the title', `${count} vacancies`);
    },
  },
  {
    id: 'CNF-IDM-002',
    category: 'IDM',
    title: 'The same Idempotency-Key with another body gets 409',
    sends: 'POST /vacancies with a key, then POST with the same key and a changed body',
    expects: '409 problem; nothing new is created',
    async run(ctx) {
      const doc = ctx.draftVacancy('IDM-002');
      delete doc.id;
      const key = `cnf-${crypto.randomUUID()}`;
      const a = await ctx.main.vacancies.create(doc as never, { idempotencyKey: key });
      ctx.track('vacancies', (a.document as Doc).id);
      const r = await ctx.http('POST', '/vacancies', { body: { ...doc, numberOfPlaces: 9 }, headers: { 'Idempotency-Key': key } });
      if (r.status < 300) ctx.track('vacancies', (r.json() as Doc)?.id);
      assertProblem(r, 409, 'POST with a reused Idempotency-Key and another body');
    },
  },
];

export const pagChecks: CheckDefinition[] = [
  {
    id: 'CNF-PAG-001',
    category: 'PAG',
    title: 'Cursor pagination visits every record exactly once',
    sends: 'POST 5 draft vacancies, then GET /vacancies?status=DRAFT&limit=2 following nextCursor to the end',
    expects: 'no page larger than the limit, no id twice, all 5 created ids seen, the last page without nextCursor',
    async run(ctx) {
      const ids: string[] = [];
      for (let i = 0; i < 5; i++) ids.push((await ctx.createDraftVacancy(`PAG-001 #${i}`)).id);
      const seen: string[] = [];
      let cursor: string | undefined;
      let pages = 0;
      do {
        const page = await ctx.main.vacancies.list({ status: 'DRAFT', limit: 2, ...(cursor ? { cursor } : {}) });
        expectThat(page.items.length <= 2, 'page larger than the limit', '≤ 2 items per page', `${page.items.length} items`);
        seen.push(...page.items.map((v) => (v as Doc).id as string));
        cursor = page.nextCursor;
        expectThat(++pages <= 500, 'pagination does not end', 'a last page without nextCursor', 'more than 500 pages');
      } while (cursor);
      const dupes = seen.filter((id, i) => seen.indexOf(id) !== i);
      expectThat(dupes.length === 0, 'a record appeared twice', 'every id once', `twice: ${dupes.slice(0, 3).join(', ')}`);
      const missing = ids.filter((id) => !seen.includes(id));
      expectThat(missing.length === 0, 'a created record was never listed', 'all 5 created ids', `missing: ${missing.join(', ')}`);
    },
  },
];
