import { defineCodeList } from './define.js';

/**
 * Goals of job coaching, as functional outcomes at work (never a condition or treatment,
 * brief §9.1; PRV-004).
 */
export const CoachingGoalList = defineCodeList({
  id: 'CoachingGoal',
  titleNl: 'Doel jobcoaching',
  titleEn: 'Coaching goal',
  source: 'R21, R23 (jobcoaching); PROPOSAL',
  entries: [
    { code: 'TASKS_INDEPENDENTLY', labelNl: 'taken zelfstandig uitvoeren', labelEn: 'carry out tasks independently' },
    { code: 'WORK_PACE', labelNl: 'werktempo halen', labelEn: 'reach the work pace' },
    { code: 'WORK_RHYTHM', labelNl: 'vast werkritme', labelEn: 'steady work rhythm' },
    { code: 'QUALITY_OF_WORK', labelNl: 'kwaliteit van het werk', labelEn: 'quality of work' },
    { code: 'COLLABORATION', labelNl: 'samenwerken met collega’s', labelEn: 'working with colleagues' },
    { code: 'COMMUNICATION', labelNl: 'communicatie op het werk', labelEn: 'communication at work' },
    { code: 'TRAVEL_INDEPENDENTLY', labelNl: 'zelfstandig reizen', labelEn: 'travel independently' },
    { code: 'SUPERVISOR_KNOW_HOW', labelNl: 'leidinggevende weet wat helpt', labelEn: 'supervisor knows what helps' },
    { code: 'WORKPLACE_ADJUSTED', labelNl: 'werkplek aangepast', labelEn: 'workplace adjusted' },
  ] as const,
});
export const CoachingGoal = CoachingGoalList.schema;
export type CoachingGoal = (typeof CoachingGoalList.codes)[number];
