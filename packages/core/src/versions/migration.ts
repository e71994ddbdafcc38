import * as z from 'zod';
import type { DocumentType } from '../common/building-blocks.js';

/** A document as plain JSON data, before any schema has looked at it. */
export type JsonObject = { [key: string]: unknown };

const PathSchema = z.array(z.union([z.string(), z.int()]));

/** What one migration step did to one place in a document. Names paths and codes, never values. */
export const MigrationChange = z
  .object({
    kind: z
      .enum(['moved', 'renamed-code', 'filled-default', 'set'])
      .describe(
        'moved: the value now lives at `to` (nothing lost); renamed-code: a code was replaced by its successor; filled-default: a field the new version requires got its documented default; set: a header field changed, e.g. standardVersion.',
      ),
    path: PathSchema.describe('Where the value was (or is, for set and filled-default).'),
    to: PathSchema.optional().describe('Where the value is now, for moved.'),
    from: z.string().optional().describe('Old code or version, for renamed-code and set (standard codes, never personal data).'),
    value: z.string().optional().describe('New code or version, for renamed-code and set.'),
    messageNl: z.string(),
    messageEn: z.string(),
  })
  .meta({
    id: 'MigrationChange',
    title: 'Migratiewijziging',
    description: 'One change a migration step made; names paths and codes, never values.',
  });
export type MigrationChange = z.infer<typeof MigrationChange>;

/** Why a document cannot be migrated without a person's decision. */
export interface MigrationProblem {
  /**
   * `unknown-version`, `unsupported-version`, `unknown-document-type`, `not-a-document`,
   * `needs-decision` (the data is ambiguous) or `not-lossless` (a down-migration would lose data).
   */
  readonly code: 'unknown-version' | 'unsupported-version' | 'unknown-document-type' | 'not-a-document' | 'needs-decision' | 'not-lossless';
  readonly path: readonly (string | number)[];
  readonly migrationId?: string;
  readonly messageNl: string;
  readonly messageEn: string;
}

/** Outcome of one migration function. */
export type StepOutcome =
  | { readonly ok: true; readonly document: JsonObject; readonly changes: MigrationChange[] }
  | { readonly ok: false; readonly problems: readonly MigrationProblem[] };

/** Options that settle what a migration would otherwise have to ask a person. */
export interface MigrateOptions {
  /**
   * Reverse-DNS namespace per 0.1 vendor prefix, e.g. `{ acme: 'nl.acme' }` turns the 0.1
   * extension key `x-acme-score` into `nl.acme.score`. Without one, the key moves to the
   * reserved `nl.banenafspraak.v0-1.<vendor>` namespace (see docs/standard/compatibility.md).
   */
  readonly extensionNamespaces?: Readonly<Record<string, string>>;
}

/**
 * One small, pure step between two consecutive versions. `up` never mutates its input. A
 * `down` exists only where the step can be undone without losing data; it reports
 * `not-lossless` for a document it cannot undo exactly.
 */
export interface Migration {
  /** Stable id, `<to version>/<name>`, e.g. `0.2/unknown-fields-to-extensions`. */
  readonly id: string;
  readonly from: string;
  readonly to: string;
  /** Document types the step applies to. */
  readonly documentTypes: readonly DocumentType[];
  readonly titleNl: string;
  readonly titleEn: string;
  readonly up: (document: JsonObject, options: MigrateOptions) => StepOutcome;
  readonly down?: (document: JsonObject, options: MigrateOptions) => StepOutcome;
}

/** Everything a migration changed, step by step. */
export const MigrationReport = z
  .object({
    documentType: z.string().describe('Type of the migrated document.'),
    fromVersion: z.string().describe('Version the document declared.'),
    toVersion: z.string().describe('Version it was migrated to.'),
    steps: z
      .array(z.object({ migrationId: z.string().describe('Id of the migration step.'), changes: z.array(MigrationChange) }))
      .describe('Steps that ran, in order, each with its changes (empty when the step had nothing to do).'),
  })
  .meta({
    id: 'MigrationReport',
    title: 'Migratierapport',
    description: 'What migrating a document to another version of the standard changed, step by step.',
  });
export type MigrationReport = z.infer<typeof MigrationReport>;

/** Result of {@link migrate}. */
export type MigrationResult =
  | { readonly ok: true; readonly document: JsonObject; readonly report: MigrationReport }
  | { readonly ok: false; readonly problems: readonly MigrationProblem[] };

/** Number of changes in a report (0: the document only had its version raised, or nothing). */
export function countChanges(report: MigrationReport): number {
  return report.steps.reduce((n, s) => n + s.changes.length, 0);
}
