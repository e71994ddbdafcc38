import {
  type AnyDocumentDefinition,
  candidateProposalExample,
  documentDefinitions,
  employerInstructionExample,
  instrumentGrantExample,
  jobCoachPlanExample,
  jobCoachReportExample,
  placementExample,
  placementFollowUpExample,
  vacancyExample,
  wageCostSubsidyDeclarationExample,
} from '@banenafspraak/core';
import { beforeEach, describe, expect, it } from 'vitest';
import { createApp } from './app.js';
import { type Principal, signToken } from './auth.js';
import { silentLogger } from './logger.js';
import { INSTRUCTION_COLLECTION, RECORD_COLLECTIONS } from './policy.js';
import { createMemoryStorage } from './storage/memory.js';

// The daily flow between an employer and a municipality, through the HTTP API: a proposal for
// a vacancy, the placement's grant, job-coach plan and report, follow-up and LKS declaration.
const SECRET = 'test-secret-for-the-daily-flow-0123456789';
const NOW = new Date('2026-06-15T10:00:00.000Z');

const principals = {
  employer: { userId: 'hr-a', organisation: { scheme: 'KVK', value: '12345678' }, roles: ['WRITER'] },
  municipality: { userId: 'consulent', organisation: { scheme: 'GM', value: 'GM0599' }, roles: ['WRITER', 'CASE_MANAGER'] },
  coach: { userId: 'coach', organisation: { scheme: 'KVK', value: '11223344' }, roles: ['WRITER', 'JOB_COACH'] },
  otherEmployer: { userId: 'hr-b', organisation: { scheme: 'KVK', value: '87654321' }, roles: ['WRITER', 'CASE_MANAGER'] },
  otherRegion: { userId: 'gm-utrecht', organisation: { scheme: 'GM', value: 'GM0344' }, roles: ['WRITER', 'CASE_MANAGER'] },
  employee: { userId: 'employee', roles: ['EMPLOYEE'], candidateId: employerInstructionExample.candidateId },
} satisfies Record<string, Principal>;
type Who = keyof typeof principals;

let app: ReturnType<typeof createApp>;
const tokens = {} as Record<Who, string>;

interface Body {
  id: string;
  status: string;
  items: { id: string; type: string; data: { recordId: string; toStatus: string } }[];
  issues: { ruleId?: string; code: string; path: (string | number)[] }[];
  [key: string]: unknown;
}

async function call(who: Who, method: string, path: string, body?: unknown, headers: Record<string, string> = {}) {
  const res = await app.request(path, {
    method,
    headers: { Authorization: `Bearer ${tokens[who]}`, ...(body !== undefined ? { 'Content-Type': 'application/json' } : {}), ...headers },
    ...(body !== undefined ? { body: JSON.stringify(body) } : {}),
  });
  const text = await res.text();
  return { status: res.status, headers: res.headers, text, json: (text ? JSON.parse(text) : {}) as Body };
}

/** A copy of an example without its id, the given fields replaced (undefined removes one). */
function draft(example: object, over: Record<string, unknown>): Record<string, unknown> {
  const doc: Record<string, unknown> = { ...structuredClone(example), ...over };
  delete doc.id;
  for (const [k, v] of Object.entries(doc)) if (v === undefined) delete doc[k];
  return doc;
}

async function create(who: Who, collection: string, doc: Record<string, unknown>) {
  const r = await call(who, 'POST', `/v1/${collection}`, doc);
  expect(r.status, `${who} creates ${collection}: ${r.text}`).toBe(201);
  return { id: r.json.id, etag: r.headers.get('etag') ?? '', document: r.json as Record<string, unknown> };
}

/** The whole chain of one case, each record written by the side that writes it in practice. */
async function createCase() {
  const vacancy = await create('employer', 'vacancies', draft(vacancyExample, { status: 'DRAFT' }));
  const proposal = await create(
    'municipality',
    'candidate-proposals',
    draft(candidateProposalExample, { status: 'PENDING', statusHistory: undefined, outcomeAt: undefined, vacancyId: vacancy.id }),
  );
  const placement = await create(
    'municipality',
    'placements',
    draft(placementExample, { status: 'PLANNED', vacancyId: vacancy.id, executionPlanId: undefined }),
  );
  const grant = await create(
    'municipality',
    'instrument-grants',
    draft(instrumentGrantExample, {
      status: 'REQUESTED',
      statusHistory: undefined,
      decidedOn: undefined,
      decisionReference: undefined,
      wageValueAssessmentId: undefined,
      placementId: placement.id,
    }),
  );
  const plan = await create(
    'employer',
    'job-coach-plans',
    draft(jobCoachPlanExample, {
      status: 'DRAFT',
      placementId: placement.id,
      grantId: grant.id,
      provider: { scheme: 'KVK', value: '11223344', name: 'Jobcoach B.V.' },
    }),
  );
  const report = await create(
    'coach',
    'job-coach-reports',
    draft(jobCoachReportExample, {
      status: 'SUBMITTED',
      planId: plan.id,
      placementId: placement.id,
      author: { scheme: 'KVK', value: '11223344' },
    }),
  );
  const followUp = await create(
    'municipality',
    'placement-follow-ups',
    draft(placementFollowUpExample, { status: 'PLANNED', placementId: placement.id, trialPlacementId: undefined }),
  );
  const declaration = await create(
    'employer',
    'wage-cost-subsidy-declarations',
    draft(wageCostSubsidyDeclarationExample, { status: 'SUBMITTED', payment: undefined, grantId: grant.id, placementId: placement.id }),
  );
  return { vacancy, proposal, placement, grant, plan, report, followUp, declaration };
}

async function put(
  who: Who,
  collection: string,
  record: { id: string; etag: string; document: Record<string, unknown> },
  over: Record<string, unknown>,
) {
  return call(who, 'PUT', `/v1/${collection}/${record.id}`, { ...record.document, ...over }, { 'If-Match': record.etag });
}

async function feed(who: Who) {
  return (await call(who, 'GET', '/v1/events?limit=500')).json.items;
}

beforeEach(async () => {
  app = createApp({ storage: createMemoryStorage(), auth: { secret: SECRET }, clock: () => NOW, logger: silentLogger });
  for (const [who, p] of Object.entries(principals)) tokens[who as Who] = await signToken(p as Principal, SECRET);
});

describe('the daily-flow documents as resources', () => {
  it('serves every document type of core under its collection', async () => {
    const served = [...RECORD_COLLECTIONS, INSTRUCTION_COLLECTION].sort();
    expect(documentDefinitions.map((d: AnyDocumentDefinition) => d.collection).sort()).toEqual(served);
    for (const collection of RECORD_COLLECTIONS) expect((await call('employer', 'GET', `/v1/${collection}`)).status, collection).toBe(200);
  });

  it('creates, reads, lists, validates, replaces with If-Match, audits and deletes each one', async () => {
    const c = await createCase();
    const cases = [
      ['candidate-proposals', c.proposal, 'municipality'],
      ['instrument-grants', c.grant, 'municipality'],
      ['job-coach-plans', c.plan, 'employer'],
      ['job-coach-reports', c.report, 'coach'],
      ['placement-follow-ups', c.followUp, 'municipality'],
      ['wage-cost-subsidy-declarations', c.declaration, 'employer'],
    ] as const;
    for (const [collection, record, who] of cases) {
      const read = await call(who, 'GET', `/v1/${collection}/${record.id}`);
      expect(read.status, collection).toBe(200);
      expect(read.headers.get('etag')).toBe('"1"');
      expect((await call(who, 'GET', `/v1/${collection}?limit=10`)).json.items.map((i) => i.id)).toContain(record.id);
      const dry = await call(who, 'POST', `/v1/${collection}/_valideer`, { ...record.document, documentType: 'Placement' });
      expect(dry.status).toBe(200);
      expect(dry.json.valid).toBe(false);
      expect((await put(who, collection, { ...record, etag: '"7"' }, {})).status, `${collection}: stale ETag`).toBe(412);
      const replaced = await put(who, collection, record, {});
      expect(replaced.status, `${collection}: ${replaced.text}`).toBe(200);
      expect(replaced.headers.get('etag')).toBe('"2"');
      const trail = await call(who, 'GET', `/v1/${collection}/${record.id}/audittrail`);
      expect(trail.json.items.map((e) => (e as unknown as { action: string }).action)).toEqual(['create', 'update', 'update']);
    }
    // Deletion only in the initial status.
    expect(
      (await call('municipality', 'DELETE', `/v1/placement-follow-ups/${c.followUp.id}`, undefined, { 'If-Match': '"2"' })).status,
    ).toBe(204);
    expect(
      (await call('employer', 'DELETE', `/v1/wage-cost-subsidy-declarations/${c.declaration.id}`, undefined, { 'If-Match': '"2"' })).status,
    ).toBe(409);
  });

  it('answers a retried create with the same Idempotency-Key once', async () => {
    const c = await createCase();
    const doc = draft(placementFollowUpExample, { status: 'PLANNED', placementId: c.placement.id, trialPlacementId: undefined });
    const first = await call('municipality', 'POST', '/v1/placement-follow-ups', doc, { 'Idempotency-Key': 'retry-1' });
    const second = await call('municipality', 'POST', '/v1/placement-follow-ups', doc, { 'Idempotency-Key': 'retry-1' });
    expect(first.status).toBe(201);
    expect(second.headers.get('idempotent-replayed')).toBe('true');
    expect(second.json.id).toBe(first.json.id);
    expect((await call('municipality', 'GET', '/v1/placement-follow-ups?limit=100')).json.items).toHaveLength(2);
  });

  it('shows a proposal to the proposing municipality and the vacancy’s employer, never its profile to them', async () => {
    const c = await createCase();
    const asEmployer = await call('employer', 'GET', `/v1/candidate-proposals/${c.proposal.id}`);
    expect(asEmployer.status).toBe(200);
    expect(asEmployer.json.profile).toBeUndefined();
    // Leaving the restricted profile out of a PUT keeps it.
    const invited = await put(
      'employer',
      'candidate-proposals',
      { ...c.proposal, document: asEmployer.json },
      { status: 'INVITED', outcomeAt: '2026-06-15T09:00:00+02:00' },
    );
    expect(invited.status, invited.text).toBe(200);
    expect((await call('coach', 'GET', `/v1/candidate-proposals/${c.proposal.id}`)).status).toBe(404);
  });

  it('shows a declaration to the employer and the paying municipality, the plan and report to the job coach', async () => {
    const c = await createCase();
    for (const who of ['employer', 'municipality'] as const)
      expect((await call(who, 'GET', `/v1/wage-cost-subsidy-declarations/${c.declaration.id}`)).status).toBe(200);
    expect((await call('coach', 'GET', `/v1/job-coach-plans/${c.plan.id}`)).status).toBe(200);
    expect((await call('coach', 'GET', `/v1/job-coach-reports/${c.report.id}`)).status).toBe(200);
    expect((await call('coach', 'GET', `/v1/wage-cost-subsidy-declarations/${c.declaration.id}`)).status).toBe(404);
  });
});

describe('tenant isolation of the daily-flow documents', () => {
  it('lets another tenant neither read, list, nor reference them, and answers as for a missing record', async () => {
    const c = await createCase();
    const records = [
      ['candidate-proposals', c.proposal],
      ['instrument-grants', c.grant],
      ['job-coach-plans', c.plan],
      ['job-coach-reports', c.report],
      ['placement-follow-ups', c.followUp],
      ['wage-cost-subsidy-declarations', c.declaration],
    ] as const;
    const missing = crypto.randomUUID();
    for (const who of ['otherEmployer', 'otherRegion'] as const) {
      for (const [collection, record] of records) {
        const theirs = await call(who, 'GET', `/v1/${collection}/${record.id}`);
        const none = await call(who, 'GET', `/v1/${collection}/${missing}`);
        expect(theirs.status, `${who} reads ${collection}`).toBe(404);
        expect(theirs.json.detail).toBe(none.json.detail);
        expect((await call(who, 'GET', `/v1/${collection}?limit=100`)).json.items, `${who} lists ${collection}`).toEqual([]);
        expect((await call(who, 'GET', `/v1/${collection}/${record.id}/audittrail`)).status).toBe(404);
      }
      // References to the case's records: refused exactly like references to nothing.
      const attempts: [string, (id: string) => Record<string, unknown>][] = [
        [
          'candidate-proposals',
          (id) => draft(candidateProposalExample, { status: 'PENDING', outcomeAt: undefined, statusHistory: undefined, vacancyId: id }),
        ],
        [
          'instrument-grants',
          (id) =>
            draft(instrumentGrantExample, {
              status: 'REQUESTED',
              statusHistory: undefined,
              wageValueAssessmentId: undefined,
              placementId: id,
            }),
        ],
        ['job-coach-reports', (id) => draft(jobCoachReportExample, { status: 'SUBMITTED', planId: id, placementId: id })],
        [
          'wage-cost-subsidy-declarations',
          (id) => draft(wageCostSubsidyDeclarationExample, { status: 'DRAFT', payment: undefined, grantId: id, placementId: id }),
        ],
      ];
      const ids: Record<string, string> = {
        'candidate-proposals': c.vacancy.id,
        'instrument-grants': c.placement.id,
        'job-coach-reports': c.plan.id,
        'wage-cost-subsidy-declarations': c.grant.id,
      };
      for (const [collection, doc] of attempts) {
        const theirs = await call(who, 'POST', `/v1/${collection}`, doc(ids[collection] as string));
        const none = await call(who, 'POST', `/v1/${collection}`, doc(missing));
        expect(theirs.status, `${who} references from ${collection}: ${theirs.text}`).toBe(404);
        expect(theirs.json.issues).toEqual(none.json.issues);
      }
      // The feed shows none of the case's events.
      const ids2 = new Set(records.map(([, r]) => r.id));
      expect((await feed(who)).filter((e) => ids2.has(e.data.recordId))).toEqual([]);
    }
  });
});

describe('status changes through the lifecycle', () => {
  it('rejects a transition the lifecycle lacks (AGR-003) and one the caller’s side may not make (LCY-001), with the rule id', async () => {
    const c = await createCase();
    // The municipality may not invite on the employer's behalf.
    const byMunicipality = await put('municipality', 'candidate-proposals', c.proposal, {
      status: 'INVITED',
      outcomeAt: '2026-06-15T09:00:00+02:00',
    });
    expect(byMunicipality.status).toBe(403);
    expect(byMunicipality.json.issues.map((i) => i.ruleId)).toEqual(['LCY-001']);
    // Nobody goes from PENDING straight to PLACED.
    const skip = await put('employer', 'candidate-proposals', c.proposal, {
      status: 'PLACED',
      outcomeAt: '2026-06-15T09:00:00+02:00',
      placementId: c.placement.id,
    });
    expect(skip.status).toBe(400);
    expect(skip.json.issues.map((i) => i.ruleId)).toContain('AGR-003');
    // The employer approves nothing it declared; the municipality does.
    expect(
      (await put('employer', 'wage-cost-subsidy-declarations', c.declaration, { status: 'APPROVED' })).json.issues.map((i) => i.ruleId),
    ).toEqual(['LCY-001']);
    expect((await put('municipality', 'wage-cost-subsidy-declarations', c.declaration, { status: 'APPROVED' })).status).toBe(200);
    // The job coach submits, the financier accepts.
    expect((await put('coach', 'job-coach-reports', c.report, { status: 'ACCEPTED' })).status).toBe(403);
    expect((await put('municipality', 'job-coach-reports', c.report, { status: 'ACCEPTED' })).status).toBe(200);
    // The same holds for the documents served before: a vacancy is sourced by the public side.
    const vacancy = await put('employer', 'vacancies', c.vacancy, { status: 'RECEIVED', receivedAt: '2026-06-15T09:00:00+02:00' });
    expect(vacancy.status).toBe(403);
    expect(vacancy.json.issues.map((i) => i.ruleId)).toEqual(['LCY-001']);
    // Refused changes leave no event.
    const events = await feed('municipality');
    expect(events.filter((e) => e.data.recordId === c.proposal.id).map((e) => e.data.toStatus)).toEqual(['PENDING']);
  });

  it('writes one ID-only event per transition, visible to both sides in the feed', async () => {
    const c = await createCase();
    const invited = await put('employer', 'candidate-proposals', c.proposal, { status: 'INVITED', outcomeAt: '2026-06-15T09:00:00+02:00' });
    expect(invited.status, invited.text).toBe(200);
    await put('municipality', 'instrument-grants', c.grant, { status: 'UNDER_ASSESSMENT' });
    for (const who of ['employer', 'municipality'] as const) {
      const events = await feed(who);
      const types = events.filter((e) => e.data.recordId === c.proposal.id || e.data.recordId === c.grant.id).map((e) => e.type);
      expect(types, who).toEqual([
        expect.stringMatching(/\.candidate-proposal\.pending$/),
        expect.stringMatching(/\.instrument-grant\.requested$/),
        expect.stringMatching(/\.candidate-proposal\.invited$/),
        expect.stringMatching(/\.instrument-grant\.under-assessment$/),
      ]);
    }
    const text = JSON.stringify(await feed('municipality'));
    // ID-only: nothing of the proposal's profile or the declaration's amounts.
    expect(text).not.toContain('hoursPerWeek');
    expect(text).not.toContain('ISCO_08');
    expect(text).not.toContain('152984');
  });

  it('lets only the server expire an employer instruction (LCY-001), and the employee unshare it', async () => {
    const created = await create('employee', 'employer-instructions', draft(employerInstructionExample, {}));
    // A valid expired instruction (content emptied), which only the server may set.
    const consent = { ...(created.document.consent as object), sharedWith: [] };
    const emptied = {
      status: 'EXPIRED',
      workImpacts: [],
      adjustments: [],
      instructionTips: undefined,
      supportContacts: undefined,
      consent,
    };
    const expired = await put('employee', 'employer-instructions', created, emptied);
    expect(expired.status, expired.text).toBe(403);
    expect(expired.json.issues.map((i) => i.ruleId)).toEqual(['LCY-001']);
    expect((await put('employee', 'employer-instructions', created, { status: 'DRAFT' })).status).toBe(200);
  });
});
