import { type AnyDocumentDefinition, AuditTrail, DEFAULT_PAGE_SIZE, listQueryOf, pageOf, ValidationReport } from '@banenafspraak/core';
import { createRoute, OpenAPIHono, z } from '@hono/zod-openapi';
import { ServerError } from '../errors.js';
import {
  type AppEnv,
  defaultHook,
  etagOf,
  expectedVersion,
  headers,
  IdempotencyHeader,
  IdParam,
  IfMatchHeader,
  IfNoneMatchHeader,
  idempotencyOf,
  ifNoneMatch,
  json,
  methodNotAllowed,
  noContent,
  notModified,
  parameterProblem,
  problems,
  readJson,
  requireJson,
} from '../internal/http.js';
import { requireTransition, requireValid, validateDocument, withId, withNewId } from '../internal/validation.js';
import type { RecordCollection } from '../policy.js';

const noun = (def: AnyDocumentDefinition) => def.type;

/**
 * The sub-app of one record collection: list, create, dry-run validation, read, replace,
 * delete and audit trail. Every data access goes through the request's repository, which
 * enforces the access policy and returns the caller's view; handlers only validate and
 * translate.
 */
export function recordRoutes(definition: AnyDocumentDefinition): OpenAPIHono<AppEnv> {
  const collection = definition.collection as RecordCollection;
  const app = new OpenAPIHono<AppEnv>({ defaultHook });
  const tag = definition.titleEn;
  const ref = { $ref: `#/components/schemas/${definition.type}` };
  const statuses = definition.statuses as readonly string[];
  const Page = pageOf(definition.schema as z.ZodType).meta({
    id: `${definition.type}Page`,
    title: `${definition.titleNl} (pagina)`,
    description: `A page of ${definition.titleEn.toLowerCase()} records.`,
  });
  // Filters, paging and order of a list are core's contract, shared with the client.
  const ListQuery = listQueryOf(statuses);

  app.openapi(
    createRoute({
      method: 'get',
      path: '/',
      operationId: `list${pascalCase(definition.collection)}`,
      tags: [tag],
      summary: `List ${definition.titleEn.toLowerCase()} records`,
      description:
        'Only records of your organisation or region and at or below your confidentiality level are listed. Restricted parts are never included.',
      request: { query: ListQuery },
      responses: {
        200: { description: 'A page of records.', headers: headers(), content: { 'application/json': { schema: Page } } },
        ...problems(400, 401),
      },
    }),
    async (c) => {
      const q = c.req.valid('query');
      // Year 0000 is a valid ISO date, but not one PostgreSQL can compare with.
      const yearZero = (['from', 'to'] as const).filter((k) => q[k]?.startsWith('0000-'));
      if (yearZero.length)
        throw parameterProblem(
          yearZero.map((k) => ({ path: [k], code: 'invalid_date' })),
          'query',
        );
      const page = await c.get('repository').listRecords(collection, { ...q, limit: q.limit ?? DEFAULT_PAGE_SIZE });
      return json(c, 200, { items: page.items.map((r) => r.document), ...(page.nextCursor ? { nextCursor: page.nextCursor } : {}) });
    },
  );

  app.openapi(
    createRoute({
      method: 'post',
      path: '/',
      operationId: `create${noun(definition)}`,
      tags: [tag],
      summary: `Create a ${definition.titleEn.toLowerCase()}`,
      description:
        'Validated with the standard (structure and business rules). The server assigns the id (an id in the body is ignored); read it from the response or Location. Send an Idempotency-Key to make retries safe.',
      middleware: [requireJson],
      request: { headers: IdempotencyHeader, body: { required: true, content: { 'application/json': { schema: ref } } } },
      responses: {
        201: {
          description: 'Created.',
          headers: headers('etag', 'location'),
          content: { 'application/json': { schema: definition.schema as z.ZodType } },
        },
        ...problems(400, 401, 403, 409, 413, 415),
      },
    }),
    async (c) => {
      const { body, text } = await readJson(c);
      const idem = await idempotencyOf(c, text);
      const doc = requireValid(c, definition, withNewId(body));
      const { record, replayed } = await c.get('repository').createRecord(collection, doc, idem);
      return json(c, 201, record.document, {
        ETag: etagOf(record.version),
        Location: `/v1/${collection}/${record.id}`,
        ...(replayed ? { 'Idempotent-Replayed': 'true' } : {}),
      });
    },
  );

  app.all('/', () => methodNotAllowed(['GET', 'POST']));

  app.openapi(
    createRoute({
      method: 'post',
      path: '/_valideer',
      operationId: `validate${noun(definition)}`,
      tags: [tag],
      summary: `Validate a ${definition.titleEn.toLowerCase()} without storing it`,
      middleware: [requireJson],
      request: { body: { required: true, content: { 'application/json': { schema: ref } } } },
      responses: {
        200: {
          description: 'Validation outcome (also when the document is invalid).',
          headers: headers(),
          content: { 'application/json': { schema: ValidationReport } },
        },
        ...problems(400, 401, 413, 415),
      },
    }),
    async (c) => {
      const { body } = await readJson(c);
      const r = validateDocument(c, definition, withId(body));
      return json(c, 200, { valid: r.valid, issues: r.issues });
    },
  );
  app.all('/_valideer', () => methodNotAllowed(['POST']));

  if (collection === 'placements') {
    app.openapi(
      createRoute({
        method: 'post',
        path: '/_zoek',
        operationId: 'searchPlacements',
        tags: [tag],
        summary: 'Search placements by BSN',
        description: 'The BSN goes in the body, never in the URL. Requires the IDENTITY_READER role.',
        middleware: [requireJson],
        request: {
          body: {
            required: true,
            content: {
              'application/json': {
                schema: z
                  .object({
                    bsn: z
                      .string()
                      .regex(/^\d{9}$/)
                      .describe('Burgerservicenummer (9 digits).'),
                    limit: z.int().min(1).max(100).optional().describe('Page size (1–100, default 20).'),
                    cursor: z.string().max(200).optional().describe('Cursor of the next page.'),
                  })
                  .meta({ id: 'PlacementSearch', title: 'Zoekvraag plaatsingen', description: 'Search placements by BSN.' }),
              },
            },
          },
        },
        responses: {
          200: { description: 'Matching placements.', headers: headers(), content: { 'application/json': { schema: Page } } },
          ...problems(400, 401, 403, 413, 415),
        },
      }),
      async (c) => {
        const { body } = await readJson(c);
        const parsed = z
          .object({ bsn: z.string().regex(/^\d{9}$/), limit: z.int().min(1).max(100).optional(), cursor: z.string().max(200).optional() })
          .strict()
          .safeParse(body);
        if (!parsed.success) {
          throw new ServerError('invalid-input', 'De zoekvraag is ongeldig.', {
            issues: parsed.error.issues.map((i) => ({
              severity: 'error' as const,
              code: i.code,
              path: i.path.map((p) => (typeof p === 'number' ? p : String(p))),
              message: 'Ongeldige waarde.',
            })),
          });
        }
        const { bsn, limit, cursor } = parsed.data;
        const page = await c.get('repository').searchPlacementsByBsn(bsn, { limit: limit ?? 20, ...(cursor ? { cursor } : {}) });
        return json(c, 200, { items: page.items.map((r) => r.document), ...(page.nextCursor ? { nextCursor: page.nextCursor } : {}) });
      },
    );
    app.all('/_zoek', () => methodNotAllowed(['POST']));
  }

  app.openapi(
    createRoute({
      method: 'get',
      path: '/{id}',
      operationId: `get${noun(definition)}`,
      tags: [tag],
      summary: `Read a ${definition.titleEn.toLowerCase()}`,
      description: 'Send the ETag you hold in If-None-Match to get 304 without a body while it is still the current version.',
      request: { params: IdParam, headers: IfNoneMatchHeader },
      responses: {
        200: {
          description: 'The record.',
          headers: headers('etag'),
          content: { 'application/json': { schema: definition.schema as z.ZodType } },
        },
        304: { description: 'Not modified: the ETag in If-None-Match is the current version.', headers: headers('etag') },
        ...problems(400, 401, 403, 404),
      },
    }),
    async (c) => {
      const { id } = c.req.valid('param');
      const held = ifNoneMatch(c);
      if (held) {
        // Only the version is read: an unchanged record costs no document read or serialisation.
        const { version, updatedAt } = await c.get('repository').readRecordVersion(collection, id);
        if (held === '*' || held.includes(version))
          return notModified(c, { ETag: etagOf(version), 'Last-Modified': new Date(updatedAt).toUTCString() });
      }
      const record = await c.get('repository').readRecord(collection, id);
      return json(c, 200, record.document, { ETag: etagOf(record.version), 'Last-Modified': new Date(record.updatedAt).toUTCString() });
    },
  );

  app.openapi(
    createRoute({
      method: 'put',
      path: '/{id}',
      operationId: `update${noun(definition)}`,
      tags: [tag],
      summary: `Replace a ${definition.titleEn.toLowerCase()}`,
      description:
        'Send the ETag you read in If-Match (strong comparison: a weak ETag gets 412; `*` means any current version); a stale version gets 412. Status changes must follow the lifecycle: a transition it does not have is a 400 (AGR-003), one your role may not make a 403 (LCY-001), both naming the rule id.',
      middleware: [requireJson],
      request: { params: IdParam, headers: IfMatchHeader, body: { required: true, content: { 'application/json': { schema: ref } } } },
      responses: {
        200: {
          description: 'Updated.',
          headers: headers('etag'),
          content: { 'application/json': { schema: definition.schema as z.ZodType } },
        },
        ...problems(400, 401, 403, 404, 409, 412, 413, 415, 428),
      },
    }),
    async (c) => {
      const { id } = c.req.valid('param');
      const expected = expectedVersion(c);
      const { body } = await readJson(c);
      const input = withId(body, id);
      if (input === null || typeof input !== 'object' || Array.isArray(input)) requireValid(c, definition, input);
      const record = await c
        .get('repository')
        .replaceRecord(collection, id, expected, input as Record<string, unknown>, (completed, previous) => {
          const doc = requireValid(c, definition, completed, previous);
          requireTransition(c, definition, previous, doc);
          return doc;
        });
      return json(c, 200, record.document, { ETag: etagOf(record.version) });
    },
  );

  app.openapi(
    createRoute({
      method: 'delete',
      path: '/{id}',
      operationId: `delete${noun(definition)}`,
      tags: [tag],
      summary: `Delete a ${definition.titleEn.toLowerCase()} in its initial status`,
      description: `Only in status ${statuses[0]} and while no records hang under it (a grant under a placement); later a record ends through a status change (409 otherwise). Requires If-Match.`,
      request: { params: IdParam, headers: IfMatchHeader },
      responses: { 204: { description: 'Deleted.', headers: headers() }, ...problems(400, 401, 403, 404, 409, 412, 428) },
    }),
    async (c) => {
      const { id } = c.req.valid('param');
      const expected = expectedVersion(c);
      await c.get('repository').deleteRecord(collection, id, expected);
      return noContent(c);
    },
  );

  app.openapi(
    createRoute({
      method: 'get',
      path: '/{id}/audittrail',
      operationId: `get${noun(definition)}AuditTrail`,
      tags: [tag],
      summary: `Audit trail of a ${definition.titleEn.toLowerCase()}`,
      request: { params: IdParam },
      responses: {
        200: { description: 'The audit trail.', headers: headers(), content: { 'application/json': { schema: AuditTrail } } },
        ...problems(400, 401, 403, 404),
      },
    }),
    async (c) => {
      const { id } = c.req.valid('param');
      return json(c, 200, { items: await c.get('repository').auditTrail(collection, id) });
    },
  );

  app.all('/:id/audittrail', () => methodNotAllowed(['GET']));
  app.all('/:id', () => methodNotAllowed(['GET', 'PUT', 'DELETE']));
  return app;
}

/** `wage-value-assessments` → `WageValueAssessments` (operation ids use the collection's own plural). */
function pascalCase(kebab: string): string {
  return kebab.replace(/(^|-)([a-z])/g, (_m, _sep, c: string) => c.toUpperCase());
}
