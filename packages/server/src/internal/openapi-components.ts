import * as z from 'zod';

// Every schema of core that carries `.meta({ id })` is a named type of the published JSON
// Schemas. The route generator inlines such a type wherever a field refines it (a field's
// `.describe()` makes a copy without the id), so Java and .NET generators made one class or
// enum per property. Here the components come from zod's own JSON Schema generator instead, the
// one that writes core's `schemas/*.json`: each named type is one component with the same name,
// and a field that refines it is a `$ref` with its own description beside it.

type Json = { [key: string]: unknown };

const PREFIX = '#/components/schemas/';

function isObject(value: unknown): value is Json {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/** The named types of zod's global registry as OpenAPI 3.1 components, referring to each other. */
function namedComponents(): Record<string, Json> {
  const out = z.toJSONSchema(z.globalRegistry, {
    target: 'draft-2020-12',
    io: 'input',
    unrepresentable: 'any',
    uri: (id) => `${PREFIX}${id}`,
  }) as { schemas: Record<string, Json> };
  const components: Record<string, Json> = {};
  for (const [id, schema] of Object.entries(out.schemas)) {
    const { $schema: _dialect, $id: _id, ...rest } = schema;
    components[id] = rest;
  }
  return components;
}

/** The component names a node refers to, directly or through other components. */
function collectRefs(node: unknown, into: Set<string>, components: Record<string, Json>): void {
  if (Array.isArray(node)) {
    for (const item of node) collectRefs(item, into, components);
    return;
  }
  if (!isObject(node)) return;
  const ref = node.$ref;
  if (typeof ref === 'string' && ref.startsWith(PREFIX)) {
    const name = ref.slice(PREFIX.length);
    if (!into.has(name)) {
      into.add(name);
      collectRefs(components[name], into, components);
    }
  }
  for (const value of Object.values(node)) collectRefs(value, into, components);
}

/**
 * Replaces, outside the components, every inline enum that lists exactly the codes of a named
 * enum (a list filter on `status`) by a reference to it, keeping the node's own description.
 */
function refEnums(node: unknown, enums: Map<string, string>): unknown {
  if (Array.isArray(node)) return node.map((item) => refEnums(item, enums));
  if (!isObject(node)) return node;
  if (Array.isArray(node.enum)) {
    const name = enums.get(JSON.stringify(node.enum));
    if (name) return { ...(typeof node.description === 'string' ? { description: node.description } : {}), $ref: `${PREFIX}${name}` };
  }
  return Object.fromEntries(Object.entries(node).map(([key, value]) => [key, refEnums(value, enums)]));
}

/**
 * Replaces the route generator's component schemas by zod's for every named type, adds the
 * named types they refer to, and drops none of the others (problem documents, pages).
 */
export function withNamedComponents<D extends { paths?: unknown; components?: { schemas?: Record<string, unknown> } }>(doc: D): D {
  const named = namedComponents();
  const enums = new Map<string, string>();
  for (const [name, schema] of Object.entries(named)) if (Array.isArray(schema.enum)) enums.set(JSON.stringify(schema.enum), name);
  const paths = refEnums(doc.paths, enums);
  const current = (doc.components?.schemas ?? {}) as Record<string, Json>;
  const merged: Record<string, Json> = {};
  for (const [name, schema] of Object.entries(current)) merged[name] = named[name] ?? schema;
  for (const [name, schema] of Object.entries(named)) if (!(name in merged)) merged[name] = schema;
  // Keep the named types the API uses; the registry may hold more than the API needs.
  const used = new Set<string>(Object.keys(current));
  collectRefs(paths, used, merged);
  for (const name of Object.keys(current)) collectRefs(merged[name], used, merged);
  const schemas = Object.fromEntries(
    Object.keys(merged)
      .filter((name) => used.has(name))
      .sort()
      .map((name) => [name, merged[name]]),
  );
  return { ...doc, paths, components: { ...doc.components, schemas } };
}
