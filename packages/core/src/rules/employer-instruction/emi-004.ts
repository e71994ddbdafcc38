import { defineRule } from '../rule.js';
import { isRevoked, remainingContent } from './purge.js';

/**
 * EMI-004: once the employee revokes consent (status `REVOKED` or a `revokedOn` date), the
 * content is purged: work impacts, adjustments, tips, support contacts and the named
 * recipients are empty; only a tombstone remains.
 *
 * @remarks
 * The retention period is UNCERTAIN; the standard's default is "immediately", so a revoked
 * instruction with content is an error. A configurable delay belongs in the storage layer,
 * which purges the stored record.
 */
export const EMI_004 = defineRule({
  id: 'EMI-004',
  appliesTo: 'EmployerInstruction',
  severity: 'error',
  titleNl: 'Na intrekking is de inhoud verwijderd',
  titleEn: 'After revocation the content is purged',
  source: 'S1',
  messages: {
    notPurged: {
      nl: 'De werknemer heeft de toestemming ingetrokken: dit veld moet leeg zijn.',
      en: 'The employee revoked consent: this field must be empty.',
    },
  },
  check(instruction, ctx) {
    if (!isRevoked(instruction)) return;
    for (const path of remainingContent(instruction)) ctx.report(path, 'notPurged');
  },
});
