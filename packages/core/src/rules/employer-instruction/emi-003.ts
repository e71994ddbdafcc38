import { defineRule } from '../rule.js';

/**
 * EMI-003: a `SHARED` instruction carries the employee's consent: the date it was given (not
 * after the reference date) and the named persons it is shared with.
 */
export const EMI_003 = defineRule({
  id: 'EMI-003',
  appliesTo: 'EmployerInstruction',
  severity: 'error',
  titleNl: 'Gedeelde instructie vraagt toestemming van de werknemer: datum en ontvangers',
  titleEn: 'A shared instruction requires the employee’s consent: date and recipients',
  source: 'S1; R31',
  reads: [['status'], ['consent']],
  messages: {
    noDate: {
      nl: 'Delen kan alleen met toestemming van de werknemer: de datum van de toestemming ontbreekt.',
      en: 'Sharing needs the employee’s consent: the date of consent is missing.',
    },
    futureDate: {
      nl: (p: { date: string }) => `De datum van de toestemming (${p.date}) ligt in de toekomst.`,
      en: (p: { date: string }) => `The date of consent (${p.date}) is in the future.`,
    },
    noRecipients: {
      nl: 'Noem de personen met wie de werknemer de instructie deelt.',
      en: 'Name the persons the employee shares the instruction with.',
    },
  },
  check(instruction, ctx) {
    if (instruction.status !== 'SHARED') return;
    const { givenOn, sharedWith } = instruction.consent;
    if (givenOn === undefined) ctx.report(['consent', 'givenOn'], 'noDate', undefined, { code: 'EMI-003.given-on' });
    else if (givenOn > ctx.asOf) ctx.report(['consent', 'givenOn'], 'futureDate', { date: givenOn }, { code: 'EMI-003.given-on' });
    if (sharedWith.length === 0) ctx.report(['consent', 'sharedWith'], 'noRecipients', undefined, { code: 'EMI-003.shared-with' });
  },
});
