import { describe, expect, it } from 'vitest';
import * as core from '../index.js';
import { codeLists, getCodeList } from './registry.js';

describe('code-list registry', () => {
  it('holds every exported code list exactly once', () => {
    const exported = Object.entries(core)
      .filter(([name, v]) => name.endsWith('List') && typeof v === 'object' && v !== null && 'entries' in v && 'schema' in v)
      .map(([, v]) => (v as { id: string }).id)
      .sort();
    expect(codeLists.map((l) => l.id)).toEqual(exported);
    expect(new Set(codeLists.map((l) => l.id)).size).toBe(codeLists.length);
  });

  it('finds a list by id and labels its codes', () => {
    expect(getCodeList('Instrument')?.label('LKS', 'en')).toBe('Wage-cost subsidy');
    expect(getCodeList('LabourMarketRegion')?.codes).toContain('AM22');
    expect(getCodeList('NoSuchList')).toBeUndefined();
  });
});
