import { defineCodeList } from './define.js';

/** @public */
export const SbiVersionList = defineCodeList({
  id: 'SbiVersion',
  titleNl: 'Versie SBI',
  titleEn: 'SBI version',
  source: 'CBS (R37)',
  entries: [
    { code: 'SBI_2008', labelNl: 'SBI 2008', labelEn: 'SBI 2008' },
    { code: 'SBI_2025', labelNl: 'SBI 2025', labelEn: 'SBI 2025' },
  ] as const,
});
/** @public */
export const SbiVersion = SbiVersionList.schema;
/** @public */
export type SbiVersion = (typeof SbiVersionList.codes)[number];
