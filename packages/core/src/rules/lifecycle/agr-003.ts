import { ALL_DOCUMENT_TYPES } from '../document-types.js';
import { defineRule } from '../rule.js';

/** The status of the stored version, when it has one. */
function statusOf(previous: unknown): string | undefined {
  return previous !== null && typeof previous === 'object' && 'status' in previous && typeof previous.status === 'string'
    ? previous.status
    : undefined;
}

/** AGR-003: a status change must follow the transition table of the document type (its definition's `transitions`). */
export const AGR_003 = defineRule({
  id: 'AGR-003',
  appliesTo: ALL_DOCUMENT_TYPES,
  severity: 'error',
  titleNl: 'Statuswijzigingen volgen de toegestane overgangen van het document',
  titleEn: 'Status changes follow the allowed transitions of the document type',
  source: 'Brief §4 (lifecycles)',
  reads: [['status']],
  messages: {
    notAllowed: {
      nl: (p: { from: string; to: string }) => `Statusovergang van ${p.from} naar ${p.to} is niet toegestaan.`,
      en: (p: { from: string; to: string }) => `Status change from ${p.from} to ${p.to} is not allowed.`,
    },
  },
  check(doc, ctx) {
    const from = statusOf(ctx.previous);
    if (from === undefined || from === doc.status) return;
    // Own keys only: a stored status such as `constructor` names no state of the table.
    const { transitions } = ctx.definition;
    const allowed = Object.hasOwn(transitions, from) ? transitions[from] : undefined;
    if (!allowed?.includes(doc.status)) ctx.report(['status'], 'notAllowed', { from, to: doc.status });
  },
});
