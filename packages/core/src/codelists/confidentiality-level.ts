import { defineCodeList } from './define.js';

/**
 * Vertrouwelijkheidaanduiding: ordered confidentiality levels, lowest first (ZGW).
 *
 * @public
 */
export const ConfidentialityLevelList = defineCodeList({
  id: 'ConfidentialityLevel',
  titleNl: 'Vertrouwelijkheidaanduiding',
  titleEn: 'Confidentiality level',
  source: 'VNG API’s voor Zaakgericht Werken (R43)',
  entries: [
    { code: 'PUBLIC', labelNl: 'openbaar', labelEn: 'public' },
    { code: 'LIMITED_PUBLIC', labelNl: 'beperkt openbaar', labelEn: 'limited public' },
    { code: 'INTERNAL', labelNl: 'intern', labelEn: 'internal' },
    { code: 'CASE_CONFIDENTIAL', labelNl: 'zaakvertrouwelijk', labelEn: 'case confidential' },
    { code: 'CONFIDENTIAL', labelNl: 'vertrouwelijk', labelEn: 'confidential' },
    { code: 'HIGHLY_CONFIDENTIAL', labelNl: 'confidentieel', labelEn: 'highly confidential' },
    { code: 'SECRET', labelNl: 'geheim', labelEn: 'secret' },
    { code: 'TOP_SECRET', labelNl: 'zeer geheim', labelEn: 'top secret' },
  ] as const,
});
/** @public */
export const ConfidentialityLevel = ConfidentialityLevelList.schema;
/** @public */
export type ConfidentialityLevel = (typeof ConfidentialityLevelList.codes)[number];

/**
 * Ordinal of a level (0 = PUBLIC); compare levels with it, e.g. in storage queries.
 *
 * @public
 */
export function confidentialityRank(level: ConfidentialityLevel): number {
  return ConfidentialityLevelList.codes.indexOf(level);
}
