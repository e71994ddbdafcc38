import * as z from 'zod';

/**
 * The schema {@link pageOf} returns: `items` of the given schema and an optional `nextCursor`.
 *
 * @public
 */
export type PageSchema<T extends z.ZodType> = z.ZodObject<{ items: z.ZodArray<T>; nextCursor: z.ZodOptional<z.ZodString> }>;

/**
 * The schema of one page of a list (`GET /{collection}`, `_zoek`): the items of the page and,
 * unless it is the last page, the cursor of the next one. Give the result its own
 * `.meta({ id, title, description })` per item type.
 *
 * @example
 * ```ts
 * const PlacementPage = pageOf(Placement).meta({ id: 'PlacementPage', title: 'Plaatsing (pagina)' });
 * ```
 *
 * @public
 */
export function pageOf<T extends z.ZodType>(item: T): PageSchema<T> {
  return z.object({
    items: z.array(item).describe('Records of this page, oldest first.'),
    nextCursor: z.string().optional().describe('Pass as `cursor` for the next page; absent on the last page.'),
  });
}

/**
 * One page of a list of `T`: the items and, unless it is the last page, `nextCursor`.
 *
 * @public
 */
export type Page<T> = z.infer<PageSchema<z.ZodType<T>>>;
