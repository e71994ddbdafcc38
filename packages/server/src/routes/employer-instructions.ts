import { AuditTrail, EmployerInstructionDefinition, InstructionReadLog, ValidationReport } from '@banenafspraak/core';
import { createRoute, OpenAPIHono } from '@hono/zod-openapi';
import {
  type AppEnv,
  defaultHook,
  etagOf,
  expectedVersion,
  headers,
  IdempotencyHeader,
  IdParam,
  IfMatchHeader,
  idempotencyOf,
  json,
  methodNotAllowed,
  noContent,
  problems,
  readJson,
  requireJson,
} from '../internal/http.js';
import { requireValid, validateDocument, withId, withNewId } from '../internal/validation.js';

/**
 * The werkgeversinstructie: stored apart from all other records, readable only by the
 * employee and the people in `consent.sharedWith` (matched on organisation and `userRef`
 * together), never listed,
 * every read logged. DELETE revokes consent and purges the content for good.
 */
export function employerInstructionRoutes(): OpenAPIHono<AppEnv> {
  const def = EmployerInstructionDefinition;
  const app = new OpenAPIHono<AppEnv>({ defaultHook });
  const tag = def.titleEn;
  const ref = { $ref: '#/components/schemas/EmployerInstruction' };

  app.openapi(
    createRoute({
      method: 'post',
      path: '/',
      operationId: 'createEmployerInstruction',
      tags: [tag],
      summary: 'Record an employer instruction (the employee only)',
      description:
        'There is no list endpoint: instructions never appear in lists, exports or reports. The server assigns the id (an id in the body is ignored).',
      middleware: [requireJson],
      request: { headers: IdempotencyHeader, body: { required: true, content: { 'application/json': { schema: ref } } } },
      responses: {
        201: { description: 'Created.', headers: headers('etag', 'location'), content: { 'application/json': { schema: def.schema } } },
        ...problems(400, 401, 403, 409, 413, 415),
      },
    }),
    async (c) => {
      const { body, text } = await readJson(c);
      const idem = await idempotencyOf(c, text);
      const doc = requireValid(c, def, withNewId(body));
      const { record, replayed } = await c.get('repository').createInstruction(doc, idem);
      return json(c, 201, record.document, {
        ETag: etagOf(record.version),
        Location: `/v1/employer-instructions/${record.id}`,
        ...(replayed ? { 'Idempotent-Replayed': 'true' } : {}),
      });
    },
  );
  app.all('/', () => methodNotAllowed(['POST']));

  app.openapi(
    createRoute({
      method: 'post',
      path: '/_valideer',
      operationId: 'validateEmployerInstruction',
      tags: [tag],
      summary: 'Validate an employer instruction without storing it',
      middleware: [requireJson],
      request: { body: { required: true, content: { 'application/json': { schema: ref } } } },
      responses: {
        200: { description: 'Validation outcome.', headers: headers(), content: { 'application/json': { schema: ValidationReport } } },
        ...problems(400, 401, 413, 415),
      },
    }),
    async (c) => {
      const { body } = await readJson(c);
      const r = validateDocument(c, def, withId(body));
      return json(c, 200, { valid: r.valid, issues: r.issues });
    },
  );
  app.all('/_valideer', () => methodNotAllowed(['POST']));

  app.openapi(
    createRoute({
      method: 'get',
      path: '/{id}',
      operationId: 'getEmployerInstruction',
      tags: [tag],
      summary: 'Read an employer instruction (employee and the people it is shared with)',
      description: 'Every read is logged. After revocation only a content-free tombstone remains, visible to the employee.',
      request: { params: IdParam },
      responses: {
        200: { description: 'The instruction.', headers: headers('etag'), content: { 'application/json': { schema: def.schema } } },
        ...problems(400, 401, 404),
      },
    }),
    async (c) => {
      const { id } = c.req.valid('param');
      const r = await c.get('repository').readInstruction(id);
      return json(c, 200, r.document, { ETag: etagOf(r.version) });
    },
  );

  app.openapi(
    createRoute({
      method: 'put',
      path: '/{id}',
      operationId: 'updateEmployerInstruction',
      tags: [tag],
      summary: 'Replace an employer instruction (the employee only)',
      description: 'Status REVOKED or EXPIRED purges the content for good. If-Match: a strong ETag or `*`.',
      middleware: [requireJson],
      request: { params: IdParam, headers: IfMatchHeader, body: { required: true, content: { 'application/json': { schema: ref } } } },
      responses: {
        200: { description: 'Updated.', headers: headers('etag'), content: { 'application/json': { schema: def.schema } } },
        ...problems(400, 401, 403, 404, 409, 412, 413, 415, 428),
      },
    }),
    async (c) => {
      const { id } = c.req.valid('param');
      const expected = expectedVersion(c);
      const { body } = await readJson(c);
      const doc = requireValid(c, def, withId(body, id));
      const r = await c.get('repository').replaceInstruction(id, expected, doc);
      return json(c, 200, r.document, { ETag: etagOf(r.version) });
    },
  );

  app.openapi(
    createRoute({
      method: 'delete',
      path: '/{id}',
      operationId: 'revokeEmployerInstruction',
      tags: [tag],
      summary: 'Revoke consent: delete the content for good (the employee only)',
      description: 'A content-free tombstone and the audit trail remain.',
      request: { params: IdParam, headers: IfMatchHeader },
      responses: { 204: { description: 'Revoked and purged.', headers: headers() }, ...problems(400, 401, 403, 404, 412, 428) },
    }),
    async (c) => {
      const { id } = c.req.valid('param');
      await c.get('repository').revokeInstruction(id, expectedVersion(c));
      return noContent(c);
    },
  );

  app.openapi(
    createRoute({
      method: 'get',
      path: '/{id}/audittrail',
      operationId: 'getEmployerInstructionAuditTrail',
      tags: [tag],
      summary: 'Content-free audit trail (the employee only)',
      request: { params: IdParam },
      responses: {
        200: { description: 'The audit trail.', headers: headers(), content: { 'application/json': { schema: AuditTrail } } },
        ...problems(400, 401, 404),
      },
    }),
    async (c) => json(c, 200, { items: await c.get('repository').instructionAuditTrail(c.req.valid('param').id) }),
  );
  app.all('/:id/audittrail', () => methodNotAllowed(['GET']));

  app.openapi(
    createRoute({
      method: 'get',
      path: '/{id}/read-log',
      operationId: 'getEmployerInstructionReadLog',
      tags: [tag],
      summary: 'Who read the instruction when (the employee only)',
      request: { params: IdParam },
      responses: {
        200: { description: 'The read log.', headers: headers(), content: { 'application/json': { schema: InstructionReadLog } } },
        ...problems(400, 401, 404),
      },
    }),
    async (c) => json(c, 200, { items: await c.get('repository').instructionReadLog(c.req.valid('param').id) }),
  );
  app.all('/:id/read-log', () => methodNotAllowed(['GET']));
  app.all('/:id', () => methodNotAllowed(['GET', 'PUT', 'DELETE']));
  return app;
}
