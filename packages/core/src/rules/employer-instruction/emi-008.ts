import { ConfidentialityLevelList, confidentialityRank } from '../../codelists/confidentiality-level.js';
import type { EmployerInstruction } from '../../documents/employer-instruction.js';
import { defineRule, finding, type RuleFinding } from '../legacy.js';
import { NO_FINDINGS } from '../scope.js';

const FLOOR = 'HIGHLY_CONFIDENTIAL';

/**
 * EMI-008: an employer instruction is at least `HIGHLY_CONFIDENTIAL` (*confidentieel*), and an
 * update never lowers its confidentiality below the stored version's (`previous`).
 */
export const EMI_008 = defineRule<EmployerInstruction>({
  id: 'EMI-008',
  appliesTo: ['EmployerInstruction'],
  severity: 'error',
  titleNl: 'Vertrouwelijkheid minstens confidentieel en nooit verlaagd',
  titleEn: 'Confidentiality at least HIGHLY_CONFIDENTIAL and never lowered',
  source: 'R43',
  check(doc, ctx) {
    let out: RuleFinding[] | undefined;
    const rank = confidentialityRank(doc.confidentiality);
    if (rank < confidentialityRank(FLOOR))
      (out ??= []).push(
        finding(
          ['confidentiality'],
          `Een werkgeversinstructie is minstens ${FLOOR} (confidentieel), niet ${doc.confidentiality}.`,
          `An employer instruction is at least ${FLOOR}, not ${doc.confidentiality}.`,
          { code: 'EMI-008.floor' },
        ),
      );
    const prev = (ctx.previous as { confidentiality?: unknown } | undefined)?.confidentiality;
    if (typeof prev === 'string' && ConfidentialityLevelList.get(prev) && confidentialityRank(prev as typeof FLOOR) > rank)
      (out ??= []).push(
        finding(
          ['confidentiality'],
          `De vertrouwelijkheid mag niet worden verlaagd (van ${prev} naar ${doc.confidentiality}).`,
          `Confidentiality may not be lowered (from ${prev} to ${doc.confidentiality}).`,
          { code: 'EMI-008.lowered' },
        ),
      );
    return out ?? NO_FINDINGS;
  },
});
