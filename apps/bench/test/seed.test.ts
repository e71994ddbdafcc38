// A small run of the benchmark's seed: what it generates is valid under the standard, and what
// it stores is what the server serves. Not timed; the benchmark itself is not part of `npm test`.
import { documentDefinitions, lifecycles, validate } from '@banenafspraak/core';
import {
  createApp,
  createPgliteStorage,
  MIGRATIONS,
  type PostgresStorage,
  type RecordCollection,
  recordMetaOf,
  signToken,
  silentLogger,
} from '@banenafspraak/server';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createWorld, generateDataset, SEED_TODAY, type SeedRecord } from '../src/seed/dataset.js';
import { type SeedResult, seedDatabase } from '../src/seed/load.js';

const PLACEMENTS = 150;
const SECRET = 'test-secret-that-is-long-enough-0123456789';

describe('the generated dataset', () => {
  const records: SeedRecord[] = [];
  for (const r of generateDataset(createWorld(PLACEMENTS), PLACEMENTS)) records.push(r);

  it('has the requested placements and the other kinds in proportion', () => {
    const count = (c: string) => records.filter((r) => r.collection === c).length;
    expect(count('placements')).toBe(PLACEMENTS);
    for (const c of ['vacancies', 'candidate-proposals', 'wage-cost-subsidy-declarations'])
      expect(count(c)).toBeGreaterThan(PLACEMENTS / 20);
  });

  it('is valid under the standard: structure, every business rule, and lifecycle paths', () => {
    const problems: string[] = [];
    for (const r of records) {
      const definition = documentDefinitions.find((d) => d.collection === r.collection);
      if (!definition) throw new Error(`no definition for ${r.collection}`);
      for (const i of validate(definition, r.document, { asOf: SEED_TODAY }).issues)
        if (i.severity === 'error') problems.push(`${r.collection} ${i.ruleId ?? i.code} ${i.path.join('.')}`);
      let from: string | null = null;
      for (const step of r.history) {
        if (!lifecycles[definition.type].transitions.some((t) => t.from === from && t.to === step.status))
          problems.push(`${r.collection} ${from} → ${step.status}`);
        from = step.status;
      }
      expect(from).toBe(r.document.status);
    }
    expect(problems).toEqual([]);
  });

  it('is the same for the same seed', () => {
    const again = generateDataset(createWorld(PLACEMENTS), PLACEMENTS).next().value as SeedRecord;
    expect(again).toEqual(records[0]);
  });
});

describe('seeding a PostgreSQL storage (PGlite)', () => {
  let storage: PostgresStorage;
  let result: SeedResult;
  let indexesBefore: string[];
  const indexes = async () =>
    (
      await storage.executor.query<{ d: string }>(`SELECT indexdef AS d FROM pg_indexes WHERE schemaname = current_schema() ORDER BY 1`)
    ).rows.map((r) => r.d);

  beforeAll(async () => {
    storage = await createPgliteStorage();
    indexesBefore = await indexes();
    result = await seedDatabase(storage.executor, { placements: PLACEMENTS, batchSize: 100 });
  });
  afterAll(() => storage.close());

  it('stores the records of the server’s collections with their events, and rebuilds every index', async () => {
    expect(result.records.placements).toBe(PLACEMENTS);
    expect(result.skipped.placements).toBeUndefined();
    const { rows } = await storage.executor.query<{ n: number | string }>(
      `SELECT count(*) AS n FROM records WHERE collection = 'placements'`,
    );
    expect(Number(rows[0]?.n)).toBe(PLACEMENTS);
    const events = await storage.executor.query<{ n: number | string }>('SELECT count(*) AS n FROM outbox_events');
    expect(Number(events.rows[0]?.n)).toBe(result.events);
    expect(result.events).toBeGreaterThan(PLACEMENTS);
    expect(await indexes()).toEqual(indexesBefore);
  });

  it('stores the report facts of every vacancy, placement and declaration, as the records state them', async () => {
    const mismatches = async (sql: string) => Number((await storage.executor.query<{ n: number | string }>(sql)).rows[0]?.n);
    const tenants =
      'f.status = r.status AND f.employers = r.employers AND f.regions = r.regions AND f.confidentiality_rank = r.confidentiality_rank';
    for (const [table, collection] of [
      ['vacancy_facts', 'vacancies'],
      ['placement_facts', 'placements'],
      ['declaration_facts', 'wage-cost-subsidy-declarations'],
    ]) {
      const n = await mismatches(`SELECT count(*) AS n FROM records WHERE collection = '${collection}'`);
      expect(n).toBeGreaterThan(0);
      expect(await mismatches(`SELECT count(*) AS n FROM ${table}`)).toBe(n);
    }
    // Read here from the documents and the outbox in SQL, a second reading beside the storage's TypeScript one.
    expect(
      await mismatches(`SELECT count(*) AS n FROM records r LEFT JOIN vacancy_facts f USING (id) WHERE r.collection = 'vacancies' AND NOT (${tenants}
        AND f.received_date = ((r.document ->> 'receivedAt')::timestamptz AT TIME ZONE 'Europe/Amsterdam')::date
        AND f.region = r.document ->> 'region' AND f.employer = r.document ->> 'employer' AND f.places = (r.document ->> 'numberOfPlaces')::int
        AND f.preference = CASE WHEN r.document -> 'targetGroupPreference' @> '["NO_PREFERENCE"]' THEN 'noPreference' ELSE 'withPreference' END
        AND f.filled_date IS NOT DISTINCT FROM (SELECT min(((o.event ->> 'time')::timestamptz AT TIME ZONE 'Europe/Amsterdam')::date) FROM outbox_events o
          WHERE o.event -> 'data' ->> 'recordId' = r.id::text AND o.event -> 'data' ->> 'toStatus' = 'FILLED'))`),
    ).toBe(0);
    expect(await mismatches(`SELECT count(*) AS n FROM vacancy_facts WHERE filled_date IS NOT NULL`)).toBeGreaterThan(0);
    expect(
      await mismatches(`SELECT count(*) AS n FROM records r LEFT JOIN placement_facts f USING (id) WHERE r.collection = 'placements' AND NOT (${tenants}
        AND f.start_date = (r.document ->> 'startDate')::date
        AND f.end_date = COALESCE(r.document ->> 'actualEndDate', r.document ->> 'plannedEndDate')::date
        AND f.hours_per_week = (r.document ->> 'hoursPerWeek')::numeric AND f.type = r.document ->> 'type'
        AND f.basis = r.document #>> '{candidate,targetGroup,basis}' AND f.candidate_source = r.document ->> 'candidateSource'
        AND f.counting_kvk = r.document #>> '{employer,kvkNumber}' AND f.region = r.document ->> 'region'
        AND f.vacancy_id IS NOT DISTINCT FROM (r.document ->> 'vacancyId')::uuid)`),
    ).toBe(0);
    expect(
      await mismatches(`SELECT count(*) AS n FROM records r LEFT JOIN declaration_facts f USING (id)
        WHERE r.collection = 'wage-cost-subsidy-declarations' AND NOT (${tenants}
        AND f.placement_id = (r.document ->> 'placementId')::uuid AND f.paid_hours = (r.document ->> 'paidHours')::numeric
        AND f.period_from = (r.document #>> '{period,from}')::date AND f.period_to = (r.document #>> '{period,to}')::date)`),
    ).toBe(0);
  });

  it('stores the process-event facts of every event, as the storage’s backfill reads them from the outbox', async () => {
    const facts = async (db: PostgresStorage['executor']) =>
      (
        await db.query<{ row: string }>(
          `SELECT concat_ws('|', seq, code, case_key, case_val, first_key, ts, local_date, local_hour, employers::text, regions::text,
             confidentiality_rank) AS row FROM process_event_facts ORDER BY seq, code, case_key`,
        )
      ).rows.map((r) => r.row);
    const seeded = await facts(storage.executor);
    expect(seeded.length).toBeGreaterThan(result.events / 4);
    const backfill = MIGRATIONS.find((m) => m.version === 7)?.backfill;
    if (!backfill) throw new Error('migration 7 has no backfill');
    // Rebuilt from the outbox in a transaction that is rolled back (by throwing the rows out of it).
    class RolledBack extends Error {
      constructor(readonly rows: string[]) {
        super('rolled back');
      }
    }
    const rebuilt = await storage.executor
      .transaction(async (tx) => {
        await tx.exec('DELETE FROM process_event_facts');
        await backfill(tx);
        throw new RolledBack(await facts(tx));
      })
      .catch((e: unknown) => (e instanceof RolledBack ? e.rows : Promise.reject(e)));
    expect(rebuilt).toEqual(seeded);
  });

  it('stores the parent of every record that hangs under another, as the storage does', async () => {
    const { rows } = await storage.executor.query<{
      collection: RecordCollection;
      parent_id: string | null;
      document: Record<string, unknown>;
    }>('SELECT collection, parent_id::text AS parent_id, document FROM records');
    const wrong = rows.filter((r) => (r.parent_id ?? undefined) !== recordMetaOf(r.collection, r.document).parentId);
    expect(wrong).toEqual([]);
    expect(rows.some((r) => r.parent_id !== null)).toBe(true);
  });

  it('serves the seeded records through the app, to the tenants they belong to only', async () => {
    const app = createApp({ storage, auth: { secret: SECRET }, logger: silentLogger });
    const { rows } = await storage.executor.query<{ id: string; region: string; version: number | string }>(
      `SELECT id::text AS id, regions[1] AS region, version FROM records WHERE collection = 'placements' ORDER BY seq LIMIT 1`,
    );
    const seeded = rows[0] as { id: string; region: string; version: number | string };
    const other = seeded.region === 'AM22' ? 'AM21' : 'AM22';
    const token = (region: string) =>
      signToken({ userId: `bench-${region}`, organisation: { scheme: 'AM', value: region }, roles: ['READER'] }, SECRET);
    const read = await app.request(`/v1/placements/${seeded.id}`, { headers: { Authorization: `Bearer ${await token(seeded.region)}` } });
    expect(read.status).toBe(200);
    expect((await read.json()).id).toBe(seeded.id);
    expect(read.headers.get('etag')).toBe(`"${seeded.version}"`);
    const list = await app.request('/v1/placements?limit=100', { headers: { Authorization: `Bearer ${await token(seeded.region)}` } });
    const items = (await list.json()).items as { region: string }[];
    expect(items.length).toBeGreaterThan(0);
    expect(items.every((p) => p.region === seeded.region)).toBe(true);
    const hidden = await app.request(`/v1/placements/${seeded.id}`, { headers: { Authorization: `Bearer ${await token(other)}` } });
    expect(hidden.status).toBe(404);
  });

  it('gives the lead-time report real cases: the national partnerships state performance agreements', async () => {
    const app = createApp({ storage, auth: { secret: SECRET }, logger: silentLogger });
    const uwv = await signToken({ userId: 'bench-uwv', organisation: { scheme: 'UWV', value: 'UWV' }, roles: ['READER'] }, SECRET);
    const res = await app.request(`/v1/reports/lead-times?from=2016-01-01&to=${SEED_TODAY}&asOf=${SEED_TODAY}&groupBy=none`, {
      headers: { Authorization: `Bearer ${uwv}` },
    });
    expect(res.status).toBe(200);
    const totals = (await res.json()).totals as { fromEvent: string; toEvent: string; cases: number; met: number }[];
    const firstProposal = totals.filter((t) => t.fromEvent === 'VACANCY_RECEIVED' && t.toEvent === 'FIRST_CANDIDATE_PROPOSED');
    expect(firstProposal.length).toBeGreaterThan(0);
    expect(firstProposal.reduce((s, t) => s + t.cases, 0)).toBeGreaterThan(0);
    expect(totals.reduce((s, t) => s + t.met, 0)).toBeGreaterThan(0);
  });
});
