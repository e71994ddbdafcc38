import { defineCodeList } from './define.js';

/** @public */
export const WageValuePurposeList = defineCodeList({
  id: 'WageValuePurpose',
  titleNl: 'Doel loonwaardebepaling',
  titleEn: 'Wage-value purpose',
  source: 'Brief §4.9',
  entries: [
    { code: 'LKS', labelNl: 'loonkostensubsidie', labelEn: 'wage-cost subsidy' },
    { code: 'WAGE_DISPENSATION', labelNl: 'loondispensatie', labelEn: 'wage dispensation' },
    { code: 'PRACTICE_ROUTE', labelNl: 'praktijkroute', labelEn: 'practice route' },
    { code: 'REASSESSMENT', labelNl: 'herbeoordeling', labelEn: 'reassessment' },
  ] as const,
});
/** @public */
export const WageValuePurpose = WageValuePurposeList.schema;
/** @public */
export type WageValuePurpose = (typeof WageValuePurposeList.codes)[number];
