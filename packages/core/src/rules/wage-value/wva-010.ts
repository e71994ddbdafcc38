import { defineRule } from '../rule.js';

type Party = 'employee' | 'employer';
const PARTY_NL = { employee: 'de werknemer', employer: 'de werkgever' } as const;
const PARTY_EN = { employee: 'the employee', employer: 'the employer' } as const;

function capitalised(s: string): string {
  return `${s.charAt(0).toUpperCase()}${s.slice(1)}`;
}

/**
 * WVA-010: before the wage value is established, both the employee and the employer were
 * invited to give their views (*zienswijze*): an invitation date on or before the date of
 * establishment.
 */
export const WVA_010 = defineRule({
  id: 'WVA-010',
  appliesTo: 'WageValueAssessment',
  severity: 'error',
  titleNl: 'Werknemer en werkgever zijn vóór de vaststelling om hun zienswijze gevraagd',
  titleEn: 'Employee and employer were invited to give views before establishment',
  source: 'R7',
  reads: [['status'], ['established'], ['views']],
  messages: {
    notInvited: {
      nl: (p: { party: Party }) => `Vóór de vaststelling moet ${PARTY_NL[p.party]} om een zienswijze zijn gevraagd.`,
      en: (p: { party: Party }) => `Before establishment ${PARTY_EN[p.party]} must have been invited to give views.`,
    },
    late: {
      nl: (p: { party: Party; invited: string; on: string }) =>
        `${capitalised(PARTY_NL[p.party])} is op ${p.invited} om een zienswijze gevraagd, na de vaststelling op ${p.on}.`,
      en: (p: { party: Party; invited: string; on: string }) =>
        `${capitalised(PARTY_EN[p.party])} was invited to give views on ${p.invited}, after establishment on ${p.on}.`,
    },
  },
  check(assessment, ctx) {
    const est = assessment.established;
    if (!est && assessment.status !== 'ESTABLISHED' && assessment.status !== 'SUPERSEDED') return;
    for (const party of ['employee', 'employer'] as const) {
      const invited = assessment.views?.[party]?.invitedOn;
      if (invited === undefined) ctx.report(['views', party, 'invitedOn'], 'notInvited', { party }, { code: 'WVA-010.missing' });
      else if (est && invited > est.on)
        ctx.report(['views', party, 'invitedOn'], 'late', { party, invited, on: est.on }, { code: 'WVA-010.late' });
    }
  },
});
