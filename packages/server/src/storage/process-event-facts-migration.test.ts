// An existing database upgrades to process-event facts (migration 7) with nothing lost: the
// events in the outbox before the facts existed count in the lead-time report after the
// upgrade, as if written with their facts, and the backfill writes the rows the write path writes.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { EMPLOYER, leadTimeQuery, OTHER_EMPLOYER, RIJNMOND, seedSteering, UWV } from '../steering/seed.test-helper.js';
import { MIGRATIONS } from './migrations.js';
import { databaseBefore } from './old-schema.test-helper.js';
import { createPgliteStorage, createPostgresStorage, type PostgresStorage } from './postgres.js';
import { backfillProcessEventFacts } from './process-event-facts.js';
import type { SqlExecutor } from './sql.js';

const leadTimes = leadTimeQuery;
const actor = (principal: typeof EMPLOYER) => ({ principal, now: '2026-05-08T12:00:00.000Z' });

/** Every process-event facts row, in a stable order, as text. */
async function factRows(db: SqlExecutor) {
  const { rows } = await db.query<{ row: string }>(
    `SELECT concat_ws('|', seq, code, case_key, case_val, first_key, to_char(ts AT TIME ZONE 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS.MS'),
       local_date, local_hour, employers::text, regions::text, confidentiality_rank) AS row
     FROM process_event_facts ORDER BY seq, code, case_key`,
  );
  return rows.map((r) => r.row);
}

describe('migration 7 on a database written before it', () => {
  let current: PostgresStorage;
  let upgraded: PostgresStorage;
  beforeAll(async () => {
    // The same records and events written once with facts, once by a server on migrations 1–6.
    current = await createPgliteStorage();
    await seedSteering(current);
    const executor = await databaseBefore(7, current.executor);
    // Opening the storage migrates: the backfill runs here.
    upgraded = await createPostgresStorage({ executor });
  });
  afterAll(async () => {
    await current?.close();
    await upgraded?.close();
  });

  it('applies migration 7 and writes the rows the write path wrote, for every event with process events', async () => {
    const { rows } = await upgraded.executor.query<{ version: number | string }>('SELECT version FROM schema_migrations ORDER BY 1');
    expect(rows.map((r) => Number(r.version))).toEqual(MIGRATIONS.map((m) => m.version));
    const written = await factRows(current.executor);
    // The seed raises every process event of the report: received, first proposal, placement started.
    for (const code of ['VACANCY_RECEIVED', 'FIRST_CANDIDATE_PROPOSED', 'PLACEMENT_STARTED'])
      expect(written.filter((r) => r.split('|')[1] === code).length).toBeGreaterThan(0);
    expect(await factRows(upgraded.executor)).toEqual(written);
  });

  it('writes the same rows in batches smaller than the outbox', async () => {
    const before = await factRows(upgraded.executor);
    const result = await upgraded.executor.transaction(async (tx) => {
      await tx.exec('DELETE FROM process_event_facts');
      return backfillProcessEventFacts(tx, 3);
    });
    expect(result).toMatchObject({ facts: before.length, skipped: 0 });
    expect(await factRows(upgraded.executor)).toEqual(before);
  });

  it('gives the same lead times as a database whose events were written with their facts', async () => {
    const f = await upgraded.steeringFigures(actor(EMPLOYER), leadTimes('none'));
    expect(f.report === 'lead-times' && f.rows.reduce((s, r) => s + r.cases, 0)).toBeGreaterThan(0);
    for (const principal of [EMPLOYER, OTHER_EMPLOYER, RIJNMOND, UWV])
      for (const groupBy of ['none', 'region', 'employer', 'period'] as const)
        expect(await upgraded.steeringFigures(actor(principal), leadTimes(groupBy))).toEqual(
          await current.steeringFigures(actor(principal), leadTimes(groupBy)),
        );
  });
});
