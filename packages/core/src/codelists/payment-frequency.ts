import { defineCodeList } from './define.js';

/** @public */
export const PaymentFrequencyList = defineCodeList({
  id: 'PaymentFrequency',
  titleNl: 'Betaalfrequentie',
  titleEn: 'Payment frequency',
  source: 'R41',
  entries: [
    { code: 'MONTHLY', labelNl: 'maandelijks', labelEn: 'monthly' },
    { code: 'QUARTERLY', labelNl: 'per kwartaal', labelEn: 'quarterly' },
    { code: 'YEARLY', labelNl: 'jaarlijks', labelEn: 'yearly' },
  ] as const,
});
/** @public */
export const PaymentFrequency = PaymentFrequencyList.schema;
/** @public */
export type PaymentFrequency = (typeof PaymentFrequencyList.codes)[number];
