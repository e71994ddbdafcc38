import { defineCodeList } from './define.js';

/** @public */
export const DelegatedProcessList = defineCodeList({
  id: 'DelegatedProcess',
  titleNl: 'Regelluw gedelegeerd proces',
  titleEn: 'Delegated process (regelluw)',
  source: 'S4',
  entries: [
    { code: 'JOB_COACHING', labelNl: 'jobcoaching', labelEn: 'job coaching' },
    { code: 'WAGE_VALUE_PROCESS', labelNl: 'proces loonwaardebepaling', labelEn: 'wage-value process' },
    { code: 'TRIAL_PLACEMENT_ADMIN', labelNl: 'administratie proefplaatsing', labelEn: 'trial-placement administration' },
    { code: 'LKS_ADMIN', labelNl: 'administratie loonkostensubsidie', labelEn: 'wage-cost-subsidy administration' },
  ] as const,
});
/** @public */
export const DelegatedProcess = DelegatedProcessList.schema;
/** @public */
export type DelegatedProcess = (typeof DelegatedProcessList.codes)[number];
