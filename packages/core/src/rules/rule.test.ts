import { describe, expect, it } from 'vitest';
import { PlacementDefinition } from '../documents/placement.js';
import { findingsOf } from '../internal/testing.js';
import { defineRule } from './rule.js';

const RULE = defineRule({
  id: 'TST-001',
  appliesTo: 'Placement',
  severity: 'error',
  otherSeverities: ['warning'],
  titleNl: 'Test',
  titleEn: 'Test',
  source: 'test',
  messages: {
    fixed: { nl: 'Vast.', en: 'Fixed.' },
    withHours: { nl: (p: { hours: number }) => `${p.hours} uur.`, en: (p: { hours: number }) => `${p.hours} hours.` },
  },
  check(placement, ctx) {
    // The document is typed by `appliesTo`.
    const start: string = placement.startDate;
    ctx.report(['startDate'], 'fixed');
    ctx.report(['contract'], 'withHours', { hours: start.length }, { severity: 'warning', code: 'TST-001.hours' });
    if (start === 'never') {
      // @ts-expect-error an unknown message key
      ctx.report([], 'unknown');
      // @ts-expect-error a message with parameters needs them
      ctx.report([], 'withHours');
      // @ts-expect-error parameters of the wrong type
      ctx.report([], 'withHours', { hours: 'x' });
      // @ts-expect-error a Placement has no such field
      void placement.wageValuePct;
    }
  },
});

describe('defineRule', () => {
  it('normalises appliesTo to a list', () => {
    expect(RULE.appliesTo).toEqual(['Placement']);
  });

  it('reports keyed messages in both languages, with the rule id and per-finding overrides', () => {
    expect(findingsOf(RULE, PlacementDefinition.example)).toEqual([
      { path: ['startDate'], severity: 'error', code: 'TST-001', message: { nl: 'Vast.', en: 'Fixed.' } },
      { path: ['contract'], severity: 'warning', code: 'TST-001.hours', message: { nl: '10 uur.', en: '10 hours.' } },
    ]);
  });
});

describe('severities', () => {
  const base = { appliesTo: 'Placement', titleNl: 'T', titleEn: 'T', source: 'test', messages: { m: { nl: 'x', en: 'x' } } } as const;

  it('a finding may have a severity the catalogue lists for the rule', () => {
    const rule = defineRule({
      ...base,
      id: 'TST-002',
      severity: 'error',
      otherSeverities: ['warning'],
      check: (_p, ctx) => ctx.report([], 'm', undefined, { severity: 'warning' }),
    });
    expect(findingsOf(rule, PlacementDefinition.example).map((f) => f.severity)).toEqual(['warning']);
  });

  it('a finding with a severity the catalogue does not list makes the rule fail', () => {
    const rule = defineRule({
      ...base,
      id: 'TST-003',
      severity: 'warning',
      check: (_p, ctx) => ctx.report([], 'm', undefined, { severity: 'information' }),
    });
    expect(() => findingsOf(rule, PlacementDefinition.example)).toThrow(/TST-003 reported severity information/);
  });
});
