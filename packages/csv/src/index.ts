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
  OptionError,
  OutputError,
} from './errors.js';
export { importCsv, importCsvEffect, importRows } from './import.js';
export { type InspectedColumn, type InspectOptions, type InspectResult, inspect, inspectEffect, type ValueShape } from './inspect.js';
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
export { template, templateColumns, type TemplateOptions } from './template.js';
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
export {
  parseDutchBoolean,
  parseDutchDate,
  parseDutchDateTime,
  parseDutchNumber,
  parseEuroCents,
  parsePercentage,
} from './internal/values.js';
