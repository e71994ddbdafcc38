import { defineCodeList } from './define.js';

export const PerformanceMetricList = defineCodeList({
  id: 'PerformanceMetric',
  titleNl: "Soort prestatieafspraak",
  titleEn: "Performance metric",
  source: "S3",
  entries: [
    { code: 'LEAD_TIME', labelNl: "doorlooptijd", labelEn: "lead time" },
    { code: 'QUALITY', labelNl: "kwaliteit", labelEn: "quality" },
    { code: 'VOLUME', labelNl: "volume", labelEn: "volume" },
  ] as const,
});
export const PerformanceMetric = PerformanceMetricList.schema;
export type PerformanceMetric = (typeof PerformanceMetricList.codes)[number];
