import * as z from 'zod';

/**
 * One entry of a code list: a stable `UPPER_SNAKE` key with Dutch and English labels.
 *
 * @public
 */
export interface CodeListEntry<C extends string = string> {
  /** Stable key; never reused for another meaning once published. */
  readonly code: C;
  /** Dutch label, as used in Dutch legislation and practice. */
  readonly labelNl: string;
  /** English label. */
  readonly labelEn: string;
  /** First day the code may be used (ISO date), when known. */
  readonly validFrom?: string;
  /** Last day the code may be used (ISO date, inclusive), when it was retired. */
  readonly validTo?: string;
  /** Where the code comes from (law, register, seed document or project decision). */
  readonly source?: string;
}

/**
 * A published code list: its entries, the zod enum built from them and label lookup.
 *
 * @public
 */
export interface CodeList<C extends string = string, E extends CodeListEntry<C> = CodeListEntry<C>> {
  /** Identifier of the list, PascalCase (e.g. `PlacementType`). */
  readonly id: string;
  /** Dutch name of the list. */
  readonly titleNl: string;
  /** English name of the list. */
  readonly titleEn: string;
  /** Where the list as a whole comes from. */
  readonly source: string;
  readonly entries: readonly E[];
  readonly codes: readonly C[];
  /** zod enum of the codes, carrying the list's metadata for JSON Schema. */
  readonly schema: z.ZodEnum<{ [K in C]: K }>;
  /** Finds an entry by code. */
  get(code: string): E | undefined;
  /** Label of a code in the given locale; the code itself when unknown. */
  label(code: string, locale?: 'nl' | 'en'): string;
}

/**
 * Builds a code list from its entries.
 *
 * @example
 * ```ts
 * const SigningLevelList = defineCodeList({
 *   id: 'SigningLevel', titleNl: 'Ondertekeningsniveau', titleEn: 'Signing level', source: 'S1',
 *   entries: [{ code: 'ADMINISTRATIVE', labelNl: 'bestuurlijk', labelEn: 'administrative' }] as const,
 * });
 * SigningLevelList.schema.parse('ADMINISTRATIVE');
 * ```
 *
 * @public
 */
export function defineCodeList<const E extends readonly CodeListEntry[]>(spec: {
  id: string;
  titleNl: string;
  titleEn: string;
  source: string;
  entries: E;
}): CodeList<E[number]['code'], E[number]> {
  type C = E[number]['code'];
  const codes = spec.entries.map((e) => e.code) as unknown as readonly C[];
  const byCode = new Map<string, E[number]>(spec.entries.map((e) => [e.code, e]));
  const schema = z.enum(codes as unknown as [C, ...C[]]).meta({
    id: spec.id,
    title: spec.titleNl,
    description: `${spec.titleEn}. Code list; source: ${spec.source}.`,
  }) as unknown as z.ZodEnum<{ [K in C]: K }>;
  return {
    id: spec.id,
    titleNl: spec.titleNl,
    titleEn: spec.titleEn,
    source: spec.source,
    entries: spec.entries,
    codes,
    schema,
    get: (code) => byCode.get(code),
    label: (code, locale = 'nl') => {
      const e = byCode.get(code);
      if (!e) return code;
      return locale === 'en' ? e.labelEn : e.labelNl;
    },
  };
}
