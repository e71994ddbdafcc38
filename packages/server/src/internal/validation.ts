import {
  confidentialityRank,
  type DocumentDefinition,
  type Issue,
  migrate,
  STANDARD_VERSION,
  validate,
  validateTransition,
} from '@banenafspraak/core';
import type { Context } from 'hono';
import { ServerError } from '../errors.js';
import { lifecycleRolesOf } from '../policy.js';
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
  // An unknown field is named in its issue's path: not when its name could be a value.
  return { valid, ...(value ? { value } : {}), issues: issues.map((i) => ({ ...i, path: namedPath(i.path) })) };
}

// A lone surrogate (not valid Unicode, so not storable as UTF-8) or U+0000 (PostgreSQL text
// cannot hold it). Checked here, so create and `_valideer` give the same answer.
const LONE_SURROGATE = /[\ud800-\udbff](?![\udc00-\udfff])|(?<![\ud800-\udbff])[\udc00-\udfff]/;
const isUnsafeText = (s: string): boolean => s.includes('\u0000') || LONE_SURROGATE.test(s);

// A date or date-time in year 0000: valid ISO 8601, but PostgreSQL's date and timestamp have no year 0.
const YEAR_ZERO = /^0000-\d{2}-\d{2}(?:$|T)/;

const PLAIN_NAME = /^[A-Za-z$_][\w.:-]{0,63}$/;

/** A property name that can be repeated: a plain identifier without a run of 8 digits (a BSN). */
const isPlainName = (name: string): boolean => PLAIN_NAME.test(name) && !/\d{8}/.test(name);

/**
 * A path as an issue may show it: a property name that is not a plain identifier (free text,
 * a BSN as a key) becomes `*`, so error documents and validation reports never repeat it.
 */
export function namedPath(path: readonly (string | number)[]): (string | number)[] {
  return path.map((p) => (typeof p === 'number' || isPlainName(p) ? p : '*'));
}

/**
 * An issue for every string value or property name with unstorable characters, and for every
 * date in year 0000, at its path.
 */
export function unsafeTextIssues(input: unknown, locale: 'nl' | 'en'): Issue[] {
  const issues: Issue[] = [];
  const message =
    locale === 'en'
      ? 'Contains U+0000 or an unpaired surrogate, which cannot be stored.'
      : 'Bevat U+0000 of een losse surrogaat, die niet kunnen worden opgeslagen.';
  const yearZero =
    locale === 'en'
      ? 'Year 0000 does not exist in the calendar dates are stored in.'
      : 'Het jaar 0000 bestaat niet in de kalender van de opslag.';
  const walk = (value: unknown, path: (string | number)[]) => {
    if (typeof value === 'string') {
      if (isUnsafeText(value)) issues.push({ severity: 'error', code: 'invalid_characters', path, message });
      else if (YEAR_ZERO.test(value)) issues.push({ severity: 'error', code: 'invalid_date', path, message: yearZero });
    } else if (Array.isArray(value)) {
      for (const [i, v] of value.entries()) walk(v, [...path, i]);
    } else if (value !== null && typeof value === 'object') {
      for (const [k, v] of Object.entries(value)) {
        // A name that is not a plain identifier is not repeated: `*` stands for it in the path.
        if (isUnsafeText(k)) issues.push({ severity: 'error', code: 'invalid_characters', path, message });
        else walk(v, [...path, isPlainName(k) ? k : '*']);
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
        path: namedPath(p.path),
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

/**
 * A status change on PUT must be a transition of the document type's lifecycle (AGR-003, a
 * 400 like every invalid document) that the caller's process role may make (LCY-001, a 403).
 * Creation is not checked here: a record may be created in any status, so that existing cases
 * can be recorded (an ended placement, a paid declaration).
 */
export function requireTransition(c: Context<AppEnv>, definition: DocumentDefinition, previous: unknown, next: unknown): void {
  const check = validateTransition(
    definition,
    previous,
    next,
    { roles: lifecycleRolesOf(c.get('principal')) },
    { locale: c.get('locale') },
  );
  if (check.allowed) return;
  const issue = check.issues[0];
  const message = issue?.message ?? 'De statuswijziging is niet toegestaan.';
  if (issue?.ruleId === 'LCY-001') throw new ServerError('forbidden', message, { issues: check.issues });
  throw new ServerError('invalid-input', message, { issues: check.issues });
}
