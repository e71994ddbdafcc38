import { defineCodeList } from './define.js';

/** @public */
export const SectorList = defineCodeList({
  id: 'Sector',
  titleNl: 'Sector',
  titleEn: 'Sector',
  source: 'Wet banenafspraak (R28)',
  entries: [
    { code: 'MARKET', labelNl: 'marktsector', labelEn: 'market sector' },
    { code: 'GOVERNMENT', labelNl: 'overheid', labelEn: 'government' },
  ] as const,
});
/** @public */
export const Sector = SectorList.schema;
/** @public */
export type Sector = (typeof SectorList.codes)[number];
