import { defineRule } from '../rule.js';

/**
 * FUP-001: a held evaluation moment has an outcome, an outcome belongs to a held moment, and a
 * moment cannot have been held after the reference date.
 */
export const FUP_001 = defineRule({
  id: 'FUP-001',
  appliesTo: 'PlacementFollowUp',
  severity: 'error',
  titleNl: 'Een gehouden evaluatie heeft een uitkomst; een uitkomst hoort bij een gehouden evaluatie',
  titleEn: 'A held evaluation has an outcome; an outcome belongs to a held evaluation',
  source: 'Brief §10.1 (quality measures)',
  messages: {
    noOutcome: { nl: 'Geef de uitkomst van de gehouden evaluatie.', en: 'Give the outcome of the evaluation held.' },
    notHeld: {
      nl: 'Een uitkomst hoort bij een gehouden evaluatie: vul heldOn in.',
      en: 'An outcome belongs to an evaluation held: fill in heldOn.',
    },
    future: { nl: 'De evaluatiedatum ligt in de toekomst.', en: 'The evaluation date lies in the future.' },
  },
  check(followUp, ctx) {
    followUp.moments.forEach((m, i) => {
      if (m.heldOn !== undefined && m.heldOn > ctx.asOf) ctx.report(['moments', i, 'heldOn'], 'future');
      if (m.heldOn !== undefined && m.outcome === undefined) ctx.report(['moments', i, 'outcome'], 'noOutcome');
      if (m.heldOn === undefined && m.outcome !== undefined) ctx.report(['moments', i, 'heldOn'], 'notHeld');
    });
  },
});
