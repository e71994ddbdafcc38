import { executionPlanExample, partnershipAgreementExample, placementExample, vacancyExample } from '@banenafspraak/core';
import type { Principal } from '../auth.js';
import type { Actor, Storage } from '../storage/port.js';
import { calendarDaysFor, calendarWindow } from './calendars.js';
import type { SteeringQuery } from './query.js';

/** Test data of the steering reports: one national employer in two regions, and another tenant. */
export const EMPLOYER: Principal = {
  userId: 'hr-a',
  organisation: { scheme: 'KVK', value: '12345678' },
  roles: ['WRITER', 'CASE_MANAGER'],
};
export const OTHER_EMPLOYER: Principal = {
  userId: 'hr-b',
  organisation: { scheme: 'KVK', value: '87654321' },
  roles: ['WRITER', 'CASE_MANAGER'],
};
export const RIJNMOND: Principal = { userId: 'wsp', organisation: { scheme: 'AM', value: 'AM22' }, roles: ['WRITER'] };
export const UWV: Principal = { userId: 'uwv', organisation: { scheme: 'UWV', value: 'UWV' }, roles: ['READER'] };

/** A valid BSN and a text that must never reach a report or an export. */
export const CANARY_BSN = '111222333';
export const CANARY_NAME = 'Kanarie-Vogelaar';

const at = (principal: Principal, now: string): Actor => ({ principal, now });
const uuid = (n: number) => `00000000-0000-4000-8000-${String(n).padStart(12, '0')}`;

/**
 * Seeds the scenario (times are UTC; Amsterdam is +1 in winter, +2 from 29 March 2026):
 * - V1 (AM22) received Mon 2 March, first proposal Fri 6 March (4 working days), filled 16 March
 *   by placement P1 (PLACEMENT_STARTED; 10 working days after receipt).
 * - V2 (AM21) received Wed 1 April, first proposal Mon 20 April: 12 working days (Easter
 *   Monday is a holiday in NL_COMMON_CAO, Good Friday is not).
 * - V3 (AM22) received Mon 4 May, still sourcing.
 * - Another employer's vacancy in AM22 with the same measures in its own partnership.
 */
export async function seedSteering(storage: Storage): Promise<void> {
  const partnership = structuredClone(partnershipAgreementExample);
  partnership.workingArrangements?.[0]?.performanceAgreements?.push({
    metric: 'LEAD_TIME',
    obligor: 'PUBLIC',
    fromEvent: 'VACANCY_RECEIVED',
    toEvent: 'PLACEMENT_STARTED',
    targetWorkingDays: 20,
    targetSharePct: 90,
    measurementPeriod: 'QUARTER',
  });
  await storage.createRecord(at(EMPLOYER, '2026-01-05T09:00:00.000Z'), 'partnership-agreements', {
    ...partnership,
    id: partnershipAgreementExample.id as string,
  });
  // The same employer in AM10 under other arrangements: insurance by the employer, nothing
  // delegated, only the first-proposal agreement, and a statutory calendar.
  const south = structuredClone(partnershipAgreementExample);
  const southArrangement = south.workingArrangements?.[0];
  if (southArrangement) {
    southArrangement.regions = ['AM10'];
    southArrangement.contactPoints = southArrangement.contactPoints.map((c) => ({ ...c, region: 'AM10' as const })).slice(0, 2);
    southArrangement.trialPlacement = { regime: 'UWV', defaultMonths: 2, maxMonths: 6, insuranceArrangedBy: 'EMPLOYER' };
    southArrangement.delegatedProcesses = [];
    southArrangement.performanceAgreements = southArrangement.performanceAgreements?.slice(0, 1);
    southArrangement.calendarId = 'NL_STATUTORY';
  }
  await storage.createRecord(at(EMPLOYER, '2026-01-05T09:30:00.000Z'), 'partnership-agreements', {
    ...south,
    id: uuid(901),
    regions: ['AM10'],
  });
  const plan = {
    ...structuredClone(executionPlanExample),
    id: executionPlanExample.id as string,
    intendedBalance: [
      { candidateSource: 'MUNICIPALITY', sharePct: 50 },
      { candidateSource: 'UWV', sharePct: 50 },
    ],
  };
  await storage.createRecord(at(EMPLOYER, '2026-01-05T10:00:00.000Z'), 'execution-plans', plan);
  const other = structuredClone(partnershipAgreementExample);
  other.id = uuid(900);
  other.employer = { ...other.employer, kvkNumber: '87654321', name: 'Andere B.V.' };
  const otherArrangement = other.workingArrangements?.[0];
  if (otherArrangement) otherArrangement.regions = ['AM22'];
  await storage.createRecord(at(OTHER_EMPLOYER, '2026-01-05T09:00:00.000Z'), 'partnership-agreements', { ...other, id: uuid(900) });

  const vacancy = (id: string, region: string, receivedAt: string, employer = '12345678') => ({
    ...structuredClone(vacancyExample),
    id,
    employer,
    region,
    receivedAt,
    status: 'RECEIVED',
  });
  const move = async (who: Principal, id: string, now: string, status: string) => {
    const current = await storage.getRecord(at(who, now), 'vacancies', id);
    await storage.updateRecord(at(who, now), 'vacancies', id, current.version, { ...current.document, status });
  };
  const v1 = uuid(1);
  await storage.createRecord(at(EMPLOYER, '2026-03-02T08:00:00.000Z'), 'vacancies', vacancy(v1, 'AM22', '2026-03-02T09:00:00+01:00'));
  await move(EMPLOYER, v1, '2026-03-03T08:00:00.000Z', 'SOURCING');
  await move(EMPLOYER, v1, '2026-03-06T14:00:00.000Z', 'CANDIDATES_PROPOSED');
  const placement = {
    ...structuredClone(placementExample),
    id: uuid(11),
    vacancyId: v1,
    executionPlanId: executionPlanExample.id,
    startDate: '2026-03-16',
    candidate: { ...structuredClone(placementExample.candidate), identity: { bsn: CANARY_BSN, bsnProcessingBasis: 'PAYROLL_TAX' } },
  };
  await storage.createRecord(at(EMPLOYER, '2026-03-16T08:00:00.000Z'), 'placements', placement);
  await move(EMPLOYER, v1, '2026-03-16T09:00:00.000Z', 'FILLED');

  const v2 = uuid(2);
  await storage.createRecord(at(EMPLOYER, '2026-04-01T08:00:00.000Z'), 'vacancies', vacancy(v2, 'AM21', '2026-04-01T10:00:00+02:00'));
  await move(EMPLOYER, v2, '2026-04-02T08:00:00.000Z', 'SOURCING');
  await move(EMPLOYER, v2, '2026-04-20T08:00:00.000Z', 'CANDIDATES_PROPOSED');

  const v3 = uuid(3);
  await storage.createRecord(at(EMPLOYER, '2026-05-04T08:00:00.000Z'), 'vacancies', vacancy(v3, 'AM22', '2026-05-04T10:00:00+02:00'));
  await move(EMPLOYER, v3, '2026-05-04T09:00:00.000Z', 'SOURCING');

  const v9 = uuid(9);
  await storage.createRecord(
    at(OTHER_EMPLOYER, '2026-03-02T08:00:00.000Z'),
    'vacancies',
    vacancy(v9, 'AM22', '2026-03-02T09:00:00+01:00', '87654321'),
  );
  await move(OTHER_EMPLOYER, v9, '2026-03-03T08:00:00.000Z', 'SOURCING');
  await move(OTHER_EMPLOYER, v9, '2026-03-30T08:00:00.000Z', 'CANDIDATES_PROPOSED');
  const otherPlacement = {
    ...structuredClone(placementExample),
    id: uuid(19),
    vacancyId: v9,
    startDate: '2026-04-01',
    employer: { kvkNumber: '87654321', establishment: '000087654321', name: CANARY_NAME },
    candidateSource: 'UWV',
    candidate: {
      ...structuredClone(placementExample.candidate),
      id: uuid(190),
      identity: { bsn: CANARY_BSN, bsnProcessingBasis: 'PAYROLL_TAX' },
    },
  };
  await storage.createRecord(at(OTHER_EMPLOYER, '2026-04-01T08:00:00.000Z'), 'placements', otherPlacement);
}

/** The lead-time report over the first half of 2026, measured on 2026-05-08, grouped as asked. */
export function leadTimeQuery(groupBy: 'none' | 'region' | 'employer' | 'period'): SteeringQuery {
  const window = calendarWindow('2026-01-01', '2026-06-30', '2026-05-08');
  return {
    report: 'lead-times',
    from: '2026-01-01',
    to: '2026-06-30',
    asOf: '2026-05-08',
    groupBy,
    periodUnit: 'QUARTER',
    window,
    calendars: calendarDaysFor(window),
  };
}
