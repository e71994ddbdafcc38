// A short tour of @banenafspraak/core: validates every canonical example, shows what a
// broken document reports, and computes a wage-cost subsidy. Run: `pnpm --filter @banenafspraak/core demo`.
import { computeWageCostSubsidy, documentDefinitions, PlacementDefinition, ruleCatalogue, validate } from '../src/index.js';

console.log(`@banenafspraak/core — ${documentDefinitions.length} documents, ${ruleCatalogue.length} business rules\n`);
for (const definition of documentDefinitions) {
  const result = validate(definition, definition.example, { asOf: '2026-06-01' });
  const counts = `${result.issues.filter((i) => i.severity === 'error').length} errors, ${result.issues.filter((i) => i.severity === 'warning').length} warnings`;
  console.log(`${result.valid ? '✓' : '✗'} ${definition.titleNl.padEnd(26)} (${definition.type}) ${counts}`);
}

const broken: Record<string, unknown> = structuredClone(PlacementDefinition.example);
broken.hoursPerWeek = 0;
broken.type = 'SECONDMENT';
broken.actualEndDate = '2026-01-01';
console.log('\nA broken placement (secondment without lender, 0 hours, ends before it starts):');
for (const issue of validate(PlacementDefinition, broken, { asOf: '2026-06-01' }).issues) {
  console.log(
    `  ${issue.severity.padEnd(11)} ${(issue.ruleId ?? issue.code).padEnd(10)} ${issue.path.join('.').padEnd(20)} ${issue.message}`,
  );
}

// Dutch output, Dutch numbers: `€ 5,88 per uur`, not the exact decimal `5.884`.
const euro = new Intl.NumberFormat('nl-NL', { style: 'currency', currency: 'EUR' });
const money = (amount: { cents: number } | undefined) => (amount ? euro.format(amount.cents / 100) : '–');

const lks = computeWageCostSubsidy({ date: '2026-03-01', wageValuePct: 60, hourlyWageCents: 1471, hoursPerWeek: 24 });
console.log('\nLoonkostensubsidie, WML 2026-01-01, loon = WML, loonwaarde 60 %, 24 uur/week:');
if (lks.ok && lks.eligible) {
  console.log(`  basis        ${money(lks.basePerHour)} per uur${lks.capped ? ' (begrensd op 70 % WML)' : ''}`);
  console.log(`  werkgeverslasten ${money(lks.employerChargesPerHour)} per uur`);
  console.log(`  totaal       ${money(lks.totalPerHour)} per uur, ${money(lks.perWeek)} per week`);
  console.log(
    `  parameters   ${lks.parametersUsed.map((p) => `${p.tableId}@${p.validFrom}=${Number(p.value).toLocaleString('nl-NL')}`).join(', ')}`,
  );
} else {
  console.log(JSON.stringify(lks, null, 2));
}
