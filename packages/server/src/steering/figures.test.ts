import {
  confidentialityRank,
  countsForJobAgreement,
  evaluateLeadTime,
  NL_COMMON_CAO,
  TargetGroupBasisList,
  UNPAID_PLACEMENT_TYPES,
  wageCostSubsidyDeclarationExample,
} from '@banenafspraak/core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { accessScopeOf } from '../policy.js';
import { writeFacts } from '../storage/facts.js';
import { createMemoryStorage } from '../storage/memory.js';
import type { Storage } from '../storage/port.js';
import type { PostgresStorage } from '../storage/postgres.js';
import { writeProcessEventFacts } from '../storage/process-event-facts.js';
import { storageTargets } from '../storage/targets.test-helper.js';
import { calendarDaysFor, calendarWindow } from './calendars.js';
import { computeFigures, type FigureEvent, type FigureRecord } from './figures.js';
import type { SteeringQuery } from './query.js';
import { EMPLOYER, leadTimeQuery, OTHER_EMPLOYER, RIJNMOND, seedSteering, UWV } from './seed.test-helper.js';
import { SqlParams, visible } from './sql.js';

const window = calendarWindow('2026-01-01', '2026-06-30', '2026-05-08');
const leadTimes = leadTimeQuery;
const vacancies = (groupBy: 'none' | 'region' | 'employer' | 'period'): SteeringQuery => ({
  report: 'vacancies',
  from: '2026-01-01',
  to: '2026-06-30',
  asOf: '2026-05-08',
  groupBy,
  periodUnit: 'MONTH',
  normWorkingDays: 4,
  window,
  calendar: calendarDaysFor(window).find((c) => c.id === 'NL_COMMON_CAO') as never,
});
const progress = (
  groupBy: Extract<SteeringQuery, { report: 'progress' }>['groupBy'],
  regionAttribution: 'workplace' | 'residence' = 'workplace',
): SteeringQuery => ({
  report: 'progress',
  from: '2026-01-01',
  to: '2026-06-30',
  groupBy,
  regionAttribution,
  municipalityRegions: [
    ['GM0599', 'AM22'],
    ['GM0518', 'AM21'],
  ],
  unpaidTypes: [...UNPAID_PLACEMENT_TYPES],
  countingBases: TargetGroupBasisList.codes.filter((c) => countsForJobAgreement(c)),
});
const QUERIES: SteeringQuery[] = [
  leadTimes('none'),
  leadTimes('region'),
  leadTimes('employer'),
  leadTimes('period'),
  vacancies('none'),
  vacancies('region'),
  vacancies('period'),
  { report: 'balance', from: '2026-01-01', to: '2026-12-31' },
  ...(['region', 'employer', 'sector', 'payrollTaxNumber', 'plan', 'establishment'] as const).map((groupBy) => progress(groupBy)),
  progress('region', 'residence'),
  { report: 'harmonisation', employer: '12345678', asOf: '2026-05-08' },
  { report: 'harmonisation', employer: '87654321', asOf: '2026-05-08' },
];
const actor = (principal: typeof EMPLOYER) => ({ principal, now: '2026-05-08T12:00:00.000Z' });

const targets = storageTargets('test_steering');

for (const [target, make] of targets) {
  describe(`on ${target}`, () => {
    let pg: PostgresStorage;
    let memory: Storage;
    beforeAll(async () => {
      pg = await make();
      await pg.truncateAll();
      memory = createMemoryStorage();
      await seedSteering(pg);
      await seedSteering(memory);
      // Declarations are not a stored collection of this server yet: written as the storage would.
      const declaration = (n: number, status: string, from: string, to: string, paidHours: number) => ({
        ...structuredClone(wageCostSubsidyDeclarationExample),
        id: `00000000-0000-4000-8000-0000000005${String(n).padStart(2, '0')}`,
        placementId: '00000000-0000-4000-8000-000000000011',
        status,
        period: { from, to },
        paidHours,
      });
      for (const d of [
        declaration(1, 'PAID', '2026-04-01', '2026-04-30', 90),
        declaration(2, 'CORRECTED', '2026-05-01', '2026-05-31', 500),
        declaration(3, 'SUBMITTED', '2026-05-01', '2026-05-31', 100),
        declaration(4, 'SUBMITTED', '2026-06-16', '2026-07-15', 60),
      ]) {
        await pg.executor.query(
          `INSERT INTO records (id, collection, version, status, confidentiality_rank, employers, regions, period_from, period_to, document, created_at, updated_at)
         VALUES ($1, 'wage-cost-subsidy-declarations', 1, $2, $3, ARRAY['12345678'], ARRAY['AM22'], $4, $5, $6, now(), now())`,
          [d.id, d.status, confidentialityRank('CASE_CONFIDENTIAL'), d.period.from, d.period.to, JSON.stringify(d)],
        );
        // With their report facts, as the storage writes them beside the record (ADR 0025).
        const meta = {
          status: d.status,
          confidentialityRank: confidentialityRank('CASE_CONFIDENTIAL'),
          employers: ['12345678'],
          regions: ['AM22'],
        };
        await writeFacts(pg.executor, [
          {
            collection: 'wage-cost-subsidy-declarations',
            id: d.id,
            meta: { ...meta, periodFrom: d.period.from, periodTo: d.period.to },
            document: d,
          },
        ]);
      }
    });
    afterAll(async () => {
      await pg?.close();
    });

    type Raw = {
      collection: string;
      id: string;
      status: string;
      document: FigureRecord['document'];
      pf: string | null;
      pt: string | null;
      seq: number | string;
      event: FigureEvent['event'];
      employers: string[];
      regions: string[];
    };

    /** What the caller may see in the database, read raw, for the TypeScript semantics. */
    async function visibleData(principal: typeof EMPLOYER): Promise<{ records: FigureRecord[]; events: FigureEvent[] }> {
      const scope = accessScopeOf(principal);
      const p = new SqlParams();
      const { rows } = await pg.executor.query<Raw>(
        `SELECT collection, id::text AS id, status, document, to_char(period_from, 'YYYY-MM-DD') AS pf, to_char(period_to, 'YYYY-MM-DD') AS pt FROM records r WHERE ${visible(scope, p, 'r')} ORDER BY seq`,
        p.values,
      );
      const q = new SqlParams();
      const ev = await pg.executor.query<Raw>(
        `SELECT seq, event, employers, regions FROM outbox_events o WHERE o.audience = 'record' AND ${visible(scope, q, 'o')} ORDER BY seq`,
        q.values,
      );
      return {
        records: rows.map((r) => ({
          collection: r.collection,
          id: r.id,
          status: r.status,
          document: r.document,
          ...(r.pf ? { periodFrom: r.pf } : {}),
          ...(r.pt ? { periodTo: r.pt } : {}),
        })),
        events: ev.rows.map((r) => ({ seq: Number(r.seq), event: r.event, employers: r.employers, regions: r.regions })),
      };
    }

    /** Sums of floats may differ in the last bits between numeric SQL and JavaScript. */
    function roundedFloats<T>(value: T): T {
      return JSON.parse(JSON.stringify(value), (_k, v) => (typeof v === 'number' && !Number.isInteger(v) ? Math.round(v * 1e9) / 1e9 : v));
    }

    describe('steering figures: SQL and the in-memory semantics agree', () => {
      for (const principal of [EMPLOYER, OTHER_EMPLOYER, RIJNMOND, UWV]) {
        for (const query of QUERIES) {
          const label =
            'groupBy' in query
              ? `${query.report} by ${query.groupBy}`
              : 'employer' in query
                ? `${query.report} of ${query.employer}`
                : query.report;
          it(`${label} for ${principal.userId}`, async () => {
            const sql = await pg.steeringFigures(actor(principal), query);
            const data = await visibleData(principal);
            expect(roundedFloats(computeFigures(query, data.records, data.events))).toEqual(roundedFloats(sql));
            // The memory storage runs computeFigures; it cannot hold declarations yet (see above).
            if (query.report !== 'progress') expect(await memory.steeringFigures(actor(principal), query)).toEqual(sql);
          });
        }
      }
    });

    describe('progress in paid hours', () => {
      it('counts declared paid hours for the days declarations cover and contract hours for the rest', async () => {
        const f = await pg.steeringFigures(actor(EMPLOYER), progress('plan'));
        // P1: active 16 March – 30 June (107 days); April 90 h and May 100 h declared (the corrected
        // May declaration left out), 16 – 30 June of a 30-day declaration of 60 h: 30 h for 15 days.
        // The other 46 days at 24 h/week.
        const row = f.report === 'progress' ? f.rows.find((r) => r.key === '2b3c4d5e-6f70-4a8b-9cad-1e2f3a4b5c6d') : undefined;
        expect(row).toMatchObject({ placements: 1, target: 20 });
        expect(row?.paidHours).toBeCloseTo(220, 9);
        expect(row?.contractHours).toBeCloseTo((24 * 31) / 7, 9);
      });

      it('attributes a placement to the region of the residence when asked', async () => {
        const f = await pg.steeringFigures(actor(UWV), progress('region', 'residence'));
        expect(f.report === 'progress' && f.rows.map((r) => [r.key, r.placements])).toEqual([['AM22', 2]]);
      });
    });

    describe('lead times', () => {
      it('pairs start and stop events per vacancy and counts working days of the arrangement calendar', async () => {
        const f = await pg.steeringFigures(actor(EMPLOYER), leadTimes('region'));
        if (f.report !== 'lead-times') throw new Error('wrong report');
        const firstProposal = f.measures.findIndex((m) => m.fromEvent === 'VACANCY_RECEIVED' && m.toEvent === 'FIRST_CANDIDATE_PROPOSED');
        const rows = f.rows.filter((r) => r.measure === firstProposal);
        // V1: 4 working days (met); V2: 12 (Easter Monday skipped, not met); V3: open 4 days.
        expect(rows.find((r) => r.total)).toMatchObject({ cases: 3, closed: 2, met: 1, notMet: 1, open: 1, invalid: 0, p50: 8, p90: 11.2 });
        expect(rows.filter((r) => !r.total).map((r) => [r.group, r.cases, r.met, r.notMet, r.open])).toEqual([
          ['AM21', 1, 0, 1, 0],
          ['AM22', 2, 1, 0, 1],
        ]);
        const endToEnd = f.measures.findIndex((m) => m.toEvent === 'PLACEMENT_STARTED');
        expect(f.rows.find((r) => r.measure === endToEnd && r.total)).toMatchObject({ cases: 3, closed: 1, met: 1, p50: 10 });
      });

      it('gives the working days core’s lead-time calculator gives for the same timestamps', async () => {
        const core = evaluateLeadTime({
          agreement: { fromEvent: 'VACANCY_RECEIVED', toEvent: 'FIRST_CANDIDATE_PROPOSED', targetWorkingDays: 10 },
          cases: [
            { from: '2026-03-02T08:00:00.000Z', to: '2026-03-06T14:00:00.000Z' },
            { from: '2026-04-01T08:00:00.000Z', to: '2026-04-20T08:00:00.000Z' },
          ],
          calendar: NL_COMMON_CAO,
          asOf: '2026-05-08',
        });
        expect(core.cases.map((c) => c.workingDays)).toEqual([4, 12]);
      });

      it('shows another tenant none of the employer’s cases', async () => {
        const f = await pg.steeringFigures(actor(OTHER_EMPLOYER), leadTimes('employer'));
        if (f.report !== 'lead-times') throw new Error('wrong report');
        expect(f.rows.map((r) => r.group).filter((g) => g !== null)).toEqual(expect.not.arrayContaining(['12345678']));
        expect(f.rows.filter((r) => r.total).reduce((s, r) => s + r.cases, 0)).toBe(2);
      });
    });

    // Last on this database: it adds an event the other suites do not expect.
    describe('lead times: start events without a case link', () => {
      beforeAll(async () => {
        // An imported vacancy-received event that names no record (no vacancy id, no other link):
        // it cannot form a case, and the report must say so rather than drop it.
        const event = {
          specversion: '1.0',
          type: 'nl.banenafspraak.vacancy.received',
          source: '/v1/vacancies',
          id: '00000000-0000-4000-8000-00000000e001',
          time: '2026-04-14T09:00:00+02:00',
          data: { documentType: 'Vacancy', fromStatus: null, toStatus: 'RECEIVED', processEvents: ['VACANCY_RECEIVED'], links: {} },
        };
        const { rows } = await pg.executor.query<{ seq: number | string }>(
          `INSERT INTO outbox_events (id, type, event, audience, employers, regions, confidentiality_rank, recipients)
           VALUES ($1, $2, $3, 'record', ARRAY['12345678'], ARRAY['AM22'], $4, ARRAY[]::text[]) RETURNING seq`,
          [event.id, event.type, JSON.stringify(event), confidentialityRank('INTERNAL')],
        );
        // With its process-event facts, as the storage writes them beside the outbox row.
        await writeProcessEventFacts(pg.executor, [
          {
            seq: Number(rows[0]?.seq),
            event,
            employers: ['12345678'],
            regions: ['AM22'],
            confidentialityRank: confidentialityRank('INTERNAL'),
          },
        ]);
      });

      it('counts it per measure and group, apart from the cases, in SQL as in TypeScript', async () => {
        for (const groupBy of ['none', 'region', 'employer', 'period'] as const) {
          const sql = await pg.steeringFigures(actor(EMPLOYER), leadTimes(groupBy));
          const data = await visibleData(EMPLOYER);
          expect(computeFigures(leadTimes(groupBy), data.records, data.events)).toEqual(sql);
        }
        const f = await pg.steeringFigures(actor(EMPLOYER), leadTimes('region'));
        if (f.report !== 'lead-times') throw new Error('wrong report');
        // The measures from VACANCY_RECEIVED that apply in AM22 (the statutory-calendar one is another region's).
        const starting = f.measures.flatMap((m, i) => (m.fromEvent === 'VACANCY_RECEIVED' && m.calendarId === 'NL_COMMON_CAO' ? [i] : []));
        expect(starting).toHaveLength(2);
        for (const mi of starting) {
          // The cases are the same as without the event (V1–V3 of the seed); the event is counted apart.
          const total = f.rows.find((r) => r.measure === mi && r.total);
          expect(total).toMatchObject({ cases: 3, unlinked: 1 });
          expect(f.rows.find((r) => r.measure === mi && r.group === 'AM22')).toMatchObject({ cases: 2, unlinked: 1, open: 1 });
        }
        // Another tenant does not see it.
        const other = await pg.steeringFigures(actor(OTHER_EMPLOYER), leadTimes('none'));
        expect(other.report === 'lead-times' && other.rows.reduce((s, r) => s + r.unlinked, 0)).toBe(0);
      });
    });

    describe('vacancies', () => {
      it('counts open, filled and past-norm vacancies and the time to fill', async () => {
        const f = await pg.steeringFigures(actor(EMPLOYER), vacancies('none'));
        expect(f).toEqual({
          report: 'vacancies',
          rows: [{ group: null, total: true, received: 3, open: 2, filled: 1, notFilled: 0, openPastNorm: 1, places: 9, p50: 10, p90: 10 }],
        });
      });
    });
  });
}
