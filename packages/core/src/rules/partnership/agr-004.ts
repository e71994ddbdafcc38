import type { PartnershipAgreement } from '../../documents/partnership-agreement.js';
import { defineRule, finding, type RuleFinding } from '../legacy.js';
import { NO_FINDINGS } from '../scope.js';

/**
 * AGR-004: an `ACTIVE` partnership without working arrangements in force, or without an
 * active execution plan, gets a warning: "just start" is legitimate, but should be noticed.
 *
 * @remarks
 * Arrangements count as in force when a version has status `IN_FORCE`, or `AGREED` with
 * `validFrom` on or before the reference date (that transition is time-driven). The plan is
 * a separate document; the partnership shows it only through `hasActiveExecutionPlan`, set by
 * servers. When that flag is absent the plan cannot be judged and no warning is given.
 */
export const AGR_004 = defineRule<PartnershipAgreement>({
  id: 'AGR-004',
  appliesTo: ['PartnershipAgreement'],
  severity: 'warning',
  titleNl: 'Actieve samenwerking zonder werkafspraken in werking of zonder actief uitvoeringsplan',
  titleEn: 'Active partnership without arrangements in force or without an active plan',
  source: 'S1; S5',
  check(doc, ctx) {
    if (doc.status !== 'ACTIVE') return NO_FINDINGS;
    let out: RuleFinding[] | undefined;
    const inForce = (doc.workingArrangements ?? []).some(
      (wa) =>
        (wa.status === 'IN_FORCE' || (wa.status === 'AGREED' && wa.validFrom <= ctx.asOf)) &&
        (wa.validTo === undefined || wa.validTo >= ctx.asOf),
    );
    if (!inForce)
      (out ??= []).push(
        finding(
          ['workingArrangements'],
          'De samenwerking is actief, maar er zijn geen werkafspraken in werking.',
          'The partnership is active, but no working arrangements are in force.',
          { code: 'AGR-004.no-arrangements' },
        ),
      );
    if (doc.hasActiveExecutionPlan === false)
      (out ??= []).push(
        finding(
          ['hasActiveExecutionPlan'],
          'De samenwerking is actief, maar er is geen actief uitvoeringsplan.',
          'The partnership is active, but there is no active execution plan.',
          { code: 'AGR-004.no-plan' },
        ),
      );
    return out ?? NO_FINDINGS;
  },
});
