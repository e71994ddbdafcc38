import { defineCodeList } from './define.js';

/**
 * Grondslag in the doelgroepregister, with whether it counts for the banenafspraak and quota.
 *
 * @public
 */
export const TargetGroupBasisList = defineCodeList({
  id: 'TargetGroupBasis',
  titleNl: 'Grondslag doelgroepregister',
  titleEn: 'Target-group register basis',
  source: 'UWV doelgroepregister (R1, R2, R3)',
  entries: [
    {
      code: 'PW_NO_WML_CAPACITY',
      labelNl: 'Participatiewet, indicatie banenafspraak',
      labelEn: 'Participation Act, cannot earn minimum wage unaided',
      countsForJobAgreement: true,
      countsForQuota: true,
      source: 'R1',
    },
    {
      code: 'PW_WML_WITH_JOBCOACH',
      labelNl: 'Participatiewet, WML alleen met jobcoach',
      labelEn: 'Participation Act, minimum wage only with a job coach',
      countsForJobAgreement: true,
      countsForQuota: true,
      source: 'R1',
    },
    {
      code: 'VSO_PUPIL',
      labelNl: '(Oud-)leerling voortgezet speciaal onderwijs',
      labelEn: '(Former) pupil of secondary special education',
      countsForJobAgreement: true,
      countsForQuota: true,
      source: 'R2',
    },
    {
      code: 'PRO_PUPIL',
      labelNl: '(Oud-)leerling praktijkonderwijs',
      labelEn: '(Former) pupil of practical education',
      countsForJobAgreement: true,
      countsForQuota: true,
      source: 'R2',
    },
    {
      code: 'WSW_INDICATION',
      labelNl: 'Wsw-indicatie',
      labelEn: 'Sheltered Employment Act eligibility',
      countsForJobAgreement: true,
      countsForQuota: true,
      source: 'R2; data frozen at 2014-12-31',
    },
    {
      code: 'WAJONG',
      labelNl: 'Wajong / Wajong 2010 met arbeidsvermogen',
      labelEn: 'Wajong with work capacity',
      countsForJobAgreement: true,
      countsForQuota: true,
      source: 'R2; data frozen at 2014-12-31',
    },
    {
      code: 'WIW_JOB',
      labelNl: 'WIW-baan',
      labelEn: 'WIW job',
      countsForJobAgreement: true,
      countsForQuota: true,
      source: 'R2; data frozen at 2014-12-31',
    },
    {
      code: 'ID_JOB',
      labelNl: 'ID-baan',
      labelEn: 'ID job',
      countsForJobAgreement: true,
      countsForQuota: true,
      source: 'R2; data frozen at 2014-12-31',
    },
    {
      code: 'PRACTICE_ROUTE',
      labelNl: 'Praktijkroute',
      labelEn: 'Practice route',
      countsForJobAgreement: true,
      countsForQuota: true,
      validFrom: '2017-01-01',
      source: 'R3',
    },
    {
      code: 'WORKING_WITH_PROVISION',
      labelNl: 'Werken met een voorziening',
      labelEn: 'Working with a provision',
      countsForJobAgreement: false,
      countsForQuota: true,
      source: 'R2',
    },
    {
      code: 'HISTORIC_INFLOW',
      labelNl: 'Historische instroom',
      labelEn: 'Historic inflow',
      countsForJobAgreement: true,
      countsForQuota: true,
      source: 'R2; counting UNCERTAIN',
    },
  ] as const,
});
/** @public */
export const TargetGroupBasis = TargetGroupBasisList.schema;
/** @public */
export type TargetGroupBasis = (typeof TargetGroupBasisList.codes)[number];

/**
 * Whether people registered on this basis count toward the banenafspraak.
 *
 * @public
 */
export function countsForJobAgreement(basis: TargetGroupBasis): boolean {
  return TargetGroupBasisList.get(basis)?.countsForJobAgreement === true;
}
