import { defineCodeList } from './define.js';

/** @public */
export const EndReasonList = defineCodeList({
  id: 'EndReason',
  titleNl: 'Reden einde plaatsing',
  titleEn: 'Placement ending reason',
  source: 'Brief §4.7',
  entries: [
    { code: 'CONTRACT_ENDED', labelNl: 'contract afgelopen', labelEn: 'contract ended' },
    { code: 'EMPLOYEE_LEFT', labelNl: 'werknemer vertrokken', labelEn: 'employee left' },
    { code: 'DISMISSAL', labelNl: 'ontslag', labelEn: 'dismissal' },
    { code: 'CONVERTED', labelNl: 'omgezet in dienstverband', labelEn: 'converted to employment' },
    { code: 'NO_HIRE_AFTER_TRIAL', labelNl: 'geen dienstverband na proefplaatsing', labelEn: 'no hire after trial' },
    { code: 'OTHER', labelNl: 'anders', labelEn: 'other' },
  ] as const,
});
/** @public */
export const EndReason = EndReasonList.schema;
/** @public */
export type EndReason = (typeof EndReasonList.codes)[number];
