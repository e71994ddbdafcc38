import { defineCodeList } from './define.js';

export const ContactChannelList = defineCodeList({
  id: 'ContactChannel',
  titleNl: 'Contactkanaal',
  titleEn: 'Contact channel',
  source: 'PROPOSAL',
  entries: [
    { code: 'VISIT', labelNl: 'bedrijfsbezoek', labelEn: 'company visit' },
    { code: 'PHONE', labelNl: 'telefoon', labelEn: 'phone' },
    { code: 'VIDEO', labelNl: 'videogesprek', labelEn: 'video call' },
    { code: 'EMAIL', labelNl: 'e-mail', labelEn: 'e-mail' },
    { code: 'EVENT', labelNl: 'bijeenkomst', labelEn: 'event' },
  ] as const,
});
export const ContactChannel = ContactChannelList.schema;
export type ContactChannel = (typeof ContactChannelList.codes)[number];
