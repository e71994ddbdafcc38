import { defineCodeList } from './define.js';

export const TargetUnitList = defineCodeList({
  id: 'TargetUnit',
  titleNl: "Eenheid taakstelling",
  titleEn: "Target unit",
  source: "Brief §5.6",
  entries: [
    { code: 'PERSONS', labelNl: "personen", labelEn: "persons" },
    { code: 'JOB_EQUIVALENTS', labelNl: "baanequivalenten", labelEn: "job equivalents" },
    { code: 'PLACEMENTS', labelNl: "plaatsingen", labelEn: "placements" },
  ] as const,
});
export const TargetUnit = TargetUnitList.schema;
export type TargetUnit = (typeof TargetUnitList.codes)[number];
