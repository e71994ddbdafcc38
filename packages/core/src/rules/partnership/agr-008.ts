import { RelationshipValueList } from '../../codelists/relationship-value.js';
import type { PartnershipAgreement } from '../../documents/partnership-agreement.js';
import { defineRule, finding, type RuleFinding } from '../legacy.js';
import { NO_FINDINGS } from '../scope.js';

const EXTENSION = /^x-[a-z0-9]+-[a-zA-Z0-9-]+$/;

function known(value: string): boolean {
  return RelationshipValueList.get(value) !== undefined || EXTENSION.test(value);
}

/**
 * AGR-008: relationship values (on the partnership and in its reviews) come from the code list
 * `RelationshipValue`; anything else only as a namespaced extension `x-<vendor>-<name>`.
 */
export const AGR_008 = defineRule<PartnershipAgreement>({
  id: 'AGR-008',
  appliesTo: ['PartnershipAgreement'],
  severity: 'warning',
  titleNl: 'Waarden in de samenwerkingsrelatie komen uit de codelijst, andere alleen als x-extensie',
  titleEn: 'Relationship values come from the code list; others only as x- extensions',
  source: 'S1',
  check(doc) {
    let out: RuleFinding[] | undefined;
    const report = (path: (string | number)[]) =>
      (out ??= []).push(
        finding(
          path,
          'Onbekende waarde: gebruik een code uit de lijst RelationshipValue of een extensie x-<leverancier>-<naam>.',
          'Unknown value: use a code of the RelationshipValue list or an extension x-<vendor>-<name>.',
        ),
      );
    doc.relationshipValues.forEach((v, j) => {
      if (!known(v)) report(['relationshipValues', j]);
    });
    (doc.reviews ?? []).forEach((r, i) => {
      r.valuesDiscussed.forEach((v, j) => {
        if (!known(v)) report(['reviews', i, 'valuesDiscussed', j]);
      });
    });
    return out ?? NO_FINDINGS;
  },
});
