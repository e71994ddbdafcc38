// The vacancy report over the facts: time to fill from the first FILLED transition the storage
// recorded, with percentiles interpolated as percentile_cont, equal to the in-memory figures.
import { vacancyExample } from '@banenafspraak/core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createMemoryStorage } from '../storage/memory.js';
import type { Storage } from '../storage/port.js';
import { createPgliteStorage, type PostgresStorage } from '../storage/postgres.js';
import { calendarDaysFor, calendarWindow } from './calendars.js';
import type { SteeringQuery } from './query.js';
import { EMPLOYER, OTHER_EMPLOYER } from './seed.test-helper.js';

const window = calendarWindow('2026-03-01', '2026-03-31', '2026-04-01');
const query = (groupBy: 'none' | 'region'): SteeringQuery => ({
  report: 'vacancies',
  from: '2026-03-01',
  to: '2026-03-31',
  asOf: '2026-04-01',
  groupBy,
  periodUnit: 'MONTH',
  normWorkingDays: 10,
  window,
  calendar: calendarDaysFor(window).find((c) => c.id === 'NL_COMMON_CAO') as never,
});
const at = (now: string) => ({ principal: EMPLOYER, now });
const uuid = (n: number) => `00000000-0000-4000-8000-0000000007${String(n).padStart(2, '0')}`;

/** Six vacancies received Monday 2 March 2026; five filled after 1, 2, 4, 7 and 11 working days. */
async function seed(storage: Storage) {
  const fills: [number, string[]][] = [
    [1, ['2026-03-03']],
    [2, ['2026-03-04']],
    // Filled on the 6th, partly unfilled again and filled on the 20th: the first FILLED counts.
    [3, ['2026-03-06', '2026-03-20']],
    [4, ['2026-03-11']],
    [5, ['2026-03-17']],
    [6, []],
  ];
  for (const [n, dates] of fills) {
    const id = uuid(n);
    await storage.createRecord(at('2026-03-02T08:00:00.000Z'), 'vacancies', {
      ...structuredClone(vacancyExample),
      id,
      employer: '12345678',
      region: n % 2 ? 'AM22' : 'AM21',
      receivedAt: '2026-03-02T09:00:00+01:00',
      status: 'RECEIVED',
    });
    const move = async (now: string, status: string) => {
      const current = await storage.getRecord(at(now), 'vacancies', id);
      await storage.updateRecord(at(now), 'vacancies', id, current.version, { ...current.document, status });
    };
    for (const date of dates) {
      await move(`${date}T10:00:00.000Z`, 'FILLED');
      if (date !== dates[dates.length - 1]) await move(`${date}T15:00:00.000Z`, 'PARTIALLY_FILLED');
    }
  }
}

describe('vacancy time to fill from the facts', () => {
  let pg: PostgresStorage;
  const memory = createMemoryStorage();
  beforeAll(async () => {
    pg = await createPgliteStorage();
    await seed(pg);
    await seed(memory);
  });
  afterAll(() => pg?.close());

  it('interpolates the percentiles between working-day counts, from the first FILLED of each vacancy', async () => {
    const f = await pg.steeringFigures(at('2026-04-01T12:00:00.000Z'), query('none'));
    // 1, 2, 4, 7 and 11 working days: p50 4, p90 7 + 0.6 × (11 − 7).
    expect(f).toEqual({
      report: 'vacancies',
      rows: [{ group: null, total: true, received: 6, open: 1, filled: 5, notFilled: 0, openPastNorm: 1, places: 18, p50: 4, p90: 9.4 }],
    });
  });

  it('gives the in-memory figures, per region and for another tenant', async () => {
    for (const principal of [EMPLOYER, OTHER_EMPLOYER])
      for (const groupBy of ['none', 'region'] as const) {
        const actor = { principal, now: '2026-04-01T12:00:00.000Z' };
        expect(await pg.steeringFigures(actor, query(groupBy))).toEqual(await memory.steeringFigures(actor, query(groupBy)));
      }
    const other = await pg.steeringFigures({ principal: OTHER_EMPLOYER, now: '2026-04-01T12:00:00.000Z' }, query('region'));
    expect(other.report === 'vacancies' && other.rows.every((r) => r.received === 0)).toBe(true);
  });
});
