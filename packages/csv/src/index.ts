/**
 * `@banenafspraak/csv`: regional spreadsheets (CSV and `.xlsx`) to canonical documents of the
 * banenafspraak standard, with a report a person can act on. Library and CLI
 * (`banenafspraak-csv`).
 *
 * @packageDocumentation
 */
export {
  type AnyCsvError,
  CsvError,
  type CsvErrorCode,
  EncodingError,
  HeaderNotFoundError,
  InputError,
  isCsvError,
  MappingError,
  type MappingProblem,
  type Messages,
  type MessageText,
  OptionError,
  OutputError,
} from './errors.js';
export { importCsv, importCsvEffect, importRows } from './import.js';
export { type InspectedColumn, type InspectOptions, type InspectResult, inspect, inspectEffect, type ValueShape } from './inspect.js';
export {
  parseDutchBoolean,
  parseDutchDate,
  parseDutchDateTime,
  parseDutchNumber,
  parseEuroCents,
  parsePercentage,
} from './internal/values.js';
export {
  ColumnMapping,
  type Mapping,
  MappingFile,
  type MappingNote,
  mappingJsonSchema,
  mappingStandardVersion,
  mappingVersionNotes,
  readMapping,
} from './mapping.js';
export { type TemplateOptions, template, templateColumns } from './template.js';
export type {
  ColumnReport,
  FileReport,
  ImportInput,
  ImportOptions,
  ImportProgress,
  ImportReport,
  ImportStats,
  OutputTarget,
  ReadOptions,
  RowIssue,
  RowResult,
} from './types.js';
