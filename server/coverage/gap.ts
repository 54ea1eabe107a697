/**
 * One gap of one position. Its sentences are written when first read: an organisation of
 * 100,000 positions has some 200,000 gaps and a reader looks at a few, while writing them all
 * up front took most of the analysis time and memory. Until then the gap keeps only what its
 * rule found (`detail`) and a plain function to write from it, so no closure per gap. The
 * sentences name positions as the graph has them when read: leave the graph unchanged while
 * its report is in use.
 */
import type { Explanation, Namer } from './explanations.js';
import type { GapKind, PositionId } from './model.js';

export interface Gap {
  kind: GapKind;
  /** English. */
  readonly explanation: string;
  /** Estonian. */
  readonly explanationEt: string;
  relatedPositionIds: PositionId[];
}

/** Writes the explanation of a gap of `positionId` from what its rule kept. */
export type Writer<D> = (names: Namer, positionId: PositionId, relatedPositionIds: PositionId[], detail: D) => Explanation;

export class LazyGap<D = unknown> implements Gap {
  readonly #names: Namer;
  readonly #positionId: PositionId;
  readonly #detail: D;
  readonly #write: Writer<D>;
  #written: Explanation | null = null;

  constructor(
    readonly kind: GapKind,
    readonly relatedPositionIds: PositionId[],
    names: Namer,
    positionId: PositionId,
    detail: D,
    write: Writer<D>,
  ) {
    this.#names = names;
    this.#positionId = positionId;
    this.#detail = detail;
    this.#write = write;
  }

  get explanation(): string {
    return this.#text().explanation;
  }

  get explanationEt(): string {
    return this.#text().explanationEt;
  }

  /** Plain data, sentences included, for JSON. */
  toJSON(): Gap {
    return { kind: this.kind, explanation: this.explanation, explanationEt: this.explanationEt, relatedPositionIds: this.relatedPositionIds };
  }

  #text(): Explanation {
    this.#written ??= this.#write(this.#names, this.#positionId, this.relatedPositionIds, this.#detail);
    return this.#written;
  }
}
