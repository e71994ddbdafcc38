import { InstrumentList } from '../../codelists/instrument.js';
import type { Placement } from '../../documents/placement.js';
import { type RuleFinding, defineRule, finding } from '../legacy.js';
import { NO_FINDINGS } from '../scope.js';
import { grantPath, liveGrants, overlaps } from './internal.js';

const GRANTS_LKS_LKS_FIXED_RATE_WAGE_DISPENSATION = ['LKS', 'LKS_FIXED_RATE', 'WAGE_DISPENSATION'] as const;

/**
 * INS-011: two wage instruments (LKS, fixed-rate LKS, wage dispensation) for the same days
 * are a warning (project convention): they compensate the same reduced productivity.
 * Reported once, on the later grant.
 */
export const INS_011 = defineRule<Placement>({
  id: 'INS-011',
  appliesTo: ['Placement'],
  severity: 'warning',
  titleNl: 'Overlappende looninstrumenten (loonkostensubsidie, forfaitair, loondispensatie) in dezelfde periode',
  titleEn: 'Overlapping wage instruments (LKS, fixed-rate LKS, dispensation) for the same period',
  source: 'Derived (project convention)',
  check(p, ctx) {
    const wage = liveGrants(p, GRANTS_LKS_LKS_FIXED_RATE_WAGE_DISPENSATION, ctx);
    let out: RuleFinding[] | undefined;
    for (let k = 1; k < wage.length; k++) {
      const b = wage[k]!;
      // The first earlier grant that overlaps this one.
      let a: (typeof wage)[number] | undefined;
      for (let i = 0; i < k && a === undefined; i++) if (overlaps(wage[i]!.grant, b.grant)) a = wage[i];
      if (!a) continue;
      (out ??= []).push(
        finding(
          grantPath(b.index, 'period'),
          `${InstrumentList.label(b.grant.instrument, 'nl')} overlapt in tijd met ${InstrumentList.label(a.grant.instrument, 'nl').toLowerCase()} (voorziening ${a.index + 1}).`,
          `${InstrumentList.label(b.grant.instrument, 'en')} overlaps in time with ${InstrumentList.label(a.grant.instrument, 'en').toLowerCase()} (instrument ${a.index + 1}).`,
        ),
      );
    }
    return out ?? NO_FINDINGS;
  },
});
