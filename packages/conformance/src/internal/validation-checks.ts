// The VAL checks: the canonical examples, one broken document per rule id, dry runs.
import { isClientError } from '@banenafspraak/client';
import { documentDefinitions, ruleCatalogue, validate } from '@banenafspraak/core';
import { type CheckDefinition, type Doc, definitionOf, describeError, short, today } from './check-helpers.js';
import { CheckFailure, expectThat, resourceOf, SERVED_COLLECTIONS } from './context.js';
import { RULE_CASES, type RuleCase } from './rule-cases.js';

// ---------------------------------------------------------------- VAL: validation

function ruleCheck(c: RuleCase): CheckDefinition {
  const definition = definitionOf(c.type);
  const entry = ruleCatalogue.find((r) => r.id === c.ruleId);
  return {
    id: `CNF-VAL-${c.ruleId}`,
    category: 'VAL',
    title: `${c.ruleId}: ${entry?.titleEn ?? ''}`,
    sends: `POST /${definition.collection}/_valideer (and, when core rejects it, POST /${definition.collection}) with the canonical ${c.type} example changed: ${c.change}`,
    expects: `an issue with \`ruleId: "${c.ruleId}"\` and the severity core's \`validate\` gives; for an error also 400 on create, listing the rule`,
    needsEmployee: false,
    async run(ctx) {
      const doc = structuredClone(definition.example) as Doc;
      doc.id = crypto.randomUUID();
      c.mutate(doc);
      const reference = validate(definition, doc, { asOf: today() }).issues.filter((i) => i.ruleId === c.ruleId);
      if (reference.length === 0)
        throw new Error(`core's validate does not trigger ${c.ruleId} with this change any more: update rule-cases.ts`);
      const severities = [...new Set(reference.map((i) => i.severity))];
      const resource =
        definition.type === 'EmployerInstruction' ? ctx.main.employerInstructions : resourceOf(ctx.main, definition.collection);
      let report: { valid: boolean; issues: readonly Doc[] };
      try {
        report = await resource.validate(doc);
      } catch (e) {
        throw new CheckFailure(`POST /${definition.collection}/_valideer`, '200 with { valid, issues }', describeError(e));
      }
      const found = report.issues.filter((i) => i.ruleId === c.ruleId);
      expectThat(
        found.some((i) => severities.includes(i.severity)),
        `POST /${definition.collection}/_valideer does not report ${c.ruleId}`,
        `an issue with ruleId ${c.ruleId}, severity ${severities.join(' or ')}`,
        found.length
          ? `ruleId ${c.ruleId} with severity ${found.map((i) => i.severity).join(', ')}`
          : `rule ids (or codes) reported: ${[...new Set(report.issues.map((i) => i.ruleId ?? i.code))].join(', ') || '(none)'}`,
      );
      if (!severities.includes('error')) return;
      expectThat(report.valid === false, `_valideer: valid must be false with an error`, 'valid: false', `valid: ${String(report.valid)}`);
      // The write must be rejected too. Instructions are created by the employee only.
      const writer = definition.type === 'EmployerInstruction' ? ctx.employee : ctx.main;
      if (!writer) return;
      const writeResource =
        definition.type === 'EmployerInstruction' ? writer.employerInstructions : resourceOf(writer, definition.collection);
      try {
        const created = await writeResource.create(doc as never);
        const id = (created.document as Doc).id as string;
        if (definition.type !== 'EmployerInstruction') ctx.track(definition.collection, id);
        throw new CheckFailure(
          `POST /${definition.collection} accepted a document that breaks ${c.ruleId}`,
          `400 listing ${c.ruleId}`,
          '201 Created',
        );
      } catch (e) {
        if (e instanceof CheckFailure) throw e;
        const ok = isClientError(e) && e._tag === 'ProblemError' && e.status === 400;
        expectThat(ok, `POST /${definition.collection}`, `400 listing ${c.ruleId}`, describeError(e));
        const issues = (e as { issues: readonly Doc[] }).issues;
        expectThat(
          issues.some((i) => i.ruleId === c.ruleId && i.severity === 'error'),
          `POST /${definition.collection}: the problem does not list ${c.ruleId}`,
          `issues contain ruleId ${c.ruleId} (error)`,
          `rule ids: ${[...new Set(issues.map((i) => i.ruleId ?? i.code))].join(', ')}`,
        );
      }
    },
  };
}

export const valChecks: CheckDefinition[] = [
  {
    id: 'CNF-VAL-001',
    category: 'VAL',
    title: 'Every canonical example is valid for `_valideer`',
    sends: 'POST /{collection}/_valideer with the canonical example of every document type the API serves (fresh id)',
    expects: '200 with `valid: true` and no issue of severity error',
    async run(ctx) {
      for (const definition of documentDefinitions.filter((d) => SERVED_COLLECTIONS.includes(d.collection))) {
        const doc = { ...(structuredClone(definition.example) as Doc), id: crypto.randomUUID() };
        const resource =
          definition.type === 'EmployerInstruction' ? ctx.main.employerInstructions : resourceOf(ctx.main, definition.collection);
        let report: { valid: boolean; issues: readonly Doc[] };
        try {
          report = await resource.validate(doc);
        } catch (e) {
          throw new CheckFailure(`POST /${definition.collection}/_valideer`, '200 with valid: true', describeError(e));
        }
        const errors = report.issues.filter((i) => i.severity === 'error');
        expectThat(
          report.valid && errors.length === 0,
          `${definition.type} example rejected by _valideer`,
          'valid: true, no errors',
          `valid: ${String(report.valid)}; errors: ${short(JSON.stringify(errors.map((i) => [i.ruleId ?? i.code, i.path.join('.')])))}`,
        );
      }
    },
  },
  {
    id: 'CNF-VAL-002',
    category: 'VAL',
    title: 'Every canonical example can be created',
    sends:
      'POST for the canonical partnership agreement, execution plan, vacancy, placement and wage-value assessment (fresh ids, linked to each other), then GET each',
    expects: '201 with an `ETag` and the document with its id; GET returns the same document',
    async run(ctx) {
      const f = await ctx.fixture();
      for (const [collection, rec] of [
        ['partnership-agreements', f.partnership],
        ['execution-plans', f.plan],
        ['vacancies', f.vacancy],
        ['placements', f.placement],
        ['wage-value-assessments', f.assessment],
      ] as const) {
        expectThat(rec.etag, `POST /${collection}: ETag`, 'an ETag header', 'none');
        const read = await resourceOf(ctx.main, collection).get(rec.id);
        expectThat(
          (read.document as Doc).id === rec.id,
          `GET /${collection}/{id}`,
          `the record ${rec.id}`,
          `id ${(read.document as Doc).id}`,
        );
      }
    },
  },
  {
    id: 'CNF-VAL-003',
    category: 'VAL',
    title: 'A 400 lists every issue, not only the first',
    sends: 'POST /placements with the canonical placement with two independent errors (job equivalent 1, end before start)',
    expects: '400 whose issues contain both PLC-002 and PLC-003',
    async run(ctx) {
      const doc = { ...(structuredClone(definitionOf('Placement').example) as Doc), id: crypto.randomUUID() } as Doc;
      doc.jobEquivalent = 1;
      doc.actualEndDate = '2026-02-28';
      try {
        const created = await ctx.main.placements.create(doc as never);
        ctx.track('placements', (created.document as Doc).id);
        throw new CheckFailure('POST /placements accepted an invalid placement', '400', '201');
      } catch (e) {
        if (e instanceof CheckFailure) throw e;
        expectThat(isClientError(e) && e._tag === 'ProblemError' && e.status === 400, 'POST /placements', '400 problem', describeError(e));
        const ids = new Set((e as { issues: readonly Doc[] }).issues.map((i) => i.ruleId));
        expectThat(
          ids.has('PLC-002') && ids.has('PLC-003'),
          'not every issue is listed',
          'issues with PLC-002 and PLC-003',
          `rule ids: ${[...ids].join(', ')}`,
        );
      }
    },
  },
  {
    id: 'CNF-VAL-004',
    category: 'VAL',
    title: 'AGR-003: a status change outside the lifecycle is rejected on update',
    sends: 'POST /vacancies (status DRAFT), then PUT with status FILLED and the current ETag',
    expects: '400 listing AGR-003; the record keeps its version',
    async run(ctx) {
      const v = await ctx.createDraftVacancy('AGR-003');
      const changed = { ...v.document, status: 'FILLED', placesFilled: v.document.numberOfPlaces ?? 1 };
      try {
        await ctx.main.vacancies.update(v.id, changed as never, { etag: v.etag });
        throw new CheckFailure('PUT /vacancies/{id} accepted DRAFT → FILLED', '400 listing AGR-003', '200');
      } catch (e) {
        if (e instanceof CheckFailure) throw e;
        expectThat(
          isClientError(e) && e._tag === 'ProblemError' && e.status === 400,
          'PUT /vacancies/{id}',
          '400 listing AGR-003',
          describeError(e),
        );
        const ids = (e as { issues: readonly Doc[] }).issues.map((i) => i.ruleId ?? i.code);
        expectThat(ids.includes('AGR-003'), 'the problem does not list AGR-003', 'issues contain AGR-003', `rule ids: ${ids.join(', ')}`);
      }
      const after = await ctx.main.vacancies.get(v.id);
      expectThat(after.etag === v.etag, 'the rejected update changed the record', `ETag ${v.etag}`, `ETag ${after.etag}`);
    },
  },
  ...RULE_CASES.map(ruleCheck),
];
