import { defineRule } from '../rule.js';

/**
 * PRP-004: a proposal that led to a placement names it, and only such a proposal does, so
 * proposals can be counted as successful (brief §10.1 quality: share of proposals invited and
 * placed).
 */
export const PRP_004 = defineRule({
  id: 'PRP-004',
  appliesTo: 'CandidateProposal',
  severity: 'error',
  titleNl: 'Een geplaatste voordracht verwijst naar de plaatsing, en alleen die',
  titleEn: 'A placed proposal names its placement, and only a placed one',
  source: 'Brief §4.5, §4.7 (proposalId), §10.1',
  messages: {
    missing: {
      nl: 'Geef aan welke plaatsing uit deze voordracht volgde (placementId).',
      en: 'State which placement followed from this proposal (placementId).',
    },
    notPlaced: {
      nl: 'Alleen een voordracht met uitkomst PLACED verwijst naar een plaatsing.',
      en: 'Only a proposal with outcome PLACED refers to a placement.',
    },
  },
  check(proposal, ctx) {
    if (proposal.status === 'PLACED' && proposal.placementId === undefined) ctx.report(['placementId'], 'missing');
    if (proposal.status !== 'PLACED' && proposal.placementId !== undefined) ctx.report(['placementId'], 'notPlaced');
  },
});
