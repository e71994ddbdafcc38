import type { WageValueAssessment } from '../../documents/wage-value-assessment.js';
import { defineRule, finding, type RuleFinding } from '../legacy.js';
import { NO_FINDINGS } from '../scope.js';

const COMPONENTS = ['pacePct', 'qualityPct', 'netWorkingTimePct', 'deployabilityPct', 'resultPct'] as const;

function outside(v: number | undefined): boolean {
  return v !== undefined && (v < 0 || v > 100);
}

function report(
  out: RuleFinding[] | undefined,
  t: WageValueAssessment['mainTasks'][number],
  i: number,
  c: (typeof COMPONENTS)[number],
): RuleFinding[] {
  const v = t[c];
  (out ??= []).push(finding(['mainTasks', i, c], `Hoofdtaak ${t.seq}: ${v}% ligt niet tussen 0 en 100.`, `Main task ${t.seq}: ${v}% is not within 0–100.`));
  return out;
}

/**
 * WVA-013: component percentages of each main task (pace, quality, net working time,
 * deployability, result) lie within 0–100.
 *
 * @remarks
 * Whether a score above 100 is allowed is UNCERTAIN (brief §7.5); the standard rejects it.
 */
export const WVA_013 = defineRule<WageValueAssessment>({
  id: 'WVA-013',
  appliesTo: ['WageValueAssessment'],
  severity: 'error',
  titleNl: 'Componentpercentages liggen tussen 0 en 100',
  titleEn: 'Component percentages lie within 0–100',
  source: 'R6',
  check(a) {
    let out: RuleFinding[] | undefined;
    const tasks = a.mainTasks;
    for (let i = 0; i < tasks.length; i++) {
      const t = tasks[i]!;
      // Each component read by name (in COMPONENTS order): a keyed read per component costs more.
      if (outside(t.pacePct)) out = report(out, t, i, 'pacePct');
      if (outside(t.qualityPct)) out = report(out, t, i, 'qualityPct');
      if (outside(t.netWorkingTimePct)) out = report(out, t, i, 'netWorkingTimePct');
      if (outside(t.deployabilityPct)) out = report(out, t, i, 'deployabilityPct');
      if (outside(t.resultPct)) out = report(out, t, i, 'resultPct');
    }
    return out ?? NO_FINDINGS;
  },
});
