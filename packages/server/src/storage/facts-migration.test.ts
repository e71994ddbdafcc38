// An existing database upgrades to report facts (migration 5) with nothing lost: records written
// before the facts existed appear in the reports after the upgrade, as if written with them.
import { wageCostSubsidyDeclarationExample } from '@banenafspraak/core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { calendarDaysFor, calendarWindow } from '../steering/calendars.js';
import type { SteeringQuery } from '../steering/query.js';
import { EMPLOYER, OTHER_EMPLOYER, RIJNMOND, seedSteering, UWV } from '../steering/seed.test-helper.js';
import { MIGRATIONS } from './migrations.js';
import { databaseBefore } from './old-schema.test-helper.js';
import { createPgliteStorage, createPostgresStorage, type PostgresStorage } from './postgres.js';

const window = calendarWindow('2026-01-01', '2026-06-30', '2026-05-08');
const QUERIES: SteeringQuery[] = [
  {
    report: 'vacancies',
    from: '2026-01-01',
    to: '2026-06-30',
    asOf: '2026-05-08',
    groupBy: 'region',
    periodUnit: 'MONTH',
    normWorkingDays: 4,
    window,
    calendar: calendarDaysFor(window).find((c) => c.id === 'NL_COMMON_CAO') as never,
  },
  { report: 'balance', from: '2026-01-01', to: '2026-12-31' },
  {
    report: 'progress',
    from: '2026-01-01',
    to: '2026-06-30',
    groupBy: 'employer',
    regionAttribution: 'workplace',
    municipalityRegions: [],
    unpaidTypes: ['TRIAL_PLACEMENT'],
    countingBases: ['WAJONG', 'PW_NO_WML_CAPACITY', 'WSW_INDICATION'],
  },
];
const actor = (principal: typeof EMPLOYER) => ({ principal, now: '2026-05-08T12:00:00.000Z' });

describe('migration 5 on a database written before it', () => {
  let current: PostgresStorage;
  let upgraded: PostgresStorage;
  beforeAll(async () => {
    // The same records written once with facts, once by a server on migrations 1–4.
    current = await createPgliteStorage();
    await seedSteering(current);
    const executor = await databaseBefore(5, current.executor);
    // An LKS declaration of P1, stored as a server on migrations 1–4 stored it.
    const declaration = {
      ...structuredClone(wageCostSubsidyDeclarationExample),
      id: '00000000-0000-4000-8000-000000000501',
      placementId: '00000000-0000-4000-8000-000000000011',
      status: 'PAID',
      period: { from: '2026-04-01', to: '2026-04-30' },
      paidHours: 90,
    };
    await executor.query(
      `INSERT INTO records (id, collection, version, status, confidentiality_rank, employers, regions, period_from, period_to, document, created_at, updated_at)
       VALUES ($1, 'wage-cost-subsidy-declarations', 1, 'PAID', 3, ARRAY['12345678'], ARRAY['AM22'], '2026-04-01', '2026-04-30', $2, now(), now())`,
      [declaration.id, JSON.stringify(declaration)],
    );
    // Opening the storage migrates: the backfill runs here.
    upgraded = await createPostgresStorage({ executor });
  });
  afterAll(async () => {
    await current?.close();
    await upgraded?.close();
  });

  it('applies migration 5 and fills a facts row for every vacancy, placement and declaration', async () => {
    const { rows } = await upgraded.executor.query<{ version: number | string }>('SELECT version FROM schema_migrations ORDER BY 1');
    expect(rows.map((r) => Number(r.version))).toEqual(MIGRATIONS.map((m) => m.version));
    const count = async (db: PostgresStorage, sql: string) => Number((await db.executor.query<{ n: number | string }>(sql)).rows[0]?.n);
    for (const [table, collection] of [
      ['vacancy_facts', 'vacancies'],
      ['placement_facts', 'placements'],
      ['declaration_facts', 'wage-cost-subsidy-declarations'],
    ]) {
      const records = await count(upgraded, `SELECT count(*) AS n FROM records WHERE collection = '${collection}'`);
      expect(records).toBeGreaterThan(0);
      expect(await count(upgraded, `SELECT count(*) AS n FROM ${table}`)).toBe(records);
    }
    // The first FILLED date comes from the outbox (V1 was filled on 16 March).
    expect(await count(upgraded, `SELECT count(*) AS n FROM vacancy_facts WHERE filled_date = '2026-03-16'`)).toBe(1);
  });

  it('ends with the tables, columns, indexes and table options of a database made by this version', async () => {
    const schema = async (db: PostgresStorage) => ({
      columns: (
        await db.executor.query(
          `SELECT table_name, column_name, data_type, is_nullable, column_default FROM information_schema.columns
           WHERE table_schema = current_schema() ORDER BY 1, 2`,
        )
      ).rows,
      indexes: (
        await db.executor.query('SELECT tablename, indexname, indexdef FROM pg_indexes WHERE schemaname = current_schema() ORDER BY 1, 2')
      ).rows,
      options: (
        await db.executor.query(
          `SELECT relname, reloptions FROM pg_class WHERE relnamespace = current_schema()::regnamespace AND reloptions IS NOT NULL ORDER BY 1`,
        )
      ).rows,
    });
    const fresh = await schema(current);
    expect(fresh.indexes.map((r) => r.indexname)).toContain('placement_facts_progress');
    expect(await schema(upgraded)).toEqual(fresh);
  });

  it('gives the same reports as a database whose records were written with their facts', async () => {
    for (const principal of [EMPLOYER, OTHER_EMPLOYER, RIJNMOND, UWV])
      for (const query of QUERIES.slice(0, 2))
        expect(await upgraded.steeringFigures(actor(principal), query)).toEqual(await current.steeringFigures(actor(principal), query));
    // Progress counts the declaration stored before the upgrade: 90 paid hours for April.
    const progress = await upgraded.steeringFigures(actor(EMPLOYER), QUERIES[2] as SteeringQuery);
    const before = await current.steeringFigures(actor(EMPLOYER), QUERIES[2] as SteeringQuery);
    if (progress.report !== 'progress' || before.report !== 'progress') throw new Error('wrong report');
    expect(progress.rows.reduce((s, r) => s + r.paidHours, 0)).toBeCloseTo(before.rows.reduce((s, r) => s + r.paidHours, 0) + 90, 9);
    const vacancies = await upgraded.steeringFigures(actor(EMPLOYER), QUERIES[0] as SteeringQuery);
    expect(vacancies.report === 'vacancies' && vacancies.rows.find((r) => r.total)).toMatchObject({ received: 3, filled: 1, p50: 10 });
  });

  it('shows another tenant none of the employer’s figures after the upgrade', async () => {
    const vacancies = await upgraded.steeringFigures(actor(OTHER_EMPLOYER), QUERIES[0] as SteeringQuery);
    if (vacancies.report !== 'vacancies') throw new Error('wrong report');
    expect(vacancies.rows.filter((r) => !r.total).map((r) => r.group)).toEqual(['AM22']);
    expect(vacancies.rows.find((r) => r.total)).toMatchObject({ received: 1, filled: 0 });
  });
});
