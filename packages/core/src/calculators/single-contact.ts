import type { OrgRef } from '../common/building-blocks.js';
import type { ContactMoment } from '../documents/contact-moment.js';
import type { PartnershipAgreement, WorkingArrangements } from '../documents/partnership-agreement.js';
import { isIsoDate } from '../reference-data/internal/iso-date.js';
import type { Issue, Locale } from '../validation/issue.js';
import { amsterdamDate } from './working-days.js';

/**
 * The fields of a contact moment the single-contact check reads.
 *
 * @public
 */
export type SingleContactMoment = Pick<ContactMoment, 'status' | 'at' | 'employer' | 'region' | 'organisation' | 'initiatedBy'> &
  Partial<Pick<ContactMoment, 'id' | 'onBehalfOf'>>;

/**
 * Why a contact moment was not judged. The first three are outside the check by design; the
 * last four are moments the check could not judge, which makes the outcome `UNDETERMINED`.
 *
 * - `NOT_HELD`: planned or cancelled; only contacts that took place count.
 * - `EMPLOYER_INITIATED`: the employer reached out; it was not approached.
 * - `OUTSIDE_SCOPE`: another employer, or a day outside the period.
 * - `NO_ARRANGEMENTS`: no working arrangements (agreed or later) cover the region on that day.
 * - `NO_CONTACT_POINT`: none or several public contact points in the region on that day (AGR-001).
 * - `CONTACT_POINT_WITHOUT_ORGANISATION`: the contact point does not say which organisation it acts for.
 * - `INVALID_RECORD`: the moment has no readable date-time.
 *
 * @public
 */
export type SingleContactExclusion =
  | 'NOT_HELD'
  | 'EMPLOYER_INITIATED'
  | 'OUTSIDE_SCOPE'
  | 'NO_ARRANGEMENTS'
  | 'NO_CONTACT_POINT'
  | 'CONTACT_POINT_WITHOUT_ORGANISATION'
  | 'INVALID_RECORD';

const UNDETERMINED_REASONS: ReadonlySet<SingleContactExclusion> = new Set([
  'NO_ARRANGEMENTS',
  'NO_CONTACT_POINT',
  'CONTACT_POINT_WITHOUT_ORGANISATION',
  'INVALID_RECORD',
]);

/**
 * The approaches of the employer in one region over the period.
 *
 * @public
 */
export interface RegionContacts {
  readonly region: string;
  /** Organisations of the region's public contact point over the period, in order of first approach. */
  readonly contactPoints: readonly OrgRef[];
  /** Held contacts the public side started in the region (the approaches judged). */
  readonly approaches: number;
  /** Approaches by the contact point's organisation or made on its behalf. */
  readonly viaContactPoint: number;
  /** Every other organisation that approached the employer, with the indexes of its contact moments. */
  readonly otherOrganisations: readonly { readonly organisation: OrgRef; readonly contactMoments: readonly number[] }[];
}

/**
 * Result of {@link checkSingleContact}: the check, or `INVALID_PERIOD` when the period is not
 * two ISO dates in order (a wrong period would silently leave every moment out).
 *
 * @public
 */
export type SingleContactResult = SingleContactCheck | { readonly ok: false; readonly code: 'INVALID_PERIOD' };

/**
 * The single-contact check of one employer over a period.
 *
 * @public
 */
export interface SingleContactCheck {
  readonly ok: true;
  readonly employerKvkNumber: string;
  readonly period: { readonly from: string; readonly to: string };
  /**
   * `SINGLE_CONTACT`: every approach came from or on behalf of the agreed contact point.
   * `OTHER_ORGANISATIONS`: at least one did not (see `issues`). `UNDETERMINED`: none was found
   * outside the contact point, but some approaches could not be judged (see `excluded`).
   */
  readonly outcome: 'SINGLE_CONTACT' | 'OTHER_ORGANISATIONS' | 'UNDETERMINED';
  /** Per region with at least one approach, in order of first approach. */
  readonly regions: readonly RegionContacts[];
  /** One CTM-005 warning per approach outside the contact point; path `['contactMoments', index]`. */
  readonly issues: readonly Issue[];
  /** Every contact moment that was not judged, with the reason: nothing is dropped silently. */
  readonly excluded: readonly { readonly index: number; readonly id?: string; readonly reason: SingleContactExclusion }[];
}

const same = (a: OrgRef, b: OrgRef) => a.scheme === b.scheme && a.value === b.value;
const label = (o: OrgRef) => (o.scheme === 'UWV' ? 'UWV' : `${o.scheme} ${o.value}`);
const validOn = (p: { validFrom: string; validTo?: string | undefined }, date: string) =>
  p.validFrom <= date && (p.validTo === undefined || date <= p.validTo);

/** Arrangements that bind the parties on a day: agreed or later, valid that day; the highest version wins. */
function arrangementsOn(partnership: Pick<PartnershipAgreement, 'workingArrangements'>, region: ContactMoment['region'], date: string) {
  let found: WorkingArrangements | undefined;
  for (const wa of partnership.workingArrangements ?? []) {
    if (wa.status === 'DRAFT' || wa.status === 'PROPOSED' || !wa.regions.includes(region) || !validOn(wa, date)) continue;
    if (found === undefined || wa.arrangementVersion > found.arrangementVersion) found = wa;
  }
  return found;
}

type Judgement = { readonly contactPoint: OrgRef } | { readonly reason: SingleContactExclusion };

function contactPointOn(
  partnership: Pick<PartnershipAgreement, 'workingArrangements'>,
  region: ContactMoment['region'],
  date: string,
): Judgement {
  const wa = arrangementsOn(partnership, region, date);
  if (wa === undefined) return { reason: 'NO_ARRANGEMENTS' };
  const points = wa.contactPoints.filter((cp) => cp.side === 'PUBLIC' && cp.region === region && validOn(cp, date));
  if (points.length !== 1) return { reason: 'NO_CONTACT_POINT' };
  const organisation = points[0]?.organisation;
  return organisation === undefined ? { reason: 'CONTACT_POINT_WITHOUT_ORGANISATION' } : { contactPoint: organisation };
}

/** The contact point an approach is judged against, with its Amsterdam day, or why it is not judged. */
function judge(
  partnership: Pick<PartnershipAgreement, 'employer' | 'workingArrangements'>,
  moment: SingleContactMoment,
  period: { readonly from: string; readonly to: string },
): { readonly contactPoint: OrgRef; readonly date: string } | { readonly reason: SingleContactExclusion } {
  // Planned, cancelled and employer-started contacts are out by design, whatever their date.
  if (moment.status !== 'HELD') return { reason: 'NOT_HELD' };
  if (moment.initiatedBy !== 'PUBLIC') return { reason: 'EMPLOYER_INITIATED' };
  let date: string;
  try {
    date = amsterdamDate(moment.at);
  } catch {
    return { reason: 'INVALID_RECORD' };
  }
  if (moment.employer.kvkNumber !== partnership.employer.kvkNumber || date < period.from || date > period.to)
    return { reason: 'OUTSIDE_SCOPE' };
  const found = contactPointOn(partnership, moment.region, date);
  return 'reason' in found ? found : { contactPoint: found.contactPoint, date };
}

function message(locale: Locale, p: { kvk: string; date: string; region: string; by: OrgRef; contactPoint: OrgRef }): string {
  return locale === 'en'
    ? `Employer ${p.kvk} was approached in region ${p.region} on ${p.date} by ${label(p.by)}, not by or on behalf of the agreed contact point (${label(p.contactPoint)}).`
    : `Werkgever ${p.kvk} is op ${p.date} in regio ${p.region} benaderd door ${label(p.by)}, niet door of namens het afgesproken aanspreekpunt (${label(p.contactPoint)}).`;
}

/**
 * CTM-005, one point of contact: checks that an employer is approached by one contact, not by
 * many agencies (brief §3.2, §3.5). Over the held contact moments the public side started with
 * the partnership's employer in a period, each approach must come from the organisation of the
 * region's public contact point in the working arrangements on that day, or be made on its
 * behalf (`onBehalfOf`, e.g. a job coach sent by the WSP). Every other approach is a warning.
 *
 * @remarks
 * Organisations are compared by scheme and identifier, so record contact points and contact
 * moments with the same scheme. Days are Europe/Amsterdam days; the period is inclusive.
 * Contacts the employer started are not approaches. A moment that cannot be judged (no
 * arrangements, no single contact point, a contact point without organisation) is listed in
 * `excluded` and makes the outcome `UNDETERMINED` unless another approach already failed.
 * Pure: reads only its input.
 *
 * @example
 * ```ts
 * const r = checkSingleContact({ partnership, contactMoments, period: { from: '2026-01-01', to: '2026-06-30' }, locale: 'en' });
 * if (r.ok && r.outcome === 'OTHER_ORGANISATIONS') for (const issue of r.issues) console.log(issue.message);
 * ```
 *
 * @see docs/standard/daily-flow.md (worked example)
 * @public
 */
export function checkSingleContact(input: {
  readonly partnership: Pick<PartnershipAgreement, 'employer' | 'workingArrangements'>;
  readonly contactMoments: readonly SingleContactMoment[];
  /** First and last day checked (inclusive). */
  readonly period: { readonly from: string; readonly to: string };
  readonly locale?: Locale;
}): SingleContactResult {
  const { partnership, period } = input;
  if (!isIsoDate(period.from) || !isIsoDate(period.to) || period.to < period.from) return { ok: false, code: 'INVALID_PERIOD' };
  const kvk = partnership.employer.kvkNumber;
  const locale = input.locale ?? 'nl';
  const issues: Issue[] = [];
  const excluded: { index: number; id?: string; reason: SingleContactExclusion }[] = [];
  const regions = new Map<
    string,
    { contactPoints: OrgRef[]; approaches: number; via: number; others: { organisation: OrgRef; contactMoments: number[] }[] }
  >();

  input.contactMoments.forEach((moment, index) => {
    const judged = judge(partnership, moment, period);
    if ('reason' in judged) {
      excluded.push({ index, ...(moment.id !== undefined ? { id: moment.id } : {}), reason: judged.reason });
      return;
    }
    const { contactPoint, date } = judged;
    let region = regions.get(moment.region);
    if (region === undefined) {
      region = { contactPoints: [], approaches: 0, via: 0, others: [] };
      regions.set(moment.region, region);
    }
    if (!region.contactPoints.some((o) => same(o, contactPoint))) region.contactPoints.push(contactPoint);
    region.approaches++;
    if (same(moment.organisation, contactPoint) || (moment.onBehalfOf ?? []).some((o) => same(o, contactPoint))) {
      region.via++;
      return;
    }
    const other = region.others.find((o) => same(o.organisation, moment.organisation));
    if (other) other.contactMoments.push(index);
    else
      region.others.push({
        organisation: { scheme: moment.organisation.scheme, value: moment.organisation.value },
        contactMoments: [index],
      });
    issues.push({
      severity: 'warning',
      code: 'CTM-005',
      ruleId: 'CTM-005',
      path: ['contactMoments', index],
      message: message(locale, { kvk, date, region: moment.region, by: moment.organisation, contactPoint }),
    });
  });

  const undetermined = excluded.some((e) => UNDETERMINED_REASONS.has(e.reason));
  return {
    ok: true,
    employerKvkNumber: kvk,
    period: { from: period.from, to: period.to },
    outcome: issues.length > 0 ? 'OTHER_ORGANISATIONS' : undetermined ? 'UNDETERMINED' : 'SINGLE_CONTACT',
    regions: [...regions.entries()].map(([region, r]) => ({
      region,
      contactPoints: r.contactPoints,
      approaches: r.approaches,
      viaContactPoint: r.via,
      otherOrganisations: r.others,
    })),
    issues,
    excluded,
  };
}
