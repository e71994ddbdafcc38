import type { EmployerInstruction } from '../../documents/employer-instruction.js';
import { EMPLOYER_INSTRUCTION_CONTENT_FIELDS } from '../../documents/employer-instruction-content.js';

/**
 * Paths of content that must be gone once an instruction is revoked or the employment ended:
 * the content fields, and the named recipients (sharing ends with it). What remains is a
 * content-free tombstone: id, dates, status.
 *
 * @internal
 */
export function remainingContent(doc: EmployerInstruction): (string | number)[][] {
  const out: (string | number)[][] = [];
  for (const field of EMPLOYER_INSTRUCTION_CONTENT_FIELDS) {
    const v = doc[field];
    if (v === undefined) continue;
    if (Array.isArray(v) ? v.length > 0 : v !== '') out.push([field]);
  }
  if (doc.consent.sharedWith.length > 0) out.push(['consent', 'sharedWith']);
  return out;
}

/** Whether the instruction was revoked (status or date). */
export function isRevoked(doc: EmployerInstruction): boolean {
  return doc.status === 'REVOKED' || doc.revokedOn !== undefined;
}
