import type { ExecutionPlan } from '../../documents/execution-plan.js';
import { defineRule, finding, type RuleFinding } from '../legacy.js';
import { NO_FINDINGS } from '../scope.js';

function ownersKey(owners: readonly { scheme: string; value: string }[]): string {
  return owners
    .map((o) => `${o.scheme}:${o.value}`)
    .sort()
    .join('|');
}

/**
 * PLN-003: several public parties serving one region in one plan should share one target
 * (Rotterdam: one *taakstelling* judged jointly), not each keep their own.
 *
 * @remarks
 * Targets are grouped by year, region, establishment and unit; a region-less target counts
 * for the plan's region when the plan covers exactly one. A group with more than one target
 * whose owners differ gets a warning on each target after the first.
 */
export const PLN_003 = defineRule<ExecutionPlan>({
  id: 'PLN-003',
  appliesTo: ['ExecutionPlan'],
  severity: 'warning',
  titleNl: 'Publieke partijen in één regio delen één taakstelling',
  titleEn: 'Public parties serving one region share one target',
  source: 'S5',
  check(plan) {
    let out: RuleFinding[] | undefined;
    const defaultRegion = plan.scope.regions.length === 1 ? plan.scope.regions[0] : undefined;
    const targets = plan.targets;
    if (targets.length < 2) return NO_FINDINGS;
    const groups = new Map<string, number[]>();
    for (let j = 0; j < targets.length; j++) {
      const t = targets[j]!;
      const key = [t.year, t.region ?? defaultRegion ?? '-', t.establishment ?? '-', t.unit].join('/');
      const list = groups.get(key);
      if (list) list.push(j);
      else groups.set(key, [j]);
    }
    for (const [key, js] of groups) {
      // Owners are compared only where one group has several targets.
      if (js.length < 2) continue;
      const list = js.map((j) => ({ owners: ownersKey(targets[j]!.ownedBy), j }));
      if (new Set(list.map((x) => x.owners)).size < 2) continue;
      const [year, region] = key.split('/');
      for (const { j } of list.slice(1))
        (out ??= []).push(
          finding(
            ['targets', j, 'ownedBy'],
            `Voor ${region === '-' ? 'dit plan' : `regio ${region}`} in ${year} hebben verschillende partijen elk een eigen taakstelling; spreek één gezamenlijke taakstelling af.`,
            `For ${region === '-' ? 'this plan' : `region ${region}`} in ${year} different parties each have their own target; agree one shared target.`,
          ),
        );
    }
    return out ?? NO_FINDINGS;
  },
});
