import { documentDefinitions } from '../../documents/index.js';
import { defineRule, finding } from '../legacy.js';
import { NO_FINDINGS } from '../scope.js';

const transitionsByType = new Map(documentDefinitions.map((d) => [d.type, d.transitions as Readonly<Record<string, readonly string[]>>]));

/** AGR-003: a status change must follow the transition table of the document type. */
export const AGR_003 = defineRule<{ documentType: string; status: string }>({
  id: 'AGR-003',
  appliesTo: documentDefinitions.map((d) => d.type),
  severity: 'error',
  titleNl: 'Statuswijzigingen volgen de toegestane overgangen van het document',
  titleEn: 'Status changes follow the allowed transitions of the document type',
  source: 'Brief §4 (lifecycles)',
  check(doc, ctx) {
    const prev = ctx.previous as { status?: unknown } | undefined;
    if (!prev || typeof prev.status !== 'string' || prev.status === doc.status) return NO_FINDINGS;
    const allowed = transitionsByType.get(doc.documentType as never)?.[prev.status];
    if (allowed?.includes(doc.status)) return NO_FINDINGS;
    return [
      finding(
        ['status'],
        `Statusovergang van ${prev.status} naar ${doc.status} is niet toegestaan.`,
        `Status change from ${prev.status} to ${doc.status} is not allowed.`,
      ),
    ];
  },
});
