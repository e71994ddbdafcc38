import { defineCodeList } from './define.js';

/** @public */
export const ContractKindList = defineCodeList({
  id: 'ContractKind',
  titleNl: 'Soort arbeidsovereenkomst',
  titleEn: 'Contract kind',
  source: 'Brief §5.3',
  entries: [
    { code: 'PERMANENT', labelNl: 'onbepaalde tijd', labelEn: 'permanent' },
    { code: 'FIXED_TERM', labelNl: 'bepaalde tijd', labelEn: 'fixed term' },
    { code: 'ON_CALL', labelNl: 'oproep- of nulurencontract', labelEn: 'on call / zero hours' },
    { code: 'NONE', labelNl: 'geen arbeidsovereenkomst', labelEn: 'no contract' },
  ] as const,
});
/** @public */
export const ContractKind = ContractKindList.schema;
/** @public */
export type ContractKind = (typeof ContractKindList.codes)[number];
