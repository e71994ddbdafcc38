import { defineRule } from '../rule.js';

/**
 * PLC-011: a trial placement states its trial terms, and its lengths are whole months.
 *
 * @remarks
 * The trial rules (PLC-004 to PLC-006) and the trial-length calculator work in whole calendar
 * months; without terms, or with a length such as 2.5 months, they could not judge the trial
 * and would stay silent. This rule makes that visible.
 */
export const PLC_011 = defineRule({
  id: 'PLC-011',
  appliesTo: 'Placement',
  severity: 'error',
  titleNl: 'Een proefplaatsing heeft voorwaarden, met een duur in hele maanden',
  titleEn: 'A trial placement has trial terms, with lengths in whole months',
  source: 'R18; R15',
  reads: [['type'], ['trial']],
  messages: {
    terms: {
      nl: 'Een proefplaatsing vermeldt de voorwaarden van de proefplaatsing (trial): regime, duur en verzekeringen.',
      en: 'A trial placement states its trial terms (trial): regime, length and insurance.',
    },
    wholeMonths: {
      nl: (p: { months: number }) => `Een proefplaatsing duurt hele maanden (nu ${String(p.months).replace('.', ',')}).`,
      en: (p: { months: number }) => `A trial placement lasts whole months (now ${p.months}).`,
    },
  },
  check(placement, ctx) {
    if (placement.type !== 'TRIAL_PLACEMENT') return;
    const trial = placement.trial;
    if (!trial) {
      ctx.report(['trial'], 'terms', undefined, { code: 'PLC-011.terms' });
      return;
    }
    for (const key of ['plannedMonths', 'extendedToMonths'] as const) {
      const months = trial[key];
      if (months !== undefined && !Number.isInteger(months))
        ctx.report(['trial', key], 'wholeMonths', { months }, { code: 'PLC-011.whole-months' });
    }
  },
});
