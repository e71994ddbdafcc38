import { defineCodeList } from './define.js';

export const GoalProgressList = defineCodeList({
  id: 'GoalProgress',
  titleNl: 'Voortgang doel',
  titleEn: 'Goal progress',
  source: 'PROPOSAL',
  entries: [
    { code: 'NOT_STARTED', labelNl: 'nog niet gestart', labelEn: 'not started' },
    { code: 'BEHIND', labelNl: 'achter op schema', labelEn: 'behind' },
    { code: 'ON_TRACK', labelNl: 'op schema', labelEn: 'on track' },
    { code: 'ACHIEVED', labelNl: 'bereikt', labelEn: 'achieved' },
  ] as const,
});
export const GoalProgress = GoalProgressList.schema;
export type GoalProgress = (typeof GoalProgressList.codes)[number];
