import { ConfidentialityLevelList, confidentialityRank } from '../../codelists/confidentiality-level.js';
import { previousField } from '../previous.js';
import { defineRule } from '../rule.js';

const FLOOR = 'HIGHLY_CONFIDENTIAL';

/**
 * EMI-008: an employer instruction is at least `HIGHLY_CONFIDENTIAL` (*confidentieel*), and an
 * update never lowers its confidentiality below the stored version's (`previous`).
 */
export const EMI_008 = defineRule({
  id: 'EMI-008',
  appliesTo: 'EmployerInstruction',
  severity: 'error',
  titleNl: 'Vertrouwelijkheid minstens confidentieel en nooit verlaagd',
  titleEn: 'Confidentiality at least HIGHLY_CONFIDENTIAL and never lowered',
  source: 'R43',
  reads: [['confidentiality']],
  messages: {
    floor: {
      nl: (p: { level: string }) => `Een werkgeversinstructie is minstens ${FLOOR} (confidentieel), niet ${p.level}.`,
      en: (p: { level: string }) => `An employer instruction is at least ${FLOOR}, not ${p.level}.`,
    },
    lowered: {
      nl: (p: { from: string; to: string }) => `De vertrouwelijkheid mag niet worden verlaagd (van ${p.from} naar ${p.to}).`,
      en: (p: { from: string; to: string }) => `Confidentiality may not be lowered (from ${p.from} to ${p.to}).`,
    },
  },
  check(instruction, ctx) {
    const level = instruction.confidentiality;
    const rank = confidentialityRank(level);
    if (rank < confidentialityRank(FLOOR)) ctx.report(['confidentiality'], 'floor', { level }, { code: 'EMI-008.floor' });
    // The stored version is unvalidated: only a known level counts.
    const stored = previousField(ctx.previous, 'confidentiality');
    const from = typeof stored === 'string' ? ConfidentialityLevelList.get(stored)?.code : undefined;
    if (from !== undefined && confidentialityRank(from) > rank)
      ctx.report(['confidentiality'], 'lowered', { from, to: level }, { code: 'EMI-008.lowered' });
  },
});
