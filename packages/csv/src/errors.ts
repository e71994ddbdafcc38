/**
 * The error hierarchy of `@banenafspraak/csv`. Problems with individual rows are never errors:
 * they are issues in the report. Errors mean the import as a whole cannot run. `message` is
 * Dutch, `messages.en` English; neither contains a cell value, and `code` is stable for programs.
 */

/** A message in the two languages of the standard. */
export interface Messages {
  /** In Dutch (the default language). */
  readonly nl: string;
  /** In English (`--lang en`, `locale: 'en'`). */
  readonly en: string;
}

/** A Dutch message, or both languages. */
export type MessageText = string | Messages;

function both(text: MessageText): Messages {
  return typeof text === 'string' ? { nl: text, en: text } : text;
}

/** Every error code of this package. */
export type CsvErrorCode =
  | 'INPUT_UNREADABLE'
  | 'ENCODING_UNSUPPORTED'
  | 'HEADER_NOT_FOUND'
  | 'MAPPING_INVALID'
  | 'OPTION_INVALID'
  | 'OUTPUT_UNWRITABLE';

const TAGS = new Set(['InputError', 'EncodingError', 'HeaderNotFoundError', 'MappingError', 'OptionError', 'OutputError']);

/** Base class of all errors of this package; check with {@link isCsvError}, not `instanceof`. */
export abstract class CsvError extends Error {
  abstract readonly _tag: string;
  abstract readonly code: CsvErrorCode;
  /** Exit code the CLI uses for this error. */
  readonly exitCode = 2 as const;
  /** The message in Dutch (also `message`) and English. */
  readonly messages: Messages;

  constructor(text: MessageText) {
    const m = both(text);
    super(m.nl);
    this.messages = m;
  }
}

/** Thrown when the input cannot be read: missing file, no permission, a damaged `.xlsx`. */
export class InputError extends CsvError {
  readonly _tag = 'InputError' as const;
  readonly code = 'INPUT_UNREADABLE' as const;
  constructor(
    message: MessageText,
    /** The underlying system error code, e.g. `ENOENT`. */
    readonly reason?: string,
  ) {
    super(message);
    this.name = 'InputError';
  }
}

/** Thrown when a forced encoding is unknown. */
export class EncodingError extends CsvError {
  readonly _tag = 'EncodingError' as const;
  readonly code = 'ENCODING_UNSUPPORTED' as const;
  constructor(
    message: MessageText,
    readonly encoding: string,
  ) {
    super(message);
    this.name = 'EncodingError';
  }
}

/** Thrown when no header row can be found in the first rows (set `headerRow` then). */
export class HeaderNotFoundError extends CsvError {
  readonly _tag = 'HeaderNotFoundError' as const;
  readonly code = 'HEADER_NOT_FOUND' as const;
  constructor(message: MessageText) {
    super(message);
    this.name = 'HeaderNotFoundError';
  }
}

/** One problem in a mapping file. */
export interface MappingProblem {
  /** Where in the mapping file, e.g. `columns.Startdatum.field`. */
  readonly path: string;
  /** Line and column in the mapping file's text (1-based), when it was read from text. */
  readonly line?: number;
  readonly column?: number;
  /** In Dutch. */
  readonly message: string;
  /** In English, when it differs. */
  readonly messageEn?: string;
}

/** Thrown when a mapping file is not valid JSON, does not match the schema, or names unknown fields. */
export class MappingError extends CsvError {
  readonly _tag = 'MappingError' as const;
  readonly code = 'MAPPING_INVALID' as const;
  constructor(
    message: MessageText,
    readonly problems: readonly MappingProblem[],
  ) {
    const m = both(message);
    const list = (lang: keyof Messages) =>
      problems
        .map(
          (p) =>
            `\n  - ${p.line !== undefined ? `${lang === 'en' ? 'line' : 'regel'} ${p.line}, ${lang === 'en' ? 'column' : 'kolom'} ${p.column}: ` : ''}${p.path ? `${p.path}: ` : ''}${lang === 'en' ? (p.messageEn ?? p.message) : p.message}`,
        )
        .join('');
    super({ nl: `${m.nl}${list('nl')}`, en: `${m.en}${list('en')}` });
    this.name = 'MappingError';
  }
}

/** Thrown when an option is invalid: unknown document type, delimiter, sheet or language. */
export class OptionError extends CsvError {
  readonly _tag = 'OptionError' as const;
  readonly code = 'OPTION_INVALID' as const;
  constructor(
    message: MessageText,
    readonly option: string,
  ) {
    super(message);
    this.name = 'OptionError';
  }
}

/** Thrown when an output file cannot be written. */
export class OutputError extends CsvError {
  readonly _tag = 'OutputError' as const;
  readonly code = 'OUTPUT_UNWRITABLE' as const;
  constructor(
    message: MessageText,
    readonly reason?: string,
  ) {
    super(message);
    this.name = 'OutputError';
  }
}

/** Any error of this package. */
export type AnyCsvError = InputError | EncodingError | HeaderNotFoundError | MappingError | OptionError | OutputError;

/**
 * Whether a value is an error of this package. Works across copies of the package (it reads
 * `_tag` and `code`, not the prototype chain).
 *
 * @example
 * ```ts
 * try { await importCsv('x.csv', { type: 'Placement' }); }
 * catch (e) { if (isCsvError(e)) console.error(e.code, e.message); else throw e; }
 * ```
 */
export function isCsvError(value: unknown): value is AnyCsvError {
  if (value === null || typeof value !== 'object') return false;
  const v = value as { _tag?: unknown; code?: unknown };
  return typeof v._tag === 'string' && TAGS.has(v._tag) && typeof v.code === 'string';
}
