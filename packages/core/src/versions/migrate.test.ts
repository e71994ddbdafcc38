import { existsSync, readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { STANDARD_VERSION } from '../common/primitives.js';
import { documentDefinitions, getDocumentDefinition } from '../documents/index.js';
import { validate } from '../validation/validate.js';
import { canonicalExamples } from './examples.js';
import { migrate, migrations } from './migrate.js';
import { canonical0_1, defined, publishedSchemas } from './test-helpers.js';
import { LEGACY_EXTENSIONS_0_1_NAMESPACE, TOP_LEVEL_FIELDS_0_1, UNKNOWN_FIELDS_0_1_KEY } from './to-0.2.js';
import { CURRENT_STANDARD_VERSION, schemaId, schemaPath, standardVersions } from './versions.js';

const pkg = join(dirname(fileURLToPath(import.meta.url)), '../..');
const vacancy01 = () =>
  structuredClone(
    defined(
      canonical0_1().find((d) => d.documentType === 'Vacancy'),
      'Vacancy',
    ),
  );
const instruction01 = () =>
  structuredClone(
    defined(
      canonical0_1().find((d) => d.documentType === 'EmployerInstruction'),
      'EmployerInstruction',
    ),
  );

describe('versions as data', () => {
  it('the last declared version is the current one, and the one this package writes', () => {
    expect(standardVersions.at(-1)?.version).toBe(CURRENT_STANDARD_VERSION);
    expect(standardVersions.at(-1)?.status).toBe('current');
    expect(CURRENT_STANDARD_VERSION).toBe(STANDARD_VERSION);
    expect(standardVersions.filter((v) => v.status === 'current')).toHaveLength(1);
  });

  it('the current version has exactly the document types of this package', () => {
    expect([...(standardVersions.at(-1)?.documentTypes ?? [])].sort()).toEqual(documentDefinitions.map((d) => d.type).sort());
  });

  it('every version publishes a JSON Schema per document type, with its versioned $id', () => {
    for (const v of standardVersions) {
      for (const type of v.documentTypes) {
        const file = join(pkg, schemaPath(v.version, type));
        expect(existsSync(file), file).toBe(true);
        expect(JSON.parse(readFileSync(file, 'utf8')).$id).toBe(schemaId(v.version, type));
      }
    }
  });

  it('the frozen 0.1 field lists equal the published 0.1 JSON Schemas', () => {
    for (const { schema } of publishedSchemas('0.1')) {
      const name = String(schema.$ref).split('/').at(-1) as keyof typeof TOP_LEVEL_FIELDS_0_1;
      expect(Object.keys(schema.$defs?.[name]?.properties ?? {})).toEqual(TOP_LEVEL_FIELDS_0_1[name]);
    }
  });

  it('migration ids are unique and each step goes between consecutive declared versions', () => {
    expect(new Set(migrations.map((m) => m.id)).size).toBe(migrations.length);
    const order = standardVersions.map((v) => v.version);
    for (const m of migrations) {
      expect(m.id.startsWith(`${m.to}/`)).toBe(true);
      expect(order.indexOf(m.to) - order.indexOf(m.from)).toBe(1);
    }
  });
});

describe('migrate 0.1 → 0.2', () => {
  it('moves unknown top-level fields into extensions and reports each move', () => {
    const doc = { ...vacancy01(), internalScore: 7, tags: ['a', 'b'] };
    const result = migrate(doc, '0.2');
    expect(result.ok).toBe(true);
    if (!result.ok) return;
    expect(result.document).not.toHaveProperty('internalScore');
    expect(result.document.extensions).toEqual({ [UNKNOWN_FIELDS_0_1_KEY]: { internalScore: 7, tags: ['a', 'b'] } });
    expect(result.document.standardVersion).toBe('0.2');
    const changes = result.report.steps.flatMap((s) => s.changes);
    expect(changes).toContainEqual(
      expect.objectContaining({ kind: 'moved', path: ['internalScore'], to: ['extensions', UNKNOWN_FIELDS_0_1_KEY, 'internalScore'] }),
    );
    expect(changes).toContainEqual(expect.objectContaining({ kind: 'set', path: ['standardVersion'], from: '0.1', value: '0.2' }));
    expect(validate(defined(getDocumentDefinition('Vacancy'), 'Vacancy'), result.document, { asOf: '2026-06-01' }).valid).toBe(true);
  });

  it('does not change its input', () => {
    const doc = { ...vacancy01(), extra: { a: 1 } };
    const copy = structuredClone(doc);
    migrate(doc);
    expect(doc).toEqual(copy);
  });

  it('renames 0.1 extension keys into the legacy namespace, or the vendor namespace given', () => {
    const doc = { ...vacancy01(), extensions: { 'x-acme-intake-score': 3 } };
    const plain = migrate(doc);
    expect(plain.ok && plain.document.extensions).toEqual({ [`${LEGACY_EXTENSIONS_0_1_NAMESPACE}.acme.intake-score`]: 3 });
    const named = migrate(doc, '0.2', { extensionNamespaces: { acme: 'nl.acme' } });
    expect(named.ok && named.document.extensions).toEqual({ 'nl.acme.intake-score': 3 });
  });

  it('keeps keys that an object prototype also has', () => {
    const doc = JSON.parse(JSON.stringify({ ...vacancy01(), constructor: 1, toString: 'x' }).replace('"constructor"', '"__proto__"'));
    const result = migrate(doc);
    expect(result.ok).toBe(true);
    if (!result.ok) return;
    const moved = defined((result.document.extensions as Record<string, Record<string, unknown>>)[UNKNOWN_FIELDS_0_1_KEY], 'moved fields');
    expect(Object.hasOwn(moved, '__proto__') && Object.hasOwn(moved, 'toString')).toBe(true);
    expect(Object.getPrototypeOf(moved)).toBe(Object.prototype);
  });

  it('asks a person when a document type without extensions has an unknown field', () => {
    const result = migrate({ ...instruction01(), diagnosisNote: 'n/a' });
    expect(result).toEqual({
      ok: false,
      problems: [
        expect.objectContaining({ code: 'needs-decision', path: ['diagnosisNote'], migrationId: '0.2/unknown-fields-to-extensions' }),
      ],
    });
  });

  it('never moves a possible BSN into extensions, and never echoes it', () => {
    for (const extra of [{ bsn: 'unknown' }, { clientNumber: '111222333' }, { client: { nr: ['111222333'] } }]) {
      const result = migrate({ ...vacancy01(), ...extra });
      expect(result.ok).toBe(false);
      if (result.ok) continue;
      expect(result.problems).toEqual([expect.objectContaining({ code: 'needs-decision', path: [Object.keys(extra)[0]] })]);
      expect(JSON.stringify(result.problems)).not.toContain('111222333');
    }
    expect(migrate({ ...vacancy01(), clientNumber: '111222334' }).ok).toBe(true);
  });

  it('treats a field named by a BSN as a possible BSN: not moved into extensions, its name not echoed', () => {
    for (const extra of [{ '111222333': 'x' }, { client: { '111222333': true } }]) {
      const result = migrate({ ...vacancy01(), ...extra });
      expect(result.ok).toBe(false);
      expect(JSON.stringify(result)).not.toContain('111222333');
    }
  });

  it('asks a person when extensions is not an object', () => {
    const result = migrate({ ...vacancy01(), extensions: ['x'] });
    expect(result.ok || result.problems[0]?.code).toBe('needs-decision');
  });

  it('refuses an unknown version, an unknown type and what is no document', () => {
    expect(migrate({ ...vacancy01(), standardVersion: '9.9' })).toMatchObject({
      ok: false,
      problems: [{ code: 'unknown-version', path: ['standardVersion'] }],
    });
    expect(migrate({ ...vacancy01(), documentType: 'Nope' })).toMatchObject({ ok: false, problems: [{ code: 'unknown-document-type' }] });
    expect(migrate([])).toMatchObject({ ok: false, problems: [{ code: 'not-a-document' }] });
    expect(migrate(vacancy01(), '7.0')).toMatchObject({ ok: false, problems: [{ code: 'unknown-version' }] });
  });

  it('a current document comes back equal with no steps', () => {
    const doc = structuredClone(getDocumentDefinition('Placement')?.example);
    expect(migrate(doc)).toEqual({
      ok: true,
      document: doc,
      report: { documentType: 'Placement', fromVersion: '0.2', toVersion: '0.2', steps: [] },
    });
  });
});

describe('migrate 0.2 → 0.1 (only where lossless)', () => {
  it('round-trips a 0.1 document with unknown fields and vendor extension keys', () => {
    const doc = { ...vacancy01(), extra: [1, { b: null }], extensions: { 'x-acme-score': 'A' } };
    const up = migrate(doc, '0.2');
    expect(up.ok).toBe(true);
    if (!up.ok) return;
    const down = migrate(up.document, '0.1');
    expect(down.ok && down.document).toEqual(doc);
  });

  it('refuses a document with an extension 0.1 cannot name', () => {
    const doc = { ...(structuredClone(getDocumentDefinition('Vacancy')?.example) as object), extensions: { 'nl.acme.score': 1 } };
    expect(migrate(doc, '0.1')).toMatchObject({ ok: false, problems: [{ code: 'not-lossless', path: ['extensions', 'nl.acme.score'] }] });
  });
});

describe('validate checks the version a document declares', () => {
  const Vacancy = defined(getDocumentDefinition('Vacancy'), 'Vacancy');

  it('checks a 0.1 document as its upgrade and says so (VER-002)', () => {
    const result = validate(Vacancy, { ...vacancy01(), note: 'x' }, { asOf: '2026-06-01', locale: 'en' });
    expect(result.valid).toBe(true);
    expect(result.issues).toContainEqual(expect.objectContaining({ ruleId: 'VER-002', severity: 'warning', path: ['standardVersion'] }));
    expect(result.value).toMatchObject({ standardVersion: '0.2', extensions: { [UNKNOWN_FIELDS_0_1_KEY]: { note: 'x' } } });
  });

  it('an unknown version is an error (VER-001) and nothing else is checked', () => {
    const result = validate(Vacancy, { ...vacancy01(), standardVersion: '0.9', numberOfPlaces: -1 }, { locale: 'en' });
    expect(result).toEqual({
      valid: false,
      issues: [expect.objectContaining({ ruleId: 'VER-001', code: 'unknown-version', severity: 'error', path: ['standardVersion'] })],
    });
    expect(result.issues[0]?.message).toContain('newer than this software');
  });

  it('a version past its support date is an error (VER-001)', () => {
    const result = validate(Vacancy, vacancy01(), { asOf: '2028-01-01', locale: 'en' });
    expect(result.issues).toEqual([expect.objectContaining({ ruleId: 'VER-001', code: 'unsupported-version' })]);
  });

  it('a 0.1 document that needs a decision is an error (VER-003) naming the field', () => {
    const result = validate(
      defined(getDocumentDefinition('EmployerInstruction'), 'EmployerInstruction'),
      { ...instruction01(), extraNote: 'x' },
      { asOf: '2026-06-01' },
    );
    expect(result.valid).toBe(false);
    expect(result.issues).toContainEqual(expect.objectContaining({ ruleId: 'VER-003', path: ['extraNote'] }));
  });
});

describe('canonical examples per version', () => {
  it('the examples of 0.1 are exactly the ones its JSON Schemas published', () => {
    const byType = (docs: Record<string, unknown>[]) => Object.fromEntries(docs.map((d) => [d.documentType, d]));
    expect(byType(canonicalExamples('0.1'))).toEqual(byType(canonical0_1()));
  });

  it('the examples of the current version are the definitions’ examples', () => {
    expect(canonicalExamples(CURRENT_STANDARD_VERSION)).toEqual(documentDefinitions.map((d) => d.example));
  });
});
