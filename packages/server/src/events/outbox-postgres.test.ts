import { placementExample } from '@banenafspraak/core';
import pg from 'pg';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { contractPrincipals } from '../storage/contract.js';
import type { Actor } from '../storage/port.js';
import { createPgStorage, type PostgresStorage } from '../storage/postgres.js';
import { storageTargets } from '../storage/targets.test-helper.js';

const NOW = '2026-04-01T10:00:00.000Z';
const as = (p: (typeof contractPrincipals)[keyof typeof contractPrincipals]): Actor => ({ principal: p, now: NOW });
const uuid = (n: number) => `00000000-0000-4000-8000-${n.toString(16).padStart(12, '0')}`;
const placement = (n: number, over: Record<string, unknown> = {}) =>
  ({ ...structuredClone(placementExample), id: uuid(n), status: 'PLANNED', ...over }) as Record<string, unknown> & { id: string };

const url = process.env.DATABASE_URL;
const targets = storageTargets('test_outbox');

describe.each(targets)('outbox in the record transaction: %s', (_name, make) => {
  let storage: PostgresStorage;
  beforeAll(async () => {
    storage = await make();
    await storage.truncateAll();
  });
  afterAll(async () => {
    await storage.executor.exec('DROP FUNCTION IF EXISTS fail_write() CASCADE');
    await storage.close();
  });

  it('keeps commit order when transaction ids gain a digit (…9 → …10), so no event is skipped', async () => {
    await storage.truncateAll();
    const xid = async () => BigInt((await storage.executor.query<{ x: string }>('SELECT pg_current_xact_id()::text AS x')).rows[0]?.x ?? 0);
    // Burn transaction ids until the next write is two ids short of a power of ten.
    let next = (await xid()) + 1n;
    const boundary = 10n ** BigInt(String(next).length);
    while (boundary - next > 2n) next = (await xid()) + 1n;
    for (let n = 1; n <= 4; n++) await storage.createRecord(as(contractPrincipals.employerA), 'placements', placement(30 + n));
    const seen: string[] = [];
    let after: string | undefined;
    for (let page = 0; page < 10; page++) {
      const { items, nextCursor } = await storage.listEvents(as(contractPrincipals.employerA), { after, limit: 1 });
      if (items.length === 0) break;
      seen.push(...items.map((e) => e.subject));
      after = nextCursor;
    }
    expect(seen).toEqual([31, 32, 33, 34].map(uuid));
  });

  it('rolls the change and its event back together when a later step of the transaction fails', async () => {
    await storage.createRecord(as(contractPrincipals.employerA), 'placements', placement(1, { status: 'ACTIVE' }));
    await storage.createInstruction(as(contractPrincipals.employee), {
      ...(structuredClone((await import('@banenafspraak/core')).employerInstructionExample) as Record<string, unknown>),
      id: uuid(2),
      placementId: uuid(1),
    });
    // Ending the placement purges its instruction after the record and its event are written:
    // make that last step fail.
    await storage.executor.exec(`
      CREATE FUNCTION fail_write() RETURNS trigger LANGUAGE plpgsql AS $$ BEGIN RAISE EXCEPTION 'injected failure'; END $$;
      CREATE TRIGGER fail_purge BEFORE UPDATE ON employer_instructions FOR EACH ROW EXECUTE FUNCTION fail_write();`);
    const before = await storage.listEvents(as(contractPrincipals.uwv), { limit: 100 });
    await expect(
      storage.updateRecord(
        as(contractPrincipals.employerA),
        'placements',
        uuid(1),
        1,
        placement(1, { status: 'ENDED', actualEndDate: '2026-03-31', endReason: 'CONTRACT_ENDED' }),
      ),
    ).rejects.toThrow();
    expect((await storage.getRecord(as(contractPrincipals.employerA), 'placements', uuid(1))).document.status).toBe('ACTIVE');
    expect((await storage.listEvents(as(contractPrincipals.uwv), { limit: 100 })).items).toEqual(before.items);

    // And the other way round: when the event cannot be written, the change is not committed.
    await storage.executor.exec(`DROP TRIGGER fail_purge ON employer_instructions;
      CREATE TRIGGER fail_outbox BEFORE INSERT ON outbox_events FOR EACH ROW EXECUTE FUNCTION fail_write();`);
    await expect(storage.createRecord(as(contractPrincipals.employerA), 'placements', placement(3))).rejects.toThrow();
    await expect(storage.getRecord(as(contractPrincipals.employerA), 'placements', uuid(3))).rejects.toMatchObject({ code: 'not-found' });
    await storage.executor.exec('DROP TRIGGER fail_outbox ON outbox_events');
  });
});

describe.runIf(url)('feed order on a PostgreSQL server', () => {
  let storage: PostgresStorage;
  let pool: pg.Pool;
  beforeAll(async () => {
    storage = await createPgStorage({ connectionString: url as string, schema: 'test_outbox_order' });
    await storage.truncateAll();
    pool = new pg.Pool({ connectionString: url, max: 2, options: '-c search_path=test_outbox_order' });
  });
  afterAll(async () => {
    await pool.end();
    await storage.close();
  });

  it('never skips an event that commits after a later one: the reader waits for the older transaction', async () => {
    const reader = contractPrincipals.employerA;
    const slow = await pool.connect();
    try {
      // A transaction that starts first (takes its id) but commits last.
      await slow.query('BEGIN');
      await slow.query('SELECT pg_current_xact_id()');
      await storage.createRecord(as(reader), 'placements', placement(10));
      const first = await storage.listEvents(as(reader), { limit: 100 });
      expect(first.items).toEqual([]);
      const late = { ...placement(11), id: uuid(11) };
      const event = {
        specversion: '1.0',
        type: 'nl.banenafspraak.placement.planned',
        source: '/v1/placements',
        id: crypto.randomUUID(),
        time: NOW,
        subject: late.id,
        datacontenttype: 'application/json',
        data: {
          documentType: 'Placement',
          recordId: late.id,
          fromStatus: null,
          toStatus: 'PLANNED',
          processEvents: [],
          links: { placementId: late.id },
        },
      };
      await slow.query(
        `INSERT INTO outbox_events (id, type, event, audience, employers, regions, confidentiality_rank, candidate_id, recipients)
         VALUES ($1, $2, $3, 'record', $4, $5, 1, NULL, '{}')`,
        [event.id, event.type, JSON.stringify(event), ['12345678'], ['AM22']],
      );
      await slow.query('COMMIT');
      const after = await storage.listEvents(as(reader), { after: first.nextCursor, limit: 100 });
      expect(after.items.map((e) => e.subject)).toEqual([uuid(11), uuid(10)]);
      expect((await storage.listEvents(as(reader), { after: after.nextCursor, limit: 100 })).items).toEqual([]);
    } finally {
      slow.release();
    }
  });
});
