// The TEN checks of reads and lists: another tenant sees none of the main tenant's records.
import { type CheckDefinition, type Doc, short } from './check-helpers.js';
import { expectThat, FIXTURE_COLLECTIONS, resourceOf } from './context.js';

// ---------------------------------------------------------------- TEN: tenant isolation

export const tenChecks: CheckDefinition[] = [
  {
    id: 'CNF-TEN-001',
    category: 'TEN',
    title: "Another tenant's record is 404, for reads and writes",
    sends: "GET, PUT and DELETE of each fixture record with the other tenant's token",
    expects: '404 for every request (not 403, which would reveal that the record exists); the record is unchanged',
    async run(ctx) {
      const f = await ctx.fixture();
      const pairs = [
        ['partnership-agreements', f.partnership],
        ['execution-plans', f.plan],
        ['vacancies', f.vacancy],
        ['placements', f.placement],
        ['wage-value-assessments', f.assessment],
      ] as const;
      for (const [collection, rec] of pairs) {
        const get = await ctx.http('GET', `/${collection}/${rec.id}`, { token: 'otherTenant' });
        expectThat(get.status === 404, `GET /${collection}/{id} as the other tenant`, 'HTTP 404', `HTTP ${get.status}`);
        expectThat(
          !get.text.includes(rec.id) || get.status === 404,
          `GET /${collection}/{id} as the other tenant leaks the record`,
          'no record',
          short(get.text),
        );
      }
      const put = await ctx.http('PUT', `/vacancies/${f.vacancy.id}`, {
        token: 'otherTenant',
        body: { ...f.vacancy.document, numberOfPlaces: 7 },
        headers: { 'If-Match': f.vacancy.etag },
      });
      expectThat(put.status === 404, 'PUT /vacancies/{id} as the other tenant', 'HTTP 404', `HTTP ${put.status}`);
      const del = await ctx.http('DELETE', `/vacancies/${f.vacancy.id}`, { token: 'otherTenant', headers: { 'If-Match': f.vacancy.etag } });
      expectThat(del.status === 404, 'DELETE /vacancies/{id} as the other tenant', 'HTTP 404', `HTTP ${del.status}`);
      const after = await ctx.main.vacancies.get(f.vacancy.id);
      expectThat(
        after.etag === f.vacancy.etag,
        "the other tenant's write changed the record",
        `ETag ${f.vacancy.etag}`,
        `ETag ${after.etag}`,
      );
    },
  },
  {
    id: 'CNF-TEN-002',
    category: 'TEN',
    title: "Another tenant's records are absent from lists",
    sends: "GET every collection with the other tenant's token, following every cursor",
    expects: 'none of the records this run created appears',
    async run(ctx) {
      await ctx.fixture();
      const ours = new Set([...ctx.created.values()].map((c) => c.id));
      for (const collection of FIXTURE_COLLECTIONS) {
        for await (const doc of resourceOf(ctx.other, collection).listAll({ limit: 100 })) {
          const id = (doc as Doc).id as string;
          expectThat(
            !ours.has(id),
            `GET /${collection} as the other tenant lists a record of the main tenant`,
            'only own records',
            `record ${id}`,
          );
        }
      }
    },
  },
];
