import { type Instrument, InstrumentList } from '../../codelists/instrument.js';
import { defineRule } from '../rule.js';
import { grantPath, overlaps } from './internal.js';

/**
 * INS-011: two wage instruments (LKS, fixed-rate LKS, wage dispensation) for the same days
 * are a warning (project convention): they compensate the same reduced productivity.
 * Reported once, on the later grant.
 */
export const INS_011 = defineRule({
  id: 'INS-011',
  appliesTo: 'Placement',
  severity: 'warning',
  titleNl: 'Overlappende looninstrumenten (loonkostensubsidie, forfaitair, loondispensatie) in dezelfde periode',
  titleEn: 'Overlapping wage instruments (LKS, fixed-rate LKS, dispensation) for the same period',
  source: 'Derived (project convention)',
  messages: {
    overlap: {
      nl: (p: { instrument: Instrument; other: Instrument; otherNumber: number }) =>
        `${InstrumentList.label(p.instrument, 'nl')} overlapt in tijd met ${InstrumentList.label(p.other, 'nl').toLowerCase()} (voorziening ${p.otherNumber}).`,
      en: (p: { instrument: Instrument; other: Instrument; otherNumber: number }) =>
        `${InstrumentList.label(p.instrument, 'en')} overlaps in time with ${InstrumentList.label(p.other, 'en').toLowerCase()} (instrument ${p.otherNumber}).`,
    },
  },
  check(_placement, ctx) {
    const wage = ctx.facts.liveGrantsOf('LKS', 'LKS_FIXED_RATE', 'WAGE_DISPENSATION');
    wage.forEach((later, k) => {
      // The first earlier grant that overlaps this one.
      const earlier = wage.slice(0, k).find((g) => overlaps(g.grant, later.grant));
      if (earlier)
        ctx.report(grantPath(later.index, 'period'), 'overlap', {
          instrument: later.grant.instrument,
          other: earlier.grant.instrument,
          otherNumber: earlier.index + 1,
        });
    });
  },
});
