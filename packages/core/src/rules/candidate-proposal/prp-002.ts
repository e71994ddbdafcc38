import { isLocalDateAfter } from '../../calculators/working-days.js';
import { defineRule } from '../rule.js';

const instant = (t: string) => Date.parse(t);

/**
 * PRP-002: the outcome moment of a proposal is set once the employer or candidate decided and
 * not before the proposal itself, and neither lies in the future: the proposal and invitation
 * moments are lead-time events (brief §10.1).
 */
export const PRP_002 = defineRule({
  id: 'PRP-002',
  appliesTo: 'CandidateProposal',
  severity: 'error',
  titleNl: 'Moment van uitkomst na de voordracht, niet in de toekomst, alleen bij een uitkomst',
  titleEn: 'Outcome moment after the proposal, not in the future, only with an outcome',
  source: 'Brief §4.5, §10.1',
  messages: {
    outcomeMissing: {
      nl: 'Geef aan wanneer deze uitkomst is bereikt (outcomeAt).',
      en: 'State when this outcome was reached (outcomeAt).',
    },
    outcomeWhilePending: {
      nl: 'Een openstaande voordracht heeft nog geen moment van uitkomst.',
      en: 'A pending proposal has no outcome moment yet.',
    },
    beforeProposal: {
      nl: 'Het moment van uitkomst ligt vóór het moment van voordragen.',
      en: 'The outcome moment lies before the proposal moment.',
    },
    future: { nl: 'Dit moment ligt in de toekomst.', en: 'This moment lies in the future.' },
  },
  check(proposal, ctx) {
    const future = (t: string) => isLocalDateAfter(t, ctx.asOf);
    if (future(proposal.proposedAt)) ctx.report(['proposedAt'], 'future');
    const at = proposal.outcomeAt;
    if (proposal.status === 'PENDING') {
      if (at !== undefined) ctx.report(['outcomeAt'], 'outcomeWhilePending');
      return;
    }
    if (at === undefined) ctx.report(['outcomeAt'], 'outcomeMissing');
    else if (instant(at) < instant(proposal.proposedAt)) ctx.report(['outcomeAt'], 'beforeProposal');
    else if (future(at)) ctx.report(['outcomeAt'], 'future');
  },
});
