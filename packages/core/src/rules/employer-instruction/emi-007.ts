import { previousField } from '../previous.js';
import { defineRule } from '../rule.js';

/** Who a grant is for: role and user (or name), compared between versions. */
function grantKey(grant: unknown): string {
  const role = previousField(grant, 'role');
  const who = previousField(grant, 'userRef') ?? previousField(grant, 'name');
  return `${String(role)}|${String(who)}`;
}

/**
 * EMI-007: access is only for the persons the employee named; a person added to `sharedWith`
 * on an update needs renewed consent (a new `givenOn` date or consent `version`).
 *
 * @remarks
 * That every read is limited to `sharedWith` and logged is enforced by the storage layer; the
 * document can only show who was named and when consent was given. The check needs the
 * stored version (`previous`); without it the rule passes. Messages name no recipient.
 */
export const EMI_007 = defineRule({
  id: 'EMI-007',
  appliesTo: 'EmployerInstruction',
  severity: 'error',
  titleNl: 'Alleen personen met toestemming van de werknemer krijgen toegang',
  titleEn: 'Access only for persons the employee consented to',
  source: 'R31',
  messages: {
    addedWithoutConsent: {
      nl: 'Deze ontvanger is toegevoegd zonder nieuwe toestemming van de werknemer (nieuwe datum of versie van de toestemming).',
      en: 'This recipient was added without renewed consent of the employee (new consent date or version).',
    },
  },
  check(instruction, ctx) {
    const before = previousField(ctx.previous, 'consent', 'sharedWith');
    if (!Array.isArray(before)) return;
    const { consent } = instruction;
    const renewed =
      consent.givenOn !== previousField(ctx.previous, 'consent', 'givenOn') ||
      consent.version !== previousField(ctx.previous, 'consent', 'version');
    if (renewed) return;
    const known = new Set(before.filter((g) => g !== null && typeof g === 'object').map(grantKey));
    consent.sharedWith.forEach((grant, j) => {
      if (!known.has(grantKey(grant))) ctx.report(['consent', 'sharedWith', j], 'addedWithoutConsent');
    });
  },
});
