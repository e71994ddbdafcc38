import { RelationshipValueList } from '../../codelists/relationship-value.js';
import { defineRule } from '../rule.js';

const EXTENSION = /^x-[a-z0-9]+-[a-zA-Z0-9-]+$/;

function known(value: string): boolean {
  return RelationshipValueList.get(value) !== undefined || EXTENSION.test(value);
}

/**
 * AGR-008: relationship values (on the partnership and in its reviews) come from the code list
 * `RelationshipValue`; anything else only as a namespaced extension `x-<vendor>-<name>`.
 */
export const AGR_008 = defineRule({
  id: 'AGR-008',
  appliesTo: 'PartnershipAgreement',
  severity: 'warning',
  titleNl: 'Waarden in de samenwerkingsrelatie komen uit de codelijst, andere alleen als x-extensie',
  titleEn: 'Relationship values come from the code list; others only as x- extensions',
  source: 'S1',
  messages: {
    unknown: {
      nl: 'Onbekende waarde: gebruik een code uit de lijst RelationshipValue of een extensie x-<leverancier>-<naam>.',
      en: 'Unknown value: use a code of the RelationshipValue list or an extension x-<vendor>-<name>.',
    },
  },
  check(agreement, ctx) {
    agreement.relationshipValues.forEach((v, j) => {
      if (!known(v)) ctx.report(['relationshipValues', j], 'unknown');
    });
    (agreement.reviews ?? []).forEach((review, i) => {
      review.valuesDiscussed.forEach((v, j) => {
        if (!known(v)) ctx.report(['reviews', i, 'valuesDiscussed', j], 'unknown');
      });
    });
  },
});
