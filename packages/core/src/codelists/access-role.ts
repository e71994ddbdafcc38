import { defineCodeList } from './define.js';

/** @public */
export const AccessRoleList = defineCodeList({
  id: 'AccessRole',
  titleNl: 'Rol ontvanger',
  titleEn: 'Recipient role',
  source: 'S1, R31',
  entries: [
    { code: 'DIRECT_SUPERVISOR', labelNl: 'direct leidinggevende', labelEn: 'direct supervisor' },
    { code: 'BUDDY', labelNl: 'buddy', labelEn: 'buddy' },
    { code: 'JOB_COACH', labelNl: 'jobcoach', labelEn: 'job coach' },
    { code: 'COLLEAGUE', labelNl: 'collega', labelEn: 'colleague' },
    { code: 'HR_CONTACT', labelNl: 'contactpersoon HR', labelEn: 'HR contact' },
  ] as const,
});
/** @public */
export const AccessRole = AccessRoleList.schema;
/** @public */
export type AccessRole = (typeof AccessRoleList.codes)[number];
