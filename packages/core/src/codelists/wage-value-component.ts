import { defineCodeList } from './define.js';

/** @public */
export const WageValueComponentList = defineCodeList({
  id: 'WageValueComponent',
  titleNl: 'Component loonwaarde',
  titleEn: 'Wage-value component',
  source: 'Uniform method 2021 (R8)',
  entries: [
    { code: 'PACE', labelNl: 'tempo', labelEn: 'pace' },
    { code: 'QUALITY', labelNl: 'kwaliteit', labelEn: 'quality' },
    { code: 'NET_WORKING_TIME', labelNl: 'netto werktijd', labelEn: 'net working time' },
    { code: 'DEPLOYABILITY', labelNl: 'inzetbaarheid (alleen oude methoden)', labelEn: 'deployability (legacy methods only)' },
  ] as const,
});
/** @public */
export const WageValueComponent = WageValueComponentList.schema;
/** @public */
export type WageValueComponent = (typeof WageValueComponentList.codes)[number];
