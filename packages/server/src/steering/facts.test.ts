import { placementExample, vacancyExample, wageCostSubsidyDeclarationExample } from '@banenafspraak/core';
import { describe, expect, it } from 'vitest';
import { filledDateOf } from '../storage/facts.js';
import { workingDayNumbers } from './calendars.js';
import { declarationFacts, localDate, placementFacts, vacancyFacts } from './facts.js';

describe('report facts of a document', () => {
  it('takes a vacancy’s local receipt date, its region, employer, places and whether it prefers a target group', () => {
    const facts = vacancyFacts({
      ...vacancyExample,
      receivedAt: '2026-03-01T23:30:00Z', // already 2 March in Amsterdam
      region: 'AM22',
      employer: '12345678',
      numberOfPlaces: 3,
      targetGroupPreference: ['WAJONG', 'NO_PREFERENCE'],
    });
    expect(facts).toEqual({ receivedDate: '2026-03-02', region: 'AM22', employer: '12345678', places: 3, preference: 'noPreference' });
    expect(vacancyFacts({ ...vacancyExample, targetGroupPreference: ['WAJONG'] }).preference).toBe('withPreference');
  });

  it('leaves out what a vacancy does not state, as the reports read a missing field', () => {
    const {
      receivedAt: _r,
      numberOfPlaces: _n,
      targetGroupPreference: _t,
      region: _g,
      ...rest
    } = vacancyExample as Record<string, unknown>;
    expect(vacancyFacts(rest)).toMatchObject({ receivedDate: null, region: null, places: 0, preference: null });
  });

  it('takes a placement’s counting employer over its employer, and its actual end over the planned one', () => {
    const facts = placementFacts({
      ...placementExample,
      startDate: '2026-03-16',
      plannedEndDate: '2027-03-15',
      actualEndDate: '2026-09-30',
      countingEmployer: { kvkNumber: '99887766', payrollTaxNumber: '123456789L01', establishment: '000012345678' },
    });
    expect(facts).toMatchObject({
      startDate: '2026-03-16',
      endDate: '2026-09-30',
      countingKvk: '99887766',
      countingPayrollTaxNumber: '123456789L01',
      countingEstablishment: '000012345678',
    });
    const plain = placementFacts({ ...placementExample, actualEndDate: undefined, countingEmployer: undefined });
    expect(plain.countingKvk).toBe(placementExample.employer.kvkNumber);
    expect(plain.endDate).toBe(placementExample.plannedEndDate ?? null);
    expect(plain.basis).toBe(placementExample.candidate.targetGroup?.basis ?? null);
  });

  it('gives no date for a date that is no day, rather than failing the write', () => {
    expect(placementFacts({ ...placementExample, startDate: '2026-02-30' }).startDate).toBeNull();
    expect(vacancyFacts({ ...vacancyExample, receivedAt: 'yesterday' }).receivedDate).toBeNull();
    expect(localDate(42)).toBeNull();
  });

  it('takes a declaration’s placement, period and paid hours', () => {
    expect(
      declarationFacts({ ...wageCostSubsidyDeclarationExample, period: { from: '2026-04-01', to: '2026-04-30' }, paidHours: 90 }),
    ).toEqual({
      placementId: wageCostSubsidyDeclarationExample.placementId,
      periodFrom: '2026-04-01',
      periodTo: '2026-04-30',
      paidHours: 90,
    });
  });

  it('dates a vacancy’s FILLED transition on its Amsterdam day, and nothing else', () => {
    const filled = { time: '2026-06-30T22:30:00Z', data: { toStatus: 'FILLED' } };
    expect(filledDateOf('vacancies', filled)).toBe('2026-07-01');
    expect(filledDateOf('vacancies', { ...filled, data: { toStatus: 'CLOSED' } })).toBeNull();
    expect(filledDateOf('placements', filled)).toBeNull();
    expect(filledDateOf('vacancies', undefined)).toBeNull();
  });
});

describe('working-day numbers', () => {
  it('counts working days up to each day of the window, skipping weekends and holidays', () => {
    // Thu 2 April 2026 to Tue 7 April: Easter Monday (6 April) a holiday.
    expect(workingDayNumbers({ holidays: ['2026-04-06'] }, { from: '2026-04-02', to: '2026-04-07' })).toEqual([1, 2, 2, 2, 2, 3]);
  });
});
