import { defineCodeList } from './define.js';

/** @public */
export const MeasurementPeriodList = defineCodeList({
  id: 'MeasurementPeriod',
  titleNl: 'Meetperiode',
  titleEn: 'Measurement period',
  source: 'Brief §4.3',
  entries: [
    { code: 'MONTH', labelNl: 'maand', labelEn: 'month' },
    { code: 'QUARTER', labelNl: 'kwartaal', labelEn: 'quarter' },
    { code: 'YEAR', labelNl: 'jaar', labelEn: 'year' },
  ] as const,
});
/** @public */
export const MeasurementPeriod = MeasurementPeriodList.schema;
/** @public */
export type MeasurementPeriod = (typeof MeasurementPeriodList.codes)[number];
