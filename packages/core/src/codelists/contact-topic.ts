import { defineCodeList } from './define.js';

/** What an employer contact was about (never about a named person). */
export const ContactTopicList = defineCodeList({
  id: 'ContactTopic',
  titleNl: 'Onderwerp contact',
  titleEn: 'Contact topic',
  source: 'Brief §3, S3; PROPOSAL',
  entries: [
    { code: 'ACQUISITION', labelNl: 'acquisitie en kennismaking', labelEn: 'acquisition' },
    { code: 'VACANCY_INTAKE', labelNl: 'vacature-intake', labelEn: 'vacancy intake' },
    { code: 'CANDIDATE_PROPOSAL', labelNl: 'voordracht', labelEn: 'candidate proposal' },
    { code: 'PLACEMENT_FOLLOW_UP', labelNl: 'nazorg plaatsing', labelEn: 'placement follow-up' },
    { code: 'INSTRUMENTS', labelNl: 'voorzieningen en subsidies', labelEn: 'instruments and subsidies' },
    { code: 'JOB_CARVING', labelNl: 'functiecreatie / jobcarving', labelEn: 'job carving' },
    { code: 'AGREEMENTS', labelNl: 'samenwerkingsafspraken', labelEn: 'agreements' },
    { code: 'OTHER', labelNl: 'overig', labelEn: 'other' },
  ] as const,
});
export const ContactTopic = ContactTopicList.schema;
export type ContactTopic = (typeof ContactTopicList.codes)[number];
