import { defineCodeList } from './define.js';

/**
 * Methods for measuring wage value; the uniform method is mandatory for LKS from 2021-07-01.
 *
 * @public
 */
export const WageValueMethodList = defineCodeList({
  id: 'WageValueMethod',
  titleNl: 'Loonwaardemethode',
  titleEn: 'Wage-value method',
  source: 'R8, R9, R16',
  entries: [
    {
      code: 'UNIFORM_2021',
      labelNl: 'Uniforme loonwaardemethode',
      labelEn: 'Uniform wage-value method',
      validFrom: '2021-07-01',
      legacy: false,
      source: 'R8',
    },
    { code: 'LEGACY_DARIUZ', labelNl: 'Dariuz', labelEn: 'Dariuz (legacy)', validTo: '2021-06-30', legacy: true, source: 'R9' },
    { code: 'LEGACY_AKC', labelNl: 'AKC-methode', labelEn: 'AKC method (legacy)', validTo: '2021-06-30', legacy: true, source: 'R9' },
    {
      code: 'LEGACY_VTA_DWI',
      labelNl: 'VTA / DWI-methode',
      labelEn: 'VTA / DWI method (legacy)',
      validTo: '2021-06-30',
      legacy: true,
      source: 'R9',
    },
    {
      code: 'LEGACY_LOONWAARDE_METHODIEK',
      labelNl: 'Loonwaarde-methodiek',
      labelEn: 'Loonwaarde methodiek (legacy)',
      validTo: '2021-06-30',
      legacy: true,
      source: 'R9',
    },
    { code: 'LEGACY_ARBOLAB', labelNl: 'Arbolab', labelEn: 'Arbolab (legacy)', validTo: '2021-06-30', legacy: true, source: 'R9' },
    { code: 'LEGACY_LOONBALANS', labelNl: 'Loonbalans', labelEn: 'Loonbalans (legacy)', validTo: '2021-06-30', legacy: true, source: 'R9' },
    {
      code: 'LEGACY_OTHER',
      labelNl: 'Andere (oude) methode',
      labelEn: 'Other legacy method',
      validTo: '2021-06-30',
      legacy: true,
      source: 'R9',
    },
    {
      code: 'UWV_ASSESSMENT',
      labelNl: 'Beoordeling door arbeidsdeskundige UWV',
      labelEn: 'UWV labour-expert assessment',
      legacy: false,
      source: 'R16',
    },
  ] as const,
});
/** @public */
export const WageValueMethod = WageValueMethodList.schema;
/** @public */
export type WageValueMethod = (typeof WageValueMethodList.codes)[number];

/**
 * Date from which the uniform method is mandatory for LKS (ARR-003, WVA-007).
 *
 * @public
 */
export const UNIFORM_METHOD_FROM = '2021-07-01';

/** @public */
export function isLegacyWageValueMethod(method: WageValueMethod): boolean {
  return WageValueMethodList.get(method)?.legacy === true;
}
