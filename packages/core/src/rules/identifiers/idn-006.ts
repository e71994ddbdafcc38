import { isTestOin, isValidOin, OIN_PREFIXES } from '../../identifiers/oin.js';
import { ALL_DOCUMENT_TYPES } from '../document-types.js';
import { defineRule } from '../rule.js';

const KNOWN = new Map(OIN_PREFIXES.map((p) => [p.prefix, p]));
const SHAPE = /^\d{20}$/;

/**
 * IDN-006: an OIN has 20 digits, a known prefix and the padding that goes with the prefix;
 * a test OIN (prefix `00000099`) in production is a warning.
 *
 * @remarks
 * OINs appear as organisation references with scheme `OIN`, whose value the schema does not
 * type. Whether the data is production comes from the validation's `environment`.
 */
export const IDN_006 = defineRule({
  id: 'IDN-006',
  appliesTo: ALL_DOCUMENT_TYPES,
  severity: 'error',
  otherSeverities: ['warning'],
  titleNl: 'OIN: 20 cijfers, bekend prefix, opvulling past bij het prefix; test-OIN in productie is een waarschuwing',
  titleEn: 'OIN: 20 digits, known prefix, padding consistent with the prefix; test OIN in production is a warning',
  source: 'R35',
  messages: {
    shape: { nl: 'OIN moet uit precies 20 cijfers bestaan.', en: 'An OIN has exactly 20 digits.' },
    unknownPrefix: { nl: 'OIN heeft een onbekend prefix.', en: 'The OIN has an unknown prefix.' },
    padding: {
      nl: (p: { prefix: string; padding: string }) => `Een OIN met prefix ${p.prefix} eindigt op ${p.padding}.`,
      en: (p: { prefix: string; padding: string }) => `An OIN with prefix ${p.prefix} ends in ${p.padding}.`,
    },
    testOin: { nl: 'Test-OIN (prefix 00000099) in productiegegevens.', en: 'Test OIN (prefix 00000099) in production data.' },
  },
  check(_doc, ctx) {
    for (const { path, scheme, value } of ctx.facts.identifiers.orgRefs) {
      if (scheme !== 'OIN') continue;
      const prefix = KNOWN.get(value.slice(0, 8));
      if (!SHAPE.test(value)) ctx.report(path, 'shape');
      else if (!prefix) ctx.report(path, 'unknownPrefix');
      else if (!isValidOin(value)) ctx.report(path, 'padding', { prefix: prefix.prefix, padding: prefix.padding });
      else if (ctx.environment === 'production' && isTestOin(value))
        ctx.report(path, 'testOin', undefined, { severity: 'warning', code: 'IDN-006.test-oin' });
    }
  },
});
