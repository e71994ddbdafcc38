import { defineCodeList } from './define.js';

/** @public */
export const AdjustmentCategoryList = defineCodeList({
  id: 'AdjustmentCategory',
  titleNl: 'Categorie aanpassing',
  titleEn: 'Adjustment category',
  source: 'Brief §5.6 (functional, never medical)',
  entries: [
    { code: 'WORK_PACE', labelNl: 'werktempo', labelEn: 'work pace' },
    { code: 'INSTRUCTION_STYLE', labelNl: 'manier van uitleggen', labelEn: 'instruction style' },
    { code: 'SCHEDULE', labelNl: 'werktijden', labelEn: 'schedule' },
    { code: 'BREAKS', labelNl: 'pauzes', labelEn: 'breaks' },
    { code: 'WORKSTATION', labelNl: 'werkplek', labelEn: 'workstation' },
    { code: 'COMMUNICATION', labelNl: 'communicatie', labelEn: 'communication' },
    { code: 'ENVIRONMENT', labelNl: 'omgeving (prikkels, geluid, licht)', labelEn: 'environment (stimuli, noise, light)' },
    { code: 'SUPERVISION', labelNl: 'begeleiding', labelEn: 'supervision' },
    { code: 'TRAVEL', labelNl: 'reizen', labelEn: 'travel' },
  ] as const,
});
/** @public */
export const AdjustmentCategory = AdjustmentCategoryList.schema;
/** @public */
export type AdjustmentCategory = (typeof AdjustmentCategoryList.codes)[number];
