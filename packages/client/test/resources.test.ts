import {
  type AnyDocumentDefinition,
  documentDefinitions,
  type EmployerInstruction,
  employerInstructionExample,
  type Placement,
  placementExample,
} from '@banenafspraak/core';
import {
  createApp,
  createMemoryStorage,
  PARENT_REFERENCES,
  RECORD_COLLECTIONS,
  RECORD_REFERENCES,
  type RecordCollection,
  ServerError,
  type Storage,
  silentLogger,
} from '@banenafspraak/server';
import { Chunk, Effect, Stream } from 'effect';
import { beforeEach, describe, expect, it } from 'vitest';
import { type Client, createClient, isClientError, isProblemError, type RecordResource } from '../src/index.js';
import { BASE_URL, SECRET, startServer, type TestServer } from './harness.js';

let server: TestServer;
beforeEach(async () => {
  server = await startServer();
});

// Every record collection of core (all document types but the employer instruction).
const recordDefinitions = documentDefinitions.filter((d) => (RECORD_COLLECTIONS as readonly string[]).includes(d.collection));
const resourceName = (def: AnyDocumentDefinition) => def.collection.replace(/-(\w)/g, (_, c: string) => c.toUpperCase()) as keyof Client;
const resourceOf = (client: Client, def: AnyDocumentDefinition) =>
  client[resourceName(def)] as unknown as RecordResource<Record<string, unknown>>;
/** The canonical example without its id, in the collection's initial status (deletable). */
const LATER_FACTS: Partial<Record<string, readonly string[]>> = {
  CandidateProposal: ['outcomeAt', 'reasonCode', 'placementId'],
  WageCostSubsidyDeclaration: ['payment'],
};
const draftOf = (def: AnyDocumentDefinition) => {
  const { id: _id, statusHistory: _history, ...doc } = structuredClone(def.example) as Record<string, unknown>;
  // Facts of a later status a first-status record cannot have yet (an outcome, a payment).
  for (const later of LATER_FACTS[def.type] ?? []) delete doc[later];
  return { ...doc, status: def.statuses[0] } as Record<string, unknown>;
};

/**
 * The draft, hung under a chain of parents the writer created (a server accepts only references
 * to records the writer can read); other links are left out or, where they must be the
 * parent's own (a report's placement), taken from the parent.
 */
async function draftUnderParent(client: Client, def: AnyDocumentDefinition): Promise<Record<string, unknown>> {
  const collection = def.collection as RecordCollection;
  const doc = draftOf(def);
  for (const ref of RECORD_REFERENCES[collection].filter((r) => !r.parent)) delete doc[ref.field];
  const parent = PARENT_REFERENCES[collection];
  const parentDef = parent && documentDefinitions.find((d) => d.collection === parent.collection);
  if (!parent || !parentDef) return doc;
  const created = await resourceOf(client, parentDef).create(await draftUnderParent(client, parentDef));
  for (const ref of RECORD_REFERENCES[collection]) if (ref.sameAsParent) doc[ref.field] = created.document[ref.sameAsParent];
  return { ...doc, [parent.field]: created.document.id };
}

describe.each(recordDefinitions.map((d) => [d.collection, d] as const))('%s', (_, def) => {
  it('create, get, update, list, listAll, validate, audit trail and delete', async () => {
    const client = await server.clientFor('caseManager');
    const resource = resourceOf(client, def);

    const draft = await draftUnderParent(client, def);
    const created = await resource.create(draft);
    const id = created.document.id as string;
    expect(id).toMatch(/^[0-9a-f-]{36}$/);
    expect(created.etag).toBe('"1"');

    const read = await resource.get(id);
    expect(read).toEqual(created);

    const updated = await resource.update(id, read.document, { etag: read.etag });
    expect(updated.etag).toBe('"2"');
    expect(server.seen.at(-1)?.headers.get('if-match')).toBe('"1"');

    const page = await resource.list({ limit: 10 });
    expect(page.items.map((d) => d.id)).toContain(id);
    const all: unknown[] = [];
    for await (const doc of resource.listAll({ status: def.statuses[0] })) all.push(doc);
    expect(all).toHaveLength(1);

    // The document as sent: a read leaves out restricted parts (a proposal's profile).
    const report = await resource.validate(draft);
    expect(report.valid).toBe(true);

    const trail = await resource.auditTrail(id);
    expect(trail.map((e) => [e.action, e.result])).toEqual([
      ['create', 201],
      ['update', 200],
    ]);

    await resource.delete(id, { etag: updated.etag });
    const gone = await resource.get(id).catch((e: unknown) => e);
    expect(isClientError(gone) && gone._tag).toBe('NotFoundError');
  });
});

describe('placements search by BSN', () => {
  it('finds placements with the BSN in the body, never in a URL', async () => {
    const writer = await server.clientFor('caseManager');
    const bsn = '123456782';
    const { id: _id, ...doc } = structuredClone(placementExample);
    const withIdentity: Placement = {
      ...doc,
      candidate: { ...doc.candidate, identity: { bsn, bsnProcessingBasis: 'PARTICIPATION_ACT_EXECUTION' } },
    };
    for (let i = 0; i < 3; i++) await writer.placements.create(withIdentity);
    await writer.placements.create(doc);

    const reader = await server.clientFor('identityReader');
    const page = await reader.placements.search({ bsn, limit: 2 });
    expect(page.items).toHaveLength(2);
    expect(page.nextCursor).toBeDefined();
    const all: Placement[] = [];
    for await (const p of reader.placements.searchAll({ bsn, limit: 2 })) all.push(p);
    expect(all).toHaveLength(3);
    expect(all.every((p) => p.candidate.identity?.bsn === bsn)).toBe(true);

    const searches = server.seen.filter((r) => r.url.endsWith('/_zoek'));
    expect(searches).toHaveLength(3);
    expect(server.seen.some((r) => r.url.includes(bsn))).toBe(false);
    expect(await searches[0]?.json()).toEqual({ bsn, limit: 2 });
  });

  it('is forbidden without the identity role', async () => {
    const reader = await server.clientFor('rotterdam');
    const error = await reader.placements.search({ bsn: '123456782' }).catch((e: unknown) => e);
    expect(isClientError(error) && error._tag).toBe('ForbiddenError');
  });
});

describe('employer instructions', () => {
  const draft = (): EmployerInstruction => {
    const { id: _id, ...doc } = structuredClone(employerInstructionExample);
    doc.consent.sharedWith = [
      // A grant names organisation and user together (the contract principals' organisations).
      { role: 'DIRECT_SUPERVISOR', name: 'J. de Vries', userRef: 'supervisor-1', organisation: { scheme: 'KVK', value: '12345678' } },
      { role: 'JOB_COACH', name: 'M. Bakker', userRef: 'coach-1', organisation: { scheme: 'KVK', value: '11223344' } },
    ];
    return doc;
  };

  it('create, get by the people it is shared with, update, read log, audit trail, validate and revoke', async () => {
    const employee = await server.clientFor('employee');
    const created = await employee.employerInstructions.create(draft());
    const id = created.document.id as string;

    const supervisor = await server.clientFor('supervisor');
    const read = await supervisor.employerInstructions.get(id);
    expect(read.document.instructionTips).toBe('Geef één opdracht tegelijk.');

    const stranger = await server.clientFor('stranger');
    const hidden = await stranger.employerInstructions.get(id).catch((e: unknown) => e);
    expect(isClientError(hidden) && hidden._tag).toBe('NotFoundError');

    const updated = await employee.employerInstructions.update(
      id,
      { ...created.document, instructionTips: 'Eén ding tegelijk.' },
      { etag: created.etag },
    );
    expect(updated.document.instructionTips).toBe('Eén ding tegelijk.');

    const log = await employee.employerInstructions.readLog(id);
    expect(log.map((r) => r.userId)).toEqual(['supervisor-1']);

    const trail = await employee.employerInstructions.auditTrail(id);
    expect(trail.map((e) => e.action)).toEqual(['create', 'update']);
    expect(JSON.stringify(trail)).not.toContain('opdracht');

    expect((await employee.employerInstructions.validate(draft())).valid).toBe(true);

    await employee.employerInstructions.revoke(id, { etag: updated.etag });
    const tombstone = await employee.employerInstructions.get(id);
    expect(tombstone.document.status).toBe('REVOKED');
    expect(tombstone.document.workImpacts).toEqual([]);
    expect(JSON.stringify(tombstone)).not.toContain('Eén ding tegelijk.');
  });
});

describe('code lists and reports', () => {
  it('lists code lists and reads one without a token', async () => {
    const client = await server.clientFor('uwv', { token: undefined });
    const lists = await client.codeLists.list();
    expect(lists.map((l) => l.id)).toContain('labour-market-region');
    const regions = await client.codeLists.get('labour-market-region');
    expect(regions.entries.find((e) => e.code === 'AM22')?.labelNl).toMatch(/Rijnmond/);
    expect(server.seen.every((r) => !r.headers.has('authorization'))).toBe(true);
    const missing = await client.codeLists.get('no-such-list').catch((e: unknown) => e);
    expect(isClientError(missing) && missing._tag).toBe('NotFoundError');
  });

  it('progress and harmonisation reports', async () => {
    const client = await server.clientFor('caseManager');
    const { id: _id, ...placement } = structuredClone(placementExample);
    await client.placements.create(placement);
    const progress = await client.reports.progress({ from: '2026-01-01', to: '2026-12-31', groupBy: 'region' });
    expect(progress.indicative).toBe(true);
    expect(progress.rows.map((r) => r.key)).toEqual(['AM22']);
    expect(progress.totals.placements).toBe(1);
    expect(server.seen.at(-1)?.url).toBe('http://banenafspraak.test/v1/reports/progress?from=2026-01-01&to=2026-12-31&groupBy=region');

    const harmonisation = await client.reports.harmonisation({ employer: '12345678', asOf: '2026-06-01' });
    expect(harmonisation.employer.kvkNumber).toBe('12345678');
    expect(harmonisation.aspects.map((a) => a.aspect)).toContain('trialPlacement');
  });
});

describe('steering reports', () => {
  it('lead times, vacancies and balance, with their parameters on the query string', async () => {
    const client = await server.clientFor('caseManager');
    const { id: _id, ...vacancy } = structuredClone(documentDefinitions.find((d) => d.collection === 'vacancies')?.example) as Record<
      string,
      unknown
    >;
    await client.vacancies.create(vacancy as never);

    const vacancies = await client.reports.vacancies({ from: '2026-01-01', to: '2026-12-31', groupBy: 'none', normWorkingDays: 5 });
    expect(vacancies.indicative).toBe(true);
    expect(vacancies.totals).toMatchObject({ received: 1, open: 1, openPastNorm: 1 });
    expect(server.seen.at(-1)?.url).toBe(
      'http://banenafspraak.test/v1/reports/vacancies?from=2026-01-01&to=2026-12-31&normWorkingDays=5&groupBy=none',
    );

    const leadTimes = await client.reports.leadTimes({
      from: '2026-01-01',
      to: '2026-12-31',
      asOf: '2026-12-31',
      groupBy: 'period',
      periodUnit: 'MONTH',
    });
    expect(leadTimes.report).toBe('lead-times');
    expect(server.seen.at(-1)?.url).toBe(
      'http://banenafspraak.test/v1/reports/lead-times?from=2026-01-01&to=2026-12-31&asOf=2026-12-31&groupBy=period&periodUnit=MONTH',
    );

    const balance = await client.effect.reports.balance({ from: '2026-01-01', to: '2026-12-31' }).pipe(Effect.runPromise);
    expect(balance).toMatchObject({ report: 'balance', indicative: true, total: 0 });
  });

  it('a report too large for one request is a ProblemError 422 report-too-large, asked once', async () => {
    // The server's storage stops the report, as the PostgreSQL storage does at its time limit.
    const memory = createMemoryStorage();
    const storage: Storage = {
      ...memory,
      steeringFigures: async () => {
        throw new ServerError('report-too-large', 'De rapportage is afgebroken. Kies een kortere periode.');
      },
    };
    const app = createApp({ storage, auth: { secret: SECRET }, logger: silentLogger });
    const seen: string[] = [];
    const client = createClient({
      baseUrl: BASE_URL,
      token: await server.tokenOf('caseManager'),
      retry: { baseDelay: 1 },
      fetch: async (req) => {
        seen.push(req.url);
        return app.fetch(req);
      },
    });
    const error = await client.reports.vacancies({ from: '2026-01-01', to: '2026-12-31' }).catch((e: unknown) => e);
    expect(isProblemError(error) && error._tag).toBe('ProblemError');
    expect(error).toMatchObject({ status: 422, code: 'report-too-large' });
    expect((error as Error).message).toMatch(/kortere periode/);
    expect(seen).toHaveLength(1);
  });
});

describe('Effect API', () => {
  it('runs the same operations as effects, with listAll as a Stream', async () => {
    const client = await server.clientFor('caseManager');
    const { id: _id, ...vacancy } = structuredClone(documentDefinitions.find((d) => d.collection === 'vacancies')?.example) as Record<
      string,
      unknown
    >;
    const program = Effect.gen(function* () {
      const created = yield* client.effect.vacancies.create(vacancy as never);
      const read = yield* client.effect.vacancies.get(created.document.id as string);
      const all = yield* Stream.runCollect(client.effect.vacancies.listAll({ limit: 1 }));
      const missing = yield* client.effect.vacancies.get('00000000-0000-4000-8000-000000000000').pipe(
        Effect.map(() => 'found'),
        Effect.catchTag('NotFoundError', (e) => Effect.succeed(`not found (${e.status})`)),
      );
      return { read, count: Chunk.size(all), missing };
    });
    const result = await Effect.runPromise(program);
    expect(result.read.etag).toBe('"1"');
    expect(result.count).toBe(1);
    expect(result.missing).toBe('not found (404)');
  });

  it('re-running a create effect reuses its idempotency key and creates one record', async () => {
    const client = await server.clientFor('caseManager');
    const { id: _id, ...doc } = structuredClone(placementExample);
    const create = client.effect.placements.create(doc);
    const first = await Effect.runPromise(create);
    const second = await Effect.runPromise(create);
    expect(second.document.id).toBe(first.document.id);
    expect((await client.placements.list()).items).toHaveLength(1);
  });
});

describe('status changes', () => {
  it('rejects a change the caller’s side may not make with a ForbiddenError naming LCY-001', async () => {
    const employer = await server.clientFor('employerA');
    const municipality = await server.clientFor('caseManager');
    const vacancyDef = documentDefinitions.find((d) => d.collection === 'vacancies') as AnyDocumentDefinition;
    const vacancy = await employer.vacancies.create(draftOf(vacancyDef) as never);
    const proposalDef = documentDefinitions.find((d) => d.collection === 'candidate-proposals') as AnyDocumentDefinition;
    const proposal = await municipality.candidateProposals.create({ ...draftOf(proposalDef), vacancyId: vacancy.document.id } as never);
    // Inviting the candidate is the employer's decision, not the municipality's.
    const invited = { ...proposal.document, status: 'INVITED', outcomeAt: '2026-02-11T15:30:00+01:00' } as never;
    const error = await municipality.candidateProposals
      .update(proposal.document.id as string, invited, { etag: proposal.etag })
      .catch((e: unknown) => e);
    expect(isClientError(error) && error._tag).toBe('ForbiddenError');
    expect((error as { issues: readonly { ruleId?: string }[] }).issues.map((i) => i.ruleId)).toEqual(['LCY-001']);
    const ok = await employer.candidateProposals.update(proposal.document.id as string, invited, { etag: proposal.etag });
    expect(ok.document.status).toBe('INVITED');
  });
});
