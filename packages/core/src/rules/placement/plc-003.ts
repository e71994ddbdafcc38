import { defineRule } from '../rule.js';

/** PLC-003: a placement has hours (> 0) and does not end before it starts. */
export const PLC_003 = defineRule({
  id: 'PLC-003',
  appliesTo: 'Placement',
  severity: 'error',
  titleNl: 'Uren per week groter dan 0; einddatum niet vóór de startdatum',
  titleEn: 'hoursPerWeek > 0; end date not before the start date',
  source: 'Brief §7.3',
  reads: [['hoursPerWeek'], ['startDate'], ['actualEndDate'], ['plannedEndDate']],
  messages: {
    noHours: { nl: 'Uren per week moet groter zijn dan 0.', en: 'Hours per week must be greater than 0.' },
    actualEndBeforeStart: {
      nl: (p: { end: string; start: string }) => `Werkelijke einddatum ${p.end} ligt vóór de startdatum ${p.start}.`,
      en: (p: { end: string; start: string }) => `Actual end date ${p.end} is before the start date ${p.start}.`,
    },
    plannedEndBeforeStart: {
      nl: (p: { end: string; start: string }) => `Geplande einddatum ${p.end} ligt vóór de startdatum ${p.start}.`,
      en: (p: { end: string; start: string }) => `Planned end date ${p.end} is before the start date ${p.start}.`,
    },
  },
  check(placement, ctx) {
    const start = placement.startDate;
    if (!(placement.hoursPerWeek > 0)) ctx.report(['hoursPerWeek'], 'noHours');
    const actual = placement.actualEndDate;
    if (actual !== undefined && actual < start) ctx.report(['actualEndDate'], 'actualEndBeforeStart', { end: actual, start });
    const planned = placement.plannedEndDate;
    if (planned !== undefined && planned < start) ctx.report(['plannedEndDate'], 'plannedEndBeforeStart', { end: planned, start });
  },
});
