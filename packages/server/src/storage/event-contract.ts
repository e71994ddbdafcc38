import { employerInstructionExample, LifecycleEvent, placementExample, wageValueAssessmentExample } from '@banenafspraak/core';
import type { Principal } from '../auth.js';
import type { IncomingDocument } from '../document.js';
import { check, equal, NOW, rejects, uuid } from './contract-assertions.js';
import type { Actor, Storage, SubscriptionInput } from './port.js';

const BSN = '123456782';
const CANARY = 'CANARY-EVENT-5c2e';

function placement(n: number, over: IncomingDocument = {}): IncomingDocument & { id: string } {
  const candidate = { ...structuredClone(placementExample.candidate), identity: { bsn: BSN, bsnProcessingBasis: 'PAYROLL_TAX' } };
  return { ...structuredClone(placementExample), id: uuid(n), status: 'PLANNED', candidate, ...over };
}

function instruction(n: number, placementId: string, status = 'SHARED'): IncomingDocument & { id: string } {
  const example = structuredClone(employerInstructionExample);
  return {
    ...example,
    id: uuid(n),
    placementId,
    status,
    consent: {
      ...example.consent,
      sharedWith: [
        { role: 'DIRECT_SUPERVISOR', name: 'J. de Vries', userRef: 'supervisor-1', organisation: { scheme: 'KVK', value: '12345678' } },
      ],
    },
    workImpacts: [{ category: 'INSTRUCTION_STYLE', text: CANARY }],
  };
}

const subscription = (over: Partial<SubscriptionInput> = {}): SubscriptionInput => ({
  callbackUrl: 'https://hooks.example.nl/banenafspraak',
  eventTypes: [],
  regions: [],
  documentTypes: [],
  active: true,
  ...over,
});

/**
 * Cases of the storage contract about events: the outbox (one event per committed change,
 * none for a refused one, ID-only), the feed (commit order, resumable cursor, the read
 * policy) and the delivery queue of subscriptions (claimed once per attempt, retries,
 * dead letters, redelivery). Registered by `runStorageContract`.
 */
export function eventContractCases(
  it: (name: string, fn: () => Promise<void>) => void,
  s: () => Storage,
  P: Record<
    'employerA' | 'employerB' | 'rijnmond' | 'rotterdam' | 'utrecht' | 'caseManager' | 'uwv' | 'employee' | 'supervisor' | 'stranger',
    Principal
  >,
): void {
  const as = (p: Principal, now = NOW): Actor => ({ principal: p, now });
  const feed = async (p: Principal, after?: string, limit = 100) =>
    s().listEvents(as(p), { limit, ...(after !== undefined ? { after } : {}) });

  it('writes one ID-only event per committed change, in commit order, and none for a change without a new status', async () => {
    await s().createRecord(as(P.employerA), 'placements', placement(1));
    await s().updateRecord(as(P.employerA), 'placements', uuid(1), 1, placement(1, { hoursPerWeek: 30 }));
    await s().updateRecord(as(P.employerA), 'placements', uuid(1), 2, placement(1, { status: 'ACTIVE', hoursPerWeek: 30 }));
    await s().createRecord(as(P.employerA), 'placements', placement(2));
    await s().deleteRecord(as(P.employerA), 'placements', uuid(2), 1);
    const { items } = await feed(P.employerA);
    equal(
      items.map((e) => [e.type, e.subject, e.data.fromStatus, e.data.toStatus]),
      [
        ['nl.banenafspraak.placement.planned', uuid(1), null, 'PLANNED'],
        ['nl.banenafspraak.placement.active', uuid(1), 'PLANNED', 'ACTIVE'],
        ['nl.banenafspraak.placement.planned', uuid(2), null, 'PLANNED'],
        ['nl.banenafspraak.placement.deleted', uuid(2), 'PLANNED', 'DELETED'],
      ],
      'events',
    );
    equal(items[1]?.data.processEvents, ['PLACEMENT_STARTED'], 'process events of the transition');
    equal(items[1]?.source, '/v1/placements', 'source');
    equal(new Set(items.map((e) => e.id)).size, 4, 'unique ids');
    for (const e of items) check(LifecycleEvent.safeParse(e).success, `event ${e.type} is a valid ID-only CloudEvent`);
    const text = JSON.stringify(items);
    check(
      !text.includes(BSN) && !text.includes(placementExample.candidate.id) && !text.includes('Voorbeeld Retail'),
      'no BSN, candidate or name in events',
    );
  });

  it('writes no event for a refused write', async () => {
    await s().createRecord(as(P.employerA), 'placements', placement(1));
    await rejects(
      s().updateRecord(as(P.employerA), 'placements', uuid(1), 7, placement(1, { status: 'ACTIVE' })),
      'precondition-failed',
      'stale',
    );
    await rejects(
      s().updateRecord(as(P.employerB), 'placements', uuid(1), 1, placement(1, { status: 'ACTIVE' })),
      'not-found',
      'other tenant',
    );
    await rejects(s().createRecord(as(P.employerB), 'placements', placement(3)), 'forbidden', 'another employer’s record');
    await rejects(s().deleteRecord(as(P.employerA), 'placements', uuid(1), 9), 'precondition-failed', 'stale delete');
    equal((await feed(P.uwv)).items.length, 1, 'only the create');
  });

  it('lets exactly one of two concurrent status changes of one version commit, with exactly one event', async () => {
    await s().createRecord(as(P.employerA), 'placements', placement(1));
    const results = await Promise.allSettled([
      s().updateRecord(as(P.employerA), 'placements', uuid(1), 1, placement(1, { status: 'ACTIVE' })),
      s().updateRecord(as(P.employerA), 'placements', uuid(1), 1, placement(1, { status: 'CANCELLED' })),
    ]);
    equal(results.filter((r) => r.status === 'fulfilled').length, 1, 'one winner');
    const { items } = await feed(P.employerA);
    equal(items.length, 2, 'create + one transition');
    const stored = await s().getRecord(as(P.employerA), 'placements', uuid(1));
    equal(items[1]?.data.toStatus, stored.document.status, 'the event is of the committed change');
  });

  it('shows an event only to those who may read its record: not another tenant, not above the ceiling', async () => {
    await s().createRecord(as(P.employerA), 'placements', placement(1));
    const wva = { ...structuredClone(wageValueAssessmentExample), id: uuid(5), placementId: uuid(1) };
    await s().createRecord(as(P.caseManager), 'wage-value-assessments', wva);
    equal((await feed(P.employerB)).items, [], 'other employer sees nothing');
    equal((await feed(P.utrecht)).items, [], 'other region sees nothing');
    equal(
      (await feed(P.rijnmond)).items.map((e) => e.subject),
      [uuid(1)],
      'region: the placement, not the confidential assessment',
    );
    equal(
      (await feed(P.caseManager)).items.map((e) => e.subject),
      [uuid(1), uuid(5)],
      'case manager: both',
    );
    equal((await feed(P.employee)).items, [], 'employee: no record events');
  });

  it('walks the feed with a resumable cursor that returns every event once', async () => {
    for (let n = 1; n <= 5; n++) await s().createRecord(as(P.employerA), 'placements', placement(n));
    const seen: string[] = [];
    let cursor: string | undefined;
    for (let i = 0; i < 10; i++) {
      const page = await feed(P.employerA, cursor, 2);
      seen.push(...page.items.map((e) => e.subject));
      check(page.nextCursor.length > 0, 'a cursor on every page');
      if (page.items.length === 0) break;
      cursor = page.nextCursor;
    }
    equal(seen, [1, 2, 3, 4, 5].map(uuid), 'every event once, in order');
    await s().createRecord(as(P.employerA), 'placements', placement(6));
    equal(
      (await feed(P.employerA, cursor)).items.map((e) => e.subject),
      [uuid(6)],
      'resumes after the last',
    );
    await rejects(feed(P.employerA, 'not-a-cursor'), 'invalid-input', 'garbage cursor');
  });

  it('shows employer-instruction events to the employee and the people shared with, never their text', async () => {
    await s().createRecord(as(P.employerA), 'placements', placement(1, { status: 'ACTIVE' }));
    await s().createInstruction(as(P.employee), instruction(20, uuid(1)));
    await s().revokeInstruction(as(P.employee), uuid(20), 1);
    const types = (p: Principal) =>
      feed(p).then((f) => f.items.filter((e) => e.data.documentType === 'EmployerInstruction').map((e) => e.type));
    equal(
      await types(P.employee),
      ['nl.banenafspraak.employer-instruction.shared', 'nl.banenafspraak.employer-instruction.revoked'],
      'employee',
    );
    equal(
      await types(P.supervisor),
      ['nl.banenafspraak.employer-instruction.shared', 'nl.banenafspraak.employer-instruction.revoked'],
      'recipient learns of the revocation',
    );
    equal(await types(P.stranger), [], 'same organisation, other user: nothing');
    const text = JSON.stringify((await feed(P.employee)).items);
    check(
      !text.includes(CANARY) && !text.includes('de Vries') && !text.includes(employerInstructionExample.candidateId),
      'no text, names or candidate id',
    );
  });

  it('queues a delivery per matching subscription in the change, claims each attempt once, retries, dead-letters and redelivers', async () => {
    const all = await s().createSubscription(as(P.rijnmond), subscription(), 'whsec_a');
    const vacanciesOnly = await s().createSubscription(as(P.rijnmond), subscription({ documentTypes: ['Vacancy'] }), 'whsec_b');
    const other = await s().createSubscription(as(P.utrecht), subscription(), 'whsec_c');
    await s().createRecord(as(P.employerA), 'placements', placement(1));
    const claims = await s().claimDeliveries({ now: NOW, limit: 10, leaseUntil: '2026-04-01T10:01:00.000Z' });
    equal(
      claims.map((c) => [c.subscriptionId, c.attempt, c.event.subject]),
      [[all.id, 1, uuid(1)]],
      'one delivery: region sees it, filters apply, other region not',
    );
    equal(claims[0]?.secret, 'whsec_a', 'secret of the subscription');
    equal(
      await s().claimDeliveries({ now: NOW, limit: 10, leaseUntil: '2026-04-01T10:01:00.000Z' }),
      [],
      'a leased attempt is not claimed again',
    );
    const claim = claims[0];
    check(claim, 'claimed');
    await s().finishDelivery(claim, {
      result: 'retry',
      at: NOW,
      statusCode: 503,
      durationMs: 12,
      nextAttemptAt: '2026-04-01T10:00:30.000Z',
    });
    equal(
      await s().claimDeliveries({ now: '2026-04-01T10:00:10.000Z', limit: 10, leaseUntil: '2026-04-01T10:02:00.000Z' }),
      [],
      'not due yet',
    );
    const second = await s().claimDeliveries({ now: '2026-04-01T10:00:30.000Z', limit: 10, leaseUntil: '2026-04-01T10:02:00.000Z' });
    equal(
      second.map((c) => c.attempt),
      [2],
      'second attempt',
    );
    await s().finishDelivery(claim, { result: 'delivered', at: NOW, statusCode: 200, durationMs: 1 });
    await s().finishDelivery(second[0] as (typeof second)[0], {
      result: 'dead-letter',
      at: '2026-04-01T10:00:31.000Z',
      error: 'timeout',
      durationMs: 5000,
    });
    const dead = await s().listDeliveries(as(P.rijnmond), all.id, { status: 'dead-letter', limit: 10 });
    equal(
      dead.items.map((d) => [d.eventId, d.status, d.attempts.map((a) => [a.attempt, a.statusCode ?? a.error])]),
      [
        [
          claim.event.id,
          'dead-letter',
          [
            [1, 503],
            [2, 'timeout'],
          ],
        ],
      ],
      'dead letter with its attempts; a stale finish is ignored',
    );
    equal((await s().listDeliveries(as(P.rijnmond), vacanciesOnly.id, { limit: 10 })).items, [], 'filtered subscription got nothing');
    await rejects(s().listDeliveries(as(P.utrecht), all.id, { limit: 10 }), 'not-found', 'another organisation cannot see the deliveries');
    await rejects(s().redeliver(as(P.utrecht), all.id, claim.id), 'not-found', 'nor redeliver');
    const again = await s().redeliver(as(P.rijnmond, '2026-04-02T09:00:00.000Z'), all.id, claim.id);
    equal([again.status, again.retryFrom], ['pending', '2026-04-02T09:00:00.000Z'], 'redelivery queued with a new retry period');
    const third = await s().claimDeliveries({ now: '2026-04-02T09:00:00.000Z', limit: 10, leaseUntil: '2026-04-02T09:01:00.000Z' });
    equal(
      third.map((c) => c.attempt),
      [3],
      'third attempt',
    );
    equal(
      (await s().listSubscriptions(as(P.utrecht))).map((x) => x.id),
      [other.id],
      'each organisation lists its own subscriptions',
    );
    await s().deleteSubscription(as(P.rijnmond), all.id);
    await rejects(s().getSubscription(as(P.rijnmond), all.id), 'not-found', 'deleted');
    await rejects(s().createSubscription(as(P.employee), subscription(), 'whsec_x'), 'forbidden', 'no organisation with record access');
  });

  it('lists and redelivers only the deliveries whose event the caller may read in the feed, also within the organisation', async () => {
    // The case manager's subscription receives the confidential assessments; a reader of the
    // same municipality (a lower ceiling) must not learn of them through its deliveries.
    const sub = await s().createSubscription(as(P.caseManager), subscription(), 'whsec_cm');
    const assessment = (n: number, placementId: string) => ({ ...structuredClone(wageValueAssessmentExample), id: uuid(n), placementId });
    await s().createRecord(as(P.employerA), 'placements', placement(1));
    await s().createRecord(as(P.caseManager), 'wage-value-assessments', assessment(5, uuid(1)));
    await s().createRecord(as(P.employerA), 'placements', placement(2));
    await s().createRecord(as(P.caseManager), 'wage-value-assessments', assessment(6, uuid(2)));
    const walk = async (p: Principal, limit: number, status?: 'pending') => {
      const pages: string[][] = [];
      let cursor: string | undefined;
      do {
        const page = await s().listDeliveries(as(p), sub.id, { limit, ...(status ? { status } : {}), ...(cursor ? { cursor } : {}) });
        pages.push(page.items.map((d) => d.eventType));
        cursor = page.nextCursor;
      } while (cursor && pages.length < 10);
      return pages;
    };
    const planned = 'nl.banenafspraak.placement.planned';
    const assessed = (await s().listDeliveries(as(P.caseManager), sub.id, { limit: 1 })).items[0];
    check(assessed && assessed.eventType !== planned, 'the creator sees the newest delivery, of the assessment');
    equal(
      (await walk(P.caseManager, 2)).map((page) => page.length),
      [2, 2],
      'the creator: every delivery',
    );
    equal(await walk(P.rotterdam, 1), [[planned], [planned]], 'same organisation, lower ceiling: only the placements, full pages');
    equal(await walk(P.rotterdam, 2, 'pending'), [[planned, planned]], 'also with a status filter');
    const feedIds = new Set((await feed(P.rotterdam)).items.map((e) => e.id));
    const listed = (await s().listDeliveries(as(P.rotterdam), sub.id, { limit: 10 })).items;
    check(
      listed.every((d) => feedIds.has(d.eventId)),
      'only events the feed shows them',
    );
    await rejects(s().redeliver(as(P.rotterdam), sub.id, assessed.id), 'not-found', 'no redelivery of a delivery they cannot see');
    equal((await s().redeliver(as(P.rotterdam), sub.id, listed[0]?.id ?? '')).eventType, planned, 'but of one they can');
    equal((await s().redeliver(as(P.caseManager), sub.id, assessed.id)).id, assessed.id, 'the creator redelivers it');
  });
}
