import type { EmployerInstruction } from '../../documents/employer-instruction.js';
import { defineRule, finding, type RuleFinding } from '../legacy.js';
import { NO_FINDINGS } from '../scope.js';

/**
 * EMI-003: a `SHARED` instruction carries the employee's consent: the date it was given (not
 * after the reference date) and the named persons it is shared with.
 */
export const EMI_003 = defineRule<EmployerInstruction>({
  id: 'EMI-003',
  appliesTo: ['EmployerInstruction'],
  severity: 'error',
  titleNl: 'Gedeelde instructie vraagt toestemming van de werknemer: datum en ontvangers',
  titleEn: 'A shared instruction requires the employee’s consent: date and recipients',
  source: 'S1; R31',
  check(doc, ctx) {
    if (doc.status !== 'SHARED') return NO_FINDINGS;
    let out: RuleFinding[] | undefined;
    if (doc.consent.givenOn === undefined)
      (out ??= []).push(
        finding(
          ['consent', 'givenOn'],
          'Delen kan alleen met toestemming van de werknemer: de datum van de toestemming ontbreekt.',
          'Sharing needs the employee’s consent: the date of consent is missing.',
          { code: 'EMI-003.given-on' },
        ),
      );
    else if (doc.consent.givenOn > ctx.asOf)
      (out ??= []).push(
        finding(
          ['consent', 'givenOn'],
          `De datum van de toestemming (${doc.consent.givenOn}) ligt in de toekomst.`,
          `The date of consent (${doc.consent.givenOn}) is in the future.`,
          { code: 'EMI-003.given-on' },
        ),
      );
    if (doc.consent.sharedWith.length === 0)
      (out ??= []).push(
        finding(
          ['consent', 'sharedWith'],
          'Noem de personen met wie de werknemer de instructie deelt.',
          'Name the persons the employee shares the instruction with.',
          { code: 'EMI-003.shared-with' },
        ),
      );
    return out ?? NO_FINDINGS;
  },
});
