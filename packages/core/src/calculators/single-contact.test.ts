import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { OrgRef } from '../common/building-blocks.js';
import { type ContactMoment, contactMomentExample } from '../documents/contact-moment.js';
import { type PartnershipAgreement, partnershipAgreementExample } from '../documents/partnership-agreement.js';
import { checkSingleContact, type SingleContactResult } from './single-contact.js';

const WSP_RIJNMOND: OrgRef = { scheme: 'AM', value: 'AM22', name: 'WSP Rijnmond' };
const WSP_HAAGLANDEN: OrgRef = { scheme: 'AM', value: 'AM21', name: 'WSP Haaglanden' };
const UWV: OrgRef = { scheme: 'UWV', value: 'UWV' };
const ROTTERDAM: OrgRef = { scheme: 'GM', value: 'GM0599' };
const JOB_COACHES: OrgRef = { scheme: 'KVK', value: '87654321' };

/** The partnership example with the organisation of each public contact point recorded. */
function partnership(): PartnershipAgreement {
  const p = structuredClone(partnershipAgreementExample);
  const wa = p.workingArrangements?.[0];
  if (!wa) throw new Error('example has arrangements');
  for (const cp of wa.contactPoints) if (cp.side === 'PUBLIC') cp.organisation = cp.region === 'AM22' ? WSP_RIJNMOND : WSP_HAAGLANDEN;
  return p;
}

function moment(at: string, organisation: OrgRef, extra: Partial<ContactMoment> = {}): ContactMoment {
  const { onBehalfOf: _drop, ...base } = structuredClone(contactMomentExample);
  return { ...base, at, organisation, ...extra };
}

const Q1 = { from: '2026-01-01', to: '2026-03-31' };

function ok(r: SingleContactResult) {
  if (!r.ok) throw new Error(r.code);
  return r;
}

describe('checkSingleContact (CTM-005): the employer is approached by one contact', () => {
  const moments: ContactMoment[] = [
    contactMomentExample, // 0: WSP Rijnmond itself
    moment('2026-02-10T10:30:00+01:00', UWV, { topics: ['CANDIDATE_PROPOSAL'] }), // 1: UWV directly
    moment('2026-02-26T15:00:00+01:00', JOB_COACHES, { onBehalfOf: [WSP_RIJNMOND], topics: ['PLACEMENT_FOLLOW_UP'] }), // 2: sent by the WSP
    moment('2026-02-12T09:00:00+01:00', UWV, { initiatedBy: 'EMPLOYER', channel: 'PHONE' }), // 3: the employer called UWV
    moment('2026-03-20T10:00:00+01:00', ROTTERDAM, { status: 'PLANNED' }), // 4: not held
    moment('2026-02-11T10:00:00+01:00', UWV, { employer: { kvkNumber: '11223344' } }), // 5: another employer
    moment('2026-04-02T10:00:00+02:00', UWV), // 6: after the period
    moment('2026-03-05T10:00:00+01:00', WSP_HAAGLANDEN, { region: 'AM21' }), // 7: Haaglanden's own contact point
    moment('2026-03-16T14:00:00+01:00', UWV, { channel: 'EMAIL' }), // 8: UWV again
  ];

  it('names every approach outside the contact point, per region, and leaves nothing out silently', () => {
    const r = ok(checkSingleContact({ partnership: partnership(), contactMoments: moments, period: Q1 }));
    expect(r.outcome).toBe('OTHER_ORGANISATIONS');
    expect(r.regions).toEqual([
      {
        region: 'AM22',
        contactPoints: [WSP_RIJNMOND],
        approaches: 4,
        viaContactPoint: 2,
        otherOrganisations: [{ organisation: UWV, contactMoments: [1, 8] }],
      },
      { region: 'AM21', contactPoints: [WSP_HAAGLANDEN], approaches: 1, viaContactPoint: 1, otherOrganisations: [] },
    ]);
    expect(r.issues.map((i) => [i.severity, i.ruleId, i.path, i.message])).toEqual([
      [
        'warning',
        'CTM-005',
        ['contactMoments', 1],
        'Werkgever 12345678 is op 2026-02-10 in regio AM22 benaderd door UWV, niet door of namens het afgesproken aanspreekpunt (AM AM22).',
      ],
      [
        'warning',
        'CTM-005',
        ['contactMoments', 8],
        'Werkgever 12345678 is op 2026-03-16 in regio AM22 benaderd door UWV, niet door of namens het afgesproken aanspreekpunt (AM AM22).',
      ],
    ]);
    expect(r.excluded.map((e) => [e.index, e.reason])).toEqual([
      [3, 'EMPLOYER_INITIATED'],
      [4, 'NOT_HELD'],
      [5, 'OUTSIDE_SCOPE'],
      [6, 'OUTSIDE_SCOPE'],
    ]);
    // Every moment is either judged or excluded.
    const judged = r.regions.reduce((n, x) => n + x.approaches, 0);
    expect(judged + r.excluded.length).toBe(moments.length);
  });

  it('speaks English on request and never names a person', () => {
    const r = ok(checkSingleContact({ partnership: partnership(), contactMoments: moments, period: Q1, locale: 'en' }));
    expect(r.issues[0]?.message).toBe(
      'Employer 12345678 was approached in region AM22 on 2026-02-10 by UWV, not by or on behalf of the agreed contact point (AM AM22).',
    );
    const text = JSON.stringify(r);
    for (const person of ['Visser', 'de Boer', 'Smit', 'Pietersen']) expect(text).not.toContain(person);
  });

  it('is a single contact when every approach came from or for the contact point', () => {
    const r = ok(
      checkSingleContact({
        partnership: partnership(),
        contactMoments: [moments[0], moments[2], moments[3], moments[7]] as ContactMoment[],
        period: Q1,
      }),
    );
    expect(r.outcome).toBe('SINGLE_CONTACT');
    expect(r.issues).toEqual([]);
  });

  it('follows a change of contact point within the period', () => {
    const p = partnership();
    const points = p.workingArrangements?.[0]?.contactPoints ?? [];
    const rijnmond = points.find((cp) => cp.side === 'PUBLIC' && cp.region === 'AM22');
    if (!rijnmond) throw new Error('example has an AM22 contact point');
    rijnmond.validTo = '2026-03-31';
    points.push({ ...rijnmond, organisation: ROTTERDAM, validFrom: '2026-04-01', validTo: undefined });
    const r = ok(
      checkSingleContact({
        partnership: p,
        contactMoments: [moment('2026-03-16T10:00:00+01:00', ROTTERDAM), moment('2026-04-16T10:00:00+02:00', ROTTERDAM)],
        period: { from: '2026-03-01', to: '2026-04-30' },
      }),
    );
    expect(r.issues.map((i) => i.path)).toEqual([['contactMoments', 0]]);
    expect(r.regions[0]?.contactPoints).toEqual([WSP_RIJNMOND, ROTTERDAM]);
  });

  it('counts days in Europe/Amsterdam: 23:30 UTC on 31 March is 1 April, after the first quarter', () => {
    const r = ok(checkSingleContact({ partnership: partnership(), contactMoments: [moment('2026-03-31T23:30:00Z', UWV)], period: Q1 }));
    expect(r.excluded).toEqual([{ index: 0, id: contactMomentExample.id, reason: 'OUTSIDE_SCOPE' }]);
  });

  it('is undetermined, not a pass, when approaches cannot be judged', () => {
    const unknownOrganisation = checkSingleContact({
      partnership: partnershipAgreementExample,
      contactMoments: [contactMomentExample],
      period: Q1,
    });
    expect(ok(unknownOrganisation).outcome).toBe('UNDETERMINED');
    expect(ok(unknownOrganisation).excluded.map((e) => e.reason)).toEqual(['CONTACT_POINT_WITHOUT_ORGANISATION']);

    const p = partnership();
    const wa = p.workingArrangements?.[0];
    if (!wa) throw new Error('example has arrangements');
    wa.contactPoints.push({
      side: 'PUBLIC',
      region: 'AM21',
      name: 'X',
      role: 'Accountmanager',
      email: 'x@example.nl',
      organisation: UWV,
      validFrom: '2026-03-01',
    });
    const r = ok(
      checkSingleContact({
        partnership: p,
        contactMoments: [
          moment('2026-02-20T10:00:00+01:00', WSP_RIJNMOND, { region: 'AM13' }), // region not covered
          moment('2026-03-05T10:00:00+01:00', UWV, { region: 'AM21' }), // two public contact points in AM21 (AGR-001)
          moment('2026-02-20T10:00:00+01:00', WSP_RIJNMOND),
        ],
        period: Q1,
      }),
    );
    expect(r.outcome).toBe('UNDETERMINED');
    expect(r.excluded.map((e) => [e.index, e.reason])).toEqual([
      [0, 'NO_ARRANGEMENTS'],
      [1, 'NO_CONTACT_POINT'],
    ]);
    // An unreadable moment of a held approach cannot be judged; a cancelled one is out by design.
    const unreadable = ok(
      checkSingleContact({
        partnership: p,
        contactMoments: [moment('yesterday', UWV), moment('yesterday', UWV, { status: 'CANCELLED' })],
        period: Q1,
      }),
    );
    expect(unreadable.outcome).toBe('UNDETERMINED');
    expect(unreadable.excluded.map((e) => e.reason)).toEqual(['INVALID_RECORD', 'NOT_HELD']);
    // A failed approach outweighs the ones that could not be judged.
    const failed = ok(
      checkSingleContact({
        partnership: p,
        contactMoments: [moment('2026-02-20T10:00:00+01:00', UWV, { region: 'AM13' }), moment('2026-02-20T10:00:00+01:00', UWV)],
        period: Q1,
      }),
    );
    expect(failed.outcome).toBe('OTHER_ORGANISATIONS');
  });

  it('reads arrangements that bind the parties on the day: not a draft, the highest version in force', () => {
    const p = partnership();
    const v1 = p.workingArrangements?.[0];
    if (!v1) throw new Error('example has arrangements');
    v1.status = 'DRAFT';
    const draft = ok(checkSingleContact({ partnership: p, contactMoments: [moment('2026-02-20T10:00:00+01:00', UWV)], period: Q1 }));
    expect(draft.excluded.map((e) => e.reason)).toEqual(['NO_ARRANGEMENTS']);

    v1.status = 'SUPERSEDED';
    const v2 = structuredClone(v1);
    v2.arrangementVersion = 2;
    v2.status = 'IN_FORCE';
    for (const cp of v2.contactPoints) if (cp.side === 'PUBLIC' && cp.region === 'AM22') cp.organisation = UWV;
    p.workingArrangements?.push(v2);
    const r = ok(checkSingleContact({ partnership: p, contactMoments: [moment('2026-02-20T10:00:00+01:00', UWV)], period: Q1 }));
    expect(r.outcome).toBe('SINGLE_CONTACT');
  });

  it('refuses a period that is not two dates in order rather than judging nothing', () => {
    expect(
      checkSingleContact({ partnership: partnership(), contactMoments: moments, period: { from: '2026-03-31', to: '2026-01-01' } }),
    ).toEqual({
      ok: false,
      code: 'INVALID_PERIOD',
    });
    expect(
      checkSingleContact({ partnership: partnership(), contactMoments: moments, period: { from: '2026-1-1', to: '2026-03-31' } }).ok,
    ).toBe(false);
  });

  it('never throws and accounts for every moment: judged once or excluded once, with a finding only for a judged one', () => {
    const org = fc.constantFrom<OrgRef>(WSP_RIJNMOND, WSP_HAAGLANDEN, UWV, ROTTERDAM, JOB_COACHES);
    const arbitraryMoment = fc.record({
      status: fc.constantFrom('PLANNED', 'HELD', 'CANCELLED'),
      at: fc.oneof(
        fc.integer({ min: Date.UTC(2025, 11, 1), max: Date.UTC(2026, 4, 1) }).map((ms) => new Date(ms).toISOString()),
        fc.constantFrom('2026-02-30T10:00:00+01:00', 'yesterday'),
      ),
      employer: fc.constantFrom({ kvkNumber: '12345678' }, { kvkNumber: '11223344' }),
      region: fc.constantFrom('AM22', 'AM21', 'AM13'),
      organisation: org,
      onBehalfOf: fc.array(org, { maxLength: 2 }),
      initiatedBy: fc.constantFrom('PUBLIC', 'EMPLOYER'),
    }) as fc.Arbitrary<ContactMoment>;
    fc.assert(
      fc.property(fc.array(arbitraryMoment, { maxLength: 12 }), (list) => {
        const r = ok(checkSingleContact({ partnership: partnership(), contactMoments: list, period: Q1 }));
        const judged = r.regions.reduce((n, x) => n + x.approaches, 0);
        expect(judged + r.excluded.length).toBe(list.length);
        const excludedIndexes = new Set(r.excluded.map((e) => e.index));
        expect(excludedIndexes.size).toBe(r.excluded.length);
        for (const issue of r.issues) expect(excludedIndexes.has(issue.path[1] as number)).toBe(false);
        const others = r.regions.reduce((n, x) => n + x.otherOrganisations.reduce((m, o) => m + o.contactMoments.length, 0), 0);
        expect(r.issues.length).toBe(others);
        expect(r.outcome === 'OTHER_ORGANISATIONS').toBe(r.issues.length > 0);
      }),
      { seed: 20261202, numRuns: 300 },
    );
  });
});
