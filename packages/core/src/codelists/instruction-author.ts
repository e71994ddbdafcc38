import { defineCodeList } from './define.js';

/** @public */
export const InstructionAuthorList = defineCodeList({
  id: 'InstructionAuthor',
  titleNl: 'Opgesteld door',
  titleEn: 'Drawn up by',
  source: 'S1',
  entries: [
    { code: 'EMPLOYEE', labelNl: 'werknemer zelf', labelEn: 'the employee' },
    { code: 'EMPLOYEE_WITH_SUPPORT', labelNl: 'werknemer met hulp', labelEn: 'the employee with support' },
  ] as const,
});
/** @public */
export const InstructionAuthor = InstructionAuthorList.schema;
/** @public */
export type InstructionAuthor = (typeof InstructionAuthorList.codes)[number];
