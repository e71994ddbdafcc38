import { defineRule } from '../rule.js';

/** FUP-004: a completed follow-up has held every evaluation moment it planned. */
export const FUP_004 = defineRule({
  id: 'FUP-004',
  appliesTo: 'PlacementFollowUp',
  severity: 'error',
  titleNl: 'Afgeronde nazorg heeft alle geplande evaluaties gehouden',
  titleEn: 'A completed follow-up has held every planned evaluation',
  source: 'Brief §10.1',
  messages: {
    notHeld: {
      nl: 'De nazorg is afgerond, maar dit evaluatiemoment is niet gehouden; houd het of verwijder het.',
      en: 'The follow-up is completed, but this evaluation was not held; hold it or remove it.',
    },
  },
  check(followUp, ctx) {
    if (followUp.status !== 'COMPLETED') return;
    followUp.moments.forEach((m, i) => {
      if (m.heldOn === undefined) ctx.report(['moments', i, 'heldOn'], 'notHeld');
    });
  },
});
