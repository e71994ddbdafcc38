import * as z from 'zod';

/**
 * How a progress report groups its rows: per labour-market region, employer or sector.
 *
 * @public
 */
export const ProgressGrouping = z.enum(['region', 'employer', 'sector', 'payrollTaxNumber', 'plan', 'establishment']);

/**
 * Which region a placement counts in (brief §10.2, open question 14): the workplace's region,
 * or the region of the candidate's municipality of residence.
 *
 * @public
 */
export const RegionAttribution = z.enum(['workplace', 'residence']).meta({ id: 'RegionAttribution', title: 'Regiotoerekening' });
/** @public */
export type RegionAttribution = z.infer<typeof RegionAttribution>;
/**
 * How a progress report groups its rows.
 *
 * @public
 */
export type ProgressGrouping = z.infer<typeof ProgressGrouping>;

/**
 * Voortgang taakstelling (`GET /reports/progress`): indicative progress toward the targets in
 * job equivalents (baanequivalenten), over the placements the caller may see. The official
 * figure is UWV's.
 *
 * @public
 */
export const ProgressReport = z
  .object({
    indicative: z.literal(true).describe('Always true: operational indicator, never the official UWV figure.'),
    note: z.string().describe('How the figures were computed.'),
    period: z.object({ from: z.iso.date(), to: z.iso.date() }).describe('Reporting period.'),
    groupBy: ProgressGrouping.describe('Grouping of the rows.'),
    regionAttribution: RegionAttribution.optional().describe(
      'Region of a placement when grouped by region: workplace (default) or residence.',
    ),
    hoursPerJob: z.number().describe('Paid hours per week of one job (baanequivalent).'),
    rows: z
      .array(
        z.object({
          key: z
            .string()
            .describe(
              'AM code, KvK number, sector, loonheffingennummer, plan id or vestigingsnummer (UNKNOWN when the record does not name it).',
            ),
          jobEquivalents: z.number().describe('Average counting job equivalents over the period: hours / (25.5 × days / 7).'),
          placements: z.int().describe('Counting placements active at some point in the period.'),
          paidHours: z.number().optional().describe('Paid hours from wage-cost subsidy declarations (payroll) in the period (CNT-001).'),
          contractHours: z.number().optional().describe('Contract hours of the active days no declaration covers.'),
          target: z.number().optional().describe('Sum of JOB_EQUIVALENTS targets for the years of the period.'),
          progressPct: z.number().optional().describe('jobEquivalents / target × 100.'),
        }),
      )
      .describe('One row per group.'),
    totals: z
      .object({
        jobEquivalents: z.number(),
        placements: z.int(),
        target: z.number().optional(),
        paidHours: z.number().optional(),
        contractHours: z.number().optional(),
      })
      .describe('Sum over all rows.'),
    excluded: z
      .object({
        unpaidType: z.int().describe('Placements of a type without paid hours (PLC-008).'),
        noCountingBasis: z.int().describe('Placements without a target-group basis that counts (PLC-010, CNT-001).'),
      })
      .describe('Placements in the period that do not count.'),
  })
  .meta({
    id: 'ProgressReport',
    title: 'Voortgang taakstelling',
    description: 'Indicative progress toward the targets in job equivalents (baanequivalenten).',
  });
/**
 * Indicative progress toward the targets in job equivalents.
 *
 * @public
 */
export type ProgressReport = z.infer<typeof ProgressReport>;

/**
 * A contact person in a harmonisation report.
 *
 * @public
 */
export const ReportContact = z
  .object({ name: z.string(), role: z.string().optional(), email: z.string().optional() })
  .meta({ id: 'ReportContact', title: 'Contactpersoon', description: 'A contact person in force on the report date.' });
/**
 * A contact person in a harmonisation report.
 *
 * @public
 */
export type ReportContact = z.infer<typeof ReportContact>;

/**
 * The aspects of working arrangements a harmonisation report compares.
 *
 * @public
 */
export const HarmonisationAspect = z.enum([
  'trialPlacement',
  'jobCoaching',
  'lksProcess',
  'employerContact',
  'wageValueApproach',
  'performanceAgreements',
  'delegatedProcesses',
  'trialInsurance',
]);
/**
 * An aspect of working arrangements a harmonisation report compares.
 *
 * @public
 */
export type HarmonisationAspect = z.infer<typeof HarmonisationAspect>;

/**
 * Harmonisatierapport (`GET /reports/harmonisation`): where a national employer's working
 * arrangements differ between the regions it works with.
 *
 * @public
 */
export const HarmonisationReport = z
  .object({
    employer: z.object({ kvkNumber: z.string(), name: z.string().optional() }).describe('The employer.'),
    asOf: z.iso.date().describe('Date the arrangements are compared on.'),
    regions: z.array(z.string()).describe('Regions the employer works with.'),
    regionsWithoutArrangements: z.array(z.string()).describe('Regions without working arrangements in force.'),
    aspects: z
      .array(
        z.object({
          aspect: HarmonisationAspect.describe('What is compared.'),
          labelNl: z.string().describe('Dutch label.'),
          harmonised: z.boolean().describe('True when every region has the same arrangement.'),
          variants: z
            .array(
              z.object({
                value: z.unknown().describe('The arrangement, or null when the region has none for this aspect.'),
                regions: z.array(z.string()).describe('Regions with this arrangement.'),
              }),
            )
            .describe('Distinct arrangements with the regions that have them.'),
        }),
      )
      .describe('Comparison per aspect.'),
    reference: z
      .object({
        region: z.string().describe('Region whose arrangement is the reference.'),
        chosenBy: z
          .enum(['parameter', 'mostRegions'])
          .describe(
            'parameter: the employer’s preferred one, asked for with referenceRegion; mostRegions: the arrangement in force in most regions.',
          ),
        regions: z
          .array(
            z.object({
              region: z.string(),
              hasArrangements: z.boolean().describe('Working arrangements in force on the date.'),
              differs: z.array(HarmonisationAspect).describe('Aspects where the region differs from the reference.'),
            }),
          )
          .describe('Every region against the reference arrangement.'),
      })
      .optional()
      .describe('Each region against a reference arrangement; absent when no region has arrangements in force.'),
    contacts: z
      .array(
        z.object({
          region: z.string(),
          employer: z.array(ReportContact),
          public: z.array(ReportContact),
          exactlyOnePerSide: z.boolean().describe('AGR-001: one contact per side in force.'),
        }),
      )
      .describe('Contact points per region on the date.'),
  })
  .meta({
    id: 'HarmonisationReport',
    title: 'Harmonisatierapport',
    description: 'Where the arrangements of a national employer differ between regions.',
  });
/**
 * Where a national employer's arrangements differ between regions.
 *
 * @public
 */
export type HarmonisationReport = z.infer<typeof HarmonisationReport>;
