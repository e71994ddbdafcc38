// Renders every generated artifact of the standard (JSON Schemas and docs/standard pages)
// from the code. `generate.ts` writes them; `test/artifacts.test.ts` fails when the committed
// files differ, so the published schemas and docs never drift from the zod schemas.
import { existsSync, readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import * as z from 'zod';
import {
  DAILY_FLOW_AS_OF,
  DAILY_FLOW_CONTACT_PERIOD,
  dailyFlowArrangements,
  dailyFlowContactMoments,
  dailyFlowEvents,
  dailyFlowPartnership,
  dailyFlowSteps,
} from '../src/examples/daily-flow.js';
import {
  checkSingleContact,
  codeLists,
  countPaidHours,
  type DocumentDefinition,
  documentDefinitions,
  eventCatalogue,
  LabourMarketRegionList,
  LifecycleEvent,
  lifecycles,
  MUNICIPALITY_ROWS,
  measureProcessLeadTimes,
  migrations,
  ruleCatalogue,
  STANDARD_VERSION,
  schemaId,
  schemaPath,
  standardVersions,
  toLocalDateTime,
  versionRules,
} from '../src/index.js';

type Json = z.core.JSONSchema.JSONSchema;

/** The schema object at a place a JSON Schema allows `true`/`false` or a tuple too; those read as `{}`. */
function objectSchema(node: z.core.JSONSchema._JSONSchema | z.core.JSONSchema._JSONSchema[] | undefined): Json {
  return typeof node === 'object' && !Array.isArray(node) ? node : {};
}

const packageRoot = join(dirname(fileURLToPath(import.meta.url)), '..');

function kebab(s: string): string {
  return s.replace(/([a-z0-9])([A-Z])/g, '$1-$2').toLowerCase();
}

/**
 * Strict objects say `unevaluatedProperties: false` rather than zod's
 * `additionalProperties: false`: the same for a plain object, and still right when a vendor
 * composes our schema with `allOf` (2020-12 evaluates across the composition).
 *
 * A described copy of a named object (`EmployerRef.describe('…')`) comes out as a `$ref` to its
 * definition, which closes the object already: there the keyword is left out, as in the OpenAPI
 * component, so strict tools (ajv's strictTypes) do not refuse it for lacking `type: object`.
 */
function closeObjects(ctx: { zodSchema: z.core.$ZodTypes; jsonSchema: Json }): void {
  if (ctx.zodSchema._zod.def.type === 'object' && ctx.jsonSchema.additionalProperties === false) {
    delete ctx.jsonSchema.additionalProperties;
    if (ctx.jsonSchema.$ref === undefined) ctx.jsonSchema.unevaluatedProperties = false;
  }
}

/** JSON Schema (2020-12) of a document, with its canonical example. */
export function documentJsonSchema(definition: DocumentDefinition): Json {
  const schema = z.toJSONSchema(definition.schema, {
    target: 'draft-2020-12',
    io: 'input',
    unrepresentable: 'any',
    override: closeObjects,
  }) as Json;
  return {
    $schema: schema.$schema,
    $id: schemaId(STANDARD_VERSION, definition.type),
    title: definition.titleNl,
    description: `${definition.titleEn} (banenafspraak standard ${STANDARD_VERSION}). Business rules: docs/standard/rules.md.`,
    $ref: schema.$ref,
    examples: [definition.example],
    $defs: schema.$defs,
  };
}

function resolve(root: Json, node: Json): Json {
  let n = node;
  for (let i = 0; i < 10 && n.$ref; i++) {
    const id = n.$ref.replace('#/$defs/', '');
    const target = root.$defs?.[id];
    n = { ...target, description: n.description ?? target?.description, __ref: id };
  }
  return n;
}

function typeLabel(root: Json, node: Json): string {
  const n = resolve(root, node);
  const ref = node.$ref?.replace('#/$defs/', '');
  if (n.enum) return ref ? `code (${ref})` : `code: ${n.enum.join(', ')}`;
  if (n.const !== undefined) return `\`${JSON.stringify(n.const)}\``;
  if (n.type === 'array') return `list of ${typeLabel(root, objectSchema(n.items))}`;
  if (n.type === 'string' && n.format) return `${ref ?? 'string'} (${n.format})`;
  if (n.type === 'object') return ref ?? 'object';
  if (n.anyOf) return n.anyOf.map((x) => typeLabel(root, x)).join(' or ');
  return ref ?? String(n.type ?? 'any');
}

function fieldRows(root: Json, node: Json, prefix: string, depth: number, out: string[]): void {
  const n = resolve(root, node);
  const obj = n.type === 'array' ? resolve(root, objectSchema(n.items)) : n;
  if (obj.type !== 'object' || !obj.properties) return;
  const required = new Set<string>(obj.required ?? []);
  for (const [key, property] of Object.entries(obj.properties)) {
    const child = objectSchema(property);
    const path = prefix ? `${prefix}.${key}` : key;
    const c = resolve(root, child);
    const desc = String(child.description ?? c.description ?? '')
      .replace(/\|/g, '\\|')
      .replace(/\n/g, ' ');
    out.push(`| \`${path}\` | ${typeLabel(root, child).replace(/\|/g, '\\|')} | ${required.has(key) ? 'yes' : 'no'} | ${desc} |`);
    const inner = c.type === 'array' ? resolve(root, objectSchema(c.items)) : c;
    const isSharedBlock = (c.type === 'array' ? objectSchema(c.items).$ref : child.$ref) && depth > 0;
    if (depth < 3 && inner.type === 'object' && inner.properties && !isSharedBlock) {
      fieldRows(root, child, c.type === 'array' ? `${path}[]` : path, depth + 1, out);
    }
  }
}

function documentPage(definition: DocumentDefinition): string {
  const schema = documentJsonSchema(definition);
  const rows: string[] = [];
  fieldRows(schema, { $ref: schema.$ref }, '', 0, rows);
  const rules = ruleCatalogue.filter((r) => r.appliesTo.includes(definition.type));
  const transitions = Object.entries(definition.transitions as Record<string, readonly string[]>)
    .map(([from, to]) => `| \`${from}\` | ${to.length ? to.map((t) => `\`${t}\``).join(', ') : '(final)'} |`)
    .join('\n');
  return `<!-- Generated by packages/core/scripts/generate.ts from the zod schemas. Do not edit. -->
# ${definition.titleNl} (\`${definition.type}\`)

${definition.schema.meta()?.description ?? definition.titleEn}

- JSON Schema: [\`packages/core/${schemaPath(STANDARD_VERSION, definition.type)}\`](../../../packages/core/${schemaPath(STANDARD_VERSION, definition.type)})
- REST collection: \`/v1/${definition.collection}\`
- Confidentiality: default \`${definition.defaultConfidentiality}\`, floor \`${definition.confidentialityFloor}\`
- Privacy-restricted fields: ${definition.restrictedPaths.length ? definition.restrictedPaths.map((p) => `\`${p}\``).join(', ') : 'none'}

## Fields

| field | type | required | meaning |
|---|---|---|---|
${rows.join('\n')}

## Lifecycle

| from | allowed next states |
|---|---|
${transitions}

## Business rules

${rules.length ? `| rule | severity | check |\n|---|---|---|\n${rules.map((r) => `| [${r.id}](../rules.md#${r.id.toLowerCase()}) | ${r.severity} | ${r.titleEn} |`).join('\n')}` : 'None besides the structure.'}

## Example

\`\`\`json
${JSON.stringify(definition.example, null, 2)}
\`\`\`
`;
}

/** JSON Schema (2020-12) of the CloudEvents envelope of every lifecycle event. */
export function lifecycleEventJsonSchema(): Json {
  const schema = z.toJSONSchema(LifecycleEvent, { target: 'draft-2020-12', io: 'input', unrepresentable: 'any' }) as Json;
  return {
    $schema: schema.$schema,
    $id: `https://banenafspraak.nl/schemas/${STANDARD_VERSION}/lifecycle-event.schema.json`,
    title: 'Procesgebeurtenis (CloudEvent)',
    description: `Lifecycle event of the banenafspraak standard ${STANDARD_VERSION}: CloudEvents 1.0 with ids and codes only. Catalogue: docs/standard/events.md.`,
    $ref: schema.$ref,
    $defs: schema.$defs,
  };
}

function mermaidId(state: string): string {
  return state === 'END' ? 'END_' : state;
}

function stateDiagram(lc: (typeof lifecycles)[keyof typeof lifecycles]): string {
  const lines = ['stateDiagram-v2'];
  for (const t of lc.transitions) {
    const from = t.from === null ? '[*]' : mermaidId(t.from);
    const label = [t.roles.join(', '), ...(t.emits ?? []).map((e) => e.processEvent)].join(' / ');
    lines.push(`    ${from} --> ${mermaidId(t.to)} : ${label}`);
  }
  for (const f of lc.final) lines.push(`    ${mermaidId(f)} --> [*]`);
  return lines.join('\n');
}

function eventsPage(): string {
  const perDocument = documentDefinitions.map((d) => {
    const lc = lifecycles[d.type];
    const rows = lc.transitions.map((t) => {
      const emits = (t.emits ?? []).map(
        (e) => `\`${e.processEvent}\`${e.when ? ` when \`${e.when.field}\` ∈ ${e.when.in.map((v) => `\`${v}\``).join(', ')}` : ''}`,
      );
      const when = t.when ? ` (only when \`${t.when.field}\` ∈ ${t.when.in.map((v) => `\`${v}\``).join(', ')})` : '';
      return `| ${t.from === null ? '(created)' : `\`${t.from}\``} | \`${t.to}\`${when} | ${t.roles.map((r) => `\`${r}\``).join(', ')} | ${emits.join('; ') || '—'} | \`nl.banenafspraak.${kebab(d.type)}.${t.to.toLowerCase().replace(/_/g, '-')}\` |`;
    });
    return `## ${d.titleNl} (\`${d.type}\`)

\`\`\`mermaid
${stateDiagram(lc)}
\`\`\`

| from | to | roles | process events | event type |
|---|---|---|---|---|
${rows.join('\n')}
`;
  });
  const catalogue = eventCatalogue.map(
    (e) =>
      `| \`${e.type}\` | \`${e.documentType}\` | \`${e.status}\` | ${e.raisedBy.map((r) => (r.from === null ? '(created)' : `\`${r.from}\``)).join(', ')} | ${e.processEvents.map((p) => `\`${p}\``).join(', ') || '—'} |`,
  );
  return `<!-- Generated by packages/core/scripts/generate.ts from the lifecycles. Do not edit. -->
# Lifecycles and events

Every document type has a lifecycle as data (\`lifecycles\` in \`@banenafspraak/core\`): its
states, the allowed transitions, the roles that may make each, and the process events
(brief §10.1) each raises. \`validateTransition(definition, before, after, principal)\` rejects
a transition the lifecycle does not have (AGR-003) or a role that may not make it (LCY-001).

Each status a record enters raises one **event type** (\`nl.banenafspraak.<document>.<status>\`),
delivered as a CloudEvents 1.0 JSON event ([\`lifecycle-event.schema.json\`](../../packages/core/schemas/${STANDARD_VERSION}/lifecycle-event.schema.json)):
\`subject\` is the record id and \`data\` holds the document type, the record id, the statuses
before and after, the process events raised and the ids of linked records, nothing else. An
event never carries a BSN, a candidate reference, a name or instruction text (brief §9.4);
consumers fetch the record with their own authorisation. The lead-time calculator
(\`measureProcessLeadTimes\`) pairs the process events of one case by these links.

## Event catalogue

| event type | document | status entered | raised from | process events |
|---|---|---|---|---|
${catalogue.join('\n')}

${perDocument.join('\n')}`;
}

function dailyFlowPage(): string {
  const events = dailyFlowEvents();
  const steps = events.map((e, i) => {
    const step = dailyFlowSteps[i];
    if (step === undefined) throw new Error('daily flow: one event per step');
    const local = toLocalDateTime(step.at);
    const change = `${e.data.fromStatus === null ? '(new)' : `\`${e.data.fromStatus}\``} → \`${e.data.toStatus}\``;
    return `| ${i + 1} | ${local.date} ${String(local.hour).padStart(2, '0')}:${step.at.slice(14, 16)} | ${step.what} | ${step.definition.titleEn} | ${change} | ${step.by.join(', ')} | ${e.data.processEvents.map((p) => `**${p}**`).join(', ')} |`;
  });
  const measured = measureProcessLeadTimes({ events, arrangements: dailyFlowArrangements, asOf: DAILY_FLOW_AS_OF });
  if (!measured.ok) throw new Error(`daily flow: ${measured.code}`);
  const leadTimes = measured.results.map((r) => {
    if (!r.measured) return `| ${r.agreement.metric} | ${r.agreement.obligor ?? ''} | — | — | not a lead time: not measured |`;
    const c = r.evaluation.cases[0];
    return `| \`${r.agreement.fromEvent}\` → \`${r.agreement.toEvent}\` | ${r.agreement.obligor ?? ''} | ${r.agreement.targetWorkingDays} | ${c?.workingDays ?? '—'} (${c?.fromDate ?? '?'} → ${c?.toDate ?? 'open'}) | ${c?.status ?? 'no case'} |`;
  });
  const missed = measured.results.flatMap((r) =>
    r.measured && r.evaluation.targetMet === false
      ? [
          `\`${r.agreement.fromEvent}\` → \`${r.agreement.toEvent}\` took ${r.evaluation.cases.map((c) => c.workingDays).join(', ')} working days against ${r.agreement.targetWorkingDays} agreed`,
        ]
      : [],
  );
  const declarations = dailyFlowSteps.filter(
    (s) => s.definition.type === 'WageCostSubsidyDeclaration' && s.document.status === 'SUBMITTED',
  );
  const count = countPaidHours({
    year: 2026,
    records: declarations.map((s) => {
      const d = s.document as {
        id: string;
        employer: { payrollTaxNumber: string };
        period: { from: string; to: string };
        paidHours: number;
        counting?: { basis?: 'PW_NO_WML_CAPACITY' };
      };
      return {
        id: d.id,
        payrollTaxNumber: d.employer.payrollTaxNumber,
        period: d.period,
        paidHours: d.paidHours,
        ...(d.counting?.basis ? { basis: d.counting.basis } : {}),
      };
    }),
  });
  if (!count.ok) throw new Error(`daily flow: ${count.code}`);
  const counted = count.byPayrollTaxNumber.map(
    (c) => `| \`${c.payrollTaxNumber}\` | ${c.countedPaidHours} | ${c.jobEquivalents.toFixed(4)} |`,
  );
  const contactMoments = dailyFlowContactMoments();
  const single = checkSingleContact({
    partnership: dailyFlowPartnership,
    contactMoments,
    period: DAILY_FLOW_CONTACT_PERIOD,
    locale: 'en',
  });
  if (!single.ok) throw new Error(`daily flow: ${single.code}`);
  const org = (o: { scheme: string; value: string; name?: string | undefined }) =>
    `${o.scheme === 'UWV' ? 'UWV' : `\`${o.scheme} ${o.value}\``}${o.name && o.scheme !== 'UWV' ? ` (${o.name})` : ''}`;
  const judged = new Map(single.issues.map((i) => [i.path[1], 'outside the contact point (CTM-005)']));
  for (const e of single.excluded) judged.set(e.index, `not judged: \`${e.reason}\``);
  const contactRows = contactMoments.map((m, i) => {
    const local = toLocalDateTime(m.at);
    const behalf = (m.onBehalfOf ?? []).map(org).join(', ') || '—';
    return `| ${i} | ${local.date} | ${org(m.organisation)} | ${behalf} | ${m.initiatedBy} | ${m.channel} | ${m.topics.map((t) => `\`${t}\``).join(', ')} | ${judged.get(i) ?? 'via the contact point'} |`;
  });
  const regionRows = single.regions.map(
    (r) =>
      `| ${r.region} | ${r.contactPoints.map(org).join(', ')} | ${r.approaches} | ${r.viaContactPoint} | ${r.otherOrganisations.map((o) => `${org(o.organisation)}: ${o.contactMoments.length}`).join(', ') || '—'} |`,
  );
  return `<!-- Generated by packages/core/scripts/generate.ts from packages/core/src/examples/daily-flow.ts. Do not edit. -->
# Worked example: from vacancy to six-month check

One vacancy of the canonical examples followed through the daily flow: two proposals (one
rejected with a reason code, one invited), a trial, the end-of-trial evaluation (go), the
employment with an LKS grant, a job-coach plan with two reports, three monthly LKS
declarations and the six-month check, with the contact moments between the employer and the
public side on the way. Every row is a record of the standard changing status;
the test \`packages/core/src/examples/daily-flow.test.ts\` validates every version of every
record on the day it was written, checks every change against the lifecycle and the role
that makes it (\`validateTransition\`), and builds the ID-only lifecycle events
(\`lifecycleEvent\`, see [events](events.md)). The page is generated from the same module, so
it cannot drift from the standard.

## The chain

| # | when (Europe/Amsterdam) | what | document | status | role | process events |
|---|---|---|---|---|---|---|
${steps.join('\n')}

## Lead times against the sample performance agreements

The working arrangements use calendar \`${dailyFlowArrangements.calendarId}\` (working days; event day = day 0;
weekends and the calendar's holidays skipped). \`measureProcessLeadTimes\` pairs the events of one
case by the ids in their \`links\` and measures on ${DAILY_FLOW_AS_OF}:

| measure | obligor | target (working days) | measured | result |
|---|---|---|---|---|
${leadTimes.join('\n')}

${missed.length === 0 ? 'Every agreed norm is met.' : `Not met: ${missed.join('; ')}. Every other agreed norm is met.`}

## Counting (CNT-001)

The three declarations carry paid hours, which is what counts toward the banenafspraak
(\`countPaidHours\`, per loonheffingennummer, 2026, indicative):

| loonheffingennummer | counted paid hours | job equivalents over 2026 |
|---|---|---|
${counted.join('\n')}

## One point of contact (CTM-005)

The employer should be approached by one contact, not by many agencies (brief §3.2, §3.5). The
working arrangements name WSP Rijnmond (\`AM AM22\`) as the public contact point in AM22.
\`checkSingleContact\` judges every held contact the public side started with the employer from
${DAILY_FLOW_CONTACT_PERIOD.from} to ${DAILY_FLOW_CONTACT_PERIOD.to}: it is in line when the contact point's organisation made it
or it was made on its behalf. The contact moments of the chain, latest versions:

| # | day | organisation | on behalf of | initiated by | channel | topics | judged |
|---|---|---|---|---|---|---|---|
${contactRows.join('\n')}

| region | contact point | approaches | via the contact point | other organisations |
|---|---|---|---|---|
${regionRows.join('\n')}

Outcome: \`${single.outcome}\`.${single.issues.map((i) => ` ${i.message}`).join('')}
`;
}

function rulesPage(): string {
  const groups = new Map<string, typeof ruleCatalogue>();
  for (const r of ruleCatalogue) {
    const prefix = r.id.split('-')[0] ?? r.id;
    groups.set(prefix, [...(groups.get(prefix) ?? []), r]);
  }
  const sections = [...groups.entries()].map(
    ([prefix, list]) =>
      `## ${prefix}\n\n${list
        .map(
          (r) =>
            `### ${r.id}\n\n- **${r.severity}**${r.otherSeverities ? ` (some findings: ${r.otherSeverities.join(', ')})` : ''} · applies to ${r.appliesTo.map((t) => `\`${t}\``).join(', ')} · source: ${r.source}\n- nl: ${r.titleNl}\n- en: ${r.titleEn}\n`,
        )
        .join('\n')}`,
  );
  return `<!-- Generated by packages/core/scripts/generate.ts from the rule catalogue. Do not edit. -->
# Business rules

Validation runs in two steps: the structure (zod schema / JSON Schema), then every numbered
rule below that applies to the document type. When the structure check rejects some fields,
the rules that do not read those fields still run on the rest of the document (ADR 0016). A
rule that cannot be evaluated is an error (\`rule-failed\`). Rule ids are stable: a retired
rule's id is never reused. A rule's severity is that of its findings, except where the rule
lists other severities for some of them (ADR 0010). \`error\` blocks a write or an import row; \`warning\` and \`information\` are
reported and accepted. Messages are Dutch by default and English on request, and never
contain the value of a privacy-restricted field.

${ruleCatalogue.length} rules, and ${versionRules.length} checks of the version a document declares.

${sections.join('\n')}
## VER

Checks of \`standardVersion\`, run before the structure (see [compatibility](compatibility.md)).

${versionRules.map((r) => `### ${r.id}\n\n- **${r.severity}** · applies to every document\n- nl: ${r.titleNl}\n- en: ${r.titleEn}\n`).join('\n')}
## Checks beyond one document

These findings use the same issue shape and ids, but need more than the document itself (who
makes the change, the other records, the year's totals), so they are functions rather than rules
of \`validate\`:

- **LCY-001** (error, \`validateTransition\`): the role that changes a record's status may make
  that transition of its lifecycle (see [events](events.md)).
- **CNT-003** (information, \`assessQuota\`, \`countPaidHours\`): the quota applies to a
  loonheffingennummer whose paid hours in the year exceed the threshold.
- **CTM-005** (warning, \`checkSingleContact\`): over the contact moments with an employer in a
  period, every approach by the public side comes from, or is made on behalf of, the region's
  public contact point in the working arrangements (ADR 0019; see the [worked example](daily-flow.md)).
`;
}

function codeListsPage(): string {
  const lists = codeLists;
  const sections = lists.map((list) => {
    const rows = list.entries.map((e) => `| \`${e.code}\` | ${e.labelNl} | ${e.labelEn} | ${e.validFrom ?? ''} | ${e.validTo ?? ''} |`);
    return `## ${list.titleNl} (\`${list.id}\`)\n\n${list.titleEn}. Source: ${list.source}.\n\n| code | Dutch | English | valid from | valid to |\n|---|---|---|---|---|\n${rows.join('\n')}\n`;
  });
  return `<!-- Generated by packages/core/scripts/generate.ts from the code lists. Do not edit. -->
# Code lists

Codes are stable \`UPPER_SNAKE\` keys. Lists that change over time carry \`validFrom\`/\`validTo\`.
The municipalities are on [their own page](municipalities.md).

${sections.join('\n')}`;
}

function municipalitiesPage(): string {
  const rows = MUNICIPALITY_ROWS.map(
    (m) => `| \`${m.gmCode}\` | ${m.name} | \`${m.amCode}\` | ${m.validFrom ?? ''} | ${m.validTo ?? ''} |`,
  );
  return `<!-- Generated by packages/core/scripts/generate.ts from the municipality table. Do not edit. -->
# Municipalities (gemeenten)

CBS municipality codes with their labour-market region (${LabourMarketRegionList.entries.length} regions).
Merged municipalities carry the last day they existed as \`validTo\`. Source data and caveats:
\`packages/core/data/README.md\`.

| code | name | region | valid from | valid to |
|---|---|---|---|---|
${rows.join('\n')}
`;
}

function standardIndex(): string {
  return `<!-- Generated by packages/core/scripts/generate.ts. Do not edit. -->
# The banenafspraak standard ${STANDARD_VERSION}

Normative pages, generated from \`@banenafspraak/core\`.

## Documents

| document | Dutch term | JSON Schema |
|---|---|---|
${documentDefinitions
  .map(
    (d) =>
      `| [${d.titleEn}](documents/${kebab(d.type)}.md) | ${d.titleNl} | [${kebab(d.type)}.schema.json](../../packages/core/${schemaPath(STANDARD_VERSION, d.type)}) |`,
  )
  .join('\n')}

## Also

- [Business rules](rules.md) (${ruleCatalogue.length} numbered rules)
- [Lifecycles and events](events.md): state diagrams, roles, process events and the event catalogue
- [Worked example](daily-flow.md): from vacancy to six-month check, with lead times, counting and the single point of contact
- [Code lists](code-lists.md) and [municipalities](municipalities.md)
- [Conformance checks](conformance.md) that any server implementation must pass
- [Versions and compatibility](compatibility.md) and the [changelog](changelog.md) per version
- [Glossary](../glossary.md)
`;
}

/** A rule as listed in a version's published `rules.json`. */
interface PublishedRule {
  id: string;
  severity: string;
  appliesTo: readonly string[];
  titleEn: string;
}

/** The rules of the current version: the catalogue plus the version checks. */
function currentRules(): PublishedRule[] {
  return [
    ...ruleCatalogue.map(({ id, severity, appliesTo, titleEn }) => ({ id, severity, appliesTo, titleEn })),
    ...versionRules.map(({ id, severity, titleEn }) => ({ id, severity, appliesTo: ['*'], titleEn })),
  ];
}

/** A version's rules: generated for the current one, read from its published folder for older ones. */
function rulesOf(version: string): PublishedRule[] {
  if (version === STANDARD_VERSION) return currentRules();
  const file = join(packageRoot, 'schemas', version, 'rules.json');
  return existsSync(file) ? (JSON.parse(readFileSync(file, 'utf8')) as PublishedRule[]) : [];
}

function ruleDiff(before: PublishedRule[], after: PublishedRule[]): string[] {
  const old = new Map(before.map((r) => [r.id, r]));
  const now = new Map(after.map((r) => [r.id, r]));
  const lines: string[] = [];
  for (const r of after) if (!old.has(r.id)) lines.push(`- added [${r.id}](rules.md#${r.id.toLowerCase()}) (${r.severity}): ${r.titleEn}`);
  for (const r of before) if (!now.has(r.id)) lines.push(`- removed ${r.id} (${r.severity}): ${r.titleEn}`);
  for (const r of after) {
    const o = old.get(r.id);
    if (o && o.severity !== r.severity)
      lines.push(`- severity of [${r.id}](rules.md#${r.id.toLowerCase()}) changed: ${o.severity} → ${r.severity}`);
  }
  return lines;
}

/** docs/standard/changelog.md: per version, its migrations and how its rules differ from the version before. */
function changelogPage(): string {
  const sections = [...standardVersions].reverse().map((v) => {
    const index = standardVersions.indexOf(v);
    const previous = standardVersions[index - 1];
    const status = v.status === 'deprecated' ? `deprecated, supported until ${v.supportedUntil ?? 'further notice'}` : v.status;
    const head = `## ${v.version} (${v.date}, ${status})\n\n${v.summaryEn}\n\nJSON Schemas: [\`packages/core/schemas/${v.version}/\`](../../packages/core/schemas/${v.version}/).`;
    if (!previous) return `${head}\n\n${rulesOf(v.version).length} rules.\n`;
    const steps = migrations.filter((m) => m.from === previous.version && m.to === v.version);
    const table = steps.length
      ? `| migration | document types | change | down |\n|---|---|---|---|\n${steps
          .map(
            (m) =>
              `| \`${m.id}\` | ${m.documentTypes.length === v.documentTypes.length ? 'all' : m.documentTypes.map((t) => `\`${t}\``).join(', ')} | ${m.titleEn} | ${m.down ? 'lossless only' : 'no'} |`,
          )
          .join('\n')}`
      : 'No migrations: documents only change their `standardVersion`.';
    const added = v.documentTypes.filter((t) => !previous.documentTypes.includes(t));
    const removed = previous.documentTypes.filter((t) => !v.documentTypes.includes(t));
    const types = [...added.map((t) => `- new document type \`${t}\``), ...removed.map((t) => `- document type \`${t}\` removed`)];
    const diff = ruleDiff(rulesOf(previous.version), rulesOf(v.version));
    return `${head}

### Document types

${types.length ? types.join('\n') : 'Unchanged.'}

### Migrations from ${previous.version}

${table}

### Rules compared with ${previous.version}

${diff.length ? diff.join('\n') : 'Unchanged.'}
`;
  });
  return `<!-- Generated by packages/core/scripts/generate.ts from the versions, migrations and rule catalogue. Do not edit. -->
# Changelog of the standard

Per version of the standard (not per package release: see the packages' CHANGELOG files for
those): its migrations, produced by \`migrate()\` in \`@banenafspraak/core\`, and how its rules
differ from the version before. What counts as breaking and how long a version is supported:
[compatibility](compatibility.md).

${sections.join('\n')}`;
}

/** Every generated file: path relative to the repository root → content. */
export function renderArtifacts(): Map<string, string> {
  const files = new Map<string, string>();
  for (const d of documentDefinitions) {
    files.set(`packages/core/${schemaPath(STANDARD_VERSION, d.type)}`, `${JSON.stringify(documentJsonSchema(d), null, 2)}\n`);
    files.set(`docs/standard/documents/${kebab(d.type)}.md`, documentPage(d));
  }
  files.set(`packages/core/schemas/${STANDARD_VERSION}/rules.json`, `${JSON.stringify(currentRules(), null, 2)}\n`);
  files.set(
    `packages/core/schemas/${STANDARD_VERSION}/lifecycle-event.schema.json`,
    `${JSON.stringify(lifecycleEventJsonSchema(), null, 2)}\n`,
  );
  files.set('docs/standard/events.md', eventsPage());
  files.set('docs/standard/daily-flow.md', dailyFlowPage());
  files.set('docs/standard/README.md', standardIndex());
  files.set('docs/standard/rules.md', rulesPage());
  files.set('docs/standard/changelog.md', changelogPage());
  files.set('docs/standard/code-lists.md', codeListsPage());
  files.set('docs/standard/municipalities.md', municipalitiesPage());
  return files;
}
