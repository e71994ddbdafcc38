import type { DocumentType, Locale } from '@banenafspraak/core';
import { headerAliases } from './internal/aliases.js';
import { isDerived, typeSupport } from './internal/derived.js';
import { fieldCatalogue } from './internal/fields.js';
import { resolveDefinition } from './internal/pipeline.js';
import { csvCell } from './internal/report.js';

/**
 * Options of {@link template}.
 *
 * @public
 */
export interface TemplateOptions {
  /** `nl` (default): the standard's Dutch headers; `en`: field paths as headers. */
  locale?: Locale;
  /** Delimiter, `;` by default (what Dutch Excel expects). */
  delimiter?: ';' | ',' | '\t';
  /** Start with a UTF-8 byte-order mark, so that Excel detects the encoding. */
  bom?: boolean;
}

/**
 * The columns of the template of a document type: header and field path.
 *
 * @public
 */
export function templateColumns(type: DocumentType | string, locale: Locale = 'nl'): { header: string; field: string }[] {
  const definition = resolveDefinition(type, undefined);
  const aliases = headerAliases(definition.type);
  const skip = new Set(['documentType', 'standardVersion', 'confidentiality']);
  // Fields the importer fills itself (a default, a computed subsidy) get a column only when
  // sheets commonly have one.
  const support = typeSupport(definition.type);
  const filledByImporter = (path: string) => path in support.defaults || isDerived(support, path);
  return fieldCatalogue(definition)
    .filter((f) => !skip.has(f.path) && (aliases[f.path] !== undefined || (f.required && !filledByImporter(f.path))))
    .map((f) => ({ header: locale === 'en' ? f.path : (aliases[f.path]?.[0] ?? f.path), field: f.path }));
}

/**
 * An empty sheet (header row only) with the standard's headers for a document type. Importing
 * a filled-in template needs no mapping file.
 *
 * @throws {@link OptionError} for an unknown document type
 *
 * @example
 * ```ts
 * await writeFile('leeg.csv', template('Placement'));
 * ```
 *
 * @public
 */
export function template(type: DocumentType | string, options: TemplateOptions = {}): string {
  const delimiter = options.delimiter ?? ';';
  const line = templateColumns(type, options.locale ?? 'nl')
    .map((c) => csvCell(c.header, delimiter))
    .join(delimiter);
  return `${options.bom ? '\ufeff' : ''}${line}\r\n`;
}
