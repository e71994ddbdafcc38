import { defineCodeList } from './define.js';

/** @public */
export const SigningLevelList = defineCodeList({
  id: 'SigningLevel',
  titleNl: 'Ondertekeningsniveau',
  titleEn: 'Signing level',
  source: 'S1',
  entries: [
    { code: 'ADMINISTRATIVE', labelNl: 'bestuurlijk', labelEn: 'administrative (elected officials)' },
    { code: 'OFFICIAL', labelNl: 'ambtelijk', labelEn: 'official (civil servants)' },
  ] as const,
});
/** @public */
export const SigningLevel = SigningLevelList.schema;
/** @public */
export type SigningLevel = (typeof SigningLevelList.codes)[number];
