import { defineRule } from '../rule.js';

/** CTM-003: each topic of a contact is listed once, so counts per topic count contacts. */
export const CTM_003 = defineRule({
  id: 'CTM-003',
  appliesTo: 'ContactMoment',
  severity: 'error',
  titleNl: 'Elk onderwerp van een contact staat er één keer',
  titleEn: 'Each topic of a contact is listed once',
  source: 'Brief §5 (code lists)',
  reads: [['topics']],
  messages: {
    duplicate: {
      nl: (p: { topic: string }) => `Onderwerp ${p.topic} staat er al eerder.`,
      en: (p: { topic: string }) => `Topic ${p.topic} is already listed.`,
    },
  },
  check(contact, ctx) {
    contact.topics.forEach((topic, i) => {
      if (contact.topics.indexOf(topic) < i) ctx.report(['topics', i], 'duplicate', { topic });
    });
  },
});
