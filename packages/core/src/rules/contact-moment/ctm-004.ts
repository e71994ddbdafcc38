import { defineRule } from '../rule.js';

/**
 * CTM-004: a contact about a candidate proposal names the proposal or its vacancy, and one
 * about placement follow-up names the placement, so the contact can be found from the case
 * (ids only, never the candidate). A warning: the record is still worth keeping without.
 */
export const CTM_004 = defineRule({
  id: 'CTM-004',
  appliesTo: 'ContactMoment',
  severity: 'warning',
  titleNl: 'Een contact over een voordracht of nazorg verwijst naar de voordracht, vacature of plaatsing',
  titleEn: 'A contact about a proposal or follow-up names the proposal, vacancy or placement',
  source: 'Brief §4.5, §10.1',
  reads: [['topics'], ['proposalId'], ['vacancyId'], ['placementId']],
  messages: {
    proposal: {
      nl: 'Dit contact gaat over een voordracht: vermeld de voordracht (proposalId) of de vacature (vacancyId).',
      en: 'This contact is about a candidate proposal: name the proposal (proposalId) or the vacancy (vacancyId).',
    },
    placement: {
      nl: 'Dit contact gaat over nazorg: vermeld de plaatsing (placementId).',
      en: 'This contact is about placement follow-up: name the placement (placementId).',
    },
  },
  check(contact, ctx) {
    const proposal = contact.topics.indexOf('CANDIDATE_PROPOSAL');
    if (proposal >= 0 && contact.proposalId === undefined && contact.vacancyId === undefined) ctx.report(['topics', proposal], 'proposal');
    const followUp = contact.topics.indexOf('PLACEMENT_FOLLOW_UP');
    if (followUp >= 0 && contact.placementId === undefined) ctx.report(['topics', followUp], 'placement');
  },
});
