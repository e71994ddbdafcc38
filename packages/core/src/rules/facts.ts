import type { Instrument } from '../codelists/instrument.js';
import type { ReferenceDataError } from '../reference-data/parameter-table.js';
import type { ReferenceData } from '../reference-data/reference-data.js';
import type { AnyDocument } from './document-types.js';
import { type DocumentIndex, documentReferenceDate, indexIdentifiers } from './identifiers/internal.js';
import { collectLiveGrants, expectedLksCents, type IndexedGrant, maxLksCents, splitLksPeriod } from './instruments/internal.js';

/**
 * What the facts are derived from besides the document.
 *
 * @public
 */
export interface FactsInput {
  readonly asOf: string;
  readonly referenceData: ReferenceData;
}

/**
 * A grant's LKS period split where one of its tables changes row, or the REF-002 error of the
 * first table without a row.
 *
 * @public
 */
export type LksSplit =
  | { readonly ok: true; readonly parts: readonly { readonly from: string; readonly to: string }[] }
  | ReferenceDataError;

/** The LKS figures of one grant. */
interface LksFacts {
  split?: { value: LksSplit | undefined };
  expected?: { value: { excl: number; incl: number } | undefined };
}

/**
 * Facts that several rules derive from the same document: computed on first use, then shared
 * by the rules of one `validate` call, and dropped with it. Rules never change the document,
 * so a fact stays true for the whole call.
 *
 * @public
 */
export class Facts {
  #identifiers: DocumentIndex | undefined;
  #referenceDate: string | undefined;
  #liveGrants: readonly IndexedGrant[] | undefined;
  // Made on first use: most documents have no grants.
  #lks: Map<number, LksFacts> | undefined;
  #maxLks: Map<string, number | undefined> | undefined;

  constructor(
    private readonly document: AnyDocument,
    private readonly input: FactsInput,
  ) {}

  /** Identifier strings, organisation references, GM/AM codes and SBI objects of the document, in document order. */
  get identifiers(): DocumentIndex {
    this.#identifiers ??= indexIdentifiers(this.document);
    return this.#identifiers;
  }

  /** The date the document's codes must be valid on (placement start, plan period start…; `asOf` when it has none). */
  get referenceDate(): string {
    this.#referenceDate ??= documentReferenceDate(this.document, this.input.asOf);
    return this.#referenceDate;
  }

  /** A placement's grants that are not rejected or revoked, with their index (none for other documents). */
  get liveGrants(): readonly IndexedGrant[] {
    this.#liveGrants ??= this.document.documentType === 'Placement' ? collectLiveGrants(this.document) : [];
    return this.#liveGrants;
  }

  /**
   * {@link liveGrants} of some instruments. Not kept: filtering a placement's few grants costs
   * less than looking the result up again.
   */
  liveGrantsOf(...instruments: readonly Instrument[]): readonly IndexedGrant[] {
    return this.liveGrants.filter((g) => instruments.includes(g.grant.instrument));
  }

  #lksOf(grant: IndexedGrant): LksFacts {
    this.#lks ??= new Map();
    const known = this.#lks.get(grant.index);
    if (known !== undefined) return known;
    const facts: LksFacts = {};
    this.#lks.set(grant.index, facts);
    return facts;
  }

  /**
   * A grant's LKS period split at the row boundaries of its tables (REF-003), or the REF-002
   * error of the first table that is missing or lacks a row; undefined for other instruments.
   */
  lksSplit(grant: IndexedGrant): LksSplit | undefined {
    const facts = this.#lksOf(grant);
    facts.split ??= { value: splitLksPeriod(grant.grant, this.input.referenceData.tables) };
    return facts.split.value;
  }

  /** Where a grant's LKS period crosses a row boundary of its tables (REF-003); `REF-002` when a table or row is missing. */
  lksBoundary(grant: IndexedGrant): string | undefined | 'REF-002' {
    const split = this.lksSplit(grant);
    if (split === undefined) return undefined;
    return split.ok ? split.parts[1]?.from : 'REF-002';
  }

  /** The LKS per hour (cents) of a grant on its first day, excluding and including holiday pay. */
  expectedLksCents(grant: IndexedGrant): { excl: number; incl: number } | undefined {
    if (this.document.documentType !== 'Placement') return undefined;
    const facts = this.#lksOf(grant);
    facts.expected ??= { value: expectedLksCents(this.document, grant.grant, this.input.referenceData) };
    return facts.expected.value;
  }

  /** The largest LKS per hour (cents) on a date (INS-004). */
  maxLksCents(date: string): number | undefined {
    this.#maxLks ??= new Map();
    if (!this.#maxLks.has(date)) this.#maxLks.set(date, maxLksCents(date, this.input.referenceData));
    return this.#maxLks.get(date);
  }
}
