import type { ParameterTable } from './parameter-table.js';

/**
 * Ids of the parameter tables shipped with the standard. Calculators and rules read
 * tables by these ids, so a vendor can load newer rows without a code change.
 *
 * @public
 */
export const ParameterId = {
  WML_HOURLY_ADULT: 'WML_HOURLY_ADULT',
  WML_YOUTH_PCT_20: 'WML_YOUTH_PCT_20',
  WML_YOUTH_PCT_19: 'WML_YOUTH_PCT_19',
  WML_YOUTH_PCT_18: 'WML_YOUTH_PCT_18',
  WML_YOUTH_PCT_17: 'WML_YOUTH_PCT_17',
  WML_YOUTH_PCT_16: 'WML_YOUTH_PCT_16',
  WML_YOUTH_PCT_15: 'WML_YOUTH_PCT_15',
  WML_YOUTH_PCT_BBL_20: 'WML_YOUTH_PCT_BBL_20',
  WML_YOUTH_PCT_BBL_19: 'WML_YOUTH_PCT_BBL_19',
  WML_YOUTH_PCT_BBL_18: 'WML_YOUTH_PCT_BBL_18',
  HOLIDAY_PAY_PCT: 'HOLIDAY_PAY_PCT',
  LKS_EMPLOYER_CHARGES_PCT: 'LKS_EMPLOYER_CHARGES_PCT',
  LKS_CAP_PCT_OF_WML: 'LKS_CAP_PCT_OF_WML',
  LKS_FIXED_RATE_PCT_OF_WML: 'LKS_FIXED_RATE_PCT_OF_WML',
  LKS_FIXED_RATE_MAX_MONTHS: 'LKS_FIXED_RATE_MAX_MONTHS',
  WAGE_DISPENSATION_MAX_WAGE_VALUE_PCT: 'WAGE_DISPENSATION_MAX_WAGE_VALUE_PCT',
  WAGE_DISPENSATION_MIN_REMAINING_CONTRACT_MONTHS: 'WAGE_DISPENSATION_MIN_REMAINING_CONTRACT_MONTHS',
  WAGE_DISPENSATION_MIN_DURATION_MONTHS: 'WAGE_DISPENSATION_MIN_DURATION_MONTHS',
  WAGE_DISPENSATION_MAX_DURATION_MONTHS: 'WAGE_DISPENSATION_MAX_DURATION_MONTHS',
  HOURS_PER_JOB: 'HOURS_PER_JOB',
  LKV_JOB_AGREEMENT_RATE: 'LKV_JOB_AGREEMENT_RATE',
  LKV_JOB_AGREEMENT_ANNUAL_CAP: 'LKV_JOB_AGREEMENT_ANNUAL_CAP',
  LKV_JOB_AGREEMENT_MAX_YEARS: 'LKV_JOB_AGREEMENT_MAX_YEARS',
  LKV_JOB_AGREEMENT_STATEMENT_MONTHS: 'LKV_JOB_AGREEMENT_STATEMENT_MONTHS',
  LKV_JOB_AGREEMENT_STRUCTURAL: 'LKV_JOB_AGREEMENT_STRUCTURAL',
  LKV_DISABLED_RATE: 'LKV_DISABLED_RATE',
  LKV_DISABLED_ANNUAL_CAP: 'LKV_DISABLED_ANNUAL_CAP',
  LKV_DISABLED_MAX_YEARS: 'LKV_DISABLED_MAX_YEARS',
  LKV_REHIRED_DISABLED_RATE: 'LKV_REHIRED_DISABLED_RATE',
  LKV_REHIRED_DISABLED_ANNUAL_CAP: 'LKV_REHIRED_DISABLED_ANNUAL_CAP',
  LKV_REHIRED_DISABLED_MAX_YEARS: 'LKV_REHIRED_DISABLED_MAX_YEARS',
  QUOTA_LEVY_PER_MISSING_JOB: 'QUOTA_LEVY_PER_MISSING_JOB',
  QUOTA_THRESHOLD_EMPLOYEES: 'QUOTA_THRESHOLD_EMPLOYEES',
  QUOTA_THRESHOLD_PAID_HOURS: 'QUOTA_THRESHOLD_PAID_HOURS',
  TRIAL_UWV_DEFAULT_MONTHS: 'TRIAL_UWV_DEFAULT_MONTHS',
  TRIAL_UWV_MAX_MONTHS: 'TRIAL_UWV_MAX_MONTHS',
  TRIAL_PW_DEFAULT_MONTHS: 'TRIAL_PW_DEFAULT_MONTHS',
  TRIAL_PW_MAX_MONTHS: 'TRIAL_PW_MAX_MONTHS',
} as const;
/**
 * Id of a shipped parameter table.
 *
 * @public
 */
export type ParameterId = (typeof ParameterId)[keyof typeof ParameterId];

function constant(
  id: ParameterId,
  titleNl: string,
  titleEn: string,
  unit: ParameterTable['unit'],
  validFrom: string,
  value: string,
  source: string,
  extra: { uncertain?: boolean; note?: string } = {},
): ParameterTable {
  return { id, titleNl, titleEn, unit, rows: [{ validFrom, value, source, ...extra }] };
}

/**
 * Hourly statutory minimum wage, age 21+ (*wettelijk minimumuurloon*), brief §8.1. Rows before 2024 are not captured.
 *
 * @public
 */
export const WML_HOURLY_ADULT_TABLE: ParameterTable = {
  id: ParameterId.WML_HOURLY_ADULT,
  titleNl: 'Wettelijk minimumuurloon (21 jaar en ouder)',
  titleEn: 'Statutory hourly minimum wage (age 21+)',
  unit: 'EUR_PER_HOUR',
  rows: [
    { validFrom: '2024-01-01', validTo: '2024-06-30', value: '13.27', source: 'R17' },
    { validFrom: '2024-07-01', validTo: '2024-12-31', value: '13.68', source: 'R17' },
    { validFrom: '2025-01-01', validTo: '2025-06-30', value: '14.06', source: 'R17' },
    { validFrom: '2025-07-01', validTo: '2025-12-31', value: '14.40', source: 'R17; Stcrt 2025, 12264' },
    { validFrom: '2026-01-01', value: '14.71', source: 'R17' },
  ],
};

const YOUTH_NOTE = 'Percentage of the adult hourly rate; historic percentages before 2024 are not captured (brief §8.2).';
function youth(id: ParameterId, age: number, bbl: boolean, value: string): ParameterTable {
  return constant(
    id,
    `Jeugdloonpercentage ${age} jaar${bbl ? ' (BBL)' : ''}`,
    `Youth minimum wage percentage, age ${age}${bbl ? ' (BBL work-study)' : ''}`,
    'PERCENT',
    '2024-01-01',
    value,
    'Brief §8.2; R17',
    { note: YOUTH_NOTE },
  );
}

/**
 * Youth percentages (regular) for ages 20 down to 15, brief §8.2.
 *
 * @public
 */
export const WML_YOUTH_TABLES: readonly ParameterTable[] = [
  youth(ParameterId.WML_YOUTH_PCT_20, 20, false, '80'),
  youth(ParameterId.WML_YOUTH_PCT_19, 19, false, '60'),
  youth(ParameterId.WML_YOUTH_PCT_18, 18, false, '50'),
  youth(ParameterId.WML_YOUTH_PCT_17, 17, false, '39.5'),
  youth(ParameterId.WML_YOUTH_PCT_16, 16, false, '34.5'),
  youth(ParameterId.WML_YOUTH_PCT_15, 15, false, '30'),
  youth(ParameterId.WML_YOUTH_PCT_BBL_20, 20, true, '61.5'),
  youth(ParameterId.WML_YOUTH_PCT_BBL_19, 19, true, '52.5'),
  youth(ParameterId.WML_YOUTH_PCT_BBL_18, 18, true, '45.5'),
];

/**
 * All parameter tables shipped with this version of the standard (brief §8).
 * Values flagged `uncertain` are not verified and are listed in brief §11.
 *
 * @public
 */
export const SHIPPED_TABLES: readonly ParameterTable[] = [
  WML_HOURLY_ADULT_TABLE,
  ...WML_YOUTH_TABLES,
  constant(
    ParameterId.HOLIDAY_PAY_PCT,
    'Minimumvakantiebijslag',
    'Minimum holiday allowance',
    'PERCENT',
    '2015-01-01',
    '8',
    'Wet minimumloon en minimumvakantiebijslag art. 15; brief §8.4',
    {
      note: 'Statutory minimum; in force long before 2015, earlier rows not captured.',
    },
  ),
  constant(
    ParameterId.LKS_EMPLOYER_CHARGES_PCT,
    'Werkgeverslasten loonkostensubsidie',
    'Employer charges on wage-cost subsidy',
    'PERCENT',
    '2015-01-01',
    '23.5',
    'R5, R12',
    {
      note: 'Regeling werkgeverslasten (Stcrt 2014, 29290), repeated from 2021-07-01 in the Regeling loonkostensubsidie Participatiewet 2021. Secondary sources say 23%.',
    },
  ),
  constant(
    ParameterId.LKS_CAP_PCT_OF_WML,
    'Maximum loonkostensubsidie (% WML)',
    'Wage-cost subsidy cap (% of minimum wage)',
    'PERCENT',
    '2015-01-01',
    '70',
    'R10',
  ),
  constant(
    ParameterId.LKS_FIXED_RATE_PCT_OF_WML,
    'Forfaitaire loonkostensubsidie (% WML)',
    'Fixed-rate wage-cost subsidy (% of minimum wage)',
    'PERCENT',
    '2016-01-01',
    '50',
    'R13, R14',
    {
      uncertain: true,
      note: 'Start date of the fixed rate is UNCERTAIN (brief §8.3, §11.11).',
    },
  ),
  constant(
    ParameterId.LKS_FIXED_RATE_MAX_MONTHS,
    'Maximale duur forfaitaire loonkostensubsidie',
    'Maximum duration of fixed-rate wage-cost subsidy',
    'MONTHS',
    '2016-01-01',
    '6',
    'R13, R14',
    {
      uncertain: true,
      note: 'Start date UNCERTAIN; counted from the start of employment (INS-006).',
    },
  ),
  constant(
    ParameterId.WAGE_DISPENSATION_MAX_WAGE_VALUE_PCT,
    'Loondispensatie: maximale loonwaarde',
    'Wage dispensation: maximum wage value',
    'PERCENT',
    '2015-01-01',
    '75',
    'R16 (INS-010)',
    {
      note: 'At least 25% less productive.',
    },
  ),
  constant(
    ParameterId.WAGE_DISPENSATION_MIN_REMAINING_CONTRACT_MONTHS,
    'Loondispensatie: minimale resterende contractduur',
    'Wage dispensation: minimum remaining contract',
    'MONTHS',
    '2015-01-01',
    '6',
    'R16 (INS-010)',
  ),
  constant(
    ParameterId.WAGE_DISPENSATION_MIN_DURATION_MONTHS,
    'Loondispensatie: minimale duur',
    'Wage dispensation: minimum duration',
    'MONTHS',
    '2015-01-01',
    '6',
    'R16 (INS-010)',
  ),
  constant(
    ParameterId.WAGE_DISPENSATION_MAX_DURATION_MONTHS,
    'Loondispensatie: maximale duur',
    'Wage dispensation: maximum duration',
    'MONTHS',
    '2015-01-01',
    '60',
    'R16 (INS-010)',
    { note: '5 years.' },
  ),
  constant(
    ParameterId.HOURS_PER_JOB,
    'Uren per baan (banenafspraak)',
    'Hours per job (job agreement)',
    'HOURS_PER_WEEK',
    '2013-01-01',
    '25.5',
    'R26',
    {
      note: 'Baseline definition (nulmeting end 2012); jobEquivalent = hoursPerWeek / 25.5 (PLC-002).',
    },
  ),
  constant(
    ParameterId.LKV_JOB_AGREEMENT_RATE,
    'LKV doelgroep banenafspraak: bedrag per verloond uur',
    'LKV job agreement: amount per paid hour',
    'EUR_PER_HOUR',
    '2018-01-01',
    '1.01',
    'R25',
  ),
  constant(
    ParameterId.LKV_JOB_AGREEMENT_ANNUAL_CAP,
    'LKV doelgroep banenafspraak: maximum per jaar',
    'LKV job agreement: annual cap',
    'EUR_PER_YEAR',
    '2018-01-01',
    '2000',
    'R25',
  ),
  constant(
    ParameterId.LKV_JOB_AGREEMENT_MAX_YEARS,
    'LKV doelgroep banenafspraak: maximale duur (oud regime)',
    'LKV job agreement: maximum duration (pre-2026 regime)',
    'YEARS',
    '2018-01-01',
    '3',
    'R25',
    {
      note: 'Applies only while LKV_JOB_AGREEMENT_STRUCTURAL is 0.',
    },
  ),
  constant(
    ParameterId.LKV_JOB_AGREEMENT_STATEMENT_MONTHS,
    'LKV doelgroep banenafspraak: termijn doelgroepverklaring',
    'LKV job agreement: deadline for requesting the target-group statement',
    'MONTHS',
    '2018-01-01',
    '3',
    'R25',
    {
      note: 'Months after start of employment; applies only while LKV_JOB_AGREEMENT_STRUCTURAL is 0.',
    },
  ),
  {
    id: ParameterId.LKV_JOB_AGREEMENT_STRUCTURAL,
    titleNl: 'LKV doelgroep banenafspraak: structureel (zolang in dienst, geen doelgroepverklaring)',
    titleEn: 'LKV job agreement: structural regime (while employed, no target-group statement)',
    unit: 'FLAG',
    rows: [
      {
        validFrom: '2018-01-01',
        validTo: '2025-12-31',
        value: '0',
        source: 'R25',
        note: 'At most 3 years; target-group statement requested within 3 months of start.',
      },
      {
        validFrom: '2026-01-01',
        value: '1',
        source: 'R25 (INS-017)',
        uncertain: true,
        note: 'While employed, register entry required, no statement. Applied per calendar year to all contracts; transition rules for pre-2026 contracts UNCERTAIN.',
      },
    ],
  },
  constant(
    ParameterId.LKV_DISABLED_RATE,
    'LKV arbeidsgehandicapte werknemer: bedrag per verloond uur',
    'LKV disabled employee: amount per paid hour',
    'EUR_PER_HOUR',
    '2026-01-01',
    '3.05',
    'R25',
    { note: '2026 values; earlier rows not captured.' },
  ),
  constant(
    ParameterId.LKV_DISABLED_ANNUAL_CAP,
    'LKV arbeidsgehandicapte werknemer: maximum per jaar',
    'LKV disabled employee: annual cap',
    'EUR_PER_YEAR',
    '2026-01-01',
    '6000',
    'R25',
    { note: '2026 values; earlier rows not captured.' },
  ),
  constant(
    ParameterId.LKV_DISABLED_MAX_YEARS,
    'LKV arbeidsgehandicapte werknemer: maximale duur',
    'LKV disabled employee: maximum duration',
    'YEARS',
    '2026-01-01',
    '3',
    'R25',
    { note: '2026 values; earlier rows not captured.' },
  ),
  constant(
    ParameterId.LKV_REHIRED_DISABLED_RATE,
    'LKV herplaatsen arbeidsgehandicapte werknemer: bedrag per verloond uur',
    'LKV rehired disabled employee: amount per paid hour',
    'EUR_PER_HOUR',
    '2026-01-01',
    '3.05',
    'R25',
    { note: '2026 values; earlier rows not captured.' },
  ),
  constant(
    ParameterId.LKV_REHIRED_DISABLED_ANNUAL_CAP,
    'LKV herplaatsen arbeidsgehandicapte werknemer: maximum per jaar',
    'LKV rehired disabled employee: annual cap',
    'EUR_PER_YEAR',
    '2026-01-01',
    '6000',
    'R25',
    { note: '2026 values; earlier rows not captured.' },
  ),
  constant(
    ParameterId.LKV_REHIRED_DISABLED_MAX_YEARS,
    'LKV herplaatsen arbeidsgehandicapte werknemer: maximale duur',
    'LKV rehired disabled employee: maximum duration',
    'YEARS',
    '2026-01-01',
    '1',
    'R25',
    { note: '2026 values; earlier rows not captured.' },
  ),
  constant(
    ParameterId.QUOTA_LEVY_PER_MISSING_JOB,
    'Quotumheffing per ontbrekende baan',
    'Quota levy per missing job',
    'EUR_PER_YEAR',
    '2015-05-01',
    '5000',
    'R26, R28',
    {
      uncertain: true,
      note: 'Date to verify; current quota regime UNCERTAIN (bill 36449).',
    },
  ),
  constant(
    ParameterId.QUOTA_THRESHOLD_EMPLOYEES,
    'Quotumplicht: minimum aantal werknemers',
    'Quota applies from this many employees',
    'COUNT',
    '2015-05-01',
    '25',
    'R28',
    {
      uncertain: true,
      note: 'Date to verify; per payroll tax number (CNT-003).',
    },
  ),
  constant(
    ParameterId.QUOTA_THRESHOLD_PAID_HOURS,
    'Quotumplicht: minimum verloonde uren per jaar',
    'Quota applies above this many paid hours per year',
    'HOURS_PER_YEAR',
    '2015-05-01',
    '40575',
    'R28',
    {
      uncertain: true,
      note: 'Quota applies above (not at) this number; date and yearly updates to verify.',
    },
  ),
  constant(
    ParameterId.TRIAL_UWV_DEFAULT_MONTHS,
    'Proefplaatsing UWV: standaardduur',
    'UWV trial placement: default length',
    'MONTHS',
    '2013-01-01',
    '2',
    'R18 (PLC-004)',
  ),
  constant(
    ParameterId.TRIAL_UWV_MAX_MONTHS,
    'Proefplaatsing UWV: maximale duur',
    'UWV trial placement: maximum length',
    'MONTHS',
    '2013-01-01',
    '6',
    'R18 (PLC-004)',
    {
      note: 'Longer than the default only for sick or disabled people, with a reason.',
    },
  ),
  constant(
    ParameterId.TRIAL_PW_DEFAULT_MONTHS,
    'Proefplaats Participatiewet: standaardduur',
    'Participation Act trial place: default length',
    'MONTHS',
    '2023-07-01',
    '2',
    'R15 (PLC-006)',
  ),
  constant(
    ParameterId.TRIAL_PW_MAX_MONTHS,
    'Proefplaats Participatiewet: maximale duur (configureerbaar)',
    'Participation Act trial place: maximum length (configurable)',
    'MONTHS',
    '2023-07-01',
    '6',
    'R15 (PLC-006); brief §11.6',
    {
      uncertain: true,
      note: 'Maximum UNCERTAIN; 6 mirrors the UWV maximum. Override with withTables() or per arrangement.',
    },
  ),
];
