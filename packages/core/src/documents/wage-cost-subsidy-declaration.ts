import * as z from 'zod';
import { ConfidentialityLevel } from '../codelists/confidentiality-level.js';
import { DeclarationStatus } from '../codelists/declaration-status.js';
import { TargetGroupBasis } from '../codelists/target-group-basis.js';
import { documentHeader, extensionsField, OrgRef, StatusChange } from '../common/building-blocks.js';
import { EuroCents, IsoDate, Uuid } from '../common/primitives.js';
import { KvkNumber } from '../identifiers/kvk-number.js';
import { PayrollTaxNumber } from '../identifiers/payroll-tax-number.js';
import { rulesFor } from '../rules/rules-for.js';
import { wageCostSubsidyDeclarationRules } from '../rules/wage-cost-subsidy-declaration/index.js';
import { defineDocument } from './definition.js';

/**
 * A parameter row a computed amount used (REF-001): table, row and exact value.
 *
 * @public
 */
export const ParameterUsedRecord = z
  .strictObject({
    tableId: z.string().min(1).max(100).describe('Reference-data table, e.g. WML_HOURLY_ADULT.'),
    validFrom: IsoDate.describe('validFrom of the row used.'),
    value: z.string().min(1).max(40).describe('Exact decimal value of the row used.'),
  })
  .meta({ id: 'ParameterUsed', title: 'Gebruikte parameter', description: 'A reference-data row used for a computation.' });

/** Hours with at most two decimals, e.g. paid hours in a month. */
const Hours = z
  .number()
  .min(0)
  .max(10_000)
  .refine((n) => Math.abs(Math.round(n * 100) - n * 100) < 1e-6, { message: 'at most two decimals' });

/**
 * LKS-declaratie en -betaling: for one period of a wage-cost subsidy grant, the hours the
 * employer actually paid (*verloonde uren*, from the payroll), the wage paid, the wage value
 * and the subsidy computed by the standard's calculator with the parameter rows it used,
 * then approval and payment. Paid hours, not contract hours, also feed counting (CNT-001).
 *
 * @public
 */
export const WageCostSubsidyDeclaration = z
  .strictObject({
    ...documentHeader('WageCostSubsidyDeclaration', ConfidentialityLevel),
    status: DeclarationStatus.describe('Lifecycle state, up to payment.'),
    statusHistory: z.array(StatusChange(DeclarationStatus)).optional().describe('Status changes.'),
    grantId: Uuid.describe('The LKS grant (InstrumentGrant) declared against.'),
    placementId: Uuid.describe('Placement the hours were worked in.'),
    employer: z
      .object({
        kvkNumber: KvkNumber.describe('KvK number of the employer.'),
        payrollTaxNumber: PayrollTaxNumber.describe(
          'Loonheffingennummer of the payroll unit; counting and the quota are per tax number (CNT-003).',
        ),
      })
      .strict()
      .describe('Employer and payroll unit that paid the wage.'),
    financingParty: OrgRef.describe('Municipality (GM code) that pays the subsidy.'),
    period: z
      .object({ from: IsoDate.describe('First day.'), to: IsoDate.describe('Last day (inclusive).') })
      .strict()
      .describe('Period declared, usually a calendar month; in the past once submitted (LKD-003).'),
    paidHours: Hours.describe('Hours paid in the period according to the payroll (verloonde uren).'),
    wagePaidCents: EuroCents.min(0).describe('Gross wage paid over the period, in cents.'),
    hourlyWageCents: EuroCents.min(0).describe('Contractual hourly wage (rechtens geldend loon), in cents.'),
    wageIncludesHolidayPay: z.boolean().describe('Whether the hourly wage includes holiday pay.'),
    includeHolidayPay: z.boolean().optional().describe('Compute on the basis including holiday pay (municipal practice). Default false.'),
    wageValuePct: z.int().min(0).max(100).describe('Established wage value the grant is based on.'),
    computed: z
      .object({
        amountCents: EuroCents.min(0).describe('Subsidy for the period, rounded once (HALF_UP).'),
        parametersUsed: z.array(ParameterUsedRecord).min(1).describe('Parameter rows the amount was computed with.'),
      })
      .strict()
      .describe("Subsidy computed with the standard's LKS calculator (brief §8.4); recomputed by LKD-001."),
    counting: z
      .object({
        basis: TargetGroupBasis.optional().describe('Target-group basis of the employee on the period, when known.'),
        jobEquivalent: z
          .number()
          .min(0)
          .optional()
          .describe('Derived: paid hours / (25.5 × days in period / 7); 0 without a counting basis (CNT-001).'),
      })
      .strict()
      .optional()
      .describe('What the paid hours count for the banenafspraak (CNT-001).'),
    payment: z
      .object({
        paidOn: IsoDate.describe('Date paid.'),
        amountCents: EuroCents.min(0).describe('Amount paid, in cents.'),
        reference: z.string().max(100).optional().describe('Payment reference.'),
      })
      .strict()
      .optional()
      .describe('Payment; required once PAID (LKD-002).'),
    rejectionReason: z
      .enum(['HOURS_NOT_SUBSTANTIATED', 'OUTSIDE_GRANT_PERIOD', 'GRANT_REVOKED', 'DUPLICATE', 'OTHER'])
      .optional()
      .describe('Coded reason when REJECTED.'),
    supersedes: Uuid.optional().describe('Declaration this one corrects.'),
    ...extensionsField,
  })
  .meta({
    id: 'WageCostSubsidyDeclaration',
    title: 'Declaratie loonkostensubsidie',
    description: 'Paid hours, wage and computed wage-cost subsidy for one period of an LKS grant, up to payment.',
  });
/** @public */
export type WageCostSubsidyDeclaration = z.infer<typeof WageCostSubsidyDeclaration>;

/**
 * Canonical example: March 2026 of the LKS grant example, 24 h/week at the minimum wage and
 * a wage value of 60 %: 104 paid hours × €7.26674 = €755.74.
 *
 * @public
 */
export const wageCostSubsidyDeclarationExample: WageCostSubsidyDeclaration = {
  documentType: 'WageCostSubsidyDeclaration',
  standardVersion: '0.2',
  id: 'd5e6f7a8-b9c0-4d1e-8f2a-3b4c5d6e7f80',
  confidentiality: 'CASE_CONFIDENTIAL',
  status: 'PAID',
  grantId: '5b2d7e91-8c3a-4f6e-9d1b-7a4c2e8f0b35',
  placementId: '6f1c2b1e-4a7d-4c4e-9a57-2f0b8d1e7c11',
  employer: { kvkNumber: '12345678', payrollTaxNumber: '123456782L01' },
  financingParty: { scheme: 'GM', value: 'GM0599', name: 'Rotterdam' },
  period: { from: '2026-03-01', to: '2026-03-31' },
  paidHours: 104,
  wagePaidCents: 152984,
  hourlyWageCents: 1471,
  wageIncludesHolidayPay: false,
  wageValuePct: 60,
  computed: {
    amountCents: 75574,
    parametersUsed: [
      { tableId: 'WML_HOURLY_ADULT', validFrom: '2026-01-01', value: '14.71' },
      { tableId: 'LKS_CAP_PCT_OF_WML', validFrom: '2015-01-01', value: '70' },
      { tableId: 'LKS_EMPLOYER_CHARGES_PCT', validFrom: '2015-01-01', value: '23.5' },
    ],
  },
  counting: { basis: 'PW_NO_WML_CAPACITY' },
  payment: { paidOn: '2026-04-20', amountCents: 75574, reference: 'BET-2026-04-0187' },
};

/** @public */
export const WageCostSubsidyDeclarationDefinition = defineDocument({
  type: 'WageCostSubsidyDeclaration',
  titleNl: 'Declaratie loonkostensubsidie',
  titleEn: 'Wage-cost subsidy declaration',
  collection: 'wage-cost-subsidy-declarations',
  schema: WageCostSubsidyDeclaration,
  example: wageCostSubsidyDeclarationExample,
  defaultConfidentiality: 'CASE_CONFIDENTIAL',
  confidentialityFloor: 'CASE_CONFIDENTIAL',
  statuses: DeclarationStatus.options,
  transitions: {
    DRAFT: ['SUBMITTED'],
    SUBMITTED: ['APPROVED', 'REJECTED', 'CORRECTED'],
    APPROVED: ['PAID', 'CORRECTED'],
    REJECTED: [],
    PAID: ['CORRECTED'],
    CORRECTED: [],
  },
  restrictedPaths: [],
  rules: rulesFor('WageCostSubsidyDeclaration', wageCostSubsidyDeclarationRules),
});
