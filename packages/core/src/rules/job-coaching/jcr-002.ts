import { defineRule } from '../rule.js';

/** JCR-002: a report covers a period (start ≤ end) and is dated after it, not in the future. */
export const JCR_002 = defineRule({
  id: 'JCR-002',
  appliesTo: 'JobCoachReport',
  severity: 'error',
  titleNl: 'Rapportage na afloop van de periode, niet in de toekomst',
  titleEn: 'Report after the period, not in the future',
  source: 'R21',
  messages: {
    inverted: { nl: 'Het einde van de periode ligt vóór het begin.', en: 'The period ends before it starts.' },
    early: { nl: 'De rapportage is gedateerd vóór het einde van de periode.', en: 'The report is dated before the period ends.' },
    future: { nl: 'De rapportagedatum ligt in de toekomst.', en: 'The report date lies in the future.' },
  },
  check(report, ctx) {
    if (report.period.to < report.period.from) ctx.report(['period', 'to'], 'inverted');
    else if (report.reportedOn < report.period.to) ctx.report(['reportedOn'], 'early');
    if (report.reportedOn > ctx.asOf) ctx.report(['reportedOn'], 'future');
  },
});
