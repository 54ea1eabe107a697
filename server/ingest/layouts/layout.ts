import type { DocumentHeader, Line, LineRange, ParseWarning, ReadingNote } from '../document.js';

/** What a layout's header reader returns. */
export interface HeaderResult {
  header: DocumentHeader;
  sources: Record<string, LineRange>;
  warnings: ParseWarning[];
  /** Line numbers the header consumed. */
  placed: Set<number>;
  /** Index (into the line array) of the first line after the header block. */
  bodyStart: number;
  /** The variant of the layout found, when the layout has several ("numbered-rows"). */
  layout?: string;
  /** Doubts noted while reading (a label matched by stem, a value moved by case): they lower the field's confidence. */
  notes?: ReadingNote[];
}

/** A family of documents that write their header the same way. */
export interface Layout {
  name: string;
  detect(lines: Line[]): boolean;
  parseHeader(lines: Line[]): HeaderResult;
}
