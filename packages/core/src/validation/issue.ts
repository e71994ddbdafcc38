import * as z from 'zod';

/**
 * How serious an issue is: `error` blocks a write or import row, the others are reported.
 *
 * @public
 */
export const Severity = z
  .enum(['error', 'warning', 'information'])
  .meta({ id: 'Severity', title: 'Ernst', description: 'error blocks the write; warning and information are reported only.' });
/** @public */
export type Severity = z.infer<typeof Severity>;

/**
 * Language of issue messages: Dutch by default, English on request.
 *
 * @public
 */
export type Locale = 'nl' | 'en';

/**
 * One validation issue. The same shape is used by core, the CSV report (plus row and
 * column) and HTTP problem documents. It never contains the value of a restricted field.
 *
 * @public
 */
export const Issue = z
  .object({
    severity: Severity.describe('error, warning or information.'),
    code: z.string().describe('Stable machine-readable code, e.g. `invalid_type` or a rule id.'),
    ruleId: z.string().optional().describe('Id of the business rule, e.g. `PLC-004`.'),
    path: z.array(z.union([z.string(), z.number()])).describe('Path to the field the issue is about.'),
    message: z.string().describe('Human-readable message in the requested language.'),
  })
  .meta({ id: 'Issue', title: 'Melding', description: 'A validation issue: severity, code, optional rule id, path and message.' });
/** @public */
export type Issue = z.infer<typeof Issue>;

/**
 * A message in both languages of the standard.
 *
 * @public
 */
export interface Message {
  readonly nl: string;
  readonly en: string;
}
