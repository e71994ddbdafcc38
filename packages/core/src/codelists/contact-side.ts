import { defineCodeList } from './define.js';

/** @public */
export const ContactSideList = defineCodeList({
  id: 'ContactSide',
  titleNl: 'Zijde',
  titleEn: 'Side',
  source: 'S3, R39',
  entries: [
    { code: 'EMPLOYER', labelNl: 'werkgever', labelEn: 'employer' },
    { code: 'PUBLIC', labelNl: 'publieke partij', labelEn: 'public party' },
  ] as const,
});
/** @public */
export const ContactSide = ContactSideList.schema;
/** @public */
export type ContactSide = (typeof ContactSideList.codes)[number];
