/**
 * Effective-dated reference data (brief §8): parameter tables, selection by date (REF-001,
 * REF-002), period splitting (REF-003) and runtime loading of newer rows.
 */
export {
  findOverlaps,
  findRow,
  isReferenceDataError,
  type ParameterRow,
  ParameterRowSchema,
  type ParameterSelection,
  type ParameterTable,
  ParameterTableSchema,
  ParameterUnit,
  type ParameterUsed,
  type PeriodPart,
  type PeriodSplit,
  type ReferenceDataError,
  referenceDataError,
  splitPeriodAtAllBoundaries,
  splitPeriodAtBoundaries,
} from './parameter-table.js';
export {
  createReferenceData,
  defaultReferenceData,
  type ReferenceData,
  type ReferenceDataLoadIssue,
  selectParameter,
  type WithTablesResult,
  withTables,
} from './reference-data.js';
export { ParameterId, SHIPPED_TABLES, WML_HOURLY_ADULT_TABLE, WML_YOUTH_TABLES } from './tables.js';
