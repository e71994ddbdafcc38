import { defineCodeList } from './define.js';

/** @public */
export const SigningScopeList = defineCodeList({
  id: 'SigningScope',
  titleNl: 'Reikwijdte ondertekening',
  titleEn: 'Signing scope',
  source: 'S1',
  entries: [
    { code: 'REGION_CENTRAL', labelNl: 'centraal voor de arbeidsmarktregio', labelEn: 'central for the labour-market region' },
    { code: 'MUNICIPALITIES', labelNl: 'per gemeente', labelEn: 'per municipality' },
    { code: 'SINGLE_PARTY', labelNl: 'één partij', labelEn: 'single party' },
  ] as const,
});
/** @public */
export const SigningScope = SigningScopeList.schema;
/** @public */
export type SigningScope = (typeof SigningScopeList.codes)[number];
