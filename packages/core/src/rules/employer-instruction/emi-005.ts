import { defineRule } from '../rule.js';
import { isRevoked, remainingContent } from './purge.js';

/**
 * EMI-005: once the employment has ended (`employmentEndedOn` on or before the reference
 * date, or status `EXPIRED`), the content is purged as on revocation.
 *
 * @remarks
 * A revoked instruction is reported by EMI-004 only, not twice.
 */
export const EMI_005 = defineRule({
  id: 'EMI-005',
  appliesTo: 'EmployerInstruction',
  severity: 'error',
  titleNl: 'Na einde dienstverband is de inhoud verwijderd',
  titleEn: 'After the end of employment the content is purged',
  source: 'Brief §9.1 (DERIVED)',
  messages: {
    notPurged: {
      nl: 'Het dienstverband is beëindigd: dit veld moet leeg zijn.',
      en: 'The employment has ended: this field must be empty.',
    },
  },
  check(instruction, ctx) {
    const ended =
      instruction.status === 'EXPIRED' || (instruction.employmentEndedOn !== undefined && instruction.employmentEndedOn <= ctx.asOf);
    if (!ended || isRevoked(instruction)) return;
    for (const path of remainingContent(instruction)) ctx.report(path, 'notPurged');
  },
});
