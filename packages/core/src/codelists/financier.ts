import { defineCodeList } from './define.js';

/** @public */
export const FinancierList = defineCodeList({
  id: 'Financier',
  titleNl: 'Financier',
  titleEn: 'Financier',
  source: 'Brief §5.4; R23, R25',
  entries: [
    { code: 'UWV', labelNl: 'UWV', labelEn: 'UWV' },
    { code: 'MUNICIPALITY', labelNl: 'gemeente', labelEn: 'municipality' },
    { code: 'EMPLOYER', labelNl: 'werkgever', labelEn: 'employer' },
    { code: 'TAX_AUTHORITY', labelNl: 'Belastingdienst', labelEn: 'tax authority' },
  ] as const,
});
/** @public */
export const Financier = FinancierList.schema;
/** @public */
export type Financier = (typeof FinancierList.codes)[number];
