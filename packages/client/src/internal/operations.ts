/**
 * Every operation of the standard's OpenAPI document (`METHOD path`, paths relative to
 * `/v1`) and the client methods that call it. Both `client.<method>` and
 * `client.effect.<method>` exist for each. A test compares this map with the committed
 * OpenAPI document in both directions and checks that each method sends its operation.
 */
export const OPERATIONS = {
  'GET /partnership-agreements': ['partnershipAgreements.list', 'partnershipAgreements.listAll'],
  'POST /partnership-agreements': ['partnershipAgreements.create'],
  'POST /partnership-agreements/_valideer': ['partnershipAgreements.validate'],
  'GET /partnership-agreements/{id}': ['partnershipAgreements.get'],
  'PUT /partnership-agreements/{id}': ['partnershipAgreements.update'],
  'DELETE /partnership-agreements/{id}': ['partnershipAgreements.delete'],
  'GET /partnership-agreements/{id}/audittrail': ['partnershipAgreements.auditTrail'],

  'GET /execution-plans': ['executionPlans.list', 'executionPlans.listAll'],
  'POST /execution-plans': ['executionPlans.create'],
  'POST /execution-plans/_valideer': ['executionPlans.validate'],
  'GET /execution-plans/{id}': ['executionPlans.get'],
  'PUT /execution-plans/{id}': ['executionPlans.update'],
  'DELETE /execution-plans/{id}': ['executionPlans.delete'],
  'GET /execution-plans/{id}/audittrail': ['executionPlans.auditTrail'],

  'GET /vacancies': ['vacancies.list', 'vacancies.listAll'],
  'POST /vacancies': ['vacancies.create'],
  'POST /vacancies/_valideer': ['vacancies.validate'],
  'GET /vacancies/{id}': ['vacancies.get'],
  'PUT /vacancies/{id}': ['vacancies.update'],
  'DELETE /vacancies/{id}': ['vacancies.delete'],
  'GET /vacancies/{id}/audittrail': ['vacancies.auditTrail'],

  'GET /placements': ['placements.list', 'placements.listAll'],
  'POST /placements': ['placements.create'],
  'POST /placements/_valideer': ['placements.validate'],
  'POST /placements/_zoek': ['placements.search', 'placements.searchAll'],
  'GET /placements/{id}': ['placements.get'],
  'PUT /placements/{id}': ['placements.update'],
  'DELETE /placements/{id}': ['placements.delete'],
  'GET /placements/{id}/audittrail': ['placements.auditTrail'],

  'GET /wage-value-assessments': ['wageValueAssessments.list', 'wageValueAssessments.listAll'],
  'POST /wage-value-assessments': ['wageValueAssessments.create'],
  'POST /wage-value-assessments/_valideer': ['wageValueAssessments.validate'],
  'GET /wage-value-assessments/{id}': ['wageValueAssessments.get'],
  'PUT /wage-value-assessments/{id}': ['wageValueAssessments.update'],
  'DELETE /wage-value-assessments/{id}': ['wageValueAssessments.delete'],
  'GET /wage-value-assessments/{id}/audittrail': ['wageValueAssessments.auditTrail'],

  'GET /candidate-proposals': ['candidateProposals.list', 'candidateProposals.listAll'],
  'POST /candidate-proposals': ['candidateProposals.create'],
  'POST /candidate-proposals/_valideer': ['candidateProposals.validate'],
  'GET /candidate-proposals/{id}': ['candidateProposals.get'],
  'PUT /candidate-proposals/{id}': ['candidateProposals.update'],
  'DELETE /candidate-proposals/{id}': ['candidateProposals.delete'],
  'GET /candidate-proposals/{id}/audittrail': ['candidateProposals.auditTrail'],

  'GET /instrument-grants': ['instrumentGrants.list', 'instrumentGrants.listAll'],
  'POST /instrument-grants': ['instrumentGrants.create'],
  'POST /instrument-grants/_valideer': ['instrumentGrants.validate'],
  'GET /instrument-grants/{id}': ['instrumentGrants.get'],
  'PUT /instrument-grants/{id}': ['instrumentGrants.update'],
  'DELETE /instrument-grants/{id}': ['instrumentGrants.delete'],
  'GET /instrument-grants/{id}/audittrail': ['instrumentGrants.auditTrail'],

  'GET /placement-follow-ups': ['placementFollowUps.list', 'placementFollowUps.listAll'],
  'POST /placement-follow-ups': ['placementFollowUps.create'],
  'POST /placement-follow-ups/_valideer': ['placementFollowUps.validate'],
  'GET /placement-follow-ups/{id}': ['placementFollowUps.get'],
  'PUT /placement-follow-ups/{id}': ['placementFollowUps.update'],
  'DELETE /placement-follow-ups/{id}': ['placementFollowUps.delete'],
  'GET /placement-follow-ups/{id}/audittrail': ['placementFollowUps.auditTrail'],

  'GET /job-coach-plans': ['jobCoachPlans.list', 'jobCoachPlans.listAll'],
  'POST /job-coach-plans': ['jobCoachPlans.create'],
  'POST /job-coach-plans/_valideer': ['jobCoachPlans.validate'],
  'GET /job-coach-plans/{id}': ['jobCoachPlans.get'],
  'PUT /job-coach-plans/{id}': ['jobCoachPlans.update'],
  'DELETE /job-coach-plans/{id}': ['jobCoachPlans.delete'],
  'GET /job-coach-plans/{id}/audittrail': ['jobCoachPlans.auditTrail'],

  'GET /job-coach-reports': ['jobCoachReports.list', 'jobCoachReports.listAll'],
  'POST /job-coach-reports': ['jobCoachReports.create'],
  'POST /job-coach-reports/_valideer': ['jobCoachReports.validate'],
  'GET /job-coach-reports/{id}': ['jobCoachReports.get'],
  'PUT /job-coach-reports/{id}': ['jobCoachReports.update'],
  'DELETE /job-coach-reports/{id}': ['jobCoachReports.delete'],
  'GET /job-coach-reports/{id}/audittrail': ['jobCoachReports.auditTrail'],

  'GET /wage-cost-subsidy-declarations': ['wageCostSubsidyDeclarations.list', 'wageCostSubsidyDeclarations.listAll'],
  'POST /wage-cost-subsidy-declarations': ['wageCostSubsidyDeclarations.create'],
  'POST /wage-cost-subsidy-declarations/_valideer': ['wageCostSubsidyDeclarations.validate'],
  'GET /wage-cost-subsidy-declarations/{id}': ['wageCostSubsidyDeclarations.get'],
  'PUT /wage-cost-subsidy-declarations/{id}': ['wageCostSubsidyDeclarations.update'],
  'DELETE /wage-cost-subsidy-declarations/{id}': ['wageCostSubsidyDeclarations.delete'],
  'GET /wage-cost-subsidy-declarations/{id}/audittrail': ['wageCostSubsidyDeclarations.auditTrail'],
  'GET /contact-moments': ['contactMoments.list', 'contactMoments.listAll'],
  'POST /contact-moments': ['contactMoments.create'],
  'POST /contact-moments/_valideer': ['contactMoments.validate'],
  'GET /contact-moments/{id}': ['contactMoments.get'],
  'PUT /contact-moments/{id}': ['contactMoments.update'],
  'DELETE /contact-moments/{id}': ['contactMoments.delete'],
  'GET /contact-moments/{id}/audittrail': ['contactMoments.auditTrail'],

  'POST /employer-instructions': ['employerInstructions.create'],
  'POST /employer-instructions/_valideer': ['employerInstructions.validate'],
  'GET /employer-instructions/{id}': ['employerInstructions.get'],
  'PUT /employer-instructions/{id}': ['employerInstructions.update'],
  'DELETE /employer-instructions/{id}': ['employerInstructions.revoke'],
  'GET /employer-instructions/{id}/audittrail': ['employerInstructions.auditTrail'],
  'GET /employer-instructions/{id}/read-log': ['employerInstructions.readLog'],

  'GET /code-lists': ['codeLists.list'],
  'GET /code-lists/{codeListId}': ['codeLists.get'],

  'GET /reports/progress': ['reports.progress'],
  'GET /reports/harmonisation': ['reports.harmonisation'],
  'GET /reports/lead-times': ['reports.leadTimes'],
  'GET /reports/vacancies': ['reports.vacancies'],
  'GET /reports/balance': ['reports.balance'],

  'GET /events': ['events.list', 'events.iterate'],

  'GET /subscriptions': ['subscriptions.list'],
  'POST /subscriptions': ['subscriptions.create'],
  'GET /subscriptions/{id}': ['subscriptions.get'],
  'PUT /subscriptions/{id}': ['subscriptions.update'],
  'DELETE /subscriptions/{id}': ['subscriptions.delete'],
  'GET /subscriptions/{id}/deliveries': ['subscriptions.deliveries'],
  'POST /subscriptions/{id}/deliveries/{deliveryId}/_redeliver': ['subscriptions.redeliver'],
} as const satisfies Record<string, readonly string[]>;

/** `METHOD path` of an operation. */
export type OperationKey = keyof typeof OPERATIONS;
