import { describe, expect, it } from 'vitest';
import { EmployerInstructionDefinition as D } from '../../documents/employer-instruction.js';
import { issuesOfRule } from '../../internal/testing.js';
import { looksMedical, looksMedicalExact } from './medical-terms.js';

describe('EMI-002 lexical screening of free text', () => {
  it('accepts the canonical example', () => {
    expect(issuesOfRule(D, 'EMI-002', () => {}).nl).toEqual([]);
  });

  it('flags medical words, also inside Dutch compounds, and not ordinary work words', () => {
    for (const t of ['Ik gebruik slaapmedicatie', 'Na mijn diagnose', 'Ik heb ADHD', 'bezoek aan de huisarts', 'I take medication'])
      expect(looksMedical(t), t).toBe(true);
    for (const t of [
      'Leg taken stap voor stap uit',
      'Een rustige werkplek helpt',
      'De coöperatie',
      'Start parts early',
      'Klanten behandelen',
    ])
      expect(looksMedical(t), t).toBe(false);
  });

  it('the quick first pass never hides a match of the exact expression', () => {
    // Under Unicode case folding U+212A (KELVIN SIGN) is a k and U+017F (LONG S) an s.
    for (const t of ['Ik heb \u212Aanker', '\u017Fchizofrenie', 'MEDICATIE', 'Ik heb ADHD.', 'ggz']) expect(looksMedical(t), t).toBe(true);
    const pieces = [
      'kanker',
      'KANKER',
      '\u212Aan\u212Aer',
      'chemo',
      'xchemo',
      'arts',
      'partsx',
      ' ',
      '-',
      'é',
      'ß',
      'ziek',
      'ziekte',
      '\u017Fchizo',
      'medi',
      'cat',
      'a',
      'K',
      '\u0130',
    ];
    let seed = 7;
    const next = () => (seed = (seed * 1103515245 + 12345) % 2147483648) / 2147483648;
    for (let n = 0; n < 5000; n++) {
      const t = Array.from({ length: 1 + Math.floor(next() * 6) }, () => pieces[Math.floor(next() * pieces.length)]).join('');
      expect(looksMedical(t), t).toBe(looksMedicalExact(t));
    }
  });

  it('warns without quoting the text', () => {
    const r = issuesOfRule(D, 'EMI-002', (d) => {
      d.adjustments[1].text = 'Pauze nodig vanwege mijn medicatie.';
      d.instructionTips = 'Mijn therapeut adviseert korte opdrachten.';
    });
    expect(r.valid).toBe(true);
    expect(r.nl.map((i) => [i.path, i.severity])).toEqual([
      [['adjustments', 1, 'text'], 'warning'],
      [['instructionTips'], 'warning'],
    ]);
    expect(r.nl[0]?.message).toMatchInlineSnapshot(
      `"Deze tekst lijkt medische informatie te bevatten. Beschrijf alleen wat je merkt in het werk en wat helpt, geen diagnose, behandeling of medicatie."`,
    );
    expect(r.en[0]?.message).toMatchInlineSnapshot(
      `"This text appears to contain medical information. Describe only what you notice at work and what helps, no diagnosis, treatment or medication."`,
    );
    expect(JSON.stringify([...r.nl, ...r.en])).not.toMatch(/vanwege|therapeut|adviseert/);
  });

  it('can be switched off', () => {
    const r = issuesOfRule(D, 'EMI-002', (d) => (d.instructionTips = 'Na de diagnose'), { skipRules: ['EMI-002'] });
    expect(r.nl).toEqual([]);
  });
});
