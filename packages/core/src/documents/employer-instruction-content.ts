/**
 * Fields that carry the instruction's content; purged on revocation or end of employment.
 *
 * @public
 */
export const EMPLOYER_INSTRUCTION_CONTENT_FIELDS = ['workImpacts', 'adjustments', 'instructionTips', 'supportContacts'] as const;
