import { amsterdamDate } from '../../calculators/working-days.js';
import { defineRule } from '../rule.js';

/**
 * CTM-001: a held contact does not lie in the future; a planned contact whose day has passed
 * is flagged, so the record says whether it took place (held or cancelled).
 *
 * @remarks
 * Days are compared in Europe/Amsterdam with the validation's `asOf`. The single-contact check
 * counts held contacts only, so a contact left `PLANNED` would be missing from it.
 */
export const CTM_001 = defineRule({
  id: 'CTM-001',
  appliesTo: 'ContactMoment',
  severity: 'error',
  otherSeverities: ['warning'],
  titleNl: 'Een gehouden contact ligt niet in de toekomst; een gepland contact niet in het verleden',
  titleEn: 'A held contact does not lie in the future; a planned one not in the past',
  source: 'Brief §3.5, §4.0',
  reads: [['status'], ['at']],
  messages: {
    future: {
      nl: (p: { date: string }) => `Een gehouden contact kan niet in de toekomst liggen (${p.date}).`,
      en: (p: { date: string }) => `A held contact cannot lie in the future (${p.date}).`,
    },
    overdue: {
      nl: (p: { date: string }) => `Het geplande contact van ${p.date} is voorbij: leg vast of het is gehouden of geannuleerd.`,
      en: (p: { date: string }) => `The contact planned for ${p.date} has passed: record whether it was held or cancelled.`,
    },
  },
  check(contact, ctx) {
    const date = amsterdamDate(contact.at);
    if (contact.status === 'HELD' && date > ctx.asOf) ctx.report(['at'], 'future', { date });
    else if (contact.status === 'PLANNED' && date < ctx.asOf)
      ctx.report(['at'], 'overdue', { date }, { severity: 'warning', code: 'CTM-001.overdue' });
  },
});
