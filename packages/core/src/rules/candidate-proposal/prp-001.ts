import { ProposalReasonList } from '../../codelists/proposal-reason.js';
import { defineRule } from '../rule.js';

/** Which side's reasons fit each closing outcome. */
const SIDES: Readonly<Record<string, readonly string[]>> = {
  REJECTED_BY_EMPLOYER: ['EMPLOYER', 'ANY'],
  WITHDRAWN_BY_CANDIDATE: ['CANDIDATE', 'ANY'],
};

/**
 * PRP-001: a proposal the employer rejected or the candidate withdrew states why, with a
 * non-personal reason code that fits whose decision it was; other outcomes carry no reason.
 * Free-text reasons are not part of the standard (brief §4.5, §9).
 */
export const PRP_001 = defineRule({
  id: 'PRP-001',
  appliesTo: 'CandidateProposal',
  severity: 'error',
  titleNl: 'Een afgewezen of ingetrokken voordracht heeft een passende redencode',
  titleEn: 'A rejected or withdrawn proposal has a fitting reason code',
  source: 'Brief §4.5, §9',
  messages: {
    missing: {
      nl: 'Geef met een redencode aan waarom de voordracht is afgewezen of ingetrokken.',
      en: 'State with a reason code why the proposal was rejected or withdrawn.',
    },
    wrongSide: {
      nl: (p: { reason: string; status: string }) => `Redencode ${p.reason} past niet bij uitkomst ${p.status}.`,
      en: (p: { reason: string; status: string }) => `Reason code ${p.reason} does not fit outcome ${p.status}.`,
    },
    notClosed: {
      nl: 'Een redencode hoort alleen bij een afgewezen of ingetrokken voordracht.',
      en: 'A reason code belongs only to a rejected or withdrawn proposal.',
    },
  },
  check(proposal, ctx) {
    const sides = SIDES[proposal.status];
    const reason = proposal.reasonCode;
    if (sides === undefined) {
      if (reason !== undefined) ctx.report(['reasonCode'], 'notClosed');
      return;
    }
    if (reason === undefined) ctx.report(['reasonCode'], 'missing');
    else if (!sides.includes(ProposalReasonList.get(reason)?.side ?? ''))
      ctx.report(['reasonCode'], 'wrongSide', { reason, status: proposal.status });
  },
});
