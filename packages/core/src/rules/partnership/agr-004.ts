import { defineRule } from '../rule.js';

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
export const AGR_004 = defineRule({
  id: 'AGR-004',
  appliesTo: 'PartnershipAgreement',
  severity: 'warning',
  titleNl: 'Actieve samenwerking zonder werkafspraken in werking of zonder actief uitvoeringsplan',
  titleEn: 'Active partnership without arrangements in force or without an active plan',
  source: 'S1; S5',
  messages: {
    noArrangements: {
      nl: 'De samenwerking is actief, maar er zijn geen werkafspraken in werking.',
      en: 'The partnership is active, but no working arrangements are in force.',
    },
    noPlan: {
      nl: 'De samenwerking is actief, maar er is geen actief uitvoeringsplan.',
      en: 'The partnership is active, but there is no active execution plan.',
    },
  },
  check(agreement, ctx) {
    if (agreement.status !== 'ACTIVE') return;
    const inForce = (agreement.workingArrangements ?? []).some(
      (wa) =>
        (wa.status === 'IN_FORCE' || (wa.status === 'AGREED' && wa.validFrom <= ctx.asOf)) &&
        (wa.validTo === undefined || wa.validTo >= ctx.asOf),
    );
    if (!inForce) ctx.report(['workingArrangements'], 'noArrangements', undefined, { code: 'AGR-004.no-arrangements' });
    if (agreement.hasActiveExecutionPlan === false)
      ctx.report(['hasActiveExecutionPlan'], 'noPlan', undefined, { code: 'AGR-004.no-plan' });
  },
});
