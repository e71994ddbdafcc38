/**
 * Calculators (brief §8.4, §10): wage-cost subsidy, fixed-rate subsidy, minimum wage,
 * wage dispensation, job equivalents, trial placements, LKV, working days and lead times.
 * Pure functions: every computation takes the date it is about, never today's date.
 */
export {
  type CalculatorInputError,
  type CalculatorIssue,
  DEFAULT_ROUNDING_MODE,
  type MoneyAmount,
  ROUNDING_MODES,
  type RoundingMode,
} from './common.js';
export {
  assessQuota,
  countPaidHours,
  type PaidHoursCount,
  type PaidHoursExclusion,
  type PaidHoursRecord,
  type PayrollTaxNumberCount,
  type QuotaApplicability,
} from './counting.js';
export {
  computeJobEquivalent,
  computeJobEquivalentExact,
  formatJobEquivalent,
  HOURS_PER_JOB,
  sumJobEquivalents,
} from './job-equivalent.js';
export {
  evaluateLeadTime,
  type LeadTimeAgreement,
  type LeadTimeCase,
  type LeadTimeCaseResult,
  type LeadTimeEvaluation,
  type LeadTimeStatus,
} from './lead-time.js';
export {
  computeLkv,
  type LkvComputation,
  type LkvInput,
  type LkvInstrument,
  type LkvNotEligible,
  type LkvRegime,
  type LkvResult,
} from './lkv.js';
export { computeMinimumHourlyWage, type MinimumHourlyWage } from './minimum-wage.js';
export {
  measureProcessLeadTimes,
  type ProcessLeadTimeResult,
  type ProcessLeadTimes,
  type ProcessPerformanceAgreement,
} from './process-lead-time.js';
export { checkTrialLength, computeTrialEndDate, type TrialLengthCheck, type TrialLengthInput } from './trial-placement.js';
export {
  computeFixedRateSubsidy,
  computeWageCostSubsidy,
  computeWageCostSubsidyForPeriod,
  type FixedRateSubsidyComputation,
  type FixedRateSubsidyInput,
  type FixedRateSubsidyResult,
  type NotEligible,
  type WageCostSubsidyComputation,
  type WageCostSubsidyInput,
  type WageCostSubsidyPart,
  type WageCostSubsidyPeriodInput,
  type WageCostSubsidyPeriodResult,
  type WageCostSubsidyResult,
} from './wage-cost-subsidy.js';
export {
  checkWageDispensationEligibility,
  type WageDispensationCheck,
  type WageDispensationCondition,
  type WageDispensationInput,
} from './wage-dispensation.js';
export {
  addWorkingDays,
  easterSunday,
  type Holiday,
  type HolidayRule,
  HolidayRuleSchema,
  holidayOn,
  holidaysInYear,
  isWorkingDay,
  NL_COMMON_CAO,
  NL_STATUTORY,
  nextWorkingDay,
  toEventDate,
  toLocalDateTime,
  WORKING_DAY_CALENDARS,
  type WorkingDayCalendar,
  WorkingDayCalendarSchema,
  workingDaysBetween,
} from './working-days.js';
