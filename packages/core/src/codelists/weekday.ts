import { defineCodeList } from './define.js';

export const WeekdayList = defineCodeList({
  id: 'Weekday',
  titleNl: 'Dag van de week',
  titleEn: 'Day of the week',
  source: 'ISO 8601',
  entries: [
    { code: 'MONDAY', labelNl: 'maandag', labelEn: 'Monday' },
    { code: 'TUESDAY', labelNl: 'dinsdag', labelEn: 'Tuesday' },
    { code: 'WEDNESDAY', labelNl: 'woensdag', labelEn: 'Wednesday' },
    { code: 'THURSDAY', labelNl: 'donderdag', labelEn: 'Thursday' },
    { code: 'FRIDAY', labelNl: 'vrijdag', labelEn: 'Friday' },
    { code: 'SATURDAY', labelNl: 'zaterdag', labelEn: 'Saturday' },
    { code: 'SUNDAY', labelNl: 'zondag', labelEn: 'Sunday' },
  ] as const,
});
export const Weekday = WeekdayList.schema;
export type Weekday = (typeof WeekdayList.codes)[number];
