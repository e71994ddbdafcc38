import { passesElevenTest } from '../../identifiers/eleven-test.js';
import { isValidOin } from '../../identifiers/oin.js';
import { isValidRsinShape } from '../../identifiers/rsin.js';
import { ALL_DOCUMENT_TYPES } from '../document-types.js';
import { defineRule } from '../rule.js';

/** OIN prefix whose main number is an RSIN. */
const RSIN_OIN_PREFIX = '00000001';
const ELEVEN_TEST = { severity: 'warning', code: 'IDN-004.eleven-test' } as const;

/**
 * IDN-004: an RSIN has 9 digits (error); failing the 11-proef is a warning, because whether
 * the 11-proef applies to RSINs is UNCERTAIN.
 *
 * @remarks
 * RSINs appear in fields named `rsin` and inside OINs with prefix `00000001` (RSIN + `000`).
 * A malformed OIN is IDN-006's.
 */
export const IDN_004 = defineRule({
  id: 'IDN-004',
  appliesTo: ALL_DOCUMENT_TYPES,
  severity: 'error',
  otherSeverities: ['warning'],
  titleNl: 'RSIN 9 cijfers (fout); elfproef RSIN (waarschuwing)',
  titleEn: 'RSIN 9 digits (error); RSIN 11-proef (warning)',
  source: 'R34',
  messages: {
    shape: { nl: 'RSIN moet uit precies 9 cijfers bestaan.', en: 'An RSIN has exactly 9 digits.' },
    elevenTest: {
      nl: 'RSIN voldoet niet aan de elfproef; controleer het nummer.',
      en: 'RSIN does not pass the 11-proef; check the number.',
    },
  },
  check(_doc, ctx) {
    const { rsin, orgRefs } = ctx.facts.identifiers;
    for (const { path, value } of rsin) {
      if (!isValidRsinShape(value)) ctx.report(path, 'shape');
      else if (!passesElevenTest(value)) ctx.report(path, 'elevenTest', undefined, ELEVEN_TEST);
    }
    for (const { path, scheme, value } of orgRefs)
      if (scheme === 'OIN' && isValidOin(value) && value.startsWith(RSIN_OIN_PREFIX) && !passesElevenTest(value.slice(8, 17)))
        ctx.report(path, 'elevenTest', undefined, ELEVEN_TEST);
  },
});
