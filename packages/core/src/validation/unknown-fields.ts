import type { Issue, Locale } from './issue.js';

/**
 * One issue per unknown field, at the field's own path, so a caller can point at it. The
 * message says where extra data belongs; it does not repeat the key (the path has it).
 */
export function unknownFieldIssues(objectPath: readonly (string | number)[], keys: readonly string[], locale: Locale): Issue[] {
  return keys.map((key) => ({
    severity: 'error' as const,
    code: 'unrecognized_keys',
    path: [...objectPath, key],
    message:
      locale === 'en'
        ? 'Unknown field: the standard has no such field here. Put extra data in "extensions" under a namespaced key (e.g. nl.acme.intakeScore).'
        : 'Onbekend veld: de standaard kent dit veld hier niet. Zet aanvullende gegevens in "extensions" onder een sleutel met naamruimte (bijv. nl.acme.intakeScore).',
  }));
}
