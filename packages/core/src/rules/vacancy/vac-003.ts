import { defineRule } from '../rule.js';

/**
 * VAC-003: a vacancy that has left `DRAFT` states when and by whom it was received, because
 * `receivedAt` starts the lead-time clock (brief §10).
 */
export const VAC_003 = defineRule({
  id: 'VAC-003',
  appliesTo: 'Vacancy',
  severity: 'error',
  titleNl: 'Een vacature buiten concept heeft een ontvangstmoment en een ontvangende partij',
  titleEn: 'Leaving DRAFT requires receivedAt and receivedBy',
  source: 'Brief §10 (lead times)',
  reads: [['status'], ['receivedAt'], ['receivedBy']],
  messages: {
    receivedAt: {
      nl: 'Geef aan wanneer de vacature is ontvangen; dat moment start de doorlooptijd.',
      en: 'State when the vacancy was received; that moment starts the lead-time clock.',
    },
    receivedBy: { nl: 'Geef aan welke publieke partij de vacature heeft ontvangen.', en: 'State which public party received the vacancy.' },
  },
  check(vacancy, ctx) {
    if (vacancy.status === 'DRAFT') return;
    if (vacancy.receivedAt === undefined) ctx.report(['receivedAt'], 'receivedAt');
    if (vacancy.receivedBy === undefined) ctx.report(['receivedBy'], 'receivedBy');
  },
});
