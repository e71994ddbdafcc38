// The EMI checks: the werkgeversinstructie is read only by those it is shared with, and logged.
import { EmployerInstructionDefinition, employerInstructionExample } from '@banenafspraak/core';
import { type CheckDefinition, type Doc, describeError, short } from './check-helpers.js';
import { CheckFailure, type Context, expectThat, FIXTURE_COLLECTIONS, type SeenResponse } from './context.js';

// ---------------------------------------------------------------- EMI: werkgeversinstructie

interface InstructionState {
  id: string;
  etag: string;
}
const instructions = new WeakMap<Context, Promise<InstructionState>>();

/** The run's instruction: the canonical example with the canary, for the fixture placement. */
function instruction(ctx: Context): Promise<InstructionState> {
  let p = instructions.get(ctx);
  if (!p) {
    p = (async () => {
      const employee = ctx.requireEmployee();
      const f = await ctx.fixture();
      const doc = structuredClone(employerInstructionExample) as Doc;
      doc.id = crypto.randomUUID();
      doc.placementId = f.placement.id;
      doc.instructionTips = `Geef één opdracht tegelijk. ${ctx.canary}`;
      doc.adjustments[0].text = `Leg een nieuwe taak stap voor stap uit. ${ctx.canary}`;
      try {
        const r = await employee.employerInstructions.create(doc as never);
        return { id: (r.document as Doc).id as string, etag: r.etag };
      } catch (e) {
        throw new CheckFailure('POST /employer-instructions as the employee', '201 Created', describeError(e));
      }
    })();
    instructions.set(ctx, p);
  }
  return p;
}

const INSTRUCTION_OWN = /\/employer-instructions(\/[0-9a-fA-F-]{36})?$/;

/** The employee's own create, read and update of the instruction (the only places its text may be). */
function isOwnRead(r: SeenResponse): boolean {
  return r.as === 'employee' && r.status < 300 && ['GET', 'POST', 'PUT'].includes(r.method) && INSTRUCTION_OWN.test(r.path);
}

export const emiChecks: CheckDefinition[] = [
  {
    id: 'CNF-EMI-001',
    category: 'EMI',
    title: 'The employee records an instruction; only the employee reads it back',
    sends:
      'POST /employer-instructions as the employee (canonical example, canary text in the tips, linked to the fixture placement); GET it as the employee, as the main token and as the other tenant',
    expects: "201; the employee's GET returns the content; the others get 403 or 404 without content",
    needsEmployee: true,
    async run(ctx) {
      const ins = await instruction(ctx);
      const own = await ctx.http('GET', `/employer-instructions/${ins.id}`, { token: 'employee' });
      expectThat(
        own.status === 200 && own.text.includes(ctx.canary),
        'the employee cannot read the instruction back',
        '200 with the content',
        `HTTP ${own.status}`,
      );
      for (const who of ['main', 'otherTenant'] as const) {
        const r = await ctx.http('GET', `/employer-instructions/${ins.id}`, { token: who });
        expectThat(
          r.status === 403 || r.status === 404,
          `GET /employer-instructions/{id} as ${who}`,
          'HTTP 403 or 404',
          `HTTP ${r.status}`,
        );
      }
    },
  },
  {
    id: 'CNF-EMI-002',
    category: 'EMI',
    title: 'Instructions are never listed',
    sends: 'GET /employer-instructions as the employee and as the main token; GET every record collection',
    expects: 'no list endpoint (404 or 405); no list response contains the instruction id',
    needsEmployee: true,
    async run(ctx) {
      const ins = await instruction(ctx);
      for (const who of ['employee', 'main'] as const) {
        const r = await ctx.http('GET', '/employer-instructions', { token: who });
        expectThat(
          r.status === 404 || r.status === 405,
          `GET /employer-instructions as ${who}`,
          'HTTP 404 or 405 (no list)',
          `HTTP ${r.status}`,
        );
      }
      for (const collection of FIXTURE_COLLECTIONS) {
        const r = await ctx.http('GET', `/${collection}?limit=100`);
        expectThat(!r.text.includes(ins.id), `GET /${collection} contains the instruction`, 'no instruction id', 'instruction id present');
      }
    },
  },
  {
    id: 'CNF-EMI-003',
    category: 'EMI',
    title: 'Placement responses never carry the instruction',
    sends: 'GET /placements/{fixture placement}, GET /placements, GET /placements/{id}/audittrail with the main token',
    expects: 'neither the instruction id nor its content appears',
    needsEmployee: true,
    async run(ctx) {
      const ins = await instruction(ctx);
      const f = await ctx.fixture();
      for (const path of [`/placements/${f.placement.id}`, '/placements?limit=100', `/placements/${f.placement.id}/audittrail`]) {
        const r = await ctx.http('GET', path);
        expectThat(r.status === 200, `GET ${path}`, 'HTTP 200', `HTTP ${r.status}`);
        expectThat(
          !r.text.includes(ins.id) && !r.text.includes(ctx.canary),
          `GET ${path} carries the instruction`,
          'no instruction id or content',
          'instruction present',
        );
      }
    },
  },
  {
    id: 'CNF-EMI-004',
    category: 'EMI',
    title: "Validation issues and the instruction's audit trail never echo its content",
    sends:
      'POST /employer-instructions/_valideer with the canary in a diagnosis field and the tips; GET …/audittrail and …/read-log as the employee',
    expects: 'EMI-001 is reported; no response contains the canary text',
    needsEmployee: true,
    async run(ctx) {
      const ins = await instruction(ctx);
      const doc = structuredClone(EmployerInstructionDefinition.example) as Doc;
      doc.diagnosis = ctx.canary;
      doc.instructionTips = ctx.canary;
      const r = await ctx.http('POST', '/employer-instructions/_valideer', { body: doc });
      expectThat(r.status === 200, 'POST /employer-instructions/_valideer', 'HTTP 200', `HTTP ${r.status}`);
      expectThat(
        ((r.json() as Doc)?.issues ?? []).some((i: Doc) => i.ruleId === 'EMI-001'),
        '_valideer does not report EMI-001',
        'an issue EMI-001',
        short(r.text),
      );
      expectThat(
        !r.text.includes(ctx.canary),
        '_valideer echoes the content',
        'no submitted value in issues',
        'canary text in the response',
      );
      for (const path of [`/employer-instructions/${ins.id}/audittrail`, `/employer-instructions/${ins.id}/read-log`]) {
        const a = await ctx.http('GET', path, { token: 'employee' });
        expectThat(a.status === 200, `GET ${path} as the employee`, 'HTTP 200', `HTTP ${a.status}`);
        expectThat(!a.text.includes(ctx.canary), `GET ${path} contains the content`, 'no content', 'canary text in the response');
      }
    },
  },
  {
    id: 'CNF-EMI-005',
    category: 'EMI',
    title: 'Revocation purges the content',
    sends: 'DELETE /employer-instructions/{id} as the employee with If-Match; GET it as the employee',
    expects: '204; afterwards 404, or 200 with a content-free tombstone (status REVOKED, no canary text)',
    needsEmployee: true,
    async run(ctx) {
      const ins = await instruction(ctx);
      const current = await ctx.http('GET', `/employer-instructions/${ins.id}`, { token: 'employee' });
      const etag = current.headers.get('ETag') ?? ins.etag;
      const del = await ctx.http('DELETE', `/employer-instructions/${ins.id}`, { token: 'employee', headers: { 'If-Match': etag } });
      expectThat(del.status === 204, 'DELETE /employer-instructions/{id}', 'HTTP 204', `HTTP ${del.status}: ${short(del.text)}`);
      const after = await ctx.http('GET', `/employer-instructions/${ins.id}`, { token: 'employee' });
      expectThat(after.status === 404 || after.status === 200, 'GET after revocation', 'HTTP 200 or 404', `HTTP ${after.status}`);
      expectThat(!after.text.includes(ctx.canary), 'the content survived the revocation', 'no content', 'canary text still returned');
      if (after.status === 200)
        expectThat(
          (after.json() as Doc)?.status === 'REVOKED',
          'tombstone status',
          'status REVOKED',
          `status ${(after.json() as Doc)?.status}`,
        );
    },
  },
  {
    id: 'CNF-EMI-006',
    category: 'EMI',
    title: 'The instruction text appears in no other response the suite saw',
    sends: 'nothing new: scans every response body of the run',
    expects: "the canary text only in the employee's own create and read responses before revocation",
    needsEmployee: true,
    async run(ctx) {
      await instruction(ctx);
      const leaks = ctx.seen.filter((r) => r.body.includes(ctx.canary) && !isOwnRead(r));
      expectThat(
        leaks.length === 0,
        'the instruction text leaked',
        'no other response with the text',
        leaks
          .map((l) => `${l.method} ${l.path} (${l.as}) → ${l.status}`)
          .slice(0, 5)
          .join('; '),
      );
    },
  },
];

/** Every check, in run order. */
