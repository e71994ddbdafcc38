import { defineCodeList } from './define.js';

/** Classifications a skill or occupation code in a candidate profile can come from. */
export const SkillSystemList = defineCodeList({
  id: 'SkillSystem',
  titleNl: 'Classificatie vaardigheden en beroepen',
  titleEn: 'Skill or occupation classification',
  source: 'Brief §14 (CompetentNL, VUM)',
  entries: [
    { code: 'COMPETENTNL', labelNl: 'CompetentNL', labelEn: 'CompetentNL' },
    { code: 'ESCO', labelNl: 'ESCO', labelEn: 'ESCO' },
    { code: 'ISCO_08', labelNl: 'ISCO-08', labelEn: 'ISCO-08' },
    { code: 'BRC_2014', labelNl: 'Beroepenindeling ROA-CBS 2014', labelEn: 'ROA-CBS occupation classification 2014' },
    { code: 'OTHER', labelNl: 'andere classificatie', labelEn: 'other classification' },
  ] as const,
});
export const SkillSystem = SkillSystemList.schema;
export type SkillSystem = (typeof SkillSystemList.codes)[number];
