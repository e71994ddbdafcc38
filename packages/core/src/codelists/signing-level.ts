import { defineCodeList } from './define.js';

export const SigningLevelList = defineCodeList({
  id: 'SigningLevel',
  titleNl: "Ondertekeningsniveau",
  titleEn: "Signing level",
  source: "S1",
  entries: [
    { code: 'ADMINISTRATIVE', labelNl: "bestuurlijk", labelEn: "administrative (elected officials)" },
    { code: 'OFFICIAL', labelNl: "ambtelijk", labelEn: "official (civil servants)" },
  ] as const,
});
export const SigningLevel = SigningLevelList.schema;
export type SigningLevel = (typeof SigningLevelList.codes)[number];
