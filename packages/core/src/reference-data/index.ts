/**
 * Effective-dated reference data (brief §8): parameter tables, selection by date (REF-001,
 * REF-002), period splitting (REF-003) and runtime loading of newer rows.
 */
export {
  ParameterUnit,
  ParameterRowSchema,
  ParameterTableSchema,
  type ParameterRow,
  type ParameterTable,
  type ParameterUsed,
  type ParameterSelection,
  type ReferenceDataError,
  type PeriodPart,
  type PeriodSplit,
  isReferenceDataError,
  referenceDataError,
  findRow,
  findOverlaps,
  splitPeriodAtBoundaries,
  splitPeriodAtAllBoundaries,
} from './parameter-table.js';
export {
  type ReferenceData,
  type ReferenceDataLoadIssue,
  type WithTablesResult,
  createReferenceData,
  defaultReferenceData,
  selectParameter,
  withTables,
} from './reference-data.js';
export { ParameterId, SHIPPED_TABLES, WML_HOURLY_ADULT_TABLE, WML_YOUTH_TABLES } from './tables.js';
