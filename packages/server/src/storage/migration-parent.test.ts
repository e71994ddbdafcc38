import { instrumentGrantExample, placementExample, wageCostSubsidyDeclarationExample } from '@banenafspraak/core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Principal } from '../auth.js';
import type { StoredDocument as Doc } from '../document.js';
import { isServerError } from '../errors.js';
import { type RecordCollection, recordMetaOf } from '../policy.js';
import { migrate } from './migrations.js';
import { createPgliteStorage, type PostgresStorage } from './postgres.js';

// A database made before migration 6 has no parent column: the migration fills it from the
// documents, so a region change of a placement made after the upgrade still reaches the
// grants and declarations recorded before it.
const employer: Principal = { userId: 'hr', organisation: { scheme: 'KVK', value: '12345678' }, roles: ['WRITER', 'CASE_MANAGER'] };
const haaglanden: Principal = { userId: 'am21', organisation: { scheme: 'AM', value: 'AM21' }, roles: ['READER', 'CASE_MANAGER'] };
const now = '2026-04-01T10:00:00.000Z';
const ids = {
  placement: '00000000-0000-4000-8000-000000000001',
  grant: '00000000-0000-4000-8000-000000000002',
  declaration: '00000000-0000-4000-8000-000000000003',
};

describe('migration 6: the parent of each existing record', () => {
  let storage: PostgresStorage;
  beforeAll(async () => {
    storage = await createPgliteStorage();
    const actor = { principal: employer, now };
    await storage.createRecord(actor, 'placements', { ...structuredClone(placementExample), id: ids.placement });
    const grant: Doc & { id: string } = { ...structuredClone(instrumentGrantExample), id: ids.grant, placementId: ids.placement };
    delete grant.wageValueAssessmentId;
    await storage.createRecord(actor, 'instrument-grants', grant);
    const declaration: Doc & { id: string } = {
      ...structuredClone(wageCostSubsidyDeclarationExample),
      id: ids.declaration,
      grantId: ids.grant,
      placementId: ids.placement,
    };
    delete declaration.supersedes;
    await storage.createRecord(actor, 'wage-cost-subsidy-declarations', declaration);
    // Back to the schema before migration 6.
    await storage.executor.exec('ALTER TABLE records DROP COLUMN parent_id; DELETE FROM schema_migrations WHERE version = 6;');
  });
  afterAll(() => storage.close());

  it('fills the parent of every record that has one from its document', async () => {
    expect((await migrate(storage.executor)).applied).toEqual([6]);
    const { rows } = await storage.executor.query<{ id: string; collection: RecordCollection; parent_id: string | null; document: Doc }>(
      'SELECT id::text AS id, collection, parent_id::text AS parent_id, document FROM records ORDER BY id',
    );
    expect(rows.map((r) => [r.id, r.parent_id])).toEqual([
      [ids.placement, null],
      [ids.grant, ids.placement],
      [ids.declaration, ids.grant],
    ]);
    for (const r of rows) expect(r.parent_id ?? undefined).toBe(recordMetaOf(r.collection, r.document).parentId);
  });

  it('lets a later region change reach the records made before the upgrade', async () => {
    const actor = { principal: employer, now };
    const placement = await storage.getRecord(actor, 'placements', ids.placement);
    await storage.updateRecord(actor, 'placements', ids.placement, placement.version, {
      ...placement.document,
      region: 'AM21',
      municipality: 'GM0518',
    });
    const read = { principal: haaglanden, now };
    expect((await storage.getRecord(read, 'instrument-grants', ids.grant)).id).toBe(ids.grant);
    expect((await storage.getRecord(read, 'wage-cost-subsidy-declarations', ids.declaration)).id).toBe(ids.declaration);
    // The declaration's report facts moved with it (the progress report filters on them).
    const { rows: facts } = await storage.executor.query<{ regions: string[] }>('SELECT regions FROM declaration_facts WHERE id = $1', [
      ids.declaration,
    ]);
    const { rows: records } = await storage.executor.query<{ regions: string[] }>('SELECT regions FROM records WHERE id = $1', [
      ids.declaration,
    ]);
    expect(facts[0]?.regions).toContain('AM21');
    expect(facts[0]?.regions).toEqual(records[0]?.regions);
    const other = await storage
      .getRecord({ principal: { ...haaglanden, organisation: { scheme: 'AM', value: 'AM13' } }, now }, 'instrument-grants', ids.grant)
      .catch((e: unknown) => e);
    expect(isServerError(other) && other.code).toBe('not-found');
  });
});
