import { FinancierList } from '../../codelists/financier.js';
import { InstrumentList } from '../../codelists/instrument.js';
import type { Placement } from '../../documents/placement.js';
import { type RuleFinding, defineRule, finding } from '../legacy.js';
import { NO_FINDINGS } from '../scope.js';
import { grantPath, liveGrants } from './internal.js';

/** Provisions either UWV or the municipality pays, depending on the person's group (R23). */
const BY_GROUP = ['JOBCOACH_EXTERNAL', 'JOBCOACH_INTERNAL', 'WORKPLACE_ADAPTATION', 'COMMUTE_TRANSPORT', 'PORTABLE_AIDS', 'INTERPRETER'];
const PW_BASES = ['PW_NO_WML_CAPACITY', 'PW_WML_WITH_JOBCOACH'];

/** A financier with its article: "UWV", "de gemeente" / "the municipality". */
function who(code: string, locale: 'nl' | 'en'): string {
  const label = FinancierList.label(code, locale);
  return code === 'UWV' ? label : `${locale === 'nl' ? 'de' : 'the'} ${label}`;
}

/**
 * INS-001: the financier fits the instrument (code list `Instrument.financiers`) and the
 * person's group: LKS is paid by the municipality of residence (*woonplaatsbeginsel*);
 * provisions by UWV for Wajong, by the municipality for the Participatiewet group.
 *
 * @remarks
 * The group check runs only when the record carries the register basis; messages never name
 * the basis or the municipality of residence.
 */
export const INS_001 = defineRule<Placement>({
  id: 'INS-001',
  appliesTo: ['Placement'],
  severity: 'error',
  titleNl: 'Financier past bij de voorziening en de doelgroep',
  titleEn: 'Financier consistent with instrument and group',
  source: 'R10, R16, R23',
  check(p, ctx) {
    let out: RuleFinding[] | undefined;
    const basis = p.candidate.targetGroup?.basis;
    for (const { grant: g, index } of liveGrants(p, undefined, ctx)) {
      const allowed = (InstrumentList.get(g.instrument)?.financiers ?? []) as readonly string[];
      if (!allowed.includes(g.financier)) {
        const nl = allowed.map((f) => who(f, 'nl')).join(' of ');
        const en = allowed.map((f) => who(f, 'en')).join(' or ');
        (out ??= []).push(
          finding(
            grantPath(index, 'financier'),
            `${InstrumentList.label(g.instrument, 'nl')} wordt betaald door ${nl}, niet door ${who(g.financier, 'nl')}.`,
            `${InstrumentList.label(g.instrument, 'en')} is paid by ${en}, not by ${who(g.financier, 'en')}.`,
          ),
        );
        continue;
      }
      const residence = p.candidate.residenceMunicipality;
      if ((g.instrument === 'LKS' || g.instrument === 'LKS_FIXED_RATE') && residence && g.financingParty?.scheme === 'GM' && g.financingParty.value !== residence)
        (out ??= []).push(
          finding(
            grantPath(index, 'financingParty', 'value'),
            'Loonkostensubsidie wordt betaald door de woongemeente van de werknemer (woonplaatsbeginsel).',
            "Wage-cost subsidy is paid by the employee's municipality of residence.",
          ),
        );
      if (BY_GROUP.includes(g.instrument) && basis !== undefined) {
        const expected = basis === 'WAJONG' ? 'UWV' : PW_BASES.includes(basis) ? 'MUNICIPALITY' : undefined;
        if (expected && g.financier !== expected)
          (out ??= []).push(
            finding(
              grantPath(index, 'financier'),
              `Voor de doelgroep van deze werknemer betaalt ${who(expected, 'nl')} deze voorziening.`,
              `For this employee's target group ${who(expected, 'en')} pays this provision.`,
            ),
          );
      }
    }
    return out ?? NO_FINDINGS;
  },
});
