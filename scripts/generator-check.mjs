// Generates Java and C# types, as a Java or .NET vendor would, from the OpenAPI document and
// from core's JSON Schemas (quicktype, from the npm registry, runs offline), and checks that each
// named type of the JSON Schemas becomes exactly one type with that name, and that no other
// generated type repeats one (an enum with the same codes, a class with the same fields).
// With --java-out DIR it also writes the Java files there (scripts/generator-check.sh compiles them).
import { mkdirSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { FetchingJSONSchemaStore, InputData, JSONSchemaInput, quicktypeMultiFile } from 'quicktype-core';

const root = join(import.meta.dirname, '..');
const openapi = JSON.parse(readFileSync(join(root, 'packages/server/openapi.json'), 'utf8'));
// The JSON Schemas of the standard version the API serves (older versions are kept beside it).
const schemaDir = join(root, 'packages/core/schemas', openapi.info['x-standard-version']);
const schemaFiles = () => readdirSync(schemaDir).filter((f) => f.endsWith('.schema.json'));
const javaOut = process.argv.includes('--java-out') ? process.argv[process.argv.indexOf('--java-out') + 1] : undefined;

/**
 * Reads the schemas as OpenAPI generators do. It rewrites `$ref`s to `#/definitions/…`; it drops
 * the `title`s (quicktype names a type after its title, the Dutch legal term here, where OpenAPI
 * generators use the component name) and names each inline object or enum after its place
 * (`ExecutionPlanProcessStepsItem`, as openapi-generator's `…Inner`), so that an inline type never
 * takes the name of a named one; and it reads a `$ref` with a sibling `description` as the
 * reference alone (OpenAPI 3.1: the sibling documents the field; quicktype would make a new type).
 */
function normalise(node, prefix, place) {
  if (Array.isArray(node)) return node.map((n, i) => normalise(n, prefix, `${place}${i + 1}`));
  if (node === null || typeof node !== 'object') return node;
  if (typeof node.$ref === 'string') return { $ref: node.$ref.replace(prefix, '#/definitions/') };
  const out = {};
  for (const [key, value] of Object.entries(node)) {
    if (key === 'title' || key === 'examples') continue;
    if (key === 'properties')
      out[key] = Object.fromEntries(
        Object.entries(value).map(([name, v]) => [name, normalise(v, prefix, place + name[0].toUpperCase() + name.slice(1))]),
      );
    else
      out[key] = normalise(
        value,
        prefix,
        key === 'items' ? `${place}Item` : key === 'anyOf' || key === 'oneOf' ? `${place}Variant` : place,
      );
  }
  if (place.includes('·') && (node.properties || node.enum)) out.title = place.replace('·', '');
  return out;
}

/** Each definition, normalised, with its name as the start of the names of its inline types. */
function definitionsOf(schemas, prefix) {
  return Object.fromEntries(Object.entries(schemas).map(([name, schema]) => [name, normalise(schema, prefix, `${name}·`)]));
}

function fromOpenApi() {
  return definitionsOf(openapi.components.schemas, '#/components/schemas/');
}

function fromJsonSchemas() {
  const defs = {};
  for (const file of schemaFiles()) {
    const schema = JSON.parse(readFileSync(join(schemaDir, file), 'utf8'));
    Object.assign(defs, definitionsOf(schema.$defs, '#/$defs/'));
  }
  return defs;
}

const codesKey = (codes) => JSON.stringify(codes.map((c) => String(c).replaceAll('_', '').toUpperCase()).sort());

/** Code sets that the JSON Schemas spell inline (an enum that is not a named type itself). */
function inlineEnumsOfStandard() {
  const found = new Set();
  const walk = (node, top) => {
    if (Array.isArray(node)) for (const n of node) walk(n, false);
    else if (node !== null && typeof node === 'object') {
      if (!top && Array.isArray(node.enum) && node.enum.length > 1) found.add(codesKey(node.enum));
      for (const v of Object.values(node)) walk(v, false);
    }
  };
  for (const file of schemaFiles())
    for (const def of Object.values(JSON.parse(readFileSync(join(schemaDir, file), 'utf8')).$defs)) walk(def, true);
  return found;
}
const inlineEnums = inlineEnumsOfStandard();

/**
 * The named types of the JSON Schemas: the check's reference. For the OpenAPI document only the
 * schemas of the document types the API serves count (a root type that is one of its components).
 */
function namedTypes(servedOnly) {
  const names = new Map();
  for (const file of schemaFiles()) {
    const schema = JSON.parse(readFileSync(join(schemaDir, file), 'utf8'));
    const root = String(schema.$ref ?? '').replace('#/$defs/', '');
    if (servedOnly && !(root in openapi.components.schemas)) continue;
    for (const [name, def] of Object.entries(schema.$defs)) names.set(name, def);
  }
  return names;
}

async function generate(definitions, lang, rendererOptions) {
  const input = new JSONSchemaInput(new FetchingJSONSchemaStore());
  // One root that refers to every named type, so each is one type of one graph.
  const properties = Object.fromEntries(Object.keys(definitions).map((name) => [name, { $ref: `#/definitions/${name}` }]));
  await input.addSource({ name: 'Everything', schema: JSON.stringify({ type: 'object', properties, definitions }) });
  const data = new InputData();
  data.addInput(input);
  return quicktypeMultiFile({ inputData: data, lang, rendererOptions, inferEnums: false, combineClasses: false });
}

/** Types declared in generated source: name → kind and members (enum constants or fields). */
function declaredTypes(files, lang) {
  const types = new Map();
  for (const text of files.values()) {
    const source = text.lines.join('\n');
    // Java: one top-level type per file; C#: types indented once inside the namespace.
    const decl = lang === 'java' ? /^public (enum|class) (\w+)/gm : /^ {4}public (?:partial )?(enum|class) (\w+)/gm;
    for (const m of source.matchAll(decl)) {
      const end = source.indexOf(lang === 'java' ? '\n}' : '\n    }', m.index);
      const body = m[1] === 'enum' && lang === 'csharp' ? source.slice(m.index, source.indexOf('};', m.index)) : source.slice(m.index, end);
      const members =
        m[1] === 'enum'
          ? (lang === 'java' ? (body.match(/\{\s*([A-Z0-9_, \n]+);/)?.[1] ?? '') : (body.split('{')[1] ?? ''))
              .split(',')
              .map((x) => x.trim())
          : [...body.matchAll(lang === 'java' ? /private [\w<>, .[\]]+ (\w+);/g : /public [\w<>?, .[\]]+ (\w+) \{ get; set; \}/g)].map(
              (x) => x[1].toLowerCase(),
            );
      const list = types.get(m[2]) ?? [];
      list.push({ kind: m[1], members: members.sort().join(',') });
      types.set(m[2], list);
    }
  }
  return types;
}

/**
 * Fails when a named enum or class of the JSON Schemas is not generated under its own name,
 * is declared twice, or when its codes come back as another enum (an inlined copy). Classes
 * with the same field names as a named class are listed, not failed: an inline `{ from, to }`
 * with other required fields is a different type that Java and C# merely spell alike.
 */
function check(label, types, named) {
  const problems = [];
  const notes = [];
  const bySignature = new Map();
  for (const [name, decls] of types) {
    if (decls.length > 1) problems.push(`${name} is declared ${decls.length} times`);
    const key = `${decls[0].kind}:${decls[0].members}`;
    if (decls[0].members !== '') bySignature.set(key, [...(bySignature.get(key) ?? []), name]);
  }
  let checked = 0;
  for (const [name, def] of named) {
    const kind = def.enum ? 'enum' : def.type === 'object' && def.properties ? 'class' : undefined;
    if (!kind) continue; // A named string (Bsn, KvkNumber) is a plain string in Java and C#.
    checked++;
    const decl = types.get(name)?.[0];
    if (decl?.kind !== kind) {
      // quicktype makes one enum of all enums with the same codes. That is no inlined copy when
      // the JSON Schemas themselves spell these codes inline for another field.
      const merged = kind === 'enum' && inlineEnums.has(codesKey(def.enum));
      if (merged) notes.push(`${name} has the codes of an inline enum of the standard; quicktype made one enum of both`);
      else problems.push(`${name}: no generated ${kind} of that name`);
      continue;
    }
    const copies = (bySignature.get(`${kind}:${decl.members}`) ?? []).filter((n) => n !== name && !named.has(n));
    if (copies.length > 0) {
      if (kind === 'enum') problems.push(`${name} spelled again as ${copies.join(', ')}`);
      else notes.push(`a class with the fields of ${name}: ${copies.join(', ')}`);
    }
  }
  const merged = notes.filter((n) => n.includes('made one enum')).length;
  console.log(
    `${label}: ${types.size} types; ${checked - merged} of the ${checked} named enums and classes once under their own name, ${merged} merged with an equal enum${problems.length ? `; ${problems.length} problems` : ''}`,
  );
  for (const note of notes) console.log(`  note: ${note}`);
  return problems.map((p) => `${label}: ${p}`);
}

const problems = [];
for (const [label, defs, named] of [
  ['openapi.json', fromOpenApi(), namedTypes(true)],
  ['JSON Schemas', fromJsonSchemas(), namedTypes(false)],
]) {
  const java = await generate(defs, 'java', { package: 'nl.banenafspraak.model', 'just-types': 'true' });
  problems.push(...check(`Java from ${label}`, declaredTypes(java, 'java'), named));
  if (javaOut && label === 'openapi.json') {
    mkdirSync(javaOut, { recursive: true });
    for (const [file, text] of java) writeFileSync(join(javaOut, file), text.lines.join('\n'));
  }
  const cs = await generate(defs, 'csharp', { namespace: 'Banenafspraak.Model', 'just-types': 'true' });
  problems.push(...check(`C# from ${label}`, declaredTypes(cs, 'csharp'), named));
}
if (problems.length > 0) {
  for (const p of problems) console.error(`  ${p}`);
  process.exit(1);
}
