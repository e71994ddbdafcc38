import { demoRecords } from '@banenafspraak/server';

/**
 * The calendar year the demo data's execution plan sets targets for: the period in which the
 * demo records show progress, whatever today's date is.
 */
export function demoYear(): number {
  const plan = demoRecords().find((r) => r.collection === 'execution-plans')?.document;
  const year = (plan?.targets as { year?: unknown }[] | undefined)?.find((t) => typeof t.year === 'number')?.year;
  if (typeof year !== 'number') throw new Error('the demo execution plan has no target year');
  return year;
}
