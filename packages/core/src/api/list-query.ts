import * as z from 'zod';

/**
 * Page size of a record list when the query names none.
 *
 * @public
 */
export const DEFAULT_PAGE_SIZE = 20;

/**
 * The query of a record list (`GET /{collection}`, the collection of a document definition): the
 * filters, the page size and the cursor. Lists are sorted by the order records were created in
 * (oldest first), which the cursor walks; there is no other sort order, so a cursor stays valid
 * while records are added. Server, client and conformance suite all take it from here.
 *
 * @param statuses - the statuses of the collection's document type, accepted by `status`
 *
 * @example
 * ```ts
 * const query = listQueryOf(PlacementDefinition.statuses).parse({ region: 'AM22', limit: '50' });
 * ```
 *
 * @public
 */
export function listQueryOf(statuses: readonly string[]) {
  return z.object({
    region: z
      .string()
      .regex(/^AM\d{2}$/)
      .optional()
      .describe('Only records in this labour-market region (AM code).'),
    employer: z
      .string()
      .regex(/^\d{8}$/)
      .optional()
      .describe('Only records of this employer (KvK number).'),
    status: z
      .enum(statuses as [string, ...string[]])
      .optional()
      .describe('Only records with this status.'),
    from: z.iso.date().optional().describe('Only records whose period ends on or after this date.'),
    to: z.iso.date().optional().describe('Only records whose period starts on or before this date.'),
    limit: z.coerce.number().int().min(1).max(100).optional().describe(`Page size (1–100, default ${DEFAULT_PAGE_SIZE}).`),
    cursor: z.string().max(200).optional().describe('Cursor from nextCursor of the previous page.'),
  });
}

/**
 * A record list's query as values (see {@link listQueryOf}).
 *
 * @public
 */
export type RecordListQuery = z.infer<ReturnType<typeof listQueryOf>>;
