// Migrations from standard version 0.1 to 0.2 (strict documents). Each step is a small pure
// function over plain JSON; see docs/standard/compatibility.md for what they promise.
import type { DocumentType } from '../common/building-blocks.js';
import { EXTENSION_KEY_PATTERN } from '../common/primitives.js';
import { isValidBsn } from '../identifiers/bsn-check.js';
import type { JsonObject, MigrateOptions, Migration, MigrationChange, MigrationProblem, StepOutcome } from './migration.js';

/** The fields every 0.1 document began with (the werkgeversinstructie had no status history). */
const ENVELOPE_0_1 = ['documentType', 'standardVersion', 'id', 'confidentiality', 'status', 'statusHistory'];

/**
 * Top-level fields of each document type in 0.1, frozen as published (test: equal to the
 * properties of `schemas/0.1/*.schema.json`). A later version adding a field never changes
 * this list, so a 0.1 field that 0.1 did not know is still recognised as unknown.
 *
 * @public
 */
export const TOP_LEVEL_FIELDS_0_1: Readonly<Partial<Record<DocumentType, readonly string[]>>> = {
  PartnershipAgreement: [
    ...ENVELOPE_0_1,
    'name',
    'employer',
    'publicParties',
    'regions',
    'intermediary',
    'relationshipValues',
    'reviews',
    'nextReviewOn',
    'declarationsOfIntent',
    'workingArrangements',
    'hasActiveExecutionPlan',
    'validFrom',
    'validTo',
    'extensions',
  ],
  ExecutionPlan: [
    ...ENVELOPE_0_1,
    'name',
    'partnershipId',
    'arrangementsVersion',
    'partnershipPeriod',
    'scope',
    'period',
    'targets',
    'processSteps',
    'instruments',
    'budget',
    'reporting',
    'evaluation',
    'extensions',
  ],
  Vacancy: [
    ...ENVELOPE_0_1,
    'employer',
    'establishment',
    'region',
    'partnershipId',
    'executionPlanId',
    'jobType',
    'numberOfPlaces',
    'placesFilled',
    'targetGroupPreference',
    'hoursPerWeek',
    'intendedContract',
    'receivedAt',
    'receivedBy',
    'contact',
    'closingDate',
    'extensions',
  ],
  Placement: [
    ...ENVELOPE_0_1,
    'candidate',
    'vacancyId',
    'vacancyPreference',
    'proposalId',
    'executionPlanId',
    'partnershipId',
    'type',
    'employer',
    'countingEmployer',
    'lender',
    'region',
    'municipality',
    'startDate',
    'plannedEndDate',
    'actualEndDate',
    'hoursPerWeek',
    'jobEquivalent',
    'contract',
    'trial',
    'precededBy',
    'precededByTrialAtSameEmployer',
    'candidateSource',
    'endReason',
    'instruments',
    'extensions',
  ],
  WageValueAssessment: [
    ...ENVELOPE_0_1,
    'placementId',
    'candidateId',
    'employer',
    'purpose',
    'method',
    'tool',
    'assessor',
    'referenceJob',
    'performedJob',
    'employeeHoursPerWeek',
    'fullTimeHoursPerWeek',
    'companyVisitOn',
    'reportOn',
    'faceToFace',
    'firstAssessment',
    'regularPerformance',
    'mainTasks',
    'components',
    'totalPerformancePct',
    'wageValuePct',
    'views',
    'established',
    'employerNotifiedOn',
    'reassessmentDue',
    'supersedes',
    'supersededBy',
    'extensions',
  ],
  EmployerInstruction: [
    ...ENVELOPE_0_1.filter((f) => f !== 'statusHistory'),
    'candidateId',
    'placementId',
    'author',
    'supportedBy',
    'drawnUpOn',
    'workImpacts',
    'adjustments',
    'instructionTips',
    'supportContacts',
    'consent',
    'notPartOfPersonnelFile',
    'reviewOn',
    'revokedOn',
    'employmentEndedOn',
    'purgedOn',
  ],
};

const TYPES_0_1 = Object.keys(TOP_LEVEL_FIELDS_0_1) as DocumentType[];
/** Types whose 0.1 documents had an `extensions` object (the werkgeversinstructie never had one: EMI-001). */
const WITH_EXTENSIONS = TYPES_0_1.filter((t) => TOP_LEVEL_FIELDS_0_1[t]?.includes('extensions'));

/**
 * Extension key under which 0.2 keeps the top-level fields a 0.1 document had but 0.1 did not define.
 *
 * @public
 */
export const UNKNOWN_FIELDS_0_1_KEY = 'nl.banenafspraak.v0-1.unknownFields';
/**
 * Namespace for 0.1 vendor extension keys `x-<vendor>-<name>` whose vendor has no namespace given.
 *
 * @public
 */
export const LEGACY_EXTENSIONS_0_1_NAMESPACE = 'nl.banenafspraak.v0-1';

const LEGACY_KEY = /^x-([a-z0-9]+)-([a-zA-Z0-9-]+)$/;

/** Sets an own property, also for keys like `__proto__` that plain assignment would misread. */
function put(target: JsonObject, key: string, value: unknown): void {
  Object.defineProperty(target, key, { value, enumerable: true, writable: true, configurable: true });
}

function isPlainObject(value: unknown): value is JsonObject {
  return value !== null && typeof value === 'object' && !Array.isArray(value);
}

function problem(migrationId: string, path: (string | number)[], messageNl: string, messageEn: string): MigrationProblem {
  return { code: 'needs-decision', migrationId, path, messageNl, messageEn };
}

/** A step that cannot go on without a decision at one path. */
function refuse(migrationId: string, path: (string | number)[], messageNl: string, messageEn: string): StepOutcome {
  return { ok: false, problems: [problem(migrationId, path, messageNl, messageEn)] };
}

/** `extensions` holds something other than an object: nothing can be moved into or out of it. */
function extensionsNotAnObject(migrationId: string): StepOutcome {
  return refuse(
    migrationId,
    ['extensions'],
    '"extensions" is geen object; kies waar deze gegevens heen moeten.',
    '"extensions" is not an object; decide where this data belongs.',
  );
}

/** A down step that would lose data at `path`. */
function notLossless(migrationId: string, path: (string | number)[], messageNl: string, messageEn: string): MigrationProblem {
  return { code: 'not-lossless', migrationId, path, messageNl, messageEn };
}

const EXTENSION_KEYS_ID = '0.2/extension-keys-reverse-dns';

/** What becomes of one extension key: kept, moved to `to`, or a problem. */
type KeyRename = 'keep' | { readonly to: string; readonly messageNl: string; readonly messageEn: string } | MigrationProblem;

/**
 * Rewrites each key of `extensions` as `rename` says, in order (`rename` sees the keys written
 * so far); the outcome lists every problem, or the document with the new `extensions`.
 */
function renameExtensionKeys(
  document: JsonObject,
  extensions: JsonObject,
  rename: (key: string, written: JsonObject) => KeyRename,
): StepOutcome {
  const next: JsonObject = {};
  const changes: MigrationChange[] = [];
  const problems: MigrationProblem[] = [];
  for (const [key, value] of Object.entries(extensions)) {
    const r = rename(key, next);
    if (r === 'keep') put(next, key, value);
    else if ('code' in r) problems.push(r);
    else {
      put(next, r.to, value);
      changes.push({ kind: 'moved', path: ['extensions', key], to: ['extensions', r.to], messageNl: r.messageNl, messageEn: r.messageEn });
    }
  }
  if (problems.length > 0) return { ok: false, problems };
  return { ok: true, document: { ...document, extensions: next }, changes };
}

/** `x-<vendor>-<name>` → `<namespace>.<name>`; the namespace from the options or the reserved legacy one. */
function upExtensionKeys(document: JsonObject, options: MigrateOptions): StepOutcome {
  const extensions = document.extensions;
  if (extensions === undefined) return { ok: true, document, changes: [] };
  if (!isPlainObject(extensions)) return extensionsNotAnObject(EXTENSION_KEYS_ID);
  return renameExtensionKeys(document, extensions, (key, written) => {
    const legacy = LEGACY_KEY.exec(key);
    if (!legacy) {
      if (EXTENSION_KEY_PATTERN.test(key)) return 'keep';
      return problem(
        EXTENSION_KEYS_ID,
        ['extensions', key],
        'Extensiesleutel past in geen enkele versie; geef hem een naamruimte (nl.acme.naam).',
        'Extension key fits no version; give it a namespace (nl.acme.name).',
      );
    }
    // Both groups always take part in a match.
    const [, vendor = '', name = ''] = legacy;
    const namespace = options.extensionNamespaces?.[vendor] ?? `${LEGACY_EXTENSIONS_0_1_NAMESPACE}.${vendor}`;
    const target = `${namespace}.${name}`;
    if (!EXTENSION_KEY_PATTERN.test(target) || Object.hasOwn(written, target) || Object.hasOwn(extensions, target)) {
      return problem(
        EXTENSION_KEYS_ID,
        ['extensions', key],
        'Deze 0.1-extensiesleutel heeft geen eenduidige 0.2-sleutel; geef een naamruimte op (extensionNamespaces).',
        'This 0.1 extension key has no unambiguous 0.2 key; pass a namespace (extensionNamespaces).',
      );
    }
    return {
      to: target,
      messageNl: `Extensiesleutel hernoemd naar de 0.2-vorm ${target}.`,
      messageEn: `Extension key renamed to the 0.2 form ${target}.`,
    };
  });
}

/** Inverse of {@link upExtensionKeys} for keys in the legacy namespace; any other key has no 0.1 form. */
function downExtensionKeys(document: JsonObject): StepOutcome {
  const extensions = document.extensions;
  if (!isPlainObject(extensions)) return { ok: true, document, changes: [] };
  const prefix = `${LEGACY_EXTENSIONS_0_1_NAMESPACE}.`;
  return renameExtensionKeys(document, extensions, (key) => {
    if (key === UNKNOWN_FIELDS_0_1_KEY) return 'keep';
    const rest = key.startsWith(prefix) ? key.slice(prefix.length) : undefined;
    const dot = rest?.indexOf('.') ?? -1;
    const legacy = rest !== undefined && dot > 0 ? `x-${rest.slice(0, dot)}-${rest.slice(dot + 1)}` : undefined;
    if (legacy === undefined || !LEGACY_KEY.test(legacy)) {
      return notLossless(
        EXTENSION_KEYS_ID,
        ['extensions', key],
        'Deze extensiesleutel bestaat niet in 0.1.',
        'This extension key has no 0.1 form.',
      );
    }
    return {
      to: legacy,
      messageNl: `Extensiesleutel terug naar de 0.1-vorm ${legacy}.`,
      messageEn: `Extension key back to the 0.1 form ${legacy}.`,
    };
  });
}

const UNKNOWN_FIELDS_ID = '0.2/unknown-fields-to-extensions';

/**
 * Whether a field 0.1 dropped on parse may hold a BSN: its name says so or is a valid BSN, or a
 * string in it is a valid BSN. Such a field is not moved into `extensions` (which every reader
 * of the document sees): a BSN belongs only in the restricted identity part, with a processing basis.
 */
function mayHoldBsn(key: string, value: unknown, depth = 0): boolean {
  if (depth === 0 && /bsn|burgerservice/i.test(key)) return true;
  if (isValidBsn(key) || isValidBsn(value)) return true;
  if (value === null || typeof value !== 'object' || depth > 20) return false;
  return Object.entries(value).some(([k, v]) => /bsn|burgerservice/i.test(k) || mayHoldBsn(k, v, depth + 1));
}

/** Top-level fields 0.1 did not define move into `extensions` under {@link UNKNOWN_FIELDS_0_1_KEY}. */
function upUnknownFields(document: JsonObject): StepOutcome {
  const type = document.documentType as DocumentType;
  // Types new in a later version have no 0.1 fields; migrate never takes them from 0.1.
  const known = new Set(TOP_LEVEL_FIELDS_0_1[type] ?? []);
  const unknown = Object.keys(document).filter((k) => !known.has(k));
  if (unknown.length === 0) return { ok: true, document, changes: [] };
  if (!WITH_EXTENSIONS.includes(type)) {
    return {
      ok: false,
      problems: unknown.map((k) =>
        problem(
          UNKNOWN_FIELDS_ID,
          [k],
          'Onbekend veld in een document zonder extensions: verwijder het of leg het elders vast.',
          'Unknown field in a document type without extensions: remove it or keep it elsewhere.',
        ),
      ),
    };
  }
  const personal = unknown.filter((k) => mayHoldBsn(k, document[k]));
  if (personal.length > 0) {
    return {
      ok: false,
      problems: personal.map((k) =>
        problem(
          UNKNOWN_FIELDS_ID,
          // A field named by a BSN is not named back: `*` stands for it.
          [isValidBsn(k) ? '*' : k],
          'Onbekend veld dat een BSN kan bevatten: een BSN hoort alleen in candidate.identity, met een verwerkingsgrondslag. Verwijder het veld of verplaats de gegevens daarheen.',
          'Unknown field that may hold a BSN: a BSN belongs only in candidate.identity, with a processing basis. Remove the field or move the data there.',
        ),
      ),
    };
  }
  const extensions = document.extensions ?? {};
  if (!isPlainObject(extensions)) return extensionsNotAnObject(UNKNOWN_FIELDS_ID);
  const bucket = extensions[UNKNOWN_FIELDS_0_1_KEY] ?? {};
  if (!isPlainObject(bucket) || unknown.some((k) => Object.hasOwn(bucket, k))) {
    return refuse(
      UNKNOWN_FIELDS_ID,
      ['extensions', UNKNOWN_FIELDS_0_1_KEY],
      'Deze extensie bestaat al met andere inhoud; kies welke waarde blijft.',
      'This extension already exists with other content; decide which value stays.',
    );
  }
  const moved: JsonObject = { ...bucket };
  const rest: JsonObject = {};
  for (const [k, v] of Object.entries(document)) {
    put(known.has(k) ? rest : moved, k, v);
  }
  rest.extensions = { ...extensions, [UNKNOWN_FIELDS_0_1_KEY]: moved };
  return {
    ok: true,
    document: rest,
    changes: unknown.map((k) => ({
      kind: 'moved' as const,
      path: [k],
      to: ['extensions', UNKNOWN_FIELDS_0_1_KEY, k],
      messageNl: 'Veld dat 0.1 niet kende verplaatst naar extensions (0.2 weigert onbekende velden).',
      messageEn: 'Field that 0.1 did not define moved into extensions (0.2 refuses unknown fields).',
    })),
  };
}

/** Inverse of {@link upUnknownFields}: the moved fields return to the top level. */
function downUnknownFields(document: JsonObject): StepOutcome {
  const extensions = document.extensions;
  if (!isPlainObject(extensions) || !Object.hasOwn(extensions, UNKNOWN_FIELDS_0_1_KEY)) return { ok: true, document, changes: [] };
  const bucket = extensions[UNKNOWN_FIELDS_0_1_KEY];
  if (!isPlainObject(bucket) || Object.keys(bucket).some((k) => Object.hasOwn(document, k))) {
    return {
      ok: false,
      problems: [
        notLossless(
          UNKNOWN_FIELDS_ID,
          ['extensions', UNKNOWN_FIELDS_0_1_KEY],
          'Deze velden kunnen niet terug naar het hoogste niveau.',
          'These fields cannot return to the top level.',
        ),
      ],
    };
  }
  const { [UNKNOWN_FIELDS_0_1_KEY]: _moved, ...others } = extensions;
  const next: JsonObject = { ...document, ...bucket };
  if (Object.keys(others).length > 0) next.extensions = others;
  else delete next.extensions;
  return {
    ok: true,
    document: next,
    changes: Object.keys(bucket).map((k) => ({
      kind: 'moved' as const,
      path: ['extensions', UNKNOWN_FIELDS_0_1_KEY, k],
      to: [k],
      messageNl: 'Veld terug naar het hoogste niveau.',
      messageEn: 'Field back at the top level.',
    })),
  };
}

function setVersion(to: string) {
  return (document: JsonObject): StepOutcome => ({
    ok: true,
    document: { ...document, standardVersion: to },
    changes: [
      {
        kind: 'set',
        path: ['standardVersion'],
        from: String(document.standardVersion),
        value: to,
        messageNl: `standardVersion is nu ${to}.`,
        messageEn: `standardVersion is now ${to}.`,
      },
    ],
  });
}

/** The steps from 0.1 to 0.2, in the order they run (`down`s run in reverse). */
export const migrationsTo0_2: readonly Migration[] = [
  {
    id: EXTENSION_KEYS_ID,
    from: '0.1',
    to: '0.2',
    documentTypes: WITH_EXTENSIONS,
    titleNl: 'Extensiesleutels `x-<leverancier>-<naam>` krijgen een omgekeerde-domeinnaamruimte.',
    titleEn: 'Extension keys `x-<vendor>-<name>` get a reverse-DNS namespace.',
    up: upExtensionKeys,
    down: downExtensionKeys,
  },
  {
    id: UNKNOWN_FIELDS_ID,
    from: '0.1',
    to: '0.2',
    documentTypes: TYPES_0_1,
    titleNl: `Velden op het hoogste niveau die 0.1 niet kende, gaan naar extensions onder \`${UNKNOWN_FIELDS_0_1_KEY}\`.`,
    titleEn: `Top-level fields 0.1 did not define move into extensions under \`${UNKNOWN_FIELDS_0_1_KEY}\`.`,
    up: upUnknownFields,
    down: downUnknownFields,
  },
  {
    id: '0.2/standard-version',
    from: '0.1',
    to: '0.2',
    documentTypes: TYPES_0_1,
    titleNl: 'standardVersion wordt 0.2.',
    titleEn: 'standardVersion becomes 0.2.',
    up: setVersion('0.2'),
    down: setVersion('0.1'),
  },
];
