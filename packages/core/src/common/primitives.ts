import * as z from 'zod';

/**
 * Version of the standard that documents produced by this package follow (all versions: `standardVersions`).
 *
 * @public
 */
export const STANDARD_VERSION = '0.2' as const;

/**
 * A record identifier: UUID.
 *
 * @public
 */
export const Uuid = z.uuid().meta({ description: 'UUID identifying a record.' });
/** @public */
export type Uuid = z.infer<typeof Uuid>;

/**
 * A calendar date `YYYY-MM-DD`. Dates stay strings on the wire and in types.
 *
 * @public
 */
export const IsoDate = z.iso.date().meta({ description: 'Calendar date, YYYY-MM-DD.', examples: ['2026-03-01'] });
/** @public */
export type IsoDate = z.infer<typeof IsoDate>;

/**
 * A date-time with offset, e.g. `2026-03-01T09:30:00+01:00`.
 *
 * @public
 */
export const IsoDateTime = z.iso
  .datetime({ offset: true })
  .meta({ description: 'Date-time with UTC offset (RFC 3339).', examples: ['2026-03-01T09:30:00+01:00'] });
/** @public */
export type IsoDateTime = z.infer<typeof IsoDateTime>;

/**
 * An amount of money in whole euro cents (integers avoid rounding drift).
 *
 * @public
 */
export const EuroCents = z.int().meta({ description: 'Amount in euro cents (integer).', examples: [147100] });
/** @public */
export type EuroCents = z.infer<typeof EuroCents>;

/**
 * Hours per week with at most two decimals.
 *
 * @public
 */
export const HoursPerWeek = z
  .number()
  .min(0)
  .max(168)
  .refine((n) => Math.abs(Math.round(n * 100) - n * 100) < 1e-6, { message: 'at most two decimals' })
  .meta({ description: 'Hours per week, at most two decimals.', examples: [24] });

/**
 * A percentage as a decimal number, e.g. `23.5`.
 *
 * @public
 */
export const Percentage = z.number().min(0).max(100).meta({ description: 'Percentage (0–100).' });

/**
 * A period of dates; `to` is inclusive and optional (open-ended).
 *
 * @public
 */
export const Period = z
  .strictObject({
    from: IsoDate.describe('First day of the period.'),
    to: IsoDate.optional().describe('Last day of the period (inclusive); absent when open-ended.'),
  })
  .meta({ id: 'Period', title: 'Periode', description: 'A period of dates, end inclusive.' });
/** @public */
export type Period = z.infer<typeof Period>;

/**
 * Format of an extension key: a reverse-DNS namespace the publisher controls (at least two
 * lowercase labels, e.g. `nl.acme`) followed by a name (`intakeScore`, `team-code`):
 * `nl.acme.intakeScore`. The namespace `nl.banenafspraak` is reserved for the standard.
 *
 * @public
 */
export const EXTENSION_KEY_PATTERN = /^[a-z0-9](?:[a-z0-9-]*[a-z0-9])?(?:\.[a-z0-9](?:[a-z0-9-]*[a-z0-9])?)+\.[A-Za-z0-9][A-Za-z0-9_-]*$/;

/**
 * Longest extension key (the length of a DNS name).
 *
 * @public
 */
export const EXTENSION_KEY_MAX_LENGTH = 253;

/**
 * Extensions: the one place for data the standard has no field for. Keys are namespaced
 * (reverse-DNS, see {@link EXTENSION_KEY_PATTERN}) so that vendors never collide with each
 * other or with a field of a later version; values are any JSON. Every other unknown field
 * is an error.
 *
 * @public
 */
export const Extensions = z
  .record(
    z
      .string()
      .max(EXTENSION_KEY_MAX_LENGTH)
      .regex(EXTENSION_KEY_PATTERN, 'extension keys are a reverse-DNS namespace and a name, e.g. nl.acme.intakeScore'),
    z.unknown(),
  )
  .meta({
    id: 'Extensions',
    title: 'Uitbreidingen',
    description:
      'Data the standard has no field for. Keys: a reverse-DNS namespace the publisher controls and a name, e.g. nl.acme.intakeScore; nl.banenafspraak is reserved.',
  });
/** @public */
export type Extensions = z.infer<typeof Extensions>;
