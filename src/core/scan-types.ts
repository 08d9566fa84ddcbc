// The shapes a scan produces: each occurrence of a code in a text, and the summary per code.

import type { CodeForm } from './parse.js';
import type { Bilingual, CatalogId } from './types.js';
import type { ComponentId } from './components.js';

/** How a code was written where the scanner found it. */
export type OccurrenceForm = CodeForm | 'name';

/** One place a code occurs. Lines and columns count from 1; columns in characters of the decoded text. */
export interface Occurrence {
  /** Unsigned 32-bit value. */
  readonly value: number;
  /** `0x` + 8 uppercase hex digits. */
  readonly code: string;
  readonly file?: string;
  readonly line: number;
  readonly column: number;
  /** The token exactly as written, e.g. `-2145124322` or `0x8024402cL`. */
  readonly text: string;
  readonly form: OccurrenceForm;
  /** ISO 8601 date-time of the log line, where the line carries a timestamp the scanner understands. */
  readonly time?: string;
}

/** A token that looks like a code but is not a valid one (7 or 9 hex digits after 0x, …): reported, never repaired. */
export interface MalformedToken {
  readonly file?: string;
  readonly line: number;
  readonly column: number;
  readonly text: string;
  readonly reason: string;
}

/** Where a code was first or last seen. */
export interface SeenAt {
  readonly file?: string;
  readonly line: number;
  readonly time?: string;
}

/** Everything a scan found about one code. */
export interface CodeSummary {
  /** `0x` + 8 uppercase hex digits. */
  readonly code: string;
  readonly value: number;
  /** Exact number of occurrences. */
  readonly count: number;
  /** Files it occurs in, in the order first seen (empty for text without a file name). */
  readonly files: readonly string[];
  readonly first: SeenAt;
  readonly last: SeenAt;
  /** From the catalogs, when a catalog knows the code. */
  readonly name?: string;
  readonly catalog?: CatalogId;
  readonly component?: ComponentId;
  readonly description?: Bilingual;
}

/** The result of a scan: codes sorted by count (then by code), totals, and malformed tokens. */
export interface ScanSummary {
  readonly codes: readonly CodeSummary[];
  readonly totals: {
    readonly occurrences: number;
    readonly distinctCodes: number;
    readonly files: number;
    readonly lines: number;
    readonly bytes: number;
  };
  readonly malformed: { readonly count: number; readonly examples: readonly MalformedToken[] };
}
