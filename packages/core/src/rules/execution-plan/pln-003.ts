import { defineRule } from '../rule.js';

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
export const PLN_003 = defineRule({
  id: 'PLN-003',
  appliesTo: 'ExecutionPlan',
  severity: 'warning',
  titleNl: 'Publieke partijen in één regio delen één taakstelling',
  titleEn: 'Public parties serving one region share one target',
  source: 'S5',
  messages: {
    separateTargets: {
      nl: (p: { region: string | undefined; year: string }) =>
        `Voor ${p.region === undefined ? 'dit plan' : `regio ${p.region}`} in ${p.year} hebben verschillende partijen elk een eigen taakstelling; spreek één gezamenlijke taakstelling af.`,
      en: (p: { region: string | undefined; year: string }) =>
        `For ${p.region === undefined ? 'this plan' : `region ${p.region}`} in ${p.year} different parties each have their own target; agree one shared target.`,
    },
  },
  check(plan, ctx) {
    const targets = plan.targets;
    if (targets.length < 2) return;
    const defaultRegion = plan.scope.regions.length === 1 ? plan.scope.regions[0] : undefined;
    const groups = new Map<string, { year: string; region: string | undefined; members: { j: number; owners: string }[] }>();
    targets.forEach((target, j) => {
      const region = target.region ?? defaultRegion;
      const key = [target.year, region ?? '-', target.establishment ?? '-', target.unit].join('/');
      const group = groups.get(key) ?? { year: String(target.year), region, members: [] };
      group.members.push({ j, owners: ownersKey(target.ownedBy) });
      groups.set(key, group);
    });
    for (const { year, region, members } of groups.values()) {
      if (members.length < 2 || new Set(members.map((m) => m.owners)).size < 2) continue;
      for (const { j } of members.slice(1)) ctx.report(['targets', j, 'ownedBy'], 'separateTargets', { region, year });
    }
  },
});
