import { defineCodeList } from './define.js';

/**
 * Voorzieningen and subsidies, with the financiers that may pay for them.
 *
 * @public
 */
export const InstrumentList = defineCodeList({
  id: 'Instrument',
  titleNl: 'Voorziening',
  titleEn: 'Instrument',
  source: 'Brief §5.5',
  entries: [
    {
      code: 'LKS',
      labelNl: 'Loonkostensubsidie',
      labelEn: 'Wage-cost subsidy',
      financiers: ['MUNICIPALITY'],
      source: 'Participatiewet art. 10c–10e (R10)',
    },
    {
      code: 'LKS_FIXED_RATE',
      labelNl: 'Forfaitaire loonkostensubsidie',
      labelEn: 'Fixed-rate wage-cost subsidy',
      financiers: ['MUNICIPALITY'],
      source: 'R13, R14',
    },
    { code: 'WAGE_DISPENSATION', labelNl: 'Loondispensatie', labelEn: 'Wage dispensation', financiers: ['UWV'], source: 'Wajong (R16)' },
    { code: 'NO_RISK_POLICY', labelNl: 'No-riskpolis', labelEn: 'No-risk policy', financiers: ['UWV'], source: 'Ziektewet art. 29b (R20)' },
    {
      code: 'JOBCOACH_EXTERNAL',
      labelNl: 'Externe jobcoaching',
      labelEn: 'External job coaching',
      financiers: ['UWV', 'MUNICIPALITY'],
      source: 'R21, R23',
    },
    {
      code: 'JOBCOACH_INTERNAL',
      labelNl: 'Interne jobcoach',
      labelEn: 'Internal job coach',
      financiers: ['UWV', 'MUNICIPALITY'],
      source: 'Re-integratiebesluit art. 12 (R22)',
    },
    {
      code: 'WORKPLACE_SUPERVISION',
      labelNl: 'Interne werkbegeleiding',
      labelEn: 'Workplace supervision',
      financiers: ['MUNICIPALITY'],
      validFrom: '2023-07-01',
      source: 'R15',
    },
    {
      code: 'WORKPLACE_ADAPTATION',
      labelNl: 'Werkplekaanpassing',
      labelEn: 'Workplace adaptation',
      financiers: ['UWV', 'MUNICIPALITY'],
      source: 'R23',
    },
    {
      code: 'COMMUTE_TRANSPORT',
      labelNl: 'Vervoersvoorziening woon-werk',
      labelEn: 'Commuting transport',
      financiers: ['UWV', 'MUNICIPALITY'],
      source: 'R23',
    },
    {
      code: 'PORTABLE_AIDS',
      labelNl: 'Meeneembare hulpmiddelen',
      labelEn: 'Portable aids',
      financiers: ['UWV', 'MUNICIPALITY'],
      source: 'R23',
    },
    { code: 'INTERPRETER', labelNl: 'Tolkvoorziening', labelEn: 'Interpreter', financiers: ['UWV', 'MUNICIPALITY'], source: 'R23' },
    {
      code: 'LKV_JOB_AGREEMENT',
      labelNl: 'LKV doelgroep banenafspraak',
      labelEn: 'Payroll allowance, job-agreement target group',
      financiers: ['TAX_AUTHORITY'],
      source: 'R25',
    },
    {
      code: 'LKV_DISABLED',
      labelNl: 'LKV arbeidsgehandicapte werknemer',
      labelEn: 'Payroll allowance, disabled employee',
      financiers: ['TAX_AUTHORITY'],
      source: 'R25',
    },
    {
      code: 'LKV_REHIRED_DISABLED',
      labelNl: 'LKV herplaatsen arbeidsgehandicapte werknemer',
      labelEn: 'Payroll allowance, rehired disabled employee',
      financiers: ['TAX_AUTHORITY'],
      source: 'R25',
    },
  ] as const,
});
/** @public */
export const Instrument = InstrumentList.schema;
/** @public */
export type Instrument = (typeof InstrumentList.codes)[number];
