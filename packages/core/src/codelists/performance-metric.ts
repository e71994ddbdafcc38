import { defineCodeList } from './define.js';

/** @public */
export const PerformanceMetricList = defineCodeList({
  id: 'PerformanceMetric',
  titleNl: 'Soort prestatieafspraak',
  titleEn: 'Performance metric',
  source: 'S3',
  entries: [
    { code: 'LEAD_TIME', labelNl: 'doorlooptijd', labelEn: 'lead time' },
    { code: 'QUALITY', labelNl: 'kwaliteit', labelEn: 'quality' },
    { code: 'VOLUME', labelNl: 'volume', labelEn: 'volume' },
  ] as const,
});
/** @public */
export const PerformanceMetric = PerformanceMetricList.schema;
/** @public */
export type PerformanceMetric = (typeof PerformanceMetricList.codes)[number];
