// Counts the type-system escapes in core's source: `any`, `as` casts (not `as const`) and
// non-null assertions (`!`), for production files and test files separately.
// Run: pnpm --filter @banenafspraak/core exec tsx scripts/count-escapes.ts
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import ts from 'typescript';

const root = new URL('../src', import.meta.url).pathname;
const files = (readdirSync(root, { recursive: true }) as string[]).filter((f) => f.endsWith('.ts')).map((f) => join(root, f));
const totals = { src: { any: 0, as: 0, nonNull: 0 }, test: { any: 0, as: 0, nonNull: 0 } };
for (const file of files) {
  const sf = ts.createSourceFile(file, readFileSync(file, 'utf8'), ts.ScriptTarget.Latest, true);
  const t = /\.test\.ts$|test-helpers\.ts$|internal\/testing\.ts$/.test(file) ? totals.test : totals.src;
  const visit = (node: ts.Node): void => {
    if (node.kind === ts.SyntaxKind.AnyKeyword) t.any++;
    else if (ts.isAsExpression(node) && !(ts.isTypeReferenceNode(node.type) && node.type.typeName.getText(sf) === 'const')) t.as++;
    else if (ts.isNonNullExpression(node)) t.nonNull++;
    ts.forEachChild(node, visit);
  };
  visit(sf);
}
console.log(JSON.stringify(totals));
