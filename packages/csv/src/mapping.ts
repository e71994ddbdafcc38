import { compareVersions, DocumentType, getStandardVersion, STANDARD_VERSION, standardVersions } from '@banenafspraak/core';
import * as z from 'zod';
import { MappingError } from './errors.js';

const FieldPath = z
  .string()
  .regex(/^[A-Za-z][A-Za-z0-9]*(\.(?:[A-Za-z][A-Za-z0-9]*|\d+))*$/, 'a field path like `startDate` or `contract.hourlyWageCents`')
  .describe(
    'Path of a field of the document, dots between levels and numbers for list items, e.g. `candidate.identity.bsn` or `instruments.0.status`.',
  );

/**
 * What one column of the sheet becomes.
 *
 * @public
 */
export const ColumnMapping = z
  .object({
    field: FieldPath,
    values: z
      .record(z.string(), z.union([z.string(), z.number(), z.boolean()]))
      .optional()
      .describe(
        'Translations of cell values before parsing, e.g. `{ "Wajonger": "WAJONG" }`. Keys are matched without regard to case, spaces and accents.',
      ),
    whenEmpty: z
      .union([z.string(), z.number(), z.boolean()])
      .optional()
      .describe('Value used when the cell is empty, e.g. `false` for a checkbox column where only `x` is filled in.'),
    transform: z
      .enum(['uuid'])
      .optional()
      .describe(
        "`uuid`: derive a stable UUID (version 5) from the cell, e.g. from a region's own client number. Never derive it from a BSN.",
      ),
    with: z
      .record(FieldPath, z.union([z.string(), z.number(), z.boolean()]))
      .optional()
      .describe(
        'Values set together with this column\'s field when its cell is filled, e.g. `{ "instruments.0.instrument": "LKS", "instruments.0.financier": "MUNICIPALITY" }` on a wage-value column: an LKS grant whose wage value comes from the sheet. Text is parsed as a cell would be.',
      ),
  })
  .strict()
  .meta({ title: 'Kolom', description: 'How a column of the sheet maps to a field.' });
/** @public */
export type ColumnMapping = z.infer<typeof ColumnMapping>;

/**
 * A mapping file: how one region's sheet layout maps to a document type.
 *
 * @example
 * ```json
 * {
 *   "standardVersion": "0.2",
 *   "documentType": "Placement",
 *   "columns": { "Klantnummer": { "field": "candidate.id", "transform": "uuid" }, "Datum in dienst": "startDate" },
 *   "constants": { "region": "AM22", "status": "ACTIVE" },
 *   "ignore": ["Opmerkingen"]
 * }
 * ```
 *
 * @public
 */
export const MappingFile = z
  .object({
    $schema: z.string().optional().describe('Reference to this JSON Schema, for editors.'),
    standardVersion: z
      .string()
      .regex(/^\d+\.\d+$/, 'a version of the standard like "0.2"')
      .optional()
      .describe(
        'Version of the standard the mapping was written for, e.g. "0.2". Absent means 0.1 (mappings from before versions were named). Documents are always written in the current version.',
      ),
    documentType: DocumentType.optional().describe('Document type the sheet holds; `--type` on the command line wins.'),
    encoding: z.string().optional().describe('Force an encoding, e.g. `windows-1252`; detected when absent.'),
    delimiter: z.enum([';', ',', '\t', '|']).optional().describe('Force the delimiter; detected when absent.'),
    headerRow: z.int().min(1).optional().describe('Row number of the header row as the spreadsheet shows it; detected when absent.'),
    sheet: z
      .union([z.string(), z.int().min(1)])
      .optional()
      .describe('Worksheet of an .xlsx file, by name or number (1 = first).'),
    decimalSeparator: z.enum([',', '.']).optional().describe('Decimal separator of numbers; `,` (Dutch) by default.'),
    useBuiltInAliases: z.boolean().optional().describe('Also match the built-in Dutch and English headers (default true).'),
    uuidNamespace: z.uuid().optional().describe('Namespace for `transform: "uuid"`; use your own to keep derived ids unguessable.'),
    columns: z
      .record(z.string(), z.union([FieldPath, ColumnMapping, z.array(z.union([FieldPath, ColumnMapping])).min(1)]))
      .optional()
      .describe(
        'Column header → field path, an object with the field and value translations, or a list of them (one column feeding several fields). For duplicate headers use the column letter (`"C"`) or position (`"#3"`) as the key.',
      ),
    constants: z
      .record(FieldPath, z.union([z.string(), z.number(), z.boolean()]))
      .optional()
      .describe('Values for every row, e.g. `{ "region": "AM22" }`. Text is parsed as a cell would be.'),
    ignore: z.array(z.string()).optional().describe('Column headers to leave out.'),
    mask: z.array(z.string()).optional().describe('Extra column headers whose values are personal and must be masked in reports.'),
  })
  .strict()
  .meta({
    id: 'BanenafspraakCsvMapping',
    title: 'Kolomindeling (mapping) voor banenafspraak-csv',
    description: 'How the columns of a regional spreadsheet map to the fields of a banenafspraak document.',
  });
/**
 * A validated mapping file.
 *
 * @public
 */
export type Mapping = z.infer<typeof MappingFile>;

/**
 * Reads and validates a mapping file.
 *
 * @param json - the file's text, or an already parsed object
 * @throws {@link MappingError} when the text is not JSON or does not match {@link MappingFile}
 *
 * @example
 * ```ts
 * const mapping = readMapping(await readFile('rijnmond.json', 'utf8'));
 * ```
 *
 * @public
 */
export function readMapping(json: string | unknown): Mapping {
  let data: unknown = json;
  const text = typeof json === 'string' ? (json.charCodeAt(0) === 0xfeff ? json.slice(1) : json) : undefined;
  if (text !== undefined) {
    try {
      data = JSON.parse(text);
    } catch (e) {
      const detail = e instanceof Error ? e.message : String(e);
      const at = /position (\d+)/.exec(detail);
      const where = at ? lineAndColumn(text, Number(at[1])) : {};
      throw new MappingError({ nl: 'Het mappingbestand is geen geldige JSON.', en: 'The mapping file is not valid JSON.' }, [
        { path: '', ...where, message: detail.replace(/ in JSON at position \d+.*$/, '') },
      ]);
    }
  }
  const parsed = MappingFile.safeParse(data);
  if (!parsed.success) {
    throw new MappingError(
      { nl: 'Het mappingbestand klopt niet.', en: 'The mapping file is not right.' },
      parsed.error.issues.map((i) => ({
        path: i.path.join('.'),
        ...(text !== undefined ? locate(text, i.code === 'unrecognized_keys' ? [...i.path, i.keys[0] ?? ''] : i.path) : {}),
        message: problemText(i, 'nl'),
        messageEn: problemText(i, 'en'),
      })),
    );
  }
  // Any version of the standard the package knows will do: its field paths are checked
  // against the current document types when the import is planned.
  const version = mappingStandardVersion(parsed.data);
  if (getStandardVersion(version) === undefined) {
    throw new MappingError(
      compareVersions(version, STANDARD_VERSION) > 0
        ? {
            nl: `Het mappingbestand is voor standaardversie ${version}, nieuwer dan deze banenafspraak-csv (${STANDARD_VERSION}): werk banenafspraak-csv bij.`,
            en: `The mapping file is for standard version ${version}, newer than this banenafspraak-csv (${STANDARD_VERSION}): update banenafspraak-csv.`,
          }
        : {
            nl: `Het mappingbestand noemt een onbekende standaardversie ${version}.`,
            en: `The mapping file names an unknown standard version ${version}.`,
          },
      [
        {
          path: 'standardVersion',
          ...(text !== undefined ? locate(text, ['standardVersion']) : {}),
          message: `bekende versies: ${standardVersions.map((v) => v.version).join(', ')}`,
          messageEn: `known versions: ${standardVersions.map((v) => v.version).join(', ')}`,
        },
      ],
    );
  }
  return parsed.data;
}

/**
 * The same error with the line and column of each problem in the mapping file's text, for
 * problems found only when the mapping met the sheet (an unknown field, a duplicate header).
 * Their paths are `columns.<key>`, `columns.<key>.with.<field>` or `constants.<field>`; a key
 * not found in the text points at the nearest level that is.
 */
export function placeProblems(error: MappingError, text: string): MappingError {
  if (error.problems.every((p) => p.line !== undefined)) return error;
  const source = text.charCodeAt(0) === 0xfeff ? text.slice(1) : text;
  const problems = error.problems.map((p) => {
    if (p.line !== undefined) return p;
    const [top = '', ...rest] = p.path.split('.');
    const key = rest.join('.');
    const withAt = key.indexOf('.with.');
    const path = top === 'columns' && withAt >= 0 ? [top, key.slice(0, withAt), 'with', key.slice(withAt + 6)] : [top, key];
    return { ...p, ...locate(source, path) };
  });
  const first = (m: string) => m.split('\n  - ')[0] ?? m;
  return new MappingError({ nl: first(error.messages.nl), en: first(error.messages.en) }, problems);
}

/** Line and column (1-based) of a character offset. */
function lineAndColumn(text: string, offset: number): { line: number; column: number } {
  const before = text.slice(0, offset);
  const line = before.split('\n').length;
  return { line, column: offset - before.lastIndexOf('\n') };
}

/**
 * Where a path of the parsed mapping is in its text: the key of each object level is searched
 * for after the previous one (array items point at their array's key).
 */
function locate(text: string, path: readonly PropertyKey[]): { line: number; column: number } | Record<string, never> {
  let offset = 0;
  let found = false;
  for (const segment of path) {
    if (typeof segment !== 'string') break;
    const key = new RegExp(`${JSON.stringify(segment).replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}\\s*:`, 'g');
    key.lastIndex = offset;
    const m = key.exec(text);
    if (!m) break;
    offset = m.index;
    found = true;
  }
  return found ? lineAndColumn(text, offset) : {};
}

/** A schema problem in a mapping file, in words. */
function problemText(issue: z.core.$ZodIssue, lang: 'nl' | 'en'): string {
  const nl = lang === 'nl';
  switch (issue.code) {
    case 'unrecognized_keys':
      return `${nl ? 'onbekende sleutel(s)' : 'unknown key(s)'}: ${issue.keys.join(', ')}`;
    case 'invalid_type':
      return nl
        ? `verkeerd soort waarde (verwacht: ${String(issue.expected)})`
        : `wrong kind of value (expected: ${String(issue.expected)})`;
    case 'invalid_value':
      return `${nl ? 'waarde niet toegestaan; kies uit' : 'value not allowed; choose from'}: ${issue.values.map((v) => JSON.stringify(v)).join(', ')}`;
    case 'invalid_union':
      return nl
        ? 'geen veldpad en geen kolomobject met "field" (en alleen field, values, whenEmpty, transform)'
        : 'neither a field path nor a column object with "field" (and only field, values, whenEmpty, transform)';
    case 'invalid_format':
      return `${nl ? 'ongeldig formaat' : 'invalid format'} (${issue.format})`;
    default:
      return issue.message;
  }
}

/**
 * The version of the standard a mapping targets: its `standardVersion`, or 0.1 when absent.
 *
 * @public
 */
export function mappingStandardVersion(mapping: Mapping): string {
  return mapping.standardVersion ?? '0.1';
}

/**
 * A note about a mapping written for an older version of the standard: what to change, where.
 *
 * @public
 */
export interface MappingNote {
  /** Place in the mapping file, e.g. `standardVersion` or `constants.standardVersion`. */
  path: string;
  message: { nl: string; en: string };
}

/**
 * What to change in a mapping written for an older version of the standard. The mapping
 * still works as it is (0.1 and 0.2 have the same fields, so every 0.1 field path is a 0.2
 * path); the notes say precisely what to edit to make it name the current version.
 *
 * @public
 */
export function mappingVersionNotes(mapping: Mapping): MappingNote[] {
  const version = mappingStandardVersion(mapping);
  if (version === STANDARD_VERSION) return [];
  const notes: MappingNote[] = [
    {
      path: 'standardVersion',
      message: {
        nl: `De mapping is voor standaardversie ${version}${mapping.standardVersion === undefined ? ' (geen standardVersion opgegeven)' : ''}; documenten worden geschreven in ${STANDARD_VERSION}. Zet "standardVersion": "${STANDARD_VERSION}" in het mappingbestand; verder hoeft er niets te veranderen.`,
        en: `The mapping is for standard version ${version}${mapping.standardVersion === undefined ? ' (no standardVersion given)' : ''}; documents are written in ${STANDARD_VERSION}. Set "standardVersion": "${STANDARD_VERSION}" in the mapping file; nothing else needs to change.`,
      },
    },
  ];
  if (mapping.constants && Object.hasOwn(mapping.constants, 'standardVersion')) {
    notes.push({
      path: 'constants.standardVersion',
      message: {
        nl: `Verwijder deze constante: elk document krijgt standardVersion ${STANDARD_VERSION}.`,
        en: `Remove this constant: every document gets standardVersion ${STANDARD_VERSION}.`,
      },
    });
  }
  return notes;
}

/**
 * The JSON Schema of mapping files (committed as `schemas/mapping.schema.json`).
 *
 * @public
 */
export function mappingJsonSchema(): Record<string, unknown> {
  return z.toJSONSchema(MappingFile, { target: 'draft-2020-12', io: 'input' }) as Record<string, unknown>;
}
