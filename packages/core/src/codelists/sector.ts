import { defineCodeList } from './define.js';

export const SectorList = defineCodeList({
  id: 'Sector',
  titleNl: "Sector",
  titleEn: "Sector",
  source: "Wet banenafspraak (R28)",
  entries: [
    { code: 'MARKET', labelNl: "marktsector", labelEn: "market sector" },
    { code: 'GOVERNMENT', labelNl: "overheid", labelEn: "government" },
  ] as const,
});
export const Sector = SectorList.schema;
export type Sector = (typeof SectorList.codes)[number];
