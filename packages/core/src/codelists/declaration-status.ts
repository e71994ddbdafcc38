import { defineCodeList } from './define.js';

/** Status of a wage-cost subsidy declaration, up to payment. */
export const DeclarationStatusList = defineCodeList({
  id: 'DeclarationStatus',
  titleNl: 'Status declaratie',
  titleEn: 'Declaration status',
  source: 'Brief §4.3 (lksProcess), R41; PROPOSAL',
  entries: [
    { code: 'DRAFT', labelNl: 'concept', labelEn: 'draft' },
    { code: 'SUBMITTED', labelNl: 'ingediend', labelEn: 'submitted' },
    { code: 'APPROVED', labelNl: 'goedgekeurd', labelEn: 'approved' },
    { code: 'REJECTED', labelNl: 'afgewezen', labelEn: 'rejected' },
    { code: 'PAID', labelNl: 'betaald', labelEn: 'paid' },
    { code: 'CORRECTED', labelNl: 'vervangen door correctie', labelEn: 'superseded by a correction' },
  ] as const,
});
export const DeclarationStatus = DeclarationStatusList.schema;
export type DeclarationStatus = (typeof DeclarationStatusList.codes)[number];
