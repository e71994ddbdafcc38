import { describe, expect, it } from 'vitest';
import { EmployerInstructionDefinition } from '../documents/employer-instruction.js';
import { PlacementDefinition } from '../documents/placement.js';
import { WageValueAssessmentDefinition } from '../documents/wage-value-assessment.js';
import { eventCatalogue, eventTypeName, LifecycleEvent, lifecycleEvent } from './events.js';

const envelope = { id: 'evt-1', time: '2026-03-01T08:00:00+01:00', source: 'https://api.example.nl/v1/placements' };

describe('event catalogue', () => {
  it('names every event type once, reverse-DNS, with the transitions that raise it', () => {
    const names = eventCatalogue.map((e) => e.type);
    expect(new Set(names).size).toBe(names.length);
    for (const n of names) expect(n).toMatch(/^nl\.banenafspraak\.[a-z-]+\.[a-z-]+$/);
    const invited = eventCatalogue.find((e) => e.type === 'nl.banenafspraak.candidate-proposal.invited');
    expect(invited).toMatchObject({ documentType: 'CandidateProposal', status: 'INVITED', processEvents: ['CANDIDATE_INVITED'] });
    expect(invited?.raisedBy.map((r) => [r.from, r.roles])).toEqual([['PENDING', ['EMPLOYER']]]);
    expect(eventTypeName('WageCostSubsidyDeclaration', 'PAID')).toBe('nl.banenafspraak.wage-cost-subsidy-declaration.paid');
  });
});

describe('lifecycle events carry ids and codes only', () => {
  it('a placement with a BSN starts: the event is valid CloudEvents and holds no BSN', () => {
    const before = { ...structuredClone(PlacementDefinition.example), status: 'PLANNED' as const };
    const after = { ...structuredClone(before), status: 'ACTIVE' as const };
    after.vacancyId = 'a3c5e7f9-1b2d-4e6f-8a0c-2e4f6a8c0e12';
    after.candidate.identity = { bsn: '123456782', bsnProcessingBasis: 'PAYROLL_TAX' };
    const event = lifecycleEvent(PlacementDefinition, before, after, { roles: ['EMPLOYER'] }, envelope);
    expect(event).toEqual({
      specversion: '1.0',
      type: 'nl.banenafspraak.placement.active',
      source: envelope.source,
      id: 'evt-1',
      time: envelope.time,
      subject: after.id,
      datacontenttype: 'application/json',
      data: {
        documentType: 'Placement',
        recordId: after.id,
        fromStatus: 'PLANNED',
        toStatus: 'ACTIVE',
        processEvents: ['PLACEMENT_STARTED'],
        links: { placementId: after.id, vacancyId: 'a3c5e7f9-1b2d-4e6f-8a0c-2e4f6a8c0e12' },
      },
    });
    expect(LifecycleEvent.safeParse(event).success).toBe(true);
    const json = JSON.stringify(event);
    expect(json).not.toContain('123456782');
    expect(json).not.toContain(after.candidate.id);
  });

  it('an employer instruction shared: no instruction text in the event', () => {
    const before = { ...structuredClone(EmployerInstructionDefinition.example), status: 'DRAFT' as const };
    const after = { ...structuredClone(before), status: 'SHARED' as const };
    const event = lifecycleEvent(EmployerInstructionDefinition, before, after, { roles: ['EMPLOYEE'] }, envelope);
    expect(event?.type).toBe('nl.banenafspraak.employer-instruction.shared');
    const json = JSON.stringify(event);
    for (const impact of after.workImpacts) expect(json).not.toContain(impact.text);
    for (const adj of after.adjustments) expect(json).not.toContain(adj.text);
  });

  it('the payload schema rejects any field beyond ids and codes', () => {
    const before = { ...structuredClone(WageValueAssessmentDefinition.example), status: 'REPORTED' as const };
    const after = { ...structuredClone(before), status: 'ESTABLISHED' as const };
    const event = lifecycleEvent(WageValueAssessmentDefinition, before, after, { roles: ['PUBLIC_PARTY'] }, envelope);
    if (event === undefined) throw new Error('no event');
    expect(event.data.processEvents).toEqual(['WAGE_VALUE_ESTABLISHED']);
    expect(LifecycleEvent.safeParse({ ...event, data: { ...event.data, bsn: '123456782' } }).success).toBe(false);
    expect(LifecycleEvent.safeParse({ ...event, data: { ...event.data, links: { candidateId: after.candidateId } } }).success).toBe(false);
    expect(LifecycleEvent.safeParse({ ...event, text: 'x' }).success).toBe(false);
  });

  it('no event for a change the lifecycle refuses or for an unchanged status', () => {
    const p = structuredClone(PlacementDefinition.example);
    expect(
      lifecycleEvent(PlacementDefinition, { ...p, status: 'ENDED' }, { ...p, status: 'ACTIVE' }, { roles: ['EMPLOYER'] }, envelope),
    ).toBeUndefined();
    expect(lifecycleEvent(PlacementDefinition, p, p, { roles: ['EMPLOYER'] }, envelope)).toBeUndefined();
  });
});
