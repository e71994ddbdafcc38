/**
 * Calculators (brief §8.4, §10): wage-cost subsidy, fixed-rate subsidy, minimum wage,
 * wage dispensation, job equivalents, trial placements, LKV, working days and lead times.
 * Pure functions: every computation takes the date it is about, never today's date.
 */
export {
  type RoundingMode,
  ROUNDING_MODES,
  DEFAULT_ROUNDING_MODE,
  type MoneyAmount,
  type CalculatorInputError,
  type CalculatorIssue,
} from './common.js';
export {
  type WageCostSubsidyInput,
  type WageCostSubsidyComputation,
  type WageCostSubsidyResult,
  type WageCostSubsidyPeriodInput,
  type WageCostSubsidyPart,
  type WageCostSubsidyPeriodResult,
  type FixedRateSubsidyInput,
  type FixedRateSubsidyComputation,
  type FixedRateSubsidyResult,
  type NotEligible,
  computeWageCostSubsidy,
  computeWageCostSubsidyForPeriod,
  computeFixedRateSubsidy,
} from './wage-cost-subsidy.js';
export { type MinimumHourlyWage, computeMinimumHourlyWage } from './minimum-wage.js';
export {
  type WageDispensationInput,
  type WageDispensationCondition,
  type WageDispensationCheck,
  checkWageDispensationEligibility,
} from './wage-dispensation.js';
export { HOURS_PER_JOB, computeJobEquivalent, computeJobEquivalentExact, sumJobEquivalents, formatJobEquivalent } from './job-equivalent.js';
export { type TrialLengthInput, type TrialLengthCheck, computeTrialEndDate, checkTrialLength } from './trial-placement.js';
export { type LkvInstrument, type LkvInput, type LkvRegime, type LkvComputation, type LkvNotEligible, type LkvResult, computeLkv } from './lkv.js';
export {
  HolidayRuleSchema,
  type HolidayRule,
  WorkingDayCalendarSchema,
  type WorkingDayCalendar,
  type Holiday,
  NL_STATUTORY,
  NL_COMMON_CAO,
  WORKING_DAY_CALENDARS,
  easterSunday,
  holidaysInYear,
  holidayOn,
  isWorkingDay,
  workingDaysBetween,
  addWorkingDays,
  nextWorkingDay,
  toLocalDateTime,
  toEventDate,
} from './working-days.js';
export {
  type LeadTimeAgreement,
  type LeadTimeCase,
  type LeadTimeStatus,
  type LeadTimeCaseResult,
  type LeadTimeEvaluation,
  evaluateLeadTime,
} from './lead-time.js';
