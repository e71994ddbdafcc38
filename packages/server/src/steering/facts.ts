import { toLocalDateTime } from '@banenafspraak/core';
import type { IncomingDocument } from '../document.js';

/**
 * Report facts: the few typed fields of a record the steering reports read, one row per record
 * of the collections they aggregate (ADR 0025). The storage writes them in the record's own
 * transaction, from these functions only, so a fact row is never computed twice in two ways.
 * Each function reads one document and nothing else; unreadable values become `null`, as the
 * reports treat a missing field.
 */

/** Whether the placement's (copied) or the vacancy's target-group preference names no preference. */
export type PreferenceCategory = 'noPreference' | 'withPreference';

/** Vacancy facts (`vacancy_facts`); the first FILLED date is kept by the storage from the events. */
export interface VacancyFacts {
  /** Europe/Amsterdam date of `receivedAt`. */
  readonly receivedDate: string | null;
  readonly region: string | null;
  readonly employer: string | null;
  readonly places: number;
  readonly preference: PreferenceCategory | null;
}

/** Placement facts (`placement_facts`). */
export interface PlacementFacts {
  readonly startDate: string | null;
  /** `actualEndDate`, else `plannedEndDate`. */
  readonly endDate: string | null;
  readonly hoursPerWeek: number | null;
  readonly type: string | null;
  readonly basis: string | null;
  readonly candidateSource: string | null;
  /** Workplace region. */
  readonly region: string | null;
  readonly residenceMunicipality: string | null;
  /** The counting employer (`countingEmployer`, else `employer`). */
  readonly countingKvk: string | null;
  readonly countingPayrollTaxNumber: string | null;
  readonly countingEstablishment: string | null;
  readonly planId: string | null;
  readonly vacancyId: string | null;
  /** From the preference copied onto the placement; `null` when it has none (the vacancy's then applies). */
  readonly preference: PreferenceCategory | null;
}

/** LKS declaration facts (`declaration_facts`). */
export interface DeclarationFacts {
  readonly placementId: string | null;
  readonly periodFrom: string | null;
  readonly periodTo: string | null;
  readonly paidHours: number | null;
}

/** The collections with report facts, and their tables. */
export const FACT_TABLES = {
  vacancies: 'vacancy_facts',
  placements: 'placement_facts',
  'wage-cost-subsidy-declarations': 'declaration_facts',
} as const;

/** A collection whose records have report facts. */
export type FactCollection = keyof typeof FACT_TABLES;

/** Whether records of `collection` have report facts. */
export function hasFacts(collection: string): collection is FactCollection {
  return Object.hasOwn(FACT_TABLES, collection);
}

const ISO_DATE = /^\d{4}-\d{2}-\d{2}$/;
const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

const text = (v: unknown): string | null => (typeof v === 'string' ? v : null);
const number = (v: unknown): number | null => (typeof v === 'number' && Number.isFinite(v) ? v : null);
/** An ISO date that is a real day (what PostgreSQL's `::date` accepts of this form). */
const isoDate = (v: unknown): string | null =>
  typeof v === 'string' && ISO_DATE.test(v) && new Date(`${v}T00:00:00Z`).toISOString().slice(0, 10) === v ? v : null;
const uuid = (v: unknown): string | null => (typeof v === 'string' && UUID.test(v) ? v.toLowerCase() : null);
const object = (v: unknown): Record<string, unknown> =>
  typeof v === 'object' && v !== null && !Array.isArray(v) ? (v as Record<string, unknown>) : {};

/** The Europe/Amsterdam date of an ISO date-time (brief §10.1 counts local days), or `null`. */
export function localDate(dateTime: unknown): string | null {
  if (typeof dateTime !== 'string') return null;
  try {
    return toLocalDateTime(dateTime).date;
  } catch {
    return null;
  }
}

function preferenceOf(value: unknown): PreferenceCategory | null {
  if (!Array.isArray(value)) return null;
  return value.includes('NO_PREFERENCE') ? 'noPreference' : 'withPreference';
}

/** The report facts of a vacancy. */
export function vacancyFacts(doc: IncomingDocument): VacancyFacts {
  return {
    receivedDate: localDate(doc.receivedAt),
    region: text(doc.region),
    employer: text(doc.employer),
    places: Math.trunc(number(doc.numberOfPlaces) ?? 0),
    preference: preferenceOf(doc.targetGroupPreference),
  };
}

/** The report facts of a placement. */
export function placementFacts(doc: IncomingDocument): PlacementFacts {
  const candidate = object(doc.candidate);
  const counting =
    doc.countingEmployer !== undefined && doc.countingEmployer !== null ? object(doc.countingEmployer) : object(doc.employer);
  return {
    startDate: isoDate(doc.startDate),
    endDate: isoDate(doc.actualEndDate) ?? isoDate(doc.plannedEndDate),
    hoursPerWeek: number(doc.hoursPerWeek),
    type: text(doc.type),
    basis: text(object(candidate.targetGroup).basis),
    candidateSource: text(doc.candidateSource),
    region: text(doc.region),
    residenceMunicipality: text(candidate.residenceMunicipality),
    countingKvk: text(counting.kvkNumber),
    countingPayrollTaxNumber: text(counting.payrollTaxNumber),
    countingEstablishment: text(counting.establishment),
    planId: text(doc.executionPlanId),
    vacancyId: uuid(doc.vacancyId),
    preference: preferenceOf(doc.vacancyPreference),
  };
}

/** The report facts of an LKS declaration. */
export function declarationFacts(doc: IncomingDocument): DeclarationFacts {
  const period = object(doc.period);
  return {
    placementId: uuid(doc.placementId),
    periodFrom: isoDate(period.from),
    periodTo: isoDate(period.to),
    paidHours: number(doc.paidHours),
  };
}

/** The facts row of a record, as column → value of its table (tenant columns apart). */
export function factColumns(collection: FactCollection, doc: IncomingDocument): Record<string, string | number | null> {
  switch (collection) {
    case 'vacancies': {
      const f = vacancyFacts(doc);
      return { received_date: f.receivedDate, region: f.region, employer: f.employer, places: f.places, preference: f.preference };
    }
    case 'placements': {
      const f = placementFacts(doc);
      return {
        start_date: f.startDate,
        end_date: f.endDate,
        hours_per_week: f.hoursPerWeek,
        type: f.type,
        basis: f.basis,
        candidate_source: f.candidateSource,
        region: f.region,
        residence_municipality: f.residenceMunicipality,
        counting_kvk: f.countingKvk,
        counting_payroll_tax_number: f.countingPayrollTaxNumber,
        counting_establishment: f.countingEstablishment,
        plan_id: f.planId,
        vacancy_id: f.vacancyId,
        preference: f.preference,
      };
    }
    case 'wage-cost-subsidy-declarations': {
      const f = declarationFacts(doc);
      return { placement_id: f.placementId, period_from: f.periodFrom, period_to: f.periodTo, paid_hours: f.paidHours };
    }
  }
}
