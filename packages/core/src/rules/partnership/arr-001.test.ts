import { describe, expect, it } from 'vitest';
import { PartnershipAgreementDefinition as D } from '../../documents/partnership-agreement.js';
import { issuesOfRule, type LooseDocument } from '../../internal/testing.js';

const pa = (d: LooseDocument) => d.workingArrangements[0].performanceAgreements;

describe('ARR-001 performance agreements: events in order and a calendar', () => {
  it('accepts the canonical example', () => {
    expect(issuesOfRule(D, 'ARR-001', () => {}).nl).toEqual([]);
  });

  it('rejects a stop event that comes before the start event', () => {
    const r = issuesOfRule(D, 'ARR-001', (d) => {
      pa(d)[0].fromEvent = 'PLACEMENT_STARTED';
      pa(d)[0].toEvent = 'VACANCY_RECEIVED';
    });
    expect(r.valid).toBe(false);
    expect(r.nl[0]?.path).toEqual(['workingArrangements', 0, 'performanceAgreements', 0, 'toEvent']);
    expect(r.nl[0]?.message).toMatchInlineSnapshot(
      `"VACANCY_RECEIVED volgt niet op PLACEMENT_STARTED: de eindgebeurtenis moet na de startgebeurtenis komen."`,
    );
    expect(r.en[0]?.message).toMatchInlineSnapshot(
      `"VACANCY_RECEIVED does not follow PLACEMENT_STARTED: the stop event must come after the start event."`,
    );
  });

  it('rejects a lead-time agreement without a start event, and lead times without a calendar', () => {
    const r = issuesOfRule(D, 'ARR-001', (d) => {
      delete pa(d)[1].fromEvent;
      delete d.workingArrangements[0].calendarId;
    });
    expect(r.nl.map((i) => i.path)).toEqual([
      ['workingArrangements', 0, 'performanceAgreements', 1, 'fromEvent'],
      ['workingArrangements', 0, 'calendarId'],
    ]);
    expect(r.en[1]?.message).toMatchInlineSnapshot(`"Lead-time agreements need a working-day calendar (calendarId)."`);
  });

  it('accepts unrelated events in either order', () => {
    const r = issuesOfRule(D, 'ARR-001', (d) => {
      pa(d)[0].fromEvent = 'JOBCOACH_REQUESTED';
      pa(d)[0].toEvent = 'LKS_DECIDED';
    });
    expect(r.nl).toEqual([]);
  });

  it('only warns about a calendar that is not shipped', () => {
    const r = issuesOfRule(D, 'ARR-001', (d) => (d.workingArrangements[0].calendarId = 'ACME_CAO'));
    expect(r.valid).toBe(true);
    expect(r.nl[0]?.severity).toBe('warning');
    expect(r.nl[0]?.code).toBe('ARR-001.unknown-calendar');
  });

  it('does not repeat the calendar id, which is free text, in its message', () => {
    const r = issuesOfRule(D, 'ARR-001', (d) => (d.workingArrangements[0].calendarId = '999992077 Jansen'));
    expect(r.nl[0]?.path).toEqual(['workingArrangements', 0, 'calendarId']);
    for (const issue of [...r.nl, ...r.en]) expect(issue.message).not.toMatch(/999992077|Jansen/);
  });
});
