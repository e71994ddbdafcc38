import { OIN_PREFIXES, isTestOin, isValidOin } from '../../identifiers/oin.js';
import { type RuleContext, type RuleFinding, defineRule, finding } from '../legacy.js';
import { NO_FINDINGS } from '../scope.js';
import { ALL_DOCUMENT_TYPES, documentIndex } from './internal.js';

const KNOWN = new Map(OIN_PREFIXES.map((p) => [p.prefix, p]));
const SHAPE = /^\d{20}$/;

function checkOin(path: readonly (string | number)[], value: string, ctx: RuleContext): RuleFinding | undefined {
  if (!SHAPE.test(value)) return finding(path, 'OIN moet uit precies 20 cijfers bestaan.', 'An OIN has exactly 20 digits.');
  const prefix = KNOWN.get(value.slice(0, 8));
  if (!prefix) return finding(path, 'OIN heeft een onbekend prefix.', 'The OIN has an unknown prefix.');
  if (!isValidOin(value))
    return finding(path, `Een OIN met prefix ${prefix.prefix} eindigt op ${prefix.padding}.`, `An OIN with prefix ${prefix.prefix} ends in ${prefix.padding}.`);
  if (ctx.environment === 'production' && isTestOin(value))
    return finding(path, 'Test-OIN (prefix 00000099) in productiegegevens.', 'Test OIN (prefix 00000099) in production data.', {
      severity: 'warning',
      code: 'IDN-006.test-oin',
    });
  return undefined;
}

/**
 * IDN-006: an OIN has 20 digits, a known prefix and the padding that goes with the prefix;
 * a test OIN (prefix `00000099`) in production is a warning.
 *
 * @remarks
 * OINs appear as organisation references with scheme `OIN`, whose value the schema does not
 * type. Whether the data is production comes from the validation's `environment`.
 */
export const IDN_006 = defineRule<unknown>({
  id: 'IDN-006',
  appliesTo: ALL_DOCUMENT_TYPES,
  severity: 'error',
  titleNl: 'OIN: 20 cijfers, bekend prefix, opvulling past bij het prefix; test-OIN in productie is een waarschuwing',
  titleEn: 'OIN: 20 digits, known prefix, padding consistent with the prefix; test OIN in production is a warning',
  source: 'R35',
  check(doc, ctx) {
    const refs = documentIndex(doc, ctx).orgRefs;
    let out: RuleFinding[] | undefined;
    for (let i = 0; i < refs.length; i++) {
      const { path, scheme, value } = refs[i]!;
      if (scheme !== 'OIN') continue;
      const f = checkOin(path, value, ctx);
      if (f !== undefined) (out ??= []).push(f);
    }
    return out ?? NO_FINDINGS;
  },
});
