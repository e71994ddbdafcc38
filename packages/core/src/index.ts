/**
 * The banenafspraak data standard: documents, code lists, identifier checks, numbered
 * business rules, effective-dated reference data and calculators.
 *
 * @packageDocumentation
 */
export {
  AuditAction,
  AuditEntry,
  AuditTrail,
  InstructionRead,
  InstructionReadLog,
} from './api/audit.js';
export {
  CodeListDocument,
  CodeListDocumentEntry,
  CodeListIndex,
  CodeListSummary,
} from './api/code-lists.js';
export {
  Delivery,
  DeliveryAttempt,
  DeliveryPage,
  EventPage,
  Subscription,
  SubscriptionCreated,
  SubscriptionList,
  SubscriptionRequest,
} from './api/events.js';
export { DEFAULT_PAGE_SIZE, listQueryOf, type RecordListQuery } from './api/list-query.js';
export {
  type Page,
  type PageSchema,
  pageOf,
} from './api/page.js';
export { ProblemDocument } from './api/problem.js';
export {
  HarmonisationAspect,
  HarmonisationReport,
  ProgressGrouping,
  ProgressReport,
  RegionAttribution,
  ReportContact,
} from './api/reports.js';
export {
  BALANCE_COLUMNS,
  BalanceReport,
  BalanceRow,
  BalanceShare,
  LEAD_TIME_COLUMNS,
  LeadTimeGrouping,
  LeadTimeReport,
  LeadTimeRow,
  PROGRESS_COLUMNS,
  ReportColumn,
  ReportPeriodUnit,
  VACANCY_COLUMNS,
  VacancyGrouping,
  VacancyReport,
  VacancyRow,
} from './api/steering-reports.js';
export { ValidationReport } from './api/validation-report.js';
export {
  type CalculatorInputError,
  type CalculatorIssue,
  DEFAULT_ROUNDING_MODE,
  type MoneyAmount,
  ROUNDING_MODES,
  type RoundingMode,
} from './calculators/common.js';
export {
  assessQuota,
  countPaidHours,
  type PaidHoursCount,
  type PaidHoursExclusion,
  type PaidHoursRecord,
  type PayrollTaxNumberCount,
  type QuotaApplicability,
} from './calculators/counting.js';
export {
  computeJobEquivalent,
  computeJobEquivalentExact,
  formatJobEquivalent,
  HOURS_PER_JOB,
  sumJobEquivalents,
} from './calculators/job-equivalent.js';
export {
  evaluateLeadTime,
  type LeadTimeAgreement,
  type LeadTimeCase,
  type LeadTimeCaseResult,
  type LeadTimeEvaluation,
  type LeadTimeStatus,
} from './calculators/lead-time.js';
export {
  computeLkv,
  type LkvComputation,
  type LkvInput,
  type LkvInstrument,
  type LkvNotEligible,
  type LkvRegime,
  type LkvResult,
} from './calculators/lkv.js';
export {
  computeMinimumHourlyWage,
  type MinimumHourlyWage,
} from './calculators/minimum-wage.js';
export {
  measureProcessLeadTimes,
  type ProcessLeadTimeResult,
  type ProcessLeadTimes,
  type ProcessPerformanceAgreement,
} from './calculators/process-lead-time.js';
export {
  checkSingleContact,
  type RegionContacts,
  type SingleContactCheck,
  type SingleContactExclusion,
  type SingleContactMoment,
  type SingleContactResult,
} from './calculators/single-contact.js';
export {
  checkTrialLength,
  computeTrialEndDate,
  type TrialLengthCheck,
  type TrialLengthInput,
} from './calculators/trial-placement.js';
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
} from './calculators/wage-cost-subsidy.js';
export {
  checkWageDispensationEligibility,
  type WageDispensationCheck,
  type WageDispensationCondition,
  type WageDispensationInput,
} from './calculators/wage-dispensation.js';
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
} from './calculators/working-days.js';
export {
  AccessRole,
  AccessRoleList,
} from './codelists/access-role.js';
export {
  ActorRole,
  ActorRoleList,
} from './codelists/actor-role.js';
export {
  AdjustmentCategory,
  AdjustmentCategoryList,
} from './codelists/adjustment-category.js';
export {
  Applicant,
  ApplicantList,
} from './codelists/applicant.js';
export {
  ArrangementBasis,
  ArrangementBasisList,
} from './codelists/arrangement-basis.js';
export {
  CandidateSource,
  CandidateSourceList,
} from './codelists/candidate-source.js';
export {
  CoachingGoal,
  CoachingGoalList,
} from './codelists/coaching-goal.js';
export {
  ConfidentialityLevel,
  ConfidentialityLevelList,
  confidentialityRank,
} from './codelists/confidentiality-level.js';
export {
  ContactChannel,
  ContactChannelList,
} from './codelists/contact-channel.js';
export {
  ContactSide,
  ContactSideList,
} from './codelists/contact-side.js';
export {
  ContactTopic,
  ContactTopicList,
} from './codelists/contact-topic.js';
export {
  ContractKind,
  ContractKindList,
} from './codelists/contract-kind.js';
export { LABOUR_MARKET_REGION_ROWS } from './codelists/data/labour-market-regions.js';
export { MUNICIPALITY_ROWS } from './codelists/data/municipalities.js';
export {
  DeclarationStatus,
  DeclarationStatusList,
} from './codelists/declaration-status.js';
export {
  type CodeList,
  type CodeListEntry,
  defineCodeList,
} from './codelists/define.js';
export {
  DelegatedProcess,
  DelegatedProcessList,
} from './codelists/delegated-process.js';
export {
  EndReason,
  EndReasonList,
} from './codelists/end-reason.js';
export {
  EvaluationKind,
  EvaluationKindList,
} from './codelists/evaluation-kind.js';
export {
  EvaluationOutcome,
  EvaluationOutcomeList,
} from './codelists/evaluation-outcome.js';
export {
  Financier,
  FinancierList,
} from './codelists/financier.js';
export {
  FollowUpAction,
  FollowUpActionList,
} from './codelists/follow-up-action.js';
export {
  GoalProgress,
  GoalProgressList,
} from './codelists/goal-progress.js';
export {
  InstructionAuthor,
  InstructionAuthorList,
} from './codelists/instruction-author.js';
export {
  Instrument,
  InstrumentList,
} from './codelists/instrument.js';
export {
  JobCoachRegime,
  JobCoachRegimeList,
} from './codelists/job-coach-regime.js';
export {
  AmCode,
  isRegionValidOn,
  isValidAmCode,
  type LabourMarketRegionEntry,
  LabourMarketRegionList,
} from './codelists/labour-market-region.js';
export {
  MeasurementPeriod,
  MeasurementPeriodList,
} from './codelists/measurement-period.js';
export {
  createMunicipalityTable,
  DEFAULT_MUNICIPALITY_TABLE,
  getMunicipality,
  isMunicipalityValidOn,
  type Municipality,
  type MunicipalityRow,
  type MunicipalityTable,
  municipalitiesInRegion,
  municipalitiesOn,
  overrideMunicipalityRows,
  type RegionMembership,
  regionOfMunicipality,
  resolveMunicipalityOn,
  successorsOf,
} from './codelists/municipality.js';
export {
  type FindMunicipalityOptions,
  type FindRegionOptions,
  findMunicipalityByName,
  findRegionByName,
  type MunicipalityLookupResult,
  type NameMatchKind,
  type RegionLookupResult,
} from './codelists/name-lookup.js';
export {
  PartyRole,
  PartyRoleList,
} from './codelists/party-role.js';
export {
  PaymentFrequency,
  PaymentFrequencyList,
} from './codelists/payment-frequency.js';
export {
  PerformanceMetric,
  PerformanceMetricList,
} from './codelists/performance-metric.js';
export {
  LENDING_PLACEMENT_TYPES,
  PlacementType,
  PlacementTypeList,
  UNPAID_PLACEMENT_TYPES,
} from './codelists/placement-type.js';
export {
  ProcessEvent,
  ProcessEventList,
} from './codelists/process-event.js';
export {
  ProcessStep,
  ProcessStepList,
} from './codelists/process-step.js';
export {
  ProposalReason,
  ProposalReasonList,
} from './codelists/proposal-reason.js';
export {
  codeLists,
  getCodeList,
} from './codelists/registry.js';
export {
  RelationshipValue,
  RelationshipValueList,
} from './codelists/relationship-value.js';
export {
  SbiVersion,
  SbiVersionList,
} from './codelists/sbi-version.js';
export {
  Sector,
  SectorList,
} from './codelists/sector.js';
export {
  SigningLevel,
  SigningLevelList,
} from './codelists/signing-level.js';
export {
  SigningScope,
  SigningScopeList,
} from './codelists/signing-scope.js';
export {
  SkillSystem,
  SkillSystemList,
} from './codelists/skill-system.js';
export {
  countsForJobAgreement,
  TargetGroupBasis,
  TargetGroupBasisList,
} from './codelists/target-group-basis.js';
export {
  TargetUnit,
  TargetUnitList,
} from './codelists/target-unit.js';
export {
  TrialRegime,
  TrialRegimeList,
} from './codelists/trial-regime.js';
export {
  VacancyPreference,
  VacancyPreferenceList,
} from './codelists/vacancy-preference.js';
export {
  WageValueComponent,
  WageValueComponentList,
} from './codelists/wage-value-component.js';
export {
  isLegacyWageValueMethod,
  UNIFORM_METHOD_FROM,
  WageValueMethod,
  WageValueMethodList,
} from './codelists/wage-value-method.js';
export {
  WageValuePurpose,
  WageValuePurposeList,
} from './codelists/wage-value-purpose.js';
export {
  Weekday,
  WeekdayList,
} from './codelists/weekday.js';
export {
  WorkAbility,
  WorkAbilityList,
} from './codelists/work-ability.js';
export {
  ContactPerson,
  DocumentType,
  documentHeader,
  EmployerParty,
  EmployerRef,
  extensionsField,
  OrgRef,
  OrgScheme,
  PublicParty,
  StatusChange,
} from './common/building-blocks.js';
export {
  EuroCents,
  EXTENSION_KEY_MAX_LENGTH,
  EXTENSION_KEY_PATTERN,
  Extensions,
  HoursPerWeek,
  IsoDate,
  IsoDateTime,
  Percentage,
  Period,
  STANDARD_VERSION,
  Uuid,
} from './common/primitives.js';
export {
  CandidateProfile,
  CandidateProposal,
  CandidateProposalDefinition,
  CandidateProposalStatus,
  candidateProposalExample,
  SkillCode,
} from './documents/candidate-proposal.js';
export {
  ContactedEmployer,
  ContactMoment,
  ContactMomentDefinition,
  ContactMomentStatus,
  contactMomentExample,
} from './documents/contact-moment.js';
export {
  type DocumentDefinition,
  defineDocument,
} from './documents/definition.js';
export {
  AccessGrant,
  EMPLOYER_INSTRUCTION_CONTENT_FIELDS,
  EmployerInstruction,
  EmployerInstructionDefinition,
  EmployerInstructionStatus,
  employerInstructionExample,
} from './documents/employer-instruction.js';
export {
  ExecutionPlan,
  ExecutionPlanDefinition,
  ExecutionPlanStatus,
  executionPlanExample,
  Target,
} from './documents/execution-plan.js';
export {
  type AnyDocumentDefinition,
  documentDefinitions,
  getDocumentDefinition,
} from './documents/index.js';
export {
  InstrumentGrantDefinition,
  InstrumentGrantDocument,
  InstrumentGrantStatus,
  instrumentGrantExample,
} from './documents/instrument-grant.js';
export {
  JobCoachPlan,
  JobCoachPlanDefinition,
  JobCoachPlanStatus,
  jobCoachPlanExample,
  PlannedCoachingHours,
} from './documents/job-coach-plan.js';
export {
  JobCoachReport,
  JobCoachReportDefinition,
  JobCoachReportStatus,
  jobCoachReportExample,
} from './documents/job-coach-report.js';
export {
  ContactPoint,
  DeclarationOfIntent,
  PartnershipAgreement,
  PartnershipAgreementDefinition,
  PartnershipStatus,
  PerformanceAgreement,
  partnershipAgreementExample,
  WorkingArrangements,
} from './documents/partnership-agreement.js';
export {
  BsnProcessingBasis,
  CandidateRef,
  ContractTerms,
  InstrumentGrant,
  Placement,
  PlacementDefinition,
  PlacementStatus,
  placementExample,
  TrialTerms,
} from './documents/placement.js';
export {
  EvaluationMoment,
  PlacementFollowUp,
  PlacementFollowUpDefinition,
  PlacementFollowUpStatus,
  placementFollowUpExample,
} from './documents/placement-follow-up.js';
export {
  Vacancy,
  VacancyDefinition,
  VacancyStatus,
  vacancyExample,
} from './documents/vacancy.js';
export {
  ParameterUsedRecord,
  WageCostSubsidyDeclaration,
  WageCostSubsidyDeclarationDefinition,
  wageCostSubsidyDeclarationExample,
} from './documents/wage-cost-subsidy-declaration.js';
export {
  MainTask,
  WageValueAssessment,
  WageValueAssessmentDefinition,
  WageValueAssessmentStatus,
  wageValueAssessmentExample,
} from './documents/wage-value-assessment.js';
export { Bsn } from './identifiers/bsn.js';
export {
  isValidBsn,
  normalizeBsn,
} from './identifiers/bsn-check.js';
export { passesElevenTest } from './identifiers/eleven-test.js';
export {
  EstablishmentNumber,
  isValidEstablishmentNumber,
} from './identifiers/establishment-number.js';
export {
  GmCode,
  isValidGmCode,
} from './identifiers/gm-code.js';
export {
  isValidKvkNumber,
  KvkNumber,
} from './identifiers/kvk-number.js';
export {
  isTestOin,
  isValidOin,
  OIN_PREFIXES,
  Oin,
  type OinPrefix,
  TEST_OIN_PREFIX,
} from './identifiers/oin.js';
export {
  isValidPayrollTaxNumber,
  PayrollTaxNumber,
  payrollTaxNumberPassesElevenTest,
} from './identifiers/payroll-tax-number.js';
export {
  isValidRsinShape,
  Rsin,
} from './identifiers/rsin.js';
export {
  isValidSbiCode,
  SBI_2025_RECODING_DATE,
  SbiCode,
} from './identifiers/sbi-code.js';
export {
  candidateProposalLifecycle,
  contactMomentLifecycle,
  employerInstructionLifecycle,
  executionPlanLifecycle,
  instrumentGrantLifecycle,
  jobCoachPlanLifecycle,
  jobCoachReportLifecycle,
  lifecycles,
  partnershipAgreementLifecycle,
  placementFollowUpLifecycle,
  placementLifecycle,
  vacancyLifecycle,
  wageCostSubsidyDeclarationLifecycle,
  wageValueAssessmentLifecycle,
} from './lifecycle/definitions.js';
export {
  EVENT_TYPE_PREFIX,
  type EventRaiser,
  type EventTypeEntry,
  eventCatalogue,
  eventLinksOf,
  eventTypeName,
  LifecycleEvent,
  LifecycleEventData,
  type LifecycleEventEnvelope,
  LifecycleEventLinks,
  lifecycleEvent,
} from './lifecycle/events.js';
export {
  type EventEmission,
  emittedProcessEvents,
  type FieldCondition,
  initialStates,
  type Lifecycle,
  type LifecycleTransition,
  matchesCondition,
  transitionTable,
} from './lifecycle/lifecycle.js';
export {
  type TransitionCheck,
  type TransitionPrincipal,
  validateTransition,
} from './lifecycle/validate-transition.js';
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
} from './reference-data/parameter-table.js';
export {
  createReferenceData,
  defaultReferenceData,
  type ReferenceData,
  type ReferenceDataLoadIssue,
  selectParameter,
  type WithTablesResult,
  withTables,
} from './reference-data/reference-data.js';
export {
  ParameterId,
  SHIPPED_TABLES,
  WML_HOURLY_ADULT_TABLE,
  WML_YOUTH_TABLES,
} from './reference-data/tables.js';
export { type RuleCatalogueEntry, ruleCatalogue, rules, rulesByDocumentType } from './rules/catalogue.js';
export type { AnyDocument, DocumentTypeMap, RuleDocumentType } from './rules/document-types.js';
export { Facts, type FactsInput, type LksSplit } from './rules/facts.js';
export type { DocumentIndex, IndexedOrgRef, IndexedSbi, IndexedString, Path as IndexPath } from './rules/identifiers/internal.js';
export type { IndexedGrant } from './rules/instruments/internal.js';
export {
  type BusinessRule,
  defineRule,
  type InputContext,
  type MessageParams,
  type ParamsOf,
  type Path as RulePath,
  type ReportArgs,
  type ReportOptions,
  type RuleContext,
  type RuleInfo,
  type RuleMessage,
  type RuleMessages,
  type RuleSpec,
  type Template,
  type TemplateFunction,
} from './rules/rule.js';
export {
  Issue,
  type Locale,
  type Message,
  Severity,
} from './validation/issue.js';
export { type ValidateOptions, type ValidationResult, validate } from './validation/validate.js';
export { canonicalExamples } from './versions/examples.js';
export {
  migrate,
  migrations,
  migrationsFor,
} from './versions/migrate.js';
export {
  countChanges,
  type JsonObject,
  type MigrateOptions,
  type Migration,
  MigrationChange,
  type MigrationProblem,
  MigrationReport,
  type MigrationResult,
  type StepOutcome,
} from './versions/migration.js';
export {
  LEGACY_EXTENSIONS_0_1_NAMESPACE,
  TOP_LEVEL_FIELDS_0_1,
  UNKNOWN_FIELDS_0_1_KEY,
} from './versions/to-0.2.js';
export {
  checkStandardVersion,
  type VersionCheck,
  type VersionRule,
  versionRules,
} from './versions/version-check.js';
export {
  CURRENT_STANDARD_VERSION,
  compareVersions,
  getStandardVersion,
  type StandardVersionInfo,
  schemaId,
  schemaPath,
  standardVersions,
  supportedStandardVersions,
  type VersionStatus,
} from './versions/versions.js';
