import type { DocumentType } from '../common/building-blocks.js';
import type { JsonObject, MigrateOptions, Migration, MigrationProblem, MigrationReport, MigrationResult } from './migration.js';
import { migrationsTo0_2 } from './to-0.2.js';
import { CURRENT_STANDARD_VERSION, compareVersions, getStandardVersion, standardVersions } from './versions.js';

/** Every migration of the standard, in version order. */
export const migrations: readonly Migration[] = [...migrationsTo0_2];

/** The ordered up-migrations of one document type from one version to a later one. */
export function migrationsFor(type: DocumentType, from: string, to: string): readonly Migration[] {
  return migrations.filter((m) => m.documentTypes.includes(type) && compareVersions(m.from, from) >= 0 && compareVersions(m.to, to) <= 0);
}

function fail(code: MigrationProblem['code'], path: (string | number)[], messageNl: string, messageEn: string): MigrationResult {
  return { ok: false, problems: [{ code, path, messageNl, messageEn }] };
}

/**
 * Upgrades (or, where lossless, downgrades) a document to another version of the standard,
 * step by step. Returns the new document and a report of every change, or the problems a
 * person must decide. Pure: the input is not changed. A document already at `toVersion`
 * comes back equal with an empty report, so migrating twice changes nothing.
 *
 * Structure and business rules are not checked here: call {@link validate} on the result.
 *
 * @example
 * ```ts
 * const result = migrate(stored, '0.2');
 * if (result.ok) save(result.document); else console.log(result.problems);
 * ```
 */
export function migrate(document: unknown, toVersion: string = CURRENT_STANDARD_VERSION, options: MigrateOptions = {}): MigrationResult {
  if (document === null || typeof document !== 'object' || Array.isArray(document)) {
    return fail('not-a-document', [], 'Geen document (verwacht een JSON-object).', 'Not a document (expected a JSON object).');
  }
  const input = document as JsonObject;
  const fromVersion = input.standardVersion;
  if (typeof fromVersion !== 'string' || getStandardVersion(fromVersion) === undefined) {
    return fail(
      'unknown-version',
      ['standardVersion'],
      `Onbekende standardVersion; bekende versies: ${standardVersions.map((v) => v.version).join(', ')}.`,
      `Unknown standardVersion; known versions: ${standardVersions.map((v) => v.version).join(', ')}.`,
    );
  }
  const target = getStandardVersion(toVersion);
  if (target === undefined) {
    return fail('unknown-version', [], `Doelversie ${toVersion} bestaat niet.`, `Target version ${toVersion} does not exist.`);
  }
  const type = input.documentType;
  const source = getStandardVersion(fromVersion);
  if (source === undefined || typeof type !== 'string' || !source.documentTypes.includes(type as DocumentType)) {
    return fail(
      'unknown-document-type',
      ['documentType'],
      `Versie ${fromVersion} kent dit documentType niet.`,
      `Version ${fromVersion} has no such documentType.`,
    );
  }
  if (!target.documentTypes.includes(type as DocumentType)) {
    return fail(
      'not-lossless',
      ['documentType'],
      `Versie ${toVersion} kent dit documentType niet.`,
      `Version ${toVersion} has no such documentType.`,
    );
  }
  const up = compareVersions(fromVersion, toVersion) <= 0;
  const plan = up
    ? migrationsFor(type as DocumentType, fromVersion, toVersion)
    : [...migrationsFor(type as DocumentType, toVersion, fromVersion)].reverse();
  let current: JsonObject = structuredClone(input);
  const steps: MigrationReport['steps'] = [];
  for (const migration of plan) {
    const step = up ? migration.up : migration.down;
    if (step === undefined) {
      return fail(
        'not-lossless',
        [],
        `Stap ${migration.id} kan niet zonder verlies terug.`,
        `Step ${migration.id} cannot be undone without loss.`,
      );
    }
    const outcome = step(current, options);
    if (!outcome.ok) return { ok: false, problems: outcome.problems.map((p) => ({ migrationId: migration.id, ...p })) };
    current = outcome.document;
    steps.push({ migrationId: migration.id, changes: outcome.changes });
  }
  return { ok: true, document: current, report: { documentType: type, fromVersion, toVersion, steps } };
}
