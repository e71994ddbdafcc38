import { defineCodeList } from './define.js';

/** @public */
export const JobCoachRegimeList = defineCodeList({
  id: 'JobCoachRegime',
  titleNl: 'Regime jobcoaching',
  titleEn: 'Job-coach regime',
  source: 'UWV (R22)',
  entries: [
    { code: 'LIGHT', labelNl: 'licht', labelEn: 'light' },
    { code: 'MEDIUM', labelNl: 'midden', labelEn: 'medium' },
    { code: 'INTENSIVE', labelNl: 'intensief', labelEn: 'intensive' },
  ] as const,
});
/** @public */
export const JobCoachRegime = JobCoachRegimeList.schema;
/** @public */
export type JobCoachRegime = (typeof JobCoachRegimeList.codes)[number];
