import { describe, expect, it } from 'vitest';
import { ProcessEventList } from '../codelists/process-event.js';
import { CandidateProposalDefinition } from '../documents/candidate-proposal.js';
import { documentDefinitions } from '../documents/index.js';
import { InstrumentGrantDefinition } from '../documents/instrument-grant.js';
import { PlacementDefinition } from '../documents/placement.js';
import { VacancyDefinition } from '../documents/vacancy.js';
import { lifecycles } from './definitions.js';
import { initialStates, transitionTable } from './lifecycle.js';
import { validateTransition } from './validate-transition.js';

const sorted = (t: Readonly<Record<string, readonly string[]>>) =>
  Object.fromEntries(Object.entries(t).map(([k, v]) => [k, [...v].sort()]));

describe('lifecycles as data', () => {
  it.each(documentDefinitions.map((d) => [d.type, d] as const))('%s: same states and transitions as its definition', (_t, d) => {
    const lc = lifecycles[d.type];
    expect(lc.documentType).toBe(d.type);
    expect(lc.states).toEqual(d.statuses);
    expect(sorted(transitionTable(lc))).toEqual(sorted(d.transitions));
  });

  it.each(Object.values(lifecycles).map((lc) => [lc.documentType, lc] as const))(
    '%s: final states have no way out, every other state has one, every state is reachable from creation',
    (_t, lc) => {
      const table = transitionTable(lc);
      for (const s of lc.states) expect(table[s]?.length === 0, s).toBe(lc.final.includes(s));
      const seen = new Set<string>(initialStates(lc));
      for (let grew = true; grew; ) {
        grew = false;
        for (const t of lc.transitions)
          if (t.from !== null && seen.has(t.from) && !seen.has(t.to)) {
            seen.add(t.to);
            grew = true;
          }
      }
      expect([...seen].sort()).toEqual([...lc.states].sort());
      for (const t of lc.transitions) expect(t.roles.length, `${t.from}→${t.to}`).toBeGreaterThan(0);
    },
  );

  it('every process event of brief §10.1 is emitted by some transition', () => {
    const emitted = new Set(
      Object.values(lifecycles).flatMap((lc) => lc.transitions.flatMap((t) => (t.emits ?? []).map((e) => e.processEvent))),
    );
    expect([...emitted].sort()).toEqual([...ProcessEventList.codes].sort());
  });
});

describe('validateTransition', () => {
  const proposal = (status: string) => ({ ...structuredClone(CandidateProposalDefinition.example), status });

  it('lets the employer invite a pending candidate and reports CANDIDATE_INVITED', () => {
    const r = validateTransition(CandidateProposalDefinition, proposal('PENDING'), proposal('INVITED'), { roles: ['EMPLOYER'] });
    expect(r).toMatchObject({ allowed: true, from: 'PENDING', to: 'INVITED', processEvents: ['CANDIDATE_INVITED'], issues: [] });
  });

  it('refuses the invitation by a role the lifecycle does not name (LCY-001)', () => {
    const r = validateTransition(CandidateProposalDefinition, proposal('PENDING'), proposal('INVITED'), { roles: ['PUBLIC_PARTY'] });
    expect(r.allowed).toBe(false);
    expect(r.processEvents).toEqual([]);
    expect(r.issues.map((i) => [i.ruleId, i.severity, i.path])).toEqual([['LCY-001', 'error', ['status']]]);
    expect(r.issues[0]?.message).toMatchInlineSnapshot(`"Statusovergang naar INVITED mag alleen door EMPLOYER."`);
    const en = validateTransition(CandidateProposalDefinition, proposal('PENDING'), proposal('INVITED'), { roles: [] }, { locale: 'en' });
    expect(en.issues[0]?.message).toMatchInlineSnapshot(`"Only EMPLOYER may change the status to INVITED."`);
  });

  it('refuses a transition the lifecycle does not have (AGR-003), whatever the role', () => {
    const r = validateTransition(CandidateProposalDefinition, proposal('PLACED'), proposal('PENDING'), {
      roles: ['EMPLOYER', 'PUBLIC_PARTY', 'SYSTEM'],
    });
    expect(r.issues.map((i) => [i.ruleId, i.message])).toEqual([['AGR-003', 'Statusovergang van PLACED naar PENDING is niet toegestaan.']]);
  });

  it('checks creation against the initial states', () => {
    const v = { ...structuredClone(VacancyDefinition.example), status: 'SOURCING' };
    const r = validateTransition(VacancyDefinition, undefined, v, { roles: ['PUBLIC_PARTY'] }, { locale: 'en' });
    expect(r.issues.map((i) => [i.ruleId, i.message])).toEqual([['AGR-003', 'A new record starts in DRAFT or RECEIVED, not in SOURCING.']]);
    const received = validateTransition(VacancyDefinition, null, { ...v, status: 'RECEIVED' }, { roles: ['PUBLIC_PARTY'] });
    expect(received).toMatchObject({ allowed: true, from: null, processEvents: ['VACANCY_RECEIVED'] });
  });

  it('emits TRIAL_STARTED for a trial and PLACEMENT_STARTED for employment; only a trial converts', () => {
    const p = (type: string, status: string) => ({ ...structuredClone(PlacementDefinition.example), type, status });
    const by = { roles: ['EMPLOYER'] as const };
    expect(
      validateTransition(PlacementDefinition, p('TRIAL_PLACEMENT', 'PLANNED'), p('TRIAL_PLACEMENT', 'ACTIVE'), by).processEvents,
    ).toEqual(['TRIAL_STARTED']);
    expect(validateTransition(PlacementDefinition, p('EMPLOYMENT', 'PLANNED'), p('EMPLOYMENT', 'ACTIVE'), by).processEvents).toEqual([
      'PLACEMENT_STARTED',
    ]);
    expect(validateTransition(PlacementDefinition, p('TRIAL_PLACEMENT', 'ACTIVE'), p('TRIAL_PLACEMENT', 'CONVERTED'), by).allowed).toBe(
      true,
    );
    const r = validateTransition(PlacementDefinition, p('EMPLOYMENT', 'ACTIVE'), p('EMPLOYMENT', 'CONVERTED'), by, { locale: 'en' });
    expect(r.issues.map((i) => [i.ruleId, i.message])).toEqual([
      ['AGR-003', 'Status change from ACTIVE to CONVERTED is not allowed for this kind of record.'],
    ]);
  });

  it('an LKS application emits LKS_APPLIED, a job-coach application JOBCOACH_REQUESTED; an LKS cannot be recorded as ACTIVE directly', () => {
    const g = (instrument: string, status: string) => ({ ...structuredClone(InstrumentGrantDefinition.example), instrument, status });
    const by = { roles: ['EMPLOYER'] as const };
    expect(validateTransition(InstrumentGrantDefinition, undefined, g('LKS', 'REQUESTED'), by).processEvents).toEqual(['LKS_APPLIED']);
    expect(validateTransition(InstrumentGrantDefinition, undefined, g('JOBCOACH_EXTERNAL', 'REQUESTED'), by).processEvents).toEqual([
      'JOBCOACH_REQUESTED',
    ]);
    expect(validateTransition(InstrumentGrantDefinition, undefined, g('NO_RISK_POLICY', 'ACTIVE'), by).allowed).toBe(true);
    expect(validateTransition(InstrumentGrantDefinition, undefined, g('LKS', 'ACTIVE'), by).issues[0]?.ruleId).toBe('AGR-003');
  });

  it('an unchanged status is no transition and emits nothing', () => {
    const r = validateTransition(CandidateProposalDefinition, proposal('INVITED'), proposal('INVITED'), { roles: [] });
    expect(r).toMatchObject({ allowed: true, processEvents: [], issues: [] });
  });

  it('rejects an unknown status', () => {
    const r = validateTransition(CandidateProposalDefinition, proposal('PENDING'), proposal('MAYBE'), { roles: ['EMPLOYER'] });
    expect(r.issues.map((i) => i.ruleId)).toEqual(['AGR-003']);
  });
});
