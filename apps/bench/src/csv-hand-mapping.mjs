// @ts-check
// The plain mapping function of the hand-written baseline of bench:csv: one function for the
// benchmark sheet's 42 template columns, as a user would write it for their own sheet.

import { STANDARD_VERSION } from '@banenafspraak/core';

/** `dd-mm-jjjj` → `jjjj-mm-dd`, or undefined. */
const date = (s) => (s ? `${s.slice(6, 10)}-${s.slice(3, 5)}-${s.slice(0, 2)}` : undefined);
/** `24,5` → 24.5, or undefined. */
const num = (s) => (s ? Number(s.replace(/\./g, '').replace(',', '.')) : undefined);
/** `14,71` → 1471 cents. */
const cents = (s) => (s ? Math.round(Number(s.replace(/\./g, '').replace(',', '.')) * 100) : undefined);
const bool = (s) => (s === '' ? undefined : s === 'ja');
const text = (s) => (s === '' ? undefined : s);
const STATUS = { Actief: 'ACTIVE', Gepland: 'PLANNED', Beëindigd: 'ENDED' };
const BASIS = { Wajonger: 'WAJONG', Participatiewet: 'PW_NO_WML_CAPACITY' };
const KIND = { Tijdelijk: 'FIXED_TERM', Vast: 'PERMANENT' };
const INSTRUMENT = { LKS: 'LKS' };
const FINANCIER = { Gemeente: 'MUNICIPALITY', UWV: 'UWV' };
const INSTRUMENT_STATUS = { Toegekend: 'GRANTED', Aangevraagd: 'REQUESTED' };

/** Drops undefined properties, as the import leaves empty cells out. */
function compact(o) {
  for (const k of Object.keys(o)) {
    const v = o[k];
    if (v === undefined) delete o[k];
    else if (v !== null && typeof v === 'object' && !Array.isArray(v)) {
      compact(v);
      if (Object.keys(v).length === 0) delete o[k];
    }
  }
  return o;
}

/** @param {string[]} c the cells of one row, in the order of the template's headers */
export function handMapping(c) {
  const bsn = c[7] && c[7].length === 8 ? `0${c[7]}` : text(c[7]);
  return compact({
    documentType: 'Placement',
    standardVersion: STANDARD_VERSION,
    confidentiality: 'CASE_CONFIDENTIAL',
    id: text(c[0]),
    status: STATUS[c[1]] ?? c[1],
    candidate: {
      id: c[2],
      residenceMunicipality: text(c[3]),
      targetGroup: { basis: BASIS[c[4]] ?? text(c[4]), inRegister: bool(c[5]), registerCheckedOn: date(c[6]) },
      identity: { bsn, bsnProcessingBasis: text(c[8]) },
    },
    vacancyId: text(c[9]),
    type: c[10] === 'Dienstverband' ? 'EMPLOYMENT' : c[10],
    employer: { kvkNumber: c[11], establishment: text(c[12]), payrollTaxNumber: text(c[13]), name: text(c[14]) },
    region: c[15],
    municipality: text(c[16]),
    startDate: date(c[17]),
    plannedEndDate: date(c[18]),
    actualEndDate: date(c[19]),
    hoursPerWeek: num(c[20]),
    jobEquivalent: num(c[21]),
    contract: {
      kind: KIND[c[22]] ?? text(c[22]),
      durationMonths: num(c[23]),
      probationPeriod: bool(c[24]),
      hourlyWageCents: cents(c[25]),
      wageIncludesHolidayPay: bool(c[26]),
      cao: text(c[27]),
    },
    trial: c[28]
      ? {
          regime: c[28],
          plannedMonths: num(c[29]),
          insurance: { liability: bool(c[30]), accident: bool(c[31]) },
          priorUnpaidTrialAtEmployer: bool(c[32]),
        }
      : undefined,
    precededByTrialAtSameEmployer: bool(c[33]),
    candidateSource: c[34] === 'Gemeente' ? 'MUNICIPALITY' : c[34],
    endReason: text(c[35]),
    instruments: c[36]
      ? [
          compact({
            instrument: INSTRUMENT[c[36]] ?? c[36],
            financier: FINANCIER[c[37]] ?? c[37],
            status: INSTRUMENT_STATUS[c[38]] ?? c[38],
            period: { from: date(c[39]), to: date(c[40]) },
            wageValuePct: num(c[41]),
          }),
        ]
      : undefined,
  });
}
