// Checks of the daily-flow documents (proposals, grants, follow-ups, job coaching, LKS
// declarations): tenant isolation of reads and references, and status changes that follow
// the lifecycle, each an event in the feed.
import { isClientError } from '@banenafspraak/client';
import type { CheckDefinition, Doc } from './check-helpers.js';
import { describeError, short } from './check-helpers.js';
import { CheckFailure, CheckSkipped, expectThat, type Fixture, fixtureDocuments, type RawResponse, resourceOf } from './context.js';

/** The fixture's daily-flow records: key, collection and the references a record of it makes. */
const FLOW_RECORDS = [
  { key: 'proposal', collection: 'candidate-proposals', references: { vacancyId: 'vacancy' } },
  { key: 'grant', collection: 'instrument-grants', references: { placementId: 'placement' } },
  { key: 'followUp', collection: 'placement-follow-ups', references: { placementId: 'placement' } },
  { key: 'coachPlan', collection: 'job-coach-plans', references: { placementId: 'placement' } },
  { key: 'coachReport', collection: 'job-coach-reports', references: { planId: 'coachPlan' } },
  { key: 'declaration', collection: 'wage-cost-subsidy-declarations', references: { grantId: 'grant' } },
  { key: 'contactMoment', collection: 'contact-moments', references: { vacancyId: 'vacancy' } },
] as const satisfies readonly { key: keyof Fixture; collection: string; references: Partial<Record<string, keyof Fixture>> }[];

/** The organisation in a JWT's `org` claim, or undefined (the suite also runs against servers with opaque tokens). */
function organisationOf(token: string | undefined): { scheme?: string; value?: string } | undefined {
  const payload = token?.split('.')[1];
  if (!payload) return undefined;
  try {
    return (JSON.parse(Buffer.from(payload, 'base64url').toString('utf8')) as { org?: { scheme?: string; value?: string } }).org;
  } catch {
    return undefined;
  }
}

const statusAndCode = (r: RawResponse) =>
  `${r.status} ${String((r.json() as Doc | undefined)?.code ?? (r.json() as Doc | undefined)?.type)}`;
const issuesOf = (r: RawResponse) => ((r.json() as Doc | undefined)?.issues ?? []) as { ruleId?: string; path?: unknown[] }[];

export const FLOW_CHECKS: CheckDefinition[] = [
  {
    id: 'CNF-TEN-005',
    category: 'TEN',
    title:
      'Another tenant can neither read nor reference the daily-flow records (proposals, grants, follow-ups, job coaching, LKS declarations, contact moments)',
    sends:
      "GET and GET …/audittrail of each fixture daily-flow record with the other tenant's token; POST of a record of each type naming the fixture record it hangs under (vacancy, placement, plan or grant; the vacancy a contact moment is about), and the same naming an id that does not exist",
    expects:
      'every GET 404; every POST refused with the same 4xx status and problem `code` as for the missing record, its issue at the reference (no existence oracle)',
    async run(ctx) {
      const f = await ctx.fixture();
      for (const r of FLOW_RECORDS) {
        const rec = f[r.key];
        for (const path of [`/${r.collection}/${rec.id}`, `/${r.collection}/${rec.id}/audittrail`]) {
          const get = await ctx.http('GET', path, { token: 'otherTenant' });
          expectThat(get.status === 404, `GET ${path.replace(rec.id, '{id}')} as the other tenant`, 'HTTP 404', `HTTP ${get.status}`);
        }
      }
      // Documents of the other tenant's own: valid apart from the reference under test.
      const own = organisationOf(ctx.options.otherTenantToken);
      const kvk = own?.scheme === 'KVK' && own.value ? own.value : '87654321';
      const fresh = Object.fromEntries(Object.keys(f).map((k) => [k, crypto.randomUUID()])) as Record<keyof Fixture, string>;
      const docs = fixtureDocuments(fresh);
      docs.declaration.employer = { ...(docs.declaration.employer as Doc), kvkNumber: kvk };
      docs.contactMoment.employer = { ...(docs.contactMoment.employer as Doc), kvkNumber: kvk };
      // Only the reference under test: the fresh partnership id names no record.
      delete docs.contactMoment.partnershipId;
      for (const r of FLOW_RECORDS) {
        for (const [field, target] of Object.entries(r.references)) {
          const attempt = (id: string) =>
            ctx.http('POST', `/${r.collection}`, { token: 'otherTenant', body: { ...docs[r.key], [field]: id } });
          const attack = await attempt(f[target].id);
          const missing = await attempt(crypto.randomUUID());
          const what = `POST /${r.collection} naming the main tenant's ${target} at ${field}, as the other tenant`;
          expectThat(attack.status >= 400 && attack.status < 500, what, 'a 4xx refusal', `HTTP ${attack.status}: ${short(attack.text)}`);
          expectThat(
            statusAndCode(attack) === statusAndCode(missing),
            `${what}: the answer differs from the one for a missing record (an existence oracle)`,
            `the same status and code as for a missing record: ${statusAndCode(missing)}`,
            statusAndCode(attack),
          );
          const paths = issuesOf(attack).map((i) => (i.path ?? []).join('.'));
          expectThat(
            paths.length === 0 || paths.includes(field),
            `${what}: refused for another reason than the reference`,
            `an issue at ${field} (or none)`,
            `issues at ${paths.join(', ')}`,
          );
        }
      }
    },
  },
  {
    id: 'CNF-LCY-001',
    category: 'LCY',
    title: "A status change the caller's side may not make is refused with LCY-001",
    sends:
      'PUT of a fixture record with a status change the lifecycle reserves for the other side: a public party (municipality, region, UWV) invites the proposed candidate (PENDING → INVITED, the employer’s decision); an employer puts its grant under assessment (REQUESTED → UNDER_ASSESSMENT, the public side’s)',
    expects: 'a 4xx problem listing an issue with `ruleId: "LCY-001"`; the record keeps its version',
    async run(ctx) {
      const f = await ctx.fixture();
      const scheme = organisationOf(ctx.options.token)?.scheme;
      if (scheme === undefined)
        throw new CheckSkipped('needs a JWT main token with an `org` claim, to know which side the main tenant is on');
      const [collection, rec, change] =
        scheme === 'KVK'
          ? (['instrument-grants', f.grant, { status: 'UNDER_ASSESSMENT' }] as const)
          : (['candidate-proposals', f.proposal, { status: 'INVITED', outcomeAt: new Date().toISOString() }] as const);
      const current = await resourceOf(ctx.main, collection).get(rec.id);
      const r = await ctx.http('PUT', `/${collection}/${rec.id}`, {
        body: { ...(current.document as Doc), ...change },
        headers: { 'If-Match': current.etag },
      });
      expectThat(
        r.status >= 400 && r.status < 500,
        `PUT /${collection}/{id} to ${change.status}`,
        '4xx listing LCY-001',
        `HTTP ${r.status}: ${short(r.text)}`,
      );
      expectThat(
        issuesOf(r).some((i) => i.ruleId === 'LCY-001'),
        `PUT /${collection}/{id}: the problem does not name LCY-001`,
        'an issue with ruleId LCY-001',
        `rule ids: ${
          issuesOf(r)
            .map((i) => i.ruleId ?? '-')
            .join(', ') || '(none)'
        }`,
      );
      const after = await resourceOf(ctx.main, collection).get(rec.id);
      expectThat(after.etag === current.etag, 'the refused change changed the record', `ETag ${current.etag}`, `ETag ${after.etag}`);
    },
  },
  {
    id: 'CNF-LCY-002',
    category: 'LCY',
    title: 'A status change of a daily-flow record is one event in the feed',
    sends:
      'GET /events to its end; POST /placement-follow-ups (PLANNED, under the fixture placement); PUT it to ACTIVE (either side may); GET /events after the cursor',
    expects:
      'exactly two events about the follow-up, in order: `nl.banenafspraak.placement-follow-up.planned` (fromStatus null) and `….active` (fromStatus PLANNED). The active follow-up stays behind (it can no longer be deleted).',
    async run(ctx) {
      const f = await ctx.fixture();
      let cursor: string | undefined;
      for await (const page of ctx.main.events.iterate({ limit: 500 })) cursor = page.nextCursor;
      const doc = fixtureDocuments({
        ...Object.fromEntries(Object.keys(f).map((k) => [k, crypto.randomUUID()])),
        placement: f.placement.id,
      } as Record<keyof Fixture, string>).followUp;
      const resource = resourceOf(ctx.main, 'placement-follow-ups');
      let id: string;
      try {
        const created = await resource.create(doc as never);
        id = (created.document as Doc).id as string;
        ctx.track('placement-follow-ups', id);
        await resource.update(id, { ...(created.document as Doc), status: 'ACTIVE' } as never, { etag: created.etag });
      } catch (e) {
        if (isClientError(e)) throw new CheckFailure('POST /placement-follow-ups, then PUT to ACTIVE', '201, then 200', describeError(e));
        throw e;
      }
      const events: Doc[] = [];
      for await (const page of ctx.main.events.iterate({ limit: 500, ...(cursor ? { after: cursor } : {}) })) events.push(...page.items);
      const mine = events.filter((e) => e.subject === id).map((e) => `${String(e.type)} from ${String((e.data as Doc).fromStatus)}`);
      expectThat(
        mine.join('; ') ===
          'nl.banenafspraak.placement-follow-up.planned from null; nl.banenafspraak.placement-follow-up.active from PLANNED',
        'the events of the follow-up',
        'placement-follow-up.planned from null; placement-follow-up.active from PLANNED',
        mine.join('; ') || '(none)',
      );
    },
  },
];
