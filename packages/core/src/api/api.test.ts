import { describe, expect, expectTypeOf, it } from 'vitest';
import * as z from 'zod';
import { Placement, placementExample } from '../documents/index.js';
import {
  AuditEntry,
  AuditTrail,
  CodeListDocument,
  CodeListIndex,
  HarmonisationReport,
  InstructionReadLog,
  type Page,
  ProblemDocument,
  ProgressReport,
  pageOf,
  ValidationReport,
} from './index.js';

const at = '2026-03-01T10:00:00.000Z';

describe('wire shapes', () => {
  it('accept what a server sends', () => {
    expect(
      ProblemDocument.parse({
        type: 'urn:banenafspraak:problem:invalid-input',
        title: 'Ongeldige invoer',
        status: 400,
        detail: 'Een of meer velden zijn ongeldig.',
        instance: '/v1/placements',
        code: 'invalid-input',
        issues: [{ severity: 'error', code: 'invalid_type', path: ['hoursPerWeek'], message: 'Verwacht een getal.' }],
      }).issues,
    ).toHaveLength(1);
    const entry = {
      sequence: 1,
      recordId: '7f0c5e0e-3b1a-4a52-9a55-0a0f5b1c2d3e',
      collection: 'placements',
      action: 'update',
      actor: { userId: 'u1', organisation: 'KVK:12345678' },
      at,
      result: 200,
      changedFields: ['status'],
    };
    expect(AuditTrail.parse({ items: [entry] }).items[0]).toEqual(entry);
    expect(AuditEntry.safeParse({ ...entry, action: 'read' }).success).toBe(false);
    expect(InstructionReadLog.parse({ items: [{ sequence: 1, instructionId: entry.recordId, userId: 'u2', at }] }).items).toHaveLength(1);
    expect(ValidationReport.parse({ valid: true, issues: [] }).valid).toBe(true);
    const summary = {
      id: 'labour-market-region',
      name: 'LabourMarketRegion',
      titleNl: 'Arbeidsmarktregio',
      titleEn: 'Labour-market region',
      source: 'UWV',
      size: 1,
    };
    expect(CodeListIndex.parse({ items: [summary] }).items).toHaveLength(1);
    const list = CodeListDocument.parse({
      ...summary,
      entries: [{ code: 'AM01', labelNl: 'Groningen', labelEn: 'Groningen', centralMunicipality: 'GM0014' }],
    });
    expect(list.entries[0]?.centralMunicipality).toBe('GM0014');
    expect(
      ProgressReport.safeParse({
        indicative: true,
        note: 'Indicatief.',
        period: { from: '2026-01-01', to: '2026-12-31' },
        groupBy: 'region',
        hoursPerJob: 25.5,
        rows: [{ key: 'AM22', jobEquivalents: 1.2, placements: 2, target: 10, progressPct: 12 }],
        totals: { jobEquivalents: 1.2, placements: 2, target: 10 },
        excluded: { unpaidType: 0, noCountingBasis: 1 },
      }).success,
    ).toBe(true);
    expect(
      HarmonisationReport.safeParse({
        employer: { kvkNumber: '12345678' },
        asOf: '2026-03-01',
        regions: ['AM22'],
        regionsWithoutArrangements: [],
        aspects: [{ aspect: 'jobCoaching', labelNl: 'Jobcoaching', harmonised: true, variants: [{ value: null, regions: ['AM22'] }] }],
        contacts: [{ region: 'AM22', employer: [{ name: 'A' }], public: [], exactlyOnePerSide: false }],
      }).success,
    ).toBe(true);
  });

  it('pageOf builds a page of any item schema', () => {
    const PlacementPage = pageOf(Placement);
    expect(PlacementPage.safeParse({ items: [placementExample], nextCursor: 'abc' }).success).toBe(true);
    expect(PlacementPage.safeParse({ items: [{}] }).success).toBe(false);
    expectTypeOf<z.infer<typeof PlacementPage>>().toEqualTypeOf<Page<Placement>>();
    expectTypeOf<Page<string>>().toEqualTypeOf<{ items: string[]; nextCursor?: string | undefined }>();
  });

  it('have stable ids for the OpenAPI document', () => {
    const ids = [
      ProblemDocument,
      AuditEntry,
      AuditTrail,
      InstructionReadLog,
      ValidationReport,
      CodeListIndex,
      CodeListDocument,
      ProgressReport,
      HarmonisationReport,
    ].map((s) => z.globalRegistry.get(s)?.id);
    expect(ids).toEqual([
      'Problem',
      'AuditEntry',
      'AuditTrail',
      'InstructionReadLog',
      'ValidationOutcome',
      'CodeListIndex',
      'CodeList',
      'ProgressReport',
      'HarmonisationReport',
    ]);
    for (const s of [ProblemDocument, HarmonisationReport, CodeListDocument])
      expect(() => z.toJSONSchema(s, { unrepresentable: 'any' })).not.toThrow();
  });
});
