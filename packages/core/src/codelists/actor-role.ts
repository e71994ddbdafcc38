import { defineCodeList } from './define.js';

/**
 * Roles that may change the status of a record (lifecycle data, `validateTransition`).
 * `SYSTEM` is a time-driven change (e.g. arrangements coming into force on `validFrom`).
 */
export const ActorRoleList = defineCodeList({
  id: 'ActorRole',
  titleNl: 'Rol in het proces',
  titleEn: 'Process role',
  source: 'Brief §2, §4; PROPOSAL',
  entries: [
    { code: 'EMPLOYER', labelNl: 'werkgever', labelEn: 'employer' },
    {
      code: 'PUBLIC_PARTY',
      labelNl: 'publieke partij (gemeente, UWV, WSP, regio)',
      labelEn: 'public party (municipality, UWV, WSP, region)',
    },
    { code: 'JOB_COACH', labelNl: 'jobcoach(organisatie)', labelEn: 'job coach (organisation)' },
    { code: 'ASSESSOR', labelNl: 'loonwaardedeskundige', labelEn: 'wage-value assessor' },
    { code: 'EMPLOYEE', labelNl: 'werknemer of kandidaat', labelEn: 'employee or candidate' },
    { code: 'SYSTEM', labelNl: 'tijdgestuurd (systeem)', labelEn: 'time-driven (system)' },
  ] as const,
});
export const ActorRole = ActorRoleList.schema;
export type ActorRole = (typeof ActorRoleList.codes)[number];
