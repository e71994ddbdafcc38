import * as z from 'zod';

/**
 * How a progress report groups its rows: per labour-market region, employer or sector.
 *
 * @public
 */
export const ProgressGrouping = z.enum(['region', 'employer', 'sector']);
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
    hoursPerJob: z.number().describe('Paid hours per week of one job (baanequivalent).'),
    rows: z
      .array(
        z.object({
          key: z.string().describe('AM code, KvK number or sector (UNKNOWN when no partnership names it).'),
          jobEquivalents: z.number().describe('Time-weighted average of counting job equivalents over the period.'),
          placements: z.int().describe('Counting placements active at some point in the period.'),
          target: z.number().optional().describe('Sum of JOB_EQUIVALENTS targets for the years of the period.'),
          progressPct: z.number().optional().describe('jobEquivalents / target × 100.'),
        }),
      )
      .describe('One row per group.'),
    totals: z.object({ jobEquivalents: z.number(), placements: z.int(), target: z.number().optional() }).describe('Sum over all rows.'),
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
export const HarmonisationAspect = z.enum(['trialPlacement', 'jobCoaching', 'lksProcess', 'employerContact']);
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
