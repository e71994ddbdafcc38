// The lead-time report over process-event facts gives exactly the figures of the TypeScript
// semantics (figures.ts) over the events a caller may read, on events made to test the pairing:
// several starts per case, earlier starts and stops the caller may not see, starts before the
// period, stops before their start, events of the same instant, unlinked starts, several links
// and process events per event, and the cut-off hour.
import { confidentialityRank } from '@banenafspraak/core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { accessScopeOf } from '../policy.js';
import { createMemoryStorage } from '../storage/memory.js';
import type { Storage } from '../storage/port.js';
import type { PostgresStorage } from '../storage/postgres.js';
import { writeProcessEventFacts } from '../storage/process-event-facts.js';
import { storageTargets } from '../storage/targets.test-helper.js';
import { calendarDaysFor, calendarWindow } from './calendars.js';
import { computeFigures, type FigureEvent, type FigureRecord } from './figures.js';
import type { SteeringQuery } from './query.js';
import { EMPLOYER, OTHER_EMPLOYER, RIJNMOND, seedSteering, UWV } from './seed.test-helper.js';
import { SqlParams, visible } from './sql.js';

const window = calendarWindow('2026-02-01', '2026-05-31', '2026-05-20');
const leadTimes = (groupBy: 'none' | 'region' | 'employer' | 'period', cutoffHour?: number): SteeringQuery => ({
  report: 'lead-times',
  from: '2026-02-01',
  to: '2026-05-31',
  asOf: '2026-05-20',
  groupBy,
  periodUnit: 'MONTH',
  window,
  calendars: calendarDaysFor(window).map((c) => (cutoffHour === undefined ? c : { ...c, cutoffHour })),
});
const actor = (principal: typeof EMPLOYER) => ({ principal, now: '2026-05-20T12:00:00.000Z' });

/** A small deterministic generator (mulberry32), so a failure can be replayed. */
function random(seed: number) {
  let a = seed;
  return () => {
    a = (a + 0x6d2b79f5) | 0;
    let t = Math.imul(a ^ (a >>> 15), 1 | a);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const CODES = ['VACANCY_RECEIVED', 'FIRST_CANDIDATE_PROPOSED', 'PLACEMENT_STARTED', 'CANDIDATE_INVITED'];
const id = (kind: number, n: number) => `00000000-0000-4000-8${kind}00-${String(n).padStart(12, '0')}`;

/** Events on a few cases, written as the storage writes them: the outbox row and its facts. */
async function writeEvents(db: PostgresStorage['executor'], count: number, seed: number) {
  const next = random(seed);
  const pick = <T>(xs: readonly T[]): T => xs[Math.floor(next() * xs.length)] as T;
  const tenants = [
    { employers: ['12345678'], regions: ['AM22'] },
    { employers: ['12345678'], regions: ['AM21'] },
    { employers: ['12345678'], regions: ['AM10', 'AM22'] },
    { employers: ['87654321'], regions: ['AM22'] },
    { employers: ['12345678', '87654321'], regions: ['AM22', 'AM21'] },
    { employers: ['99999999'], regions: ['AM01'] },
  ];
  const ranks = [confidentialityRank('INTERNAL'), confidentialityRank('CASE_CONFIDENTIAL'), confidentialityRank('SECRET')];
  const instants: string[] = [];
  // First a case that starts past the cut-off on a Friday (it counts from Monday) and stops on
  // the Saturday: a stop before its start's day.
  const crafted = [
    { time: '2026-03-13T17:30:00.000Z', codes: ['VACANCY_RECEIVED'], links: { vacancyId: id(4, 1) } },
    { time: '2026-03-14T09:00:00.000Z', codes: ['FIRST_CANDIDATE_PROPOSED'], links: { vacancyId: id(4, 1) } },
  ];
  for (let i = 0; i < count + crafted.length; i++) {
    // Days from mid-December to July, any hour (the cut-off and the date line in Amsterdam);
    // one in five events shares the instant of an earlier one.
    const own = crafted[i];
    const time = own
      ? own.time
      : instants.length > 0 && next() < 0.2
        ? pick(instants)
        : new Date(Date.parse('2025-12-15T00:00:00Z') + Math.floor(next() * 220 * 24 * 4) * 900_000).toISOString();
    instants.push(time);
    const links: Record<string, string> = own ? { ...own.links } : {};
    if (!own) {
      if (next() < 0.85) links.vacancyId = id(1, Math.floor(next() * 12));
      if (next() < 0.4) links.placementId = id(2, Math.floor(next() * 6));
      if (next() < 0.15) links.grantId = id(3, Math.floor(next() * 3));
    }
    const codes = own?.codes ?? (next() < 0.2 ? [pick(CODES), pick(CODES)] : [pick(CODES)]);
    const event = {
      specversion: '1.0',
      type: 'nl.banenafspraak.test.changed',
      source: '/v1/vacancies',
      id: crypto.randomUUID(),
      time,
      data: { documentType: 'Vacancy', fromStatus: null, toStatus: 'RECEIVED', processEvents: codes, links },
    };
    const t = own ? { employers: ['12345678'], regions: ['AM22'] } : pick(tenants);
    const rank = own ? confidentialityRank('INTERNAL') : pick(ranks);
    const { rows } = await db.query<{ seq: number | string }>(
      `INSERT INTO outbox_events (id, type, event, audience, employers, regions, confidentiality_rank, recipients)
       VALUES ($1, $2, $3, 'record', $4, $5, $6, ARRAY[]::text[]) RETURNING seq`,
      [event.id, event.type, JSON.stringify(event), t.employers, t.regions, rank],
    );
    await writeProcessEventFacts(db, [{ seq: Number(rows[0]?.seq), event, ...t, confidentialityRank: rank }]);
  }
}

const targets = storageTargets('test_lead_time_facts');

for (const [target, make] of targets) {
  describe(`lead times from process-event facts on ${target}`, () => {
    let pg: PostgresStorage;
    beforeAll(async () => {
      pg = await make();
      await pg.truncateAll();
      await seedSteering(pg);
      await writeEvents(pg.executor, 400, 7);
    });
    afterAll(async () => {
      await pg?.close();
    });

    /** What the caller may read in the outbox and the records, for the TypeScript semantics. */
    async function visibleData(principal: typeof EMPLOYER): Promise<{ records: FigureRecord[]; events: FigureEvent[] }> {
      const scope = accessScopeOf(principal);
      const p = new SqlParams();
      const { rows } = await pg.executor.query<{ collection: string; id: string; status: string; document: FigureRecord['document'] }>(
        `SELECT collection, id::text AS id, status, document FROM records r WHERE ${visible(scope, p, 'r')} ORDER BY seq`,
        p.values,
      );
      const q = new SqlParams();
      const ev = await pg.executor.query<{ seq: number | string; event: FigureEvent['event']; employers: string[]; regions: string[] }>(
        `SELECT seq, event, employers, regions FROM outbox_events o WHERE o.audience = 'record' AND ${visible(scope, q, 'o')} ORDER BY seq`,
        q.values,
      );
      return {
        records: rows,
        events: ev.rows.map((r) => ({ seq: Number(r.seq), event: r.event, employers: r.employers, regions: r.regions })),
      };
    }

    for (const principal of [EMPLOYER, OTHER_EMPLOYER, RIJNMOND, UWV])
      for (const cutoffHour of [undefined, 17])
        it(`gives ${principal.userId} the TypeScript figures${cutoffHour ? ' with a cut-off hour' : ''}`, async () => {
          const data = await visibleData(principal);
          for (const groupBy of ['none', 'region', 'employer', 'period'] as const) {
            const query = leadTimes(groupBy, cutoffHour);
            expect(await pg.steeringFigures(actor(principal), query)).toEqual(computeFigures(query, data.records, data.events));
          }
        });

    it('measures cases of every kind on these events', async () => {
      // A stop before its start's day happens only when the start moves past the cut-off.
      const f = await pg.steeringFigures(actor(EMPLOYER), leadTimes('none', 17));
      if (f.report !== 'lead-times') throw new Error('wrong report');
      const sum = (k: 'cases' | 'closed' | 'open' | 'notMet' | 'invalid' | 'unlinked') => f.rows.reduce((s, r) => s + r[k], 0);
      for (const k of ['cases', 'closed', 'open', 'notMet', 'invalid', 'unlinked'] as const) expect(sum(k), k).toBeGreaterThan(0);
    });
  });
}

for (const [target, make] of targets) {
  describe(`lead times after a record's tenants change, on ${target}`, () => {
    // An event keeps the tenants of the moment it was raised (the feed shows it to those), and so
    // do its facts: V3 (AM22) is moved to AM21 as its first proposal is made, so that stop is
    // AM21's while its start stays AM22's.
    let pg: PostgresStorage;
    let memory: Storage;
    const v3 = '00000000-0000-4000-8000-000000000003';
    const closedCases = async (storage: Storage, principal: typeof EMPLOYER) => {
      const f = await storage.steeringFigures(actor(principal), leadTimes('none'));
      if (f.report !== 'lead-times') throw new Error('wrong report');
      const mi = f.measures.findIndex(
        (m) => m.fromEvent === 'VACANCY_RECEIVED' && m.toEvent === 'FIRST_CANDIDATE_PROPOSED' && m.calendarId === 'NL_COMMON_CAO',
      );
      return f.rows.find((r) => r.measure === mi && r.total)?.closed;
    };
    beforeAll(async () => {
      pg = await make();
      await pg.truncateAll();
      memory = createMemoryStorage();
      await seedSteering(pg);
      await seedSteering(memory);
    });
    afterAll(async () => {
      await pg?.close();
    });

    it('counts a stop for those who could see it when it happened, as the memory storage does', async () => {
      const before = { employer: await closedCases(pg, EMPLOYER), region: await closedCases(pg, RIJNMOND) };
      expect(before.region).toBeGreaterThan(0);
      for (const storage of [pg, memory]) {
        const at = { principal: EMPLOYER, now: '2026-05-12T09:00:00.000Z' };
        const current = await storage.getRecord(at, 'vacancies', v3);
        await storage.updateRecord(at, 'vacancies', v3, current.version, {
          ...current.document,
          region: 'AM21',
          status: 'CANDIDATES_PROPOSED',
        });
      }
      // The employer sees V3 closed now; Rijnmond (AM22) saw its start but not its stop.
      expect(await closedCases(pg, EMPLOYER)).toBe((before.employer ?? 0) + 1);
      expect(await closedCases(pg, RIJNMOND)).toBe(before.region);
      for (const principal of [EMPLOYER, OTHER_EMPLOYER, RIJNMOND, UWV])
        for (const groupBy of ['none', 'region', 'employer', 'period'] as const)
          expect(await pg.steeringFigures(actor(principal), leadTimes(groupBy))).toEqual(
            await memory.steeringFigures(actor(principal), leadTimes(groupBy)),
          );
    });
  });
}
