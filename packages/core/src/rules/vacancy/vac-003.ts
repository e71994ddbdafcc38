import type { Vacancy } from '../../documents/vacancy.js';
import { type RuleFinding, defineRule, finding } from '../legacy.js';
import { NO_FINDINGS } from '../scope.js';

/**
 * VAC-003: a vacancy that has left `DRAFT` states when and by whom it was received, because
 * `receivedAt` starts the lead-time clock (brief §10).
 */
export const VAC_003 = defineRule<Vacancy>({
  id: 'VAC-003',
  appliesTo: ['Vacancy'],
  severity: 'error',
  titleNl: 'Een vacature buiten concept heeft een ontvangstmoment en een ontvangende partij',
  titleEn: 'Leaving DRAFT requires receivedAt and receivedBy',
  source: 'Brief §10 (lead times)',
  check(v) {
    if (v.status === 'DRAFT') return NO_FINDINGS;
    let out: RuleFinding[] | undefined;
    if (v.receivedAt === undefined)
      (out ??= []).push(
        finding(
          ['receivedAt'],
          'Geef aan wanneer de vacature is ontvangen; dat moment start de doorlooptijd.',
          'State when the vacancy was received; that moment starts the lead-time clock.',
        ),
      );
    if (v.receivedBy === undefined)
      (out ??= []).push(
        finding(['receivedBy'], 'Geef aan welke publieke partij de vacature heeft ontvangen.', 'State which public party received the vacancy.'),
      );
    return out ?? NO_FINDINGS;
  },
});
