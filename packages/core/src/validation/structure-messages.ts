import type * as z from 'zod';
import type { Locale } from './issue.js';

// Our own wording for zod's structural issues: messages must never echo input values
// (a BSN or instruction text could be the input), so only the issue kind and the
// schema's own bounds are used.
type ZodIssue = z.core.$ZodIssue;

const typeNames: Record<string, { nl: string; en: string }> = {
  string: { nl: 'tekst', en: 'text' },
  number: { nl: 'getal', en: 'number' },
  int: { nl: 'geheel getal', en: 'integer' },
  boolean: { nl: 'ja/nee-waarde', en: 'boolean' },
  object: { nl: 'object', en: 'object' },
  array: { nl: 'lijst', en: 'list' },
};

function typeName(t: string, locale: Locale): string {
  const n = typeNames[t];
  return n ? n[locale] : t;
}

/** Dutch or English message for a structural zod issue, without the input value. */
export function structureMessage(issue: ZodIssue, locale: Locale, missing: boolean): string {
  const nl = locale === 'nl';
  if (missing) return nl ? 'Verplicht veld ontbreekt.' : 'Required field is missing.';
  switch (issue.code) {
    case 'invalid_type':
      return nl ? `Verwacht: ${typeName(String(issue.expected), 'nl')}.` : `Expected ${typeName(String(issue.expected), 'en')}.`;
    case 'invalid_value':
      if (issue.values.length === 1)
        return nl ? `Waarde moet ${JSON.stringify(issue.values[0])} zijn.` : `Value must be ${JSON.stringify(issue.values[0])}.`;
      if (issue.values.length <= 12)
        return nl ? `Onbekende code; toegestaan: ${issue.values.join(', ')}.` : `Unknown code; allowed: ${issue.values.join(', ')}.`;
      return nl ? 'Onbekende code.' : 'Unknown code.';
    case 'invalid_format':
      return formatMessage(issue, locale);
    case 'too_small': {
      const o = issue.origin;
      const min = String(issue.minimum);
      if (o === 'string') return nl ? `Minimaal ${min} teken(s).` : `At least ${min} character(s).`;
      if (o === 'array' || o === 'set') return nl ? `Minimaal ${min} element(en).` : `At least ${min} item(s).`;
      return issue.inclusive
        ? nl
          ? `Moet minimaal ${min} zijn.`
          : `Must be at least ${min}.`
        : nl
          ? `Moet groter zijn dan ${min}.`
          : `Must be greater than ${min}.`;
    }
    case 'too_big': {
      const o = issue.origin;
      const max = String(issue.maximum);
      if (o === 'string') return nl ? `Maximaal ${max} tekens.` : `At most ${max} characters.`;
      if (o === 'array' || o === 'set') return nl ? `Maximaal ${max} elementen.` : `At most ${max} items.`;
      return issue.inclusive
        ? nl
          ? `Mag maximaal ${max} zijn.`
          : `Must be at most ${max}.`
        : nl
          ? `Moet kleiner zijn dan ${max}.`
          : `Must be less than ${max}.`;
    }
    case 'unrecognized_keys':
      return nl
        ? `Onbekende velden zijn niet toegestaan: ${issue.keys.join(', ')}.`
        : `Unknown fields are not allowed: ${issue.keys.join(', ')}.`;
    case 'invalid_union':
      return nl ? 'Waarde past bij geen van de toegestane vormen.' : 'Value matches none of the allowed shapes.';
    case 'invalid_key':
      return nl ? 'Ongeldige sleutel.' : 'Invalid key.';
    case 'not_multiple_of':
      return nl ? `Moet een veelvoud zijn van ${String(issue.divisor)}.` : `Must be a multiple of ${String(issue.divisor)}.`;
    case 'custom': {
      // Custom messages come from our own schemas (identifier checks) and are static text.
      const params = (issue.params ?? {}) as { nl?: string; en?: string };
      if (params.nl && params.en) return nl ? params.nl : params.en;
      return issue.message;
    }
    default:
      return nl ? 'Ongeldige waarde.' : 'Invalid value.';
  }
}

function formatMessage(issue: Extract<ZodIssue, { code: 'invalid_format' }>, locale: Locale): string {
  const nl = locale === 'nl';
  switch (issue.format) {
    case 'date':
      return nl ? 'Ongeldige datum; verwacht JJJJ-MM-DD.' : 'Invalid date; expected YYYY-MM-DD.';
    case 'datetime':
      return nl ? 'Ongeldig tijdstip; verwacht ISO 8601 met tijdzone.' : 'Invalid date-time; expected ISO 8601 with offset.';
    case 'email':
      return nl ? 'Ongeldig e-mailadres.' : 'Invalid e-mail address.';
    case 'uuid':
      return nl ? 'Ongeldige UUID.' : 'Invalid UUID.';
    case 'url':
      return nl ? 'Ongeldige URL.' : 'Invalid URL.';
    case 'regex':
      // Identifier schemas give their own wording through the issue message.
      return issue.message && !issue.message.startsWith('Invalid')
        ? issue.message
        : nl
          ? 'Waarde heeft niet het verwachte formaat.'
          : 'Value does not have the expected format.';
    default:
      return nl ? 'Waarde heeft niet het verwachte formaat.' : 'Value does not have the expected format.';
  }
}
