import type { Issue, Locale } from '../validation/issue.js';
import { migrate } from './migrate.js';
import { countChanges, type MigrationReport } from './migration.js';
import { CURRENT_STANDARD_VERSION, compareVersions, getStandardVersion, supportedStandardVersions } from './versions.js';

/** A numbered check about the version a document declares (rendered in docs/standard/rules.md). */
export interface VersionRule {
  readonly id: string;
  readonly severity: 'error' | 'warning';
  readonly titleNl: string;
  readonly titleEn: string;
}

/** The version checks `validate` runs before the structure. */
export const versionRules: readonly VersionRule[] = [
  {
    id: 'VER-001',
    severity: 'error',
    titleNl: 'standardVersion is een versie van de standaard die deze software nog ondersteunt',
    titleEn: 'standardVersion is a version of the standard this software still supports',
  },
  {
    id: 'VER-002',
    severity: 'warning',
    titleNl: 'Een document van een oudere versie is gecontroleerd zoals het na upgraden luidt; upgrade het voor opslag',
    titleEn: 'A document of an older version is checked as upgraded; upgrade it before storing',
  },
  {
    id: 'VER-003',
    severity: 'error',
    titleNl: 'Een document van een oudere versie is zonder menselijke keuze te upgraden',
    titleEn: 'A document of an older version can be upgraded without a person deciding',
  },
];

/** Outcome of {@link checkStandardVersion}. */
export interface VersionCheck {
  /** True when nothing else can be checked (unknown, unsupported or not upgradable version). */
  readonly stop: boolean;
  readonly issues: readonly Issue[];
  /** The document to check further: the input, or its upgrade to the current version. */
  readonly document: unknown;
  /** What the upgrade changed, when there was one. */
  readonly migration?: MigrationReport;
}

/**
 * Checks the `standardVersion` a document declares. A document of the current version passes
 * as it is; one of an older supported version is upgraded (VER-002) so that the rest of the
 * validation sees it as the current version; an unknown or no longer supported version stops
 * validation (VER-001). A missing or non-string version is left to the structure check.
 */
export function checkStandardVersion(documentType: string, input: unknown, locale: Locale, asOf: string): VersionCheck {
  if (input === null || typeof input !== 'object' || Array.isArray(input)) return { stop: false, issues: [], document: input };
  const declared = (input as { standardVersion?: unknown }).standardVersion;
  if (typeof declared !== 'string' || declared === CURRENT_STANDARD_VERSION) return { stop: false, issues: [], document: input };
  const en = locale === 'en';
  const supported = supportedStandardVersions(asOf);
  const known = getStandardVersion(declared);
  if (known === undefined || !supported.includes(declared)) {
    const newer = known === undefined && /^\d+\.\d+$/.test(declared) && compareVersions(declared, CURRENT_STANDARD_VERSION) > 0;
    const list = supported.join(', ');
    const message =
      known !== undefined
        ? en
          ? `Standard version ${declared} is no longer supported; supported: ${list}.`
          : `Standaardversie ${declared} wordt niet meer ondersteund; ondersteund: ${list}.`
        : newer
          ? en
            ? `Unknown standard version: newer than this software (${CURRENT_STANDARD_VERSION}); supported: ${list}.`
            : `Onbekende standaardversie: nieuwer dan deze software (${CURRENT_STANDARD_VERSION}); ondersteund: ${list}.`
          : en
            ? `Unknown standard version; supported: ${list}.`
            : `Onbekende standaardversie; ondersteund: ${list}.`;
    return {
      stop: true,
      document: input,
      issues: [
        {
          severity: 'error',
          code: known === undefined ? 'unknown-version' : 'unsupported-version',
          ruleId: 'VER-001',
          path: ['standardVersion'],
          message,
        },
      ],
    };
  }
  if ((input as { documentType?: unknown }).documentType !== documentType) return { stop: false, issues: [], document: input };
  const result = migrate(input, CURRENT_STANDARD_VERSION);
  if (!result.ok) {
    return {
      stop: true,
      document: input,
      issues: result.problems.map((p) => ({
        severity: 'error' as const,
        code: p.code,
        ruleId: 'VER-003',
        path: [...p.path],
        message: en ? p.messageEn : p.messageNl,
      })),
    };
  }
  const n = countChanges(result.report) - 1; // the version itself is always one change
  return {
    stop: false,
    document: result.document,
    migration: result.report,
    issues: [
      {
        severity: 'warning',
        code: 'older-version',
        ruleId: 'VER-002',
        path: ['standardVersion'],
        message: en
          ? `Document follows standard version ${declared}; checked as upgraded to ${CURRENT_STANDARD_VERSION} (${n} other change${n === 1 ? '' : 's'}). Upgrade it with migrate() before storing.`
          : `Document volgt standaardversie ${declared}; gecontroleerd als geüpgraded naar ${CURRENT_STANDARD_VERSION} (${n} andere wijziging${n === 1 ? '' : 'en'}). Upgrade het met migrate() voor opslag.`,
      },
    ],
  };
}
