import {
  documentDefinitions,
  employerInstructionExample,
  executionPlanExample,
  partnershipAgreementExample,
  placementExample,
  vacancyExample,
  wageValueAssessmentExample,
} from '@banenafspraak/core';
import type { Principal } from '../auth.js';
import type { StoredDocument as Doc } from '../document.js';
import { isServerError } from '../errors.js';
import {
  employerReferencesOf,
  PARENT_REFERENCES,
  RECORD_COLLECTIONS,
  RECORD_REFERENCES,
  type RecordCollection,
  recordMetaOf,
} from '../policy.js';
import { check, equal, NOW, rejects, uuid } from './contract-assertions.js';
import { eventContractCases } from './event-contract.js';
import type { Actor, Storage } from './port.js';

/**
 * The part of a test framework the contract suite needs (vitest and jest both fit).
 *
 * @public
 */
export interface ContractTestApi {
  describe(name: string, fn: () => void): void;
  it(name: string, fn: () => Promise<void>, timeout?: number): void;
  beforeAll(fn: () => Promise<void>, timeout?: number): void;
  afterAll(fn: () => Promise<void>, timeout?: number): void;
  beforeEach(fn: () => Promise<void>, timeout?: number): void;
}

/**
 * A storage under test: made once per suite, reset before every case.
 *
 * @public
 */
export interface StorageHarness {
  readonly storage: Storage;
  /** Removes all data. */
  reset(): Promise<void>;
  /** Releases the storage (closes PGlite or the pool). */
  close(): Promise<void>;
}

const LATER = '2026-04-02T10:00:00.000Z';

/**
 * Test principals of the contract suite.
 *
 * @public
 */
export const contractPrincipals = {
  employerA: { userId: 'hr-a', organisation: { scheme: 'KVK', value: '12345678' }, roles: ['WRITER'] },
  employerB: { userId: 'hr-b', organisation: { scheme: 'KVK', value: '87654321' }, roles: ['WRITER'] },
  readerA: { userId: 'reader-a', organisation: { scheme: 'KVK', value: '12345678' }, roles: ['READER'] },
  rijnmond: { userId: 'wsp-rijnmond', organisation: { scheme: 'AM', value: 'AM22' }, roles: ['WRITER'] },
  rotterdam: { userId: 'gm-rotterdam', organisation: { scheme: 'GM', value: 'GM0599' }, roles: ['READER'] },
  utrecht: { userId: 'gm-utrecht', organisation: { scheme: 'GM', value: 'GM0344' }, roles: ['READER'] },
  caseManager: { userId: 'consulent', organisation: { scheme: 'GM', value: 'GM0599' }, roles: ['WRITER', 'CASE_MANAGER'] },
  identityReader: { userId: 'id-reader', organisation: { scheme: 'AM', value: 'AM22' }, roles: ['READER', 'IDENTITY_READER'] },
  uwv: { userId: 'uwv-1', organisation: { scheme: 'UWV', value: 'UWV' }, roles: ['READER'] },
  employee: { userId: 'employee-1', roles: ['EMPLOYEE'], candidateId: placementExample.candidate.id },
  supervisor: { userId: 'supervisor-1', organisation: { scheme: 'KVK', value: '12345678' }, roles: ['WRITER'] },
  jobCoach: { userId: 'coach-1', organisation: { scheme: 'KVK', value: '11223344' }, roles: ['JOB_COACH'] },
  stranger: { userId: 'stranger-1', organisation: { scheme: 'KVK', value: '12345678' }, roles: ['WRITER'] },
} satisfies Record<string, Principal>;

const as = (p: Principal, now = NOW): Actor => ({ principal: p, now });

function placement(n: number, over: Record<string, unknown> = {}) {
  return { ...structuredClone(placementExample), id: uuid(n), ...over };
}

/**
 * The canonical example of a record collection (core's definition), as a writable copy with an
 * id. References other than the parent are left out (each case names the records it needs),
 * and a job-coach plan names a provider outside both test employers.
 */
function exampleOf(collection: RecordCollection, n: number): Doc & { id: string } {
  const definition = documentDefinitions.find((d) => d.collection === collection);
  check(definition, `core has no document type for ${collection}`);
  const doc: Doc & { id: string } = { ...(structuredClone(definition.example) as Doc), id: uuid(n) };
  for (const ref of RECORD_REFERENCES[collection]) if (!ref.parent) delete doc[ref.field];
  if (collection === 'job-coach-plans') doc.provider = { scheme: 'KVK', value: '11223344', name: 'Jobcoach' };
  return doc;
}

function setPath(doc: Doc, path: readonly (string | number)[], value: unknown): void {
  let target: Doc = doc;
  for (const key of path.slice(0, -1)) target = target[key];
  target[path[path.length - 1] as string | number] = value;
}

/** The document with every employer it names replaced by `kvk`. */
function namingOnly(collection: RecordCollection, doc: Doc, kvk: string): Doc & { id: string } {
  const copy = structuredClone(doc) as Doc & { id: string };
  for (const ref of employerReferencesOf(collection, copy)) setPath(copy, ref.path, kvk);
  return copy;
}

/**
 * Creates the example of `collection` for `actor`, naming only employer `kvk`, with its
 * ancestors (parent, grandparent…) created first under ids `n + 100`, `n + 200`, ….
 */
async function createChain(
  storage: Storage,
  actor: Actor,
  collection: RecordCollection,
  n: number,
  kvk: string,
): Promise<Doc & { id: string }> {
  const doc = namingOnly(collection, exampleOf(collection, n), kvk);
  const parent = PARENT_REFERENCES[collection];
  if (parent) doc[parent.field] = (await createChain(storage, actor, parent.collection, n + 100, kvk)).id;
  await storage.createRecord(actor, collection, doc);
  return doc;
}

function instruction(n: number, over: Record<string, unknown> = {}) {
  const doc = structuredClone(employerInstructionExample);
  doc.placementId = uuid(1);
  doc.consent.sharedWith = [
    { role: 'DIRECT_SUPERVISOR', name: 'J. de Vries', userRef: 'supervisor-1', organisation: { scheme: 'KVK', value: '12345678' } },
    { role: 'JOB_COACH', name: 'M. Bakker', userRef: 'coach-1', organisation: { scheme: 'KVK', value: '11223344' } },
  ];
  doc.workImpacts = [{ category: 'INSTRUCTION_STYLE', text: 'CANARY-CONTRACT-7f3a' }];
  return { ...doc, id: uuid(n), ...over };
}

/**
 * The storage contract: every {@link Storage} implementation must pass it. Registers one
 * `describe` block of cases with the given test framework (defaults to the global
 * `describe`/`it`/… of vitest with `globals`, or jest).
 *
 * @example
 * ```ts
 * import { describe, it, beforeAll, afterAll, beforeEach } from 'vitest';
 * import { createMemoryStorage, runStorageContract } from '@banenafspraak/server';
 * runStorageContract('memory', async () => {
 *   const storage = createMemoryStorage();
 *   return { storage, reset: async () => storage.clear(), close: () => storage.close() };
 * }, { describe, it, beforeAll, afterAll, beforeEach });
 * ```
 *
 * @public
 */
export function runStorageContract(name: string, makeStorage: () => Promise<StorageHarness>, api?: ContractTestApi): void {
  const t = api ?? (globalThis as unknown as ContractTestApi);
  if (typeof t.describe !== 'function')
    throw new Error('runStorageContract needs a test API: pass { describe, it, beforeAll, afterAll, beforeEach }.');
  const P = contractPrincipals as Record<keyof typeof contractPrincipals, Principal>;
  let h: StorageHarness | undefined;
  const s = (): Storage => {
    check(h, 'storage was not created');
    return h.storage;
  };

  t.describe(`storage contract: ${name}`, () => {
    t.beforeAll(async () => {
      h = await makeStorage();
    }, 60_000);
    t.afterAll(async () => {
      await h?.close();
    }, 30_000);
    t.beforeEach(async () => {
      await h?.reset();
    }, 30_000);

    t.it('creates a record and reads it back unchanged, at version 1', async () => {
      const doc = placement(1);
      const { record, replayed } = await s().createRecord(as(P.employerA), 'placements', doc);
      equal(replayed, false, 'replayed');
      equal(record.version, 1, 'version');
      equal(record.createdAt, NOW, 'createdAt');
      const got = await s().getRecord(as(P.employerA), 'placements', doc.id);
      equal(got.document, doc, 'document');
      equal(got.version, 1, 'version after read');
      equal(got.collection, 'placements', 'collection');
    });

    t.it('gives not-found for unknown ids and for ids of another collection', async () => {
      await rejects(s().getRecord(as(P.employerA), 'placements', uuid(999)), 'not-found', 'unknown id');
      await s().createRecord(as(P.employerA), 'placements', placement(1));
      await rejects(s().getRecord(as(P.employerA), 'vacancies', uuid(1)), 'not-found', 'other collection');
    });

    t.it('refuses a duplicate id', async () => {
      await s().createRecord(as(P.employerA), 'placements', placement(1));
      await rejects(s().createRecord(as(P.employerA), 'placements', placement(1)), 'conflict', 'duplicate id');
    });

    t.it("hides other tenants' records: not-found on direct access, absent from lists", async () => {
      await s().createRecord(as(P.employerA), 'placements', placement(1));
      await rejects(s().getRecord(as(P.employerB), 'placements', uuid(1)), 'not-found', 'other employer');
      await rejects(s().getRecord(as(P.utrecht), 'placements', uuid(1)), 'not-found', 'other region');
      equal((await s().listRecords(as(P.employerB), 'placements', { limit: 10 })).items.length, 0, 'list of other employer');
      equal((await s().listRecords(as(P.utrecht), 'placements', { limit: 10 })).items.length, 0, 'list of other region');
      equal((await s().getRecord(as(P.rijnmond), 'placements', uuid(1))).id, uuid(1), 'region sees it');
      equal((await s().getRecord(as(P.rotterdam), 'placements', uuid(1))).id, uuid(1), 'municipality in the region sees it');
      equal((await s().getRecord(as(P.uwv), 'placements', uuid(1))).id, uuid(1), 'UWV sees it');
      await rejects(s().getRecord(as(P.employee), 'placements', uuid(1)), 'not-found', 'employee has no record access');
      await rejects(s().getRecord(as(P.jobCoach), 'placements', uuid(1)), 'not-found', 'job coach has no record access');
    });

    t.it('enforces the confidentiality ceiling: forbidden on direct access, filtered from lists', async () => {
      const wva = { ...structuredClone(wageValueAssessmentExample), id: uuid(5), placementId: uuid(1) };
      await s().createRecord(as(P.employerA), 'placements', placement(1));
      await s().createRecord(as(P.caseManager), 'wage-value-assessments', wva);
      await rejects(s().getRecord(as(P.rijnmond), 'wage-value-assessments', uuid(5)), 'forbidden', 'above ceiling');
      equal((await s().listRecords(as(P.rijnmond), 'wage-value-assessments', { limit: 10 })).items.length, 0, 'list above ceiling');
      equal((await s().getRecord(as(P.caseManager), 'wage-value-assessments', uuid(5))).id, uuid(5), 'case manager sees it');
      await rejects(
        s().createRecord(as(P.rijnmond), 'wage-value-assessments', { ...wva, id: uuid(6) }),
        'forbidden',
        'cannot write above ceiling',
      );
    });

    t.it('gives the current version without the document, with the checks of getRecord', async () => {
      const wva = { ...structuredClone(wageValueAssessmentExample), id: uuid(5), placementId: uuid(1) };
      await s().createRecord(as(P.employerA), 'placements', placement(1));
      await s().createRecord(as(P.caseManager), 'wage-value-assessments', wva);
      equal(
        await s().getRecordVersion(as(P.rijnmond), 'placements', uuid(1)),
        { version: 1, updatedAt: NOW },
        'version of a readable record',
      );
      await s().updateRecord(as(P.employerA), 'placements', uuid(1), 1, { ...placement(1), hoursPerWeek: 30 });
      equal((await s().getRecordVersion(as(P.employerA), 'placements', uuid(1))).version, 2, 'version after an update');
      await rejects(s().getRecordVersion(as(P.employerB), 'placements', uuid(1)), 'not-found', 'other employer');
      await rejects(s().getRecordVersion(as(P.employerA), 'vacancies', uuid(1)), 'not-found', 'other collection');
      await rejects(s().getRecordVersion(as(P.rijnmond), 'wage-value-assessments', uuid(5)), 'forbidden', 'above ceiling');
    });

    t.it('refuses writes outside the caller’s tenants or without a writing role', async () => {
      await rejects(s().createRecord(as(P.employerB), 'placements', placement(1)), 'forbidden', 'other employer');
      await rejects(s().createRecord(as(P.readerA), 'placements', placement(1)), 'forbidden', 'reader');
      await rejects(s().createRecord(as(P.employee), 'placements', placement(1)), 'forbidden', 'employee');
      await s().createRecord(as(P.employerA), 'placements', placement(1));
      await rejects(
        s().updateRecord(
          as(P.employerA),
          'placements',
          uuid(1),
          1,
          placement(1, { employer: { kvkNumber: '87654321' }, region: 'AM13', municipality: undefined }),
        ),
        'forbidden',
        'moving a record to another tenant',
      );
    });

    t.it('inherits tenants from the parent record (execution plan → partnership)', async () => {
      const partnership = {
        ...structuredClone(partnershipAgreementExample),
        id: uuid(10),
        regions: ['AM13'],
        publicParties: [],
        workingArrangements: [],
      };
      await s().createRecord(as(P.employerA), 'partnership-agreements', partnership);
      const plan = {
        ...structuredClone(executionPlanExample),
        id: uuid(11),
        partnershipId: uuid(10),
        scope: { targetGroups: [], regions: ['AM13'] },
        targets: [],
        processSteps: [],
        reporting: undefined,
      };
      await s().createRecord(as(P.employerA), 'execution-plans', plan);
      equal((await s().getRecord(as(P.employerA), 'execution-plans', uuid(11))).id, uuid(11), 'employer sees its plan');
      await rejects(s().getRecord(as(P.employerB), 'execution-plans', uuid(11)), 'not-found', 'other employer');
    });

    // Cross-tenant attach: a write may only hang under a parent the caller can read, and may
    // only name employers it may act for; out of reach answers exactly as missing. Writers
    // of both employers may see confidential records (assessments), so only tenancy differs.
    const A: Principal = { ...contractPrincipals.employerA, roles: ['WRITER', 'CASE_MANAGER'] };
    const B: Principal = { ...contractPrincipals.employerB, roles: ['WRITER', 'CASE_MANAGER'] };
    for (const [child, ref] of Object.entries(PARENT_REFERENCES) as [RecordCollection, { field: string; collection: RecordCollection }][]) {
      t.it(`refuses a ${child} record under another tenant's ${ref.collection} record, exactly as under a missing one`, async () => {
        await createChain(s(), as(A), ref.collection, 40, '12345678');
        const attempt = (parentId: string, n: number) => ({ ...namingOnly(child, exampleOf(child, n), '87654321'), [ref.field]: parentId });
        let other: unknown;
        let missing: unknown;
        try {
          await s().createRecord(as(B), child, attempt(uuid(40), 41));
        } catch (e) {
          other = e;
        }
        try {
          await s().createRecord(as(B), child, attempt(uuid(99), 42));
        } catch (e) {
          missing = e;
        }
        check(isServerError(other) && other.code === 'not-found', `another tenant's parent: expected not-found, got ${String(other)}`);
        check(isServerError(missing) && missing.code === 'not-found', `missing parent: expected not-found, got ${String(missing)}`);
        equal(
          { detail: other.detail, issues: other.extra.issues },
          { detail: missing.detail, issues: missing.extra.issues },
          'same answer for out-of-reach and missing parents',
        );
        equal((await s().listRecords(as(A), child, { limit: 10 })).items.length, 0, "nothing appears in the victim's list");
        // A parent of the wrong collection is no parent either.
        const unrelated: RecordCollection = ref.collection === 'vacancies' ? 'partnership-agreements' : 'vacancies';
        await s().createRecord(as(B), unrelated, namingOnly(unrelated, exampleOf(unrelated, 43), '87654321'));
        await rejects(s().createRecord(as(B), child, attempt(uuid(43), 44)), 'not-found', 'a record of another collection as parent');
        // Nor may an update move a record of one's own under another tenant's parent.
        await createChain(s(), as(B), ref.collection, 45, '87654321');
        await s().createRecord(as(B), child, attempt(uuid(45), 46));
        await rejects(
          s().updateRecord(as(B), child, uuid(46), 1, attempt(uuid(40), 46)),
          'not-found',
          'moving under another tenant’s parent',
        );
      });
    }

    t.it('passes a parent’s new tenants down to the records under it, and under those', async () => {
      // Everything that hangs under one placement of employer A in Rijnmond (AM22).
      const declaration = await createChain(s(), as(A), 'wage-cost-subsidy-declarations', 80, '12345678');
      const placementId = uuid(280);
      const under: [RecordCollection, string][] = [
        ['wage-cost-subsidy-declarations', declaration.id],
        ['instrument-grants', uuid(180)],
      ];
      for (const [n, collection] of [
        [81, 'wage-value-assessments'],
        [82, 'placement-follow-ups'],
        [83, 'job-coach-plans'],
      ] as const) {
        await s().createRecord(as(A), collection, { ...namingOnly(collection, exampleOf(collection, n), '12345678'), placementId });
        under.push([collection, uuid(n)]);
      }
      await s().createRecord(as(A), 'job-coach-reports', {
        ...namingOnly('job-coach-reports', exampleOf('job-coach-reports', 84), '12345678'),
        planId: uuid(83),
      });
      under.push(['job-coach-reports', uuid(84)]);
      const region = (code: string): Principal => ({
        userId: `region-${code}`,
        organisation: { scheme: 'AM', value: code },
        roles: ['READER', 'CASE_MANAGER'],
      });
      const haaglanden = as(region('AM21'));
      const rijnmond = as(region('AM22'));
      for (const [collection, id] of under)
        await rejects(s().getRecord(haaglanden, collection, id), 'not-found', `${collection} before the move`);

      // The placement moves to The Hague (Haaglanden, AM21).
      const placement = await s().getRecord(as(A), 'placements', placementId);
      await s().updateRecord(as(A), 'placements', placementId, placement.version, {
        ...placement.document,
        region: 'AM21',
        municipality: 'GM0518',
      });

      let lost = 0;
      for (const [collection, id] of under) {
        const record = await s().getRecord(as(A), collection, id);
        equal((await s().getRecord(haaglanden, collection, id)).id, id, `the new region reads the ${collection}`);
        // The old region keeps only what names it itself (a grant financed by Rotterdam).
        if (recordMetaOf(collection, record.document).regions.includes('AM22'))
          equal((await s().getRecord(rijnmond, collection, id)).id, id, collection);
        else {
          await rejects(s().getRecord(rijnmond, collection, id), 'not-found', `the old region no longer reads the ${collection}`);
          lost++;
        }
        check(
          (await s().listRecords(haaglanden, collection, { limit: 50 })).items.some((r) => r.id === id),
          `the new region lists the ${collection}`,
        );
      }
      check(lost > 0, 'some record under the placement names no region of its own');
      await rejects(s().getRecord(as(B), 'job-coach-reports', uuid(84)), 'not-found', 'another employer still reads nothing');
    });

    // Links that are not the parent (a proposal's placement, a plan's grant…) follow the same
    // rule: only records the writer can read, and no difference between out of reach and missing.
    for (const collection of RECORD_COLLECTIONS) {
      for (const link of RECORD_REFERENCES[collection].filter((r) => !r.parent)) {
        t.it(
          `refuses ${collection} linking another tenant's ${link.collection} record at ${link.field}, exactly as a missing one`,
          async () => {
            const target = await createChain(s(), as(A), link.collection, 70, '12345678');
            const own = await createChain(s(), as(B), link.collection, 71, '87654321');
            // `undefined`: the link a record of its own would have (for a link that must be the
            // parent's own, such as a report's placement: the parent's).
            const attempt = async (n: number, id: string | undefined) => {
              const doc = namingOnly(collection, exampleOf(collection, n), '87654321');
              const parent = PARENT_REFERENCES[collection];
              const parentDoc = parent ? await createChain(s(), as(B), parent.collection, n + 1000, '87654321') : undefined;
              if (parent && parentDoc) doc[parent.field] = parentDoc.id;
              doc[link.field] = id ?? (link.sameAsParent !== undefined ? parentDoc?.[link.sameAsParent] : own.id);
              try {
                await s().createRecord(as(B), collection, doc);
                return undefined;
              } catch (e) {
                return e;
              }
            };
            const other = await attempt(72, target.id);
            const missing = await attempt(73, uuid(98));
            check(isServerError(other) && other.code === 'not-found', `another tenant's record: expected not-found, got ${String(other)}`);
            check(isServerError(missing) && missing.code === 'not-found', `missing record: expected not-found, got ${String(missing)}`);
            equal(
              { detail: other.detail, issues: other.extra.issues },
              { detail: missing.detail, issues: missing.extra.issues },
              'same answer',
            );
            equal(await attempt(74, undefined), undefined, 'a link to a record of its own is accepted');
          },
        );
      }
    }

    for (const collection of RECORD_COLLECTIONS) {
      const parent = PARENT_REFERENCES[collection];
      for (const ref of employerReferencesOf(collection, exampleOf(collection, 0))) {
        t.it(`refuses ${collection} naming another employer at ${ref.path.join('.')}; the named employer sees nothing`, async () => {
          const doc = namingOnly(collection, exampleOf(collection, 50), '12345678');
          if (parent) doc[parent.field] = (await createChain(s(), as(A), parent.collection, 51, '12345678')).id;
          setPath(doc, ref.path, '87654321');
          let error: unknown;
          try {
            await s().createRecord(as(A), collection, doc);
          } catch (e) {
            error = e;
          }
          // not-found when the record is still the writer's own; forbidden when it names only the other employer.
          check(
            isServerError(error) && (error.code === 'not-found' || error.code === 'forbidden'),
            `expected a refusal, got ${String(error)}`,
          );
          equal((await s().listRecords(as(B), collection, { limit: 10 })).items.length, 0, 'the named employer sees nothing');
          // UWV may name any employer; an update keeps the names already there.
        });
      }
    }

    t.it('lets a region name the employers of records in its own region, and keeps names on update', async () => {
      await s().createRecord(as(A), 'partnership-agreements', { ...exampleOf('partnership-agreements', 60), regions: ['AM22'] });
      const p = placement(61, { region: 'AM22', employer: { ...placementExample.employer, kvkNumber: '12345678' } });
      await s().createRecord(as(P.rijnmond), 'placements', p);
      // The employer the region named can edit it, although the region wrote it.
      await s().updateRecord(as(A), 'placements', uuid(61), 1, { ...p, hoursPerWeek: 30 });
      // An employer cannot add another employer as the counting employer.
      await rejects(
        s().updateRecord(as(A), 'placements', uuid(61), 2, { ...p, countingEmployer: { kvkNumber: '87654321', name: 'B' } }),
        'not-found',
        'adding another employer',
      );
    });

    t.it('updates with the current version and refuses a stale one', async () => {
      await s().createRecord(as(P.employerA), 'placements', placement(1));
      const updated = await s().updateRecord(as(P.employerA, LATER), 'placements', uuid(1), 1, placement(1, { hoursPerWeek: 30 }));
      equal(updated.version, 2, 'version');
      equal(updated.updatedAt, LATER, 'updatedAt');
      equal(updated.createdAt, NOW, 'createdAt kept');
      equal(updated.document.hoursPerWeek, 30, 'document');
      await rejects(
        s().updateRecord(as(P.employerA), 'placements', uuid(1), 1, placement(1, { hoursPerWeek: 20 })),
        'precondition-failed',
        'stale',
      );
      equal((await s().getRecord(as(P.employerA), 'placements', uuid(1))).document.hoursPerWeek, 30, 'stale write lost nothing');
      await rejects(s().updateRecord(as(P.employerB), 'placements', uuid(1), 2, placement(1)), 'not-found', 'other tenant update');
    });

    t.it('lets exactly one of two concurrent updates of the same version win', async () => {
      await s().createRecord(as(P.employerA), 'placements', placement(1));
      const results = await Promise.allSettled([
        s().updateRecord(as(P.employerA), 'placements', uuid(1), 1, placement(1, { hoursPerWeek: 10 })),
        s().updateRecord(as(P.employerA), 'placements', uuid(1), 1, placement(1, { hoursPerWeek: 11 })),
      ]);
      equal(results.filter((r) => r.status === 'fulfilled').length, 1, 'winners');
      const loser = results.find((r) => r.status === 'rejected') as PromiseRejectedResult;
      check(isServerError(loser.reason) && loser.reason.code === 'precondition-failed', 'loser gets precondition-failed');
      equal((await s().getRecord(as(P.employerA), 'placements', uuid(1))).version, 2, 'version');
    });

    t.it('replays an idempotent create and never duplicates, also under concurrency', async () => {
      const idem = { key: 'key-1', requestHash: 'h1' };
      const first = await s().createRecord(as(P.employerA), 'placements', placement(1), idem);
      const again = await s().createRecord(as(P.employerA, LATER), 'placements', placement(1), idem);
      equal(again.replayed, true, 'replayed');
      equal(again.record, first.record, 'same first result');
      await rejects(
        s().createRecord(as(P.employerA), 'placements', placement(2), { key: 'key-1', requestHash: 'h2' }),
        'conflict',
        'key reused with another body',
      );
      const other = await s().createRecord(
        as(P.employerB),
        'placements',
        placement(3, { employer: { kvkNumber: '87654321' }, region: 'AM13', municipality: undefined }),
        idem,
      );
      equal(other.replayed, false, 'keys are per caller');
      const concurrent = await Promise.allSettled([
        s().createRecord(as(P.employerA), 'placements', placement(4), { key: 'key-2', requestHash: 'h4' }),
        s().createRecord(as(P.employerA), 'placements', placement(4), { key: 'key-2', requestHash: 'h4' }),
      ]);
      check(
        concurrent.every((r) => r.status === 'fulfilled'),
        'both concurrent calls succeed',
      );
      equal(concurrent.filter((r) => r.status === 'fulfilled' && r.value.replayed).length, 1, 'one replay');
      equal((await s().listRecords(as(P.employerA), 'placements', { limit: 10 })).items.length, 2, 'records of A');
    });

    t.it('lists with filters and a cursor that walks every record once', async () => {
      for (let i = 1; i <= 7; i++) {
        await s().createRecord(
          as(P.employerA),
          'placements',
          placement(i, {
            status: i % 2 ? 'ACTIVE' : 'PLANNED',
            startDate: `2026-0${i}-01`,
            region: i <= 5 ? 'AM22' : 'AM21',
            municipality: i <= 5 ? 'GM0599' : undefined,
          }),
        );
      }
      const seen: string[] = [];
      let cursor: string | undefined;
      do {
        const page = await s().listRecords(as(P.employerA), 'placements', { limit: 3, ...(cursor ? { cursor } : {}) });
        check(page.items.length <= 3, 'page size');
        seen.push(...page.items.map((r) => r.id));
        cursor = page.nextCursor;
      } while (cursor);
      equal(seen, [1, 2, 3, 4, 5, 6, 7].map(uuid), 'all records in creation order');
      equal(
        (await s().listRecords(as(P.employerA), 'placements', { limit: 10, status: 'PLANNED' })).items.map((r) => r.id),
        [2, 4, 6].map(uuid),
        'status',
      );
      equal(
        (await s().listRecords(as(P.employerA), 'placements', { limit: 10, region: 'AM21' })).items.map((r) => r.id),
        [6, 7].map(uuid),
        'region',
      );
      equal((await s().listRecords(as(P.employerA), 'placements', { limit: 10, employer: '87654321' })).items.length, 0, 'employer');
      equal(
        (await s().listRecords(as(P.employerA), 'placements', { limit: 10, from: '2026-01-01', to: '2026-02-15' })).items.map((r) => r.id),
        [1, 2].map(uuid),
        'period',
      );
      equal((await s().listRecords(as(P.rijnmond), 'placements', { limit: 10 })).items.length, 5, 'region tenant sees its region only');
      await rejects(s().listRecords(as(P.employerA), 'placements', { limit: 10, cursor: 'not-a-cursor' }), 'invalid-input', 'bad cursor');
    });

    t.it('deletes only records in their initial status, with the current version', async () => {
      await s().createRecord(as(P.employerA), 'placements', placement(1, { status: 'PLANNED' }));
      await s().createRecord(as(P.employerA), 'placements', placement(2, { status: 'ACTIVE' }));
      await rejects(s().deleteRecord(as(P.employerA), 'placements', uuid(1), 7), 'precondition-failed', 'stale delete');
      await rejects(s().deleteRecord(as(P.employerA), 'placements', uuid(2), 1), 'conflict', 'active placement');
      await rejects(s().deleteRecord(as(P.employerB), 'placements', uuid(1), 1), 'not-found', 'other tenant');
      await s().deleteRecord(as(P.employerA), 'placements', uuid(1), 1);
      await rejects(s().getRecord(as(P.employerA), 'placements', uuid(1)), 'not-found', 'deleted');
    });

    t.it('refuses to delete a record that others hang under, so they are not left with a parent that is gone', async () => {
      await s().createRecord(as(P.employerA), 'placements', placement(1, { status: 'PLANNED', region: 'AM22' }));
      // The municipality assesses the placement: the assessment inherits the placement's tenants.
      const assessment = { ...exampleOf('wage-value-assessments', 2), placementId: uuid(1) };
      await s().createRecord(as(P.caseManager), 'wage-value-assessments', assessment);
      await rejects(s().deleteRecord(as(P.employerA), 'placements', uuid(1), 1), 'conflict', 'placement with an assessment');
      equal((await s().getRecord(as(P.caseManager), 'wage-value-assessments', uuid(2))).document.placementId, uuid(1), 'assessment kept');
      // Without records under it, the placement can go.
      await s().createRecord(as(P.employerA), 'placements', placement(3, { status: 'PLANNED' }));
      await s().deleteRecord(as(P.employerA), 'placements', uuid(3), 1);
    });

    t.it(
      'keeps an audit trail with before/after, without the BSN, including failed attempts (of callers who can reach the record)',
      async () => {
        const withBsn = placement(1, {
          candidate: { ...placementExample.candidate, identity: { bsn: '999992077', bsnProcessingBasis: 'PAYROLL_TAX' } },
        });
        await s().createRecord(as(P.employerA), 'placements', withBsn);
        await s().updateRecord(as(P.employerA, LATER), 'placements', uuid(1), 1, {
          ...withBsn,
          hoursPerWeek: 30,
          candidate: { ...withBsn.candidate, identity: { bsn: '111222333', bsnProcessingBasis: 'PAYROLL_TAX' } },
        });
        await s().recordFailedAttempt(as(P.employerA), 'placements', uuid(1), 'update', 412);
        await s().recordFailedAttempt(as(P.employerB), 'placements', uuid(1), 'update', 428);
        // A refused write on another collection's path with this id is no attempt on this record.
        await s().recordFailedAttempt(as(P.employerA), 'vacancies', uuid(1), 'update', 400);
        const trail = await s().auditTrail(as(P.employerA), 'placements', uuid(1));
        equal(
          trail.map((e) => [e.action, e.result]),
          [
            ['create', 201],
            ['update', 200],
            ['update', 412],
          ],
          'entries',
        );
        equal(trail[0]?.actor.userId, 'hr-a', 'who');
        equal(trail[1]?.at, LATER, 'when');
        equal(trail[1]?.before?.hoursPerWeek, 24, 'before');
        equal(trail[1]?.after?.hoursPerWeek, 30, 'after');
        check(trail[1]?.changedFields.includes('hoursPerWeek'), 'changed fields');
        check(trail[1]?.changedFields.includes('candidate.identity'), 'restricted change named by path');
        const text = JSON.stringify(trail);
        check(!text.includes('999992077') && !text.includes('111222333'), 'no BSN in the audit trail');
        await rejects(s().auditTrail(as(P.employerB), 'placements', uuid(1)), 'not-found', 'other tenant');
      },
    );

    t.it('finds placements by BSN only for identity readers, within their tenants', async () => {
      await s().createRecord(
        as(P.employerA),
        'placements',
        placement(1, { candidate: { ...placementExample.candidate, identity: { bsn: '999992077', bsnProcessingBasis: 'PAYROLL_TAX' } } }),
      );
      await s().createRecord(as(P.employerA), 'placements', placement(2));
      equal(
        (await s().findPlacementsByBsn(as(P.identityReader), '999992077', { limit: 10 })).items.map((r) => r.id),
        [uuid(1)],
        'found',
      );
      await rejects(s().findPlacementsByBsn(as(P.rijnmond), '999992077', { limit: 10 }), 'forbidden', 'no identity role');
    });

    t.it('scans records for reports without restricted parts', async () => {
      await s().createRecord(
        as(P.employerA),
        'placements',
        placement(1, { candidate: { ...placementExample.candidate, identity: { bsn: '999992077', bsnProcessingBasis: 'PAYROLL_TAX' } } }),
      );
      await s().createRecord(as(P.employerA), 'vacancies', { ...structuredClone(vacancyExample), id: uuid(2) });
      const scanned = await s().scanRecords(as(P.rijnmond), 'placements');
      equal(scanned.length, 1, 'count');
      check(!JSON.stringify(scanned).includes('999992077'), 'no BSN');
      equal((await s().scanRecords(as(P.utrecht), 'placements')).length, 0, 'other region');
    });

    t.it('lets only the employee create an instruction; only the employee and the people shared with read it', async () => {
      await rejects(s().createInstruction(as(P.supervisor), instruction(20)), 'forbidden', 'supervisor cannot create');
      const { record } = await s().createInstruction(as(P.employee), instruction(20));
      equal(record.version, 1, 'version');
      equal((await s().getInstruction(as(P.employee), uuid(20))).document.workImpacts, instruction(20).workImpacts, 'owner reads content');
      equal((await s().getInstruction(as(P.supervisor), uuid(20))).id, uuid(20), 'supervisor in sharedWith reads');
      equal((await s().getInstruction(as(P.jobCoach), uuid(20))).id, uuid(20), 'job coach in sharedWith reads');
      await rejects(s().getInstruction(as(P.stranger), uuid(20)), 'not-found', 'colleague not shared with');
      await rejects(s().getInstruction(as(P.uwv), uuid(20)), 'not-found', 'UWV');
      await rejects(s().getInstruction(as(P.employerA), uuid(20)), 'not-found', 'employer HR');
      const log = await s().instructionReadLog(as(P.employee), uuid(20));
      equal(
        log.map((r) => r.userId),
        ['employee-1', 'supervisor-1', 'coach-1'],
        'every read logged',
      );
      await rejects(s().instructionReadLog(as(P.supervisor), uuid(20)), 'not-found', 'read log is the employee’s');
      await rejects(s().updateInstruction(as(P.supervisor), uuid(20), 1, instruction(20)), 'forbidden', 'recipient cannot edit');
      await rejects(s().getRecord(as(P.employerA), 'placements', uuid(20)), 'not-found', 'never a record');
    });

    t.it('does not show a draft instruction to the people it will be shared with', async () => {
      await s().createInstruction(as(P.employee), instruction(21, { status: 'DRAFT' }));
      await rejects(s().getInstruction(as(P.supervisor), uuid(21)), 'not-found', 'draft');
    });

    t.it('purges the content for good on revocation and keeps a content-free tombstone and trail', async () => {
      await s().createInstruction(as(P.employee), instruction(22), { key: 'ins-1', requestHash: 'x' });
      const updated = await s().updateInstruction(as(P.employee), uuid(22), 1, instruction(22, { reviewOn: '2026-10-01' }));
      equal(updated.version, 2, 'update version');
      await rejects(s().revokeInstruction(as(P.employee), uuid(22), 1), 'precondition-failed', 'stale revoke');
      const revoked = await s().revokeInstruction(as(P.employee, LATER), uuid(22), 2);
      equal(revoked.purged, true, 'purged');
      equal(revoked.document.status, 'REVOKED', 'status');
      equal(revoked.document.revokedOn, '2026-04-02', 'revokedOn');
      const tomb = await s().getInstruction(as(P.employee), uuid(22));
      check(!JSON.stringify(tomb).includes('CANARY-CONTRACT-7f3a'), 'content gone');
      equal((tomb.document.consent as { sharedWith?: unknown } | undefined)?.sharedWith, [], 'sharing gone');
      await rejects(s().getInstruction(as(P.supervisor), uuid(22)), 'not-found', 'recipient loses access');
      const replay = await s().createInstruction(as(P.employee), instruction(22), { key: 'ins-1', requestHash: 'x' });
      check(replay.replayed && !JSON.stringify(replay).includes('CANARY-CONTRACT-7f3a'), 'idempotent replay does not bring content back');
      const trail = await s().instructionAuditTrail(as(P.employee), uuid(22));
      equal(
        trail.map((e) => e.action),
        ['create', 'update', 'revoke'],
        'trail',
      );
      check(
        !JSON.stringify(trail).includes('CANARY-CONTRACT-7f3a') && !JSON.stringify(trail).includes('de Vries'),
        'no content in the trail',
      );
      check(
        trail.every((e) => e.before === undefined && e.after === undefined),
        'no before/after',
      );
      await rejects(s().updateInstruction(as(P.employee), uuid(22), 3, instruction(22)), 'conflict', 'no edits after revocation');
    });

    t.it('purges instructions when their employment ends', async () => {
      await s().createRecord(as(P.employerA), 'placements', placement(1));
      await s().createInstruction(as(P.employee), instruction(23));
      await s().updateRecord(
        as(P.employerA),
        'placements',
        uuid(1),
        1,
        placement(1, { status: 'ENDED', actualEndDate: '2026-03-31', endReason: 'CONTRACT_ENDED' }),
      );
      const tomb = await s().getInstruction(as(P.employee), uuid(23));
      equal(tomb.document.status, 'EXPIRED', 'expired');
      check(!JSON.stringify(tomb).includes('CANARY-CONTRACT-7f3a'), 'content gone');
    });

    eventContractCases((name, fn) => t.it(name, fn), s, P);
  });
}
