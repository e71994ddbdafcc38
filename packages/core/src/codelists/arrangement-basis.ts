import { defineCodeList } from './define.js';

/** @public */
export const ArrangementBasisList = defineCodeList({
  id: 'ArrangementBasis',
  titleNl: 'Herkomst werkafspraken',
  titleEn: 'Basis of arrangements',
  source: 'S2, R39',
  entries: [
    { code: 'DNZ_FRAMEWORK', labelNl: 'raamwerk De Normaalste Zaak', labelEn: 'De Normaalste Zaak framework' },
    { code: 'SLW_ARRANGEMENT', labelNl: 'afspraak Schakelpunt Landelijke Werkgevers', labelEn: 'national liaison arrangement' },
    { code: 'BILATERAL', labelNl: 'bilateraal', labelEn: 'bilateral' },
  ] as const,
});
/** @public */
export const ArrangementBasis = ArrangementBasisList.schema;
/** @public */
export type ArrangementBasis = (typeof ArrangementBasisList.codes)[number];
