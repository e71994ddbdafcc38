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
