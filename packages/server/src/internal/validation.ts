import { confidentialityRank, type DocumentDefinition, type Issue, migrate, STANDARD_VERSION, validate } from '@banenafspraak/core';
import type { Context } from 'hono';
import { ServerError } from '../errors.js';
import type { AppEnv } from './http.js';

/** Runs core's `validate` plus the confidentiality floor; returns the value and every issue. */
export function validateDocument(
  c: Context<AppEnv>,
  definition: DocumentDefinition,
  input: unknown,
  previous?: unknown,
): { valid: boolean; value?: Record<string, unknown>; issues: Issue[] } {
  const locale = c.get('locale');
  const result = validate(definition, upgraded(c, definition, input), {
    locale,
    asOf: c.get('now')().slice(0, 10),
    ...(previous !== undefined ? { previous } : {}),
  });
  const issues = [...result.issues];
  const value = result.value as Record<string, unknown> | undefined;
  const level = value?.confidentiality as Parameters<typeof confidentialityRank>[0] | undefined;
  if (
    level &&
    confidentialityRank(level) < confidentialityRank(definition.confidentialityFloor) &&
    !issues.some((i) => i.path[0] === 'confidentiality' && i.severity === 'error')
  ) {
    issues.push({
      severity: 'error',
      code: 'confidentiality-below-floor',
      path: ['confidentiality'],
      message:
        locale === 'en'
          ? `Confidentiality must be at least ${definition.confidentialityFloor} for this document type.`
          : `De vertrouwelijkheid moet voor dit documenttype minstens ${definition.confidentialityFloor} zijn.`,
    });
  }
  issues.push(...unsafeTextIssues(input, locale));
  const valid = !issues.some((i) => i.severity === 'error');
  return { valid, ...(value ? { value } : {}), issues };
}

// A lone surrogate (not valid Unicode, so not storable as UTF-8) or U+0000 (PostgreSQL text
// cannot hold it). Checked here, so create and `_valideer` give the same answer.
const UNSAFE_TEXT = /\u0000|[\ud800-\udbff](?![\udc00-\udfff])|(?<![\ud800-\udbff])[\udc00-\udfff]/;

const PLAIN_NAME = /^[A-Za-z$_][\w.:-]{0,63}$/;

/** An issue for every string value or property name with unstorable characters, at its path. */
export function unsafeTextIssues(input: unknown, locale: 'nl' | 'en'): Issue[] {
  const issues: Issue[] = [];
  const message =
    locale === 'en'
      ? 'Contains U+0000 or an unpaired surrogate, which cannot be stored.'
      : 'Bevat U+0000 of een losse surrogaat, die niet kunnen worden opgeslagen.';
  const walk = (value: unknown, path: (string | number)[]) => {
    if (typeof value === 'string') {
      if (UNSAFE_TEXT.test(value)) issues.push({ severity: 'error', code: 'invalid_characters', path, message });
    } else if (Array.isArray(value)) value.forEach((v, i) => walk(v, [...path, i]));
    else if (value !== null && typeof value === 'object') {
      for (const [k, v] of Object.entries(value)) {
        // A name that is not a plain identifier is not repeated: `*` stands for it in the path.
        if (UNSAFE_TEXT.test(k)) issues.push({ severity: 'error', code: 'invalid_characters', path, message });
        else walk(v, [...path, PLAIN_NAME.test(k) ? k : '*']);
      }
    }
  };
  walk(input, []);
  return issues;
}

/** Like {@link validateDocument}, but throws a 400 problem listing every issue when invalid. */
export function requireValid(
  c: Context<AppEnv>,
  definition: DocumentDefinition,
  input: unknown,
  previous?: unknown,
): Record<string, unknown> & { id: string } {
  const r = validateDocument(c, definition, input, previous);
  if (!r.valid || !r.value) {
    const migration = c.get('migration');
    throw new ServerError(
      'invalid-input',
      `Het document voldoet niet aan de standaard (${r.issues.filter((i) => i.severity === 'error').length} fout(en)).`,
      {
        issues: r.issues,
        ...(migration ? { migration } : {}),
      },
    );
  }
  return r.value as Record<string, unknown> & { id: string };
}

/**
 * Gives a document to create a new id chosen by the server: an id in the body is ignored (as
 * in FHIR's create). A client-chosen id could collide with a record of another tenant, and
 * any answer to that (409, or an id other than the one sent) would reveal that it exists.
 */
export function withNewId(input: unknown): unknown {
  if (input === null || typeof input !== 'object' || Array.isArray(input)) return input;
  return { ...(input as Record<string, unknown>), id: crypto.randomUUID() };
}

/**
 * A document of an older standard version in the server's window is upgraded to the current
 * version before it is checked and stored; the report goes on the context, from where every
 * response (2xx and problem) carries it. A version outside the window is a 400 (VER-001), and
 * one that needs a person's decision a 400 naming the fields (VER-003).
 */
function upgraded(c: Context<AppEnv>, definition: DocumentDefinition, input: unknown): unknown {
  if (input === null || typeof input !== 'object' || Array.isArray(input)) return input;
  const { standardVersion, documentType } = input as { standardVersion?: unknown; documentType?: unknown };
  // Not a string or not this type: the structure check reports it.
  if (typeof standardVersion !== 'string' || standardVersion === STANDARD_VERSION || documentType !== definition.type) return input;
  const en = c.get('locale') === 'en';
  const window = c.get('standardVersions');
  if (!window.includes(standardVersion)) {
    const message = en
      ? `This server accepts standard versions ${window.join(', ')}; migrate the document first.`
      : `Deze server accepteert standaardversies ${window.join(', ')}; migreer het document eerst.`;
    throw new ServerError('invalid-input', message, {
      issues: [{ severity: 'error', code: 'unsupported-version', ruleId: 'VER-001', path: ['standardVersion'], message }],
    });
  }
  const result = migrate(input, STANDARD_VERSION);
  if (!result.ok) {
    throw new ServerError('invalid-input', 'Het document kan niet zonder keuze van een mens naar de huidige standaardversie.', {
      issues: result.problems.map((p) => ({
        severity: 'error' as const,
        code: p.code,
        ruleId: 'VER-003',
        path: [...p.path],
        message: en ? p.messageEn : p.messageNl,
      })),
    });
  }
  c.set('migration', result.report);
  return result.document;
}

/** Gives the document an id when it has none (objects only; other input fails validation anyway). */
export function withId(input: unknown, id?: string): unknown {
  if (input === null || typeof input !== 'object' || Array.isArray(input)) return input;
  const doc = input as Record<string, unknown>;
  if (id !== undefined) {
    if (doc.id !== undefined && doc.id !== id) {
      throw new ServerError('invalid-input', 'Het id in de body wijkt af van het id in het pad.', {
        issues: [{ severity: 'error', code: 'id_mismatch', path: ['id'], message: 'Het id in de body wijkt af van het id in het pad.' }],
      });
    }
    return { ...doc, id };
  }
  return doc.id === undefined ? { ...doc, id: crypto.randomUUID() } : doc;
}
