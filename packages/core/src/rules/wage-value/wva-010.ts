import type { WageValueAssessment } from '../../documents/wage-value-assessment.js';
import { defineRule, finding, type RuleFinding } from '../legacy.js';
import { NO_FINDINGS } from '../scope.js';

const PARTY_NL = { employee: 'de werknemer', employer: 'de werkgever' } as const;
const PARTY_EN = { employee: 'the employee', employer: 'the employer' } as const;

/**
 * WVA-010: before the wage value is established, both the employee and the employer were
 * invited to give their views (*zienswijze*): an invitation date on or before the date of
 * establishment.
 */
export const WVA_010 = defineRule<WageValueAssessment>({
  id: 'WVA-010',
  appliesTo: ['WageValueAssessment'],
  severity: 'error',
  titleNl: 'Werknemer en werkgever zijn vóór de vaststelling om hun zienswijze gevraagd',
  titleEn: 'Employee and employer were invited to give views before establishment',
  source: 'R7',
  check(a) {
    const est = a.established;
    if (!est && a.status !== 'ESTABLISHED' && a.status !== 'SUPERSEDED') return NO_FINDINGS;
    let out: RuleFinding[] | undefined;
    for (const party of ['employee', 'employer'] as const) {
      const invited = a.views?.[party]?.invitedOn;
      if (invited === undefined)
        (out ??= []).push(
          finding(
            ['views', party, 'invitedOn'],
            `Vóór de vaststelling moet ${PARTY_NL[party]} om een zienswijze zijn gevraagd.`,
            `Before establishment ${PARTY_EN[party]} must have been invited to give views.`,
            { code: 'WVA-010.missing' },
          ),
        );
      else if (est && invited > est.on)
        (out ??= []).push(
          finding(
            ['views', party, 'invitedOn'],
            `${PARTY_NL[party][0]!.toUpperCase()}${PARTY_NL[party].slice(1)} is op ${invited} om een zienswijze gevraagd, na de vaststelling op ${est.on}.`,
            `${PARTY_EN[party][0]!.toUpperCase()}${PARTY_EN[party].slice(1)} was invited to give views on ${invited}, after establishment on ${est.on}.`,
            { code: 'WVA-010.late' },
          ),
        );
    }
    return out ?? NO_FINDINGS;
  },
});
