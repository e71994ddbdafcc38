import * as z from 'zod';

/**
 * A code list as listed by `GET /code-lists`: ids, titles, source and size, no entries.
 *
 * @public
 */
export const CodeListSummary = z
  .object({
    id: z.string().describe('Kebab-case id, used in the path.'),
    name: z.string().describe('Id of the list in the standard (PascalCase).'),
    titleNl: z.string().describe('Dutch title.'),
    titleEn: z.string().describe('English title.'),
    source: z.string().describe('Source of the list.'),
    size: z.int().describe('Number of entries.'),
  })
  .meta({ id: 'CodeListSummary', title: 'Codelijst (overzicht)', description: 'A code list without its entries.' });
/**
 * A code list as listed by `GET /code-lists`.
 *
 * @public
 */
export type CodeListSummary = z.infer<typeof CodeListSummary>;

/**
 * The index of code lists (`GET /code-lists`).
 *
 * @public
 */
export const CodeListIndex = z
  .object({ items: z.array(CodeListSummary).describe('The code lists.') })
  .meta({ id: 'CodeListIndex', title: 'Codelijsten', description: 'The code lists of the standard.' });
/**
 * The index of code lists.
 *
 * @public
 */
export type CodeListIndex = z.infer<typeof CodeListIndex>;

/**
 * One entry of a code list on the wire; lists may add fields of their own. (In code, a list's
 * typed entries are {@link CodeListEntry}.)
 *
 * @public
 */
export const CodeListDocumentEntry = z
  .object({
    code: z.string().describe('Stable key.'),
    labelNl: z.string().describe('Dutch label.'),
    labelEn: z.string().describe('English label.'),
    validFrom: z.iso.date().optional().describe('First day the code may be used.'),
    validTo: z.iso.date().optional().describe('Last day the code may be used.'),
    source: z.string().optional().describe('Source of the code.'),
  })
  .catchall(z.unknown())
  .meta({ id: 'CodeListEntry', title: 'Code', description: 'One entry of a code list, with list-specific extra fields.' });
/**
 * One entry of a code list on the wire.
 *
 * @public
 */
export type CodeListDocumentEntry = z.infer<typeof CodeListDocumentEntry>;

/**
 * A code list with its entries (`GET /code-lists/{codeListId}`). (In code, a list is a
 * {@link CodeList}.)
 *
 * @public
 */
export const CodeListDocument = CodeListSummary.extend({
  entries: z.array(CodeListDocumentEntry).describe('Entries with list-specific extra fields.'),
}).meta({ id: 'CodeList', title: 'Codelijst', description: 'A code list with its entries.' });
/**
 * A code list with its entries, as sent by `GET /code-lists/{codeListId}`.
 *
 * @public
 */
export type CodeListDocument = z.infer<typeof CodeListDocument>;
