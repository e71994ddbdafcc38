import type { EmployerInstruction } from '../../documents/employer-instruction.js';
import { defineRule, finding } from '../legacy.js';

interface GrantLike {
  role?: unknown;
  name?: unknown;
  userRef?: unknown;
}

function grantKey(g: GrantLike): string {
  return `${String(g.role)}|${String(g.userRef ?? g.name)}`;
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
export const EMI_007 = defineRule<EmployerInstruction>({
  id: 'EMI-007',
  appliesTo: ['EmployerInstruction'],
  severity: 'error',
  titleNl: 'Alleen personen met toestemming van de werknemer krijgen toegang',
  titleEn: 'Access only for persons the employee consented to',
  source: 'R31',
  check(doc, ctx) {
    const prev = ctx.previous as { consent?: { givenOn?: unknown; version?: unknown; sharedWith?: unknown } } | undefined;
    const prevConsent = prev?.consent;
    if (!prevConsent || !Array.isArray(prevConsent.sharedWith)) return [];
    const renewed = doc.consent.givenOn !== prevConsent.givenOn || doc.consent.version !== prevConsent.version;
    if (renewed) return [];
    const before = new Set((prevConsent.sharedWith as GrantLike[]).filter((g) => g && typeof g === 'object').map(grantKey));
    return doc.consent.sharedWith.flatMap((g, j) =>
      before.has(grantKey(g))
        ? []
        : [
            finding(
              ['consent', 'sharedWith', j],
              'Deze ontvanger is toegevoegd zonder nieuwe toestemming van de werknemer (nieuwe datum of versie van de toestemming).',
              'This recipient was added without renewed consent of the employee (new consent date or version).',
            ),
          ],
    );
  },
});
