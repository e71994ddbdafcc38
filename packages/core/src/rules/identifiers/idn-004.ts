import { passesElevenTest } from '../../identifiers/eleven-test.js';
import { isValidOin } from '../../identifiers/oin.js';
import { isValidRsinShape } from '../../identifiers/rsin.js';
import { type RuleFinding, defineRule, finding } from '../legacy.js';
import { NO_FINDINGS } from '../scope.js';
import { ALL_DOCUMENT_TYPES, documentIndex } from './internal.js';

/** OIN prefix whose main number is an RSIN. */
const RSIN_OIN_PREFIX = '00000001';

function warn(path: readonly (string | number)[]): RuleFinding {
  return finding(path, 'RSIN voldoet niet aan de elfproef; controleer het nummer.', 'RSIN does not pass the 11-proef; check the number.', {
    severity: 'warning',
    code: 'IDN-004.eleven-test',
  });
}

/**
 * IDN-004: an RSIN has 9 digits (error); failing the 11-proef is a warning, because whether
 * the 11-proef applies to RSINs is UNCERTAIN.
 *
 * @remarks
 * RSINs appear in fields named `rsin` and inside OINs with prefix `00000001` (RSIN + `000`).
 * A malformed OIN is IDN-006's.
 */
export const IDN_004 = defineRule<unknown>({
  id: 'IDN-004',
  appliesTo: ALL_DOCUMENT_TYPES,
  severity: 'error',
  titleNl: 'RSIN 9 cijfers (fout); elfproef RSIN (waarschuwing)',
  titleEn: 'RSIN 9 digits (error); RSIN 11-proef (warning)',
  source: 'R34',
  check(doc, ctx) {
    const index = documentIndex(doc, ctx);
    let out: RuleFinding[] | undefined;
    for (const { path, value } of index.rsin) {
      if (!isValidRsinShape(value)) (out ??= []).push(finding(path, 'RSIN moet uit precies 9 cijfers bestaan.', 'An RSIN has exactly 9 digits.'));
      else if (!passesElevenTest(value)) (out ??= []).push(warn(path));
    }
    const refs = index.orgRefs;
    for (let i = 0; i < refs.length; i++) {
      const { path, scheme, value } = refs[i]!;
      if (scheme !== 'OIN') continue;
      if (isValidOin(value) && value.startsWith(RSIN_OIN_PREFIX) && !passesElevenTest(value.slice(8, 17))) (out ??= []).push(warn(path));
    }
    return out ?? NO_FINDINGS;
  },
});
