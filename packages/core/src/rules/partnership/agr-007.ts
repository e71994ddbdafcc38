import { defineRule } from '../rule.js';

/**
 * AGR-007: a `SIGNED` declaration of intent has at least one signatory, every signatory has a
 * `signedOn` date, and no signature date (nor the declaration's `signedOn`) lies after the
 * reference date.
 */
export const AGR_007 = defineRule({
  id: 'AGR-007',
  appliesTo: 'PartnershipAgreement',
  severity: 'error',
  titleNl: 'Ondertekende intentieverklaring: elke ondertekenaar heeft een datum, niet in de toekomst',
  titleEn: 'Signed declaration: every signatory has a signing date, none in the future',
  source: 'Brief §4.2',
  reads: [['declarationsOfIntent']],
  messages: {
    noSignatory: {
      nl: 'Een ondertekende intentieverklaring heeft minstens één ondertekenaar.',
      en: 'A signed declaration has at least one signatory.',
    },
    noDate: { nl: 'Ondertekeningsdatum ontbreekt bij deze ondertekenaar.', en: 'This signatory has no signing date.' },
    future: {
      nl: (p: { date: string }) => `Ondertekeningsdatum ${p.date} ligt in de toekomst.`,
      en: (p: { date: string }) => `Signing date ${p.date} is in the future.`,
    },
  },
  check(agreement, ctx) {
    (agreement.declarationsOfIntent ?? []).forEach((d, i) => {
      if (d.status !== 'SIGNED') return;
      if (d.signatories.length === 0) ctx.report(['declarationsOfIntent', i, 'signatories'], 'noSignatory');
      d.signatories.forEach((s, j) => {
        const path = ['declarationsOfIntent', i, 'signatories', j, 'signedOn'];
        if (s.signedOn === undefined) ctx.report(path, 'noDate');
        else if (s.signedOn > ctx.asOf) ctx.report(path, 'future', { date: s.signedOn });
      });
      if (d.signedOn !== undefined && d.signedOn > ctx.asOf)
        ctx.report(['declarationsOfIntent', i, 'signedOn'], 'future', { date: d.signedOn });
    });
  },
});
