import { FinancierList } from '../../codelists/financier.js';
import { type Instrument, InstrumentList } from '../../codelists/instrument.js';
import { defineRule } from '../rule.js';
import { grantPath } from './internal.js';

/** Provisions either UWV or the municipality pays, depending on the person's group (R23). */
const BY_GROUP: readonly Instrument[] = [
  'JOBCOACH_EXTERNAL',
  'JOBCOACH_INTERNAL',
  'WORKPLACE_ADAPTATION',
  'COMMUTE_TRANSPORT',
  'PORTABLE_AIDS',
  'INTERPRETER',
];
const PW_BASES: readonly string[] = ['PW_NO_WML_CAPACITY', 'PW_WML_WITH_JOBCOACH'];

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
export const INS_001 = defineRule({
  id: 'INS-001',
  appliesTo: 'Placement',
  severity: 'error',
  titleNl: 'Financier past bij de voorziening en de doelgroep',
  titleEn: 'Financier consistent with instrument and group',
  source: 'R10, R16, R23',
  messages: {
    wrongFinancier: {
      nl: (p: { instrument: Instrument; allowed: readonly string[]; financier: string }) =>
        `${InstrumentList.label(p.instrument, 'nl')} wordt betaald door ${p.allowed.map((f) => who(f, 'nl')).join(' of ')}, niet door ${who(p.financier, 'nl')}.`,
      en: (p: { instrument: Instrument; allowed: readonly string[]; financier: string }) =>
        `${InstrumentList.label(p.instrument, 'en')} is paid by ${p.allowed.map((f) => who(f, 'en')).join(' or ')}, not by ${who(p.financier, 'en')}.`,
    },
    residence: {
      nl: 'Loonkostensubsidie wordt betaald door de woongemeente van de werknemer (woonplaatsbeginsel).',
      en: "Wage-cost subsidy is paid by the employee's municipality of residence.",
    },
    byGroup: {
      nl: (p: { expected: string }) => `Voor de doelgroep van deze werknemer betaalt ${who(p.expected, 'nl')} deze voorziening.`,
      en: (p: { expected: string }) => `For this employee's target group ${who(p.expected, 'en')} pays this provision.`,
    },
  },
  check(placement, ctx) {
    const basis = placement.candidate.targetGroup?.basis;
    const residence = placement.candidate.residenceMunicipality;
    for (const { grant, index } of ctx.facts.liveGrants) {
      const allowed: readonly string[] = InstrumentList.get(grant.instrument)?.financiers ?? [];
      if (!allowed.includes(grant.financier)) {
        ctx.report(grantPath(index, 'financier'), 'wrongFinancier', { instrument: grant.instrument, allowed, financier: grant.financier });
        continue;
      }
      const payer = grant.financingParty;
      if (
        (grant.instrument === 'LKS' || grant.instrument === 'LKS_FIXED_RATE') &&
        residence &&
        payer?.scheme === 'GM' &&
        payer.value !== residence
      )
        ctx.report(grantPath(index, 'financingParty', 'value'), 'residence');
      if (BY_GROUP.includes(grant.instrument) && basis !== undefined) {
        const expected = basis === 'WAJONG' ? 'UWV' : PW_BASES.includes(basis) ? 'MUNICIPALITY' : undefined;
        if (expected && grant.financier !== expected) ctx.report(grantPath(index, 'financier'), 'byGroup', { expected });
      }
    }
  },
});
