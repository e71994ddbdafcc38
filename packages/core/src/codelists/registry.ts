import { AccessRoleList } from './access-role.js';
import { ActorRoleList } from './actor-role.js';
import { AdjustmentCategoryList } from './adjustment-category.js';
import { ApplicantList } from './applicant.js';
import { ArrangementBasisList } from './arrangement-basis.js';
import { CandidateSourceList } from './candidate-source.js';
import { CoachingGoalList } from './coaching-goal.js';
import { ConfidentialityLevelList } from './confidentiality-level.js';
import { ContactChannelList } from './contact-channel.js';
import { ContactSideList } from './contact-side.js';
import { ContactTopicList } from './contact-topic.js';
import { ContractKindList } from './contract-kind.js';
import { DeclarationStatusList } from './declaration-status.js';
import type { CodeList } from './define.js';
import { DelegatedProcessList } from './delegated-process.js';
import { EndReasonList } from './end-reason.js';
import { EvaluationKindList } from './evaluation-kind.js';
import { EvaluationOutcomeList } from './evaluation-outcome.js';
import { FinancierList } from './financier.js';
import { FollowUpActionList } from './follow-up-action.js';
import { GoalProgressList } from './goal-progress.js';
import { InstructionAuthorList } from './instruction-author.js';
import { InstrumentList } from './instrument.js';
import { JobCoachRegimeList } from './job-coach-regime.js';
import { LabourMarketRegionList } from './labour-market-region.js';
import { MeasurementPeriodList } from './measurement-period.js';
import { PartyRoleList } from './party-role.js';
import { PaymentFrequencyList } from './payment-frequency.js';
import { PerformanceMetricList } from './performance-metric.js';
import { PlacementTypeList } from './placement-type.js';
import { ProcessEventList } from './process-event.js';
import { ProcessStepList } from './process-step.js';
import { ProposalReasonList } from './proposal-reason.js';
import { RelationshipValueList } from './relationship-value.js';
import { SbiVersionList } from './sbi-version.js';
import { SectorList } from './sector.js';
import { SigningLevelList } from './signing-level.js';
import { SigningScopeList } from './signing-scope.js';
import { SkillSystemList } from './skill-system.js';
import { TargetGroupBasisList } from './target-group-basis.js';
import { TargetUnitList } from './target-unit.js';
import { TrialRegimeList } from './trial-regime.js';
import { VacancyPreferenceList } from './vacancy-preference.js';
import { WageValueComponentList } from './wage-value-component.js';
import { WageValueMethodList } from './wage-value-method.js';
import { WageValuePurposeList } from './wage-value-purpose.js';
import { WeekdayList } from './weekday.js';
import { WorkAbilityList } from './work-ability.js';

/**
 * Every code list of the standard, by id. Adapters use it to serve code lists and to translate
 * spreadsheet values; municipalities are a dated table of their own (`MUNICIPALITY_ROWS`).
 *
 * @example
 * ```ts
 * import { codeLists, getCodeList } from '@banenafspraak/core';
 * codeLists.map((l) => l.id); // ['AccessRole', 'AdjustmentCategory', …]
 * getCodeList('Instrument')?.label('LKS', 'en'); // 'Wage-cost subsidy'
 * ```
 */
export const codeLists: readonly CodeList[] = [
  AccessRoleList,
  CoachingGoalList,
  GoalProgressList,
  ActorRoleList,
  ContactChannelList,
  ContactTopicList,
  DeclarationStatusList,
  EvaluationKindList,
  EvaluationOutcomeList,
  FollowUpActionList,
  ProposalReasonList,
  SkillSystemList,
  WeekdayList,
  WorkAbilityList,
  AdjustmentCategoryList,
  ApplicantList,
  ArrangementBasisList,
  CandidateSourceList,
  ConfidentialityLevelList,
  ContactSideList,
  ContractKindList,
  DelegatedProcessList,
  EndReasonList,
  FinancierList,
  InstructionAuthorList,
  InstrumentList,
  JobCoachRegimeList,
  LabourMarketRegionList,
  MeasurementPeriodList,
  PartyRoleList,
  PaymentFrequencyList,
  PerformanceMetricList,
  PlacementTypeList,
  ProcessEventList,
  ProcessStepList,
  RelationshipValueList,
  SbiVersionList,
  SectorList,
  SigningLevelList,
  SigningScopeList,
  TargetGroupBasisList,
  TargetUnitList,
  TrialRegimeList,
  VacancyPreferenceList,
  WageValueComponentList,
  WageValueMethodList,
  WageValuePurposeList,
].sort((a, b) => a.id.localeCompare(b.id));

const byId = new Map(codeLists.map((l) => [l.id, l]));

/** The code list with this id (e.g. `PlacementType`), or `undefined`. */
export function getCodeList(id: string): CodeList | undefined {
  return byId.get(id);
}
