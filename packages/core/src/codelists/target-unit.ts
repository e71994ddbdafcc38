import { defineCodeList } from './define.js';

/** @public */
export const TargetUnitList = defineCodeList({
  id: 'TargetUnit',
  titleNl: 'Eenheid taakstelling',
  titleEn: 'Target unit',
  source: 'Brief §5.6',
  entries: [
    { code: 'PERSONS', labelNl: 'personen', labelEn: 'persons' },
    { code: 'JOB_EQUIVALENTS', labelNl: 'baanequivalenten', labelEn: 'job equivalents' },
    { code: 'PLACEMENTS', labelNl: 'plaatsingen', labelEn: 'placements' },
  ] as const,
});
/** @public */
export const TargetUnit = TargetUnitList.schema;
/** @public */
export type TargetUnit = (typeof TargetUnitList.codes)[number];
