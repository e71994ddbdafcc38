import type { EmployerInstruction } from '../../documents/employer-instruction.js';
import { defineRule, finding } from '../legacy.js';
import { NO_FINDINGS } from '../scope.js';
import { isRevoked, remainingContent } from './purge.js';

/**
 * EMI-005: once the employment has ended (`employmentEndedOn` on or before the reference
 * date, or status `EXPIRED`), the content is purged as on revocation.
 *
 * @remarks
 * A revoked instruction is reported by EMI-004 only, not twice.
 */
export const EMI_005 = defineRule<EmployerInstruction>({
  id: 'EMI-005',
  appliesTo: ['EmployerInstruction'],
  severity: 'error',
  titleNl: 'Na einde dienstverband is de inhoud verwijderd',
  titleEn: 'After the end of employment the content is purged',
  source: 'Brief §9.1 (DERIVED)',
  check(doc, ctx) {
    const ended = doc.status === 'EXPIRED' || (doc.employmentEndedOn !== undefined && doc.employmentEndedOn <= ctx.asOf);
    if (!ended || isRevoked(doc)) return NO_FINDINGS;
    return remainingContent(doc).map((path) =>
      finding(path, 'Het dienstverband is beëindigd: dit veld moet leeg zijn.', 'The employment has ended: this field must be empty.'),
    );
  },
});
