import * as z from 'zod';

/**
 * What an action on a record was: one audit entry per write and per failed write.
 *
 * @public
 */
export const AuditAction = z.enum(['create', 'update', 'delete', 'revoke', 'purge']);
/**
 * What was attempted on a record.
 *
 * @public
 */
export type AuditAction = z.infer<typeof AuditAction>;

/**
 * One entry of the audit trail of a record (auditregel): who attempted what when, and how it
 * ended. Failed attempts are recorded too. For employer instructions it never holds content.
 *
 * @public
 */
export const AuditEntry = z
  .object({
    sequence: z.int().describe('Order of the entry.'),
    recordId: z.uuid().describe('Record the entry is about.'),
    collection: z.string().describe('Collection of the record.'),
    action: AuditAction.describe('What was attempted.'),
    actor: z.object({ userId: z.string(), organisation: z.string().optional() }).describe('Who.'),
    at: z.iso.datetime({ offset: true }).describe('When.'),
    result: z.int().describe('HTTP status of the attempt; failed attempts are recorded too.'),
    before: z.record(z.string(), z.unknown()).optional().describe('Document before, restricted parts removed (never for instructions).'),
    after: z.record(z.string(), z.unknown()).optional().describe('Document after, restricted parts removed (never for instructions).'),
    changedFields: z.array(z.string()).describe('Names of changed fields; the only change data kept for restricted parts.'),
  })
  .meta({ id: 'AuditEntry', title: 'Auditregel', description: 'One entry of the audit trail of a record.' });
/**
 * One entry of the audit trail of a record.
 *
 * @public
 */
export type AuditEntry = z.infer<typeof AuditEntry>;

/**
 * The audit trail of a record (`GET /{collection}/{id}/audit`), oldest entry first.
 *
 * @public
 */
export const AuditTrail = z
  .object({ items: z.array(AuditEntry).describe('Entries, oldest first.') })
  .meta({ id: 'AuditTrail', title: 'Audittrail', description: 'Audit trail of a record.' });
/**
 * The audit trail of a record.
 *
 * @public
 */
export type AuditTrail = z.infer<typeof AuditTrail>;

/**
 * One read of an employer instruction: who read it when. Only the employee sees the log.
 *
 * @public
 */
export const InstructionRead = z
  .object({
    sequence: z.int().describe('Order of the read.'),
    instructionId: z.uuid().describe('The instruction.'),
    userId: z.string().describe('Who read it.'),
    organisation: z.string().optional().describe('Organisation of the reader.'),
    at: z.iso.datetime({ offset: true }).describe('When.'),
  })
  .meta({ id: 'InstructionRead', title: 'Inzage werkgeversinstructie', description: 'One read of an employer instruction.' });
/**
 * One read of an employer instruction.
 *
 * @public
 */
export type InstructionRead = z.infer<typeof InstructionRead>;

/**
 * The read log of an employer instruction (`GET /employer-instructions/{id}/reads`), oldest first.
 *
 * @public
 */
export const InstructionReadLog = z
  .object({ items: z.array(InstructionRead).describe('Reads, oldest first.') })
  .meta({ id: 'InstructionReadLog', title: 'Leeslog werkgeversinstructie', description: 'Every read of an employer instruction.' });
/**
 * The read log of an employer instruction.
 *
 * @public
 */
export type InstructionReadLog = z.infer<typeof InstructionReadLog>;
