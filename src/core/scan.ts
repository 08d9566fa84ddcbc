// Finds every Intune / Windows Update code in text or bytes: one byte-level engine for strings, chunks and files.

import { findByCode, findByName, getCatalog } from './catalog.js';
import { formatHex } from './hresult.js';
import type { CodeSummary, MalformedToken, Occurrence, OccurrenceForm, ScanSummary, SeenAt } from './scan-types.js';

/** What a scan reports to, and how it names its input. */
export interface ScanOptions {
  /** The file name put on every occurrence. */
  file?: string;
  /** Called for each occurrence, in input order (after its line has ended, so `time` is known). */
  onOccurrence?: (o: Occurrence) => void;
  /** Called for each malformed token (7 or 9 hex digits after `0x`), in input order. */
  onMalformed?: (m: MalformedToken) => void;
}

/** A scanner for input that arrives in pieces; a code split across two pieces is found exactly once. */
export interface Scanner {
  /**
   * Scans the next piece of text. Bytes are decoded as UTF-8 (invalid bytes become U+FFFD and are harmless).
   * The scanner holds at most one unfinished line (never more than about 256 KB) after it returns.
   */
  push(chunk: string | Uint8Array): void;
  /**
   * Scans the next piece of UTF-8 bytes handed over as a latin1 string (one character per byte), the cheapest way a
   * Node Buffer becomes text. Columns still count characters of the UTF-8 text. Do not mix with `push` in one scan.
   */
  pushLatin1(chunk: string): void;
  /** Ends the input: scans what is left and returns the summary. */
  end(): ScanSummary;
  /** Bytes (or, for pushed strings, UTF-16 units) seen so far. */
  readonly bytes: number;
}

/** How many characters of an unfinished line the scanner holds before it scans the line in parts. */
const _LONG_LINE = 256 * 1024;
/** Characters of context around a bare number, for the words that say it is an error code. */
const _CONTEXT_BEFORE = 48;
const _CONTEXT_AFTER = 40;
/** The shortest token that can be a code: 8 bare hex digits (names and 0x tokens are longer). */
const _MIN_TOKEN = 8;
const _MAX_TOKEN = 80;
const _MAX_MALFORMED_EXAMPLES = 20;

// Character classes over all UTF-16 units. _P: characters that can be part of a token (hex digits, x, capitals and
// _ for names; a lowercase C suffix such as `ul` is picked up after the run); any other character lets the engine skip ahead. _WORD: characters that glue a
// token into a longer word. _HEXV: hex digit values.
const _P = new Uint8Array(65536);
const _WORD = new Uint8Array(65536);
const _HEXV = new Int8Array(65536).fill(-1);
for (let c = 0; c < 128; c++) {
  const ch = String.fromCharCode(c);
  if (/[0-9A-Za-z_]/.test(ch)) _WORD[c] = 1;
  if (/[0-9A-Z_a-fx]/.test(ch)) _P[c] = 1;
  if (/[0-9a-fA-F]/.test(ch)) _HEXV[c] = parseInt(ch, 16);
}

/** Open-addressing table of the known values (signed), filled on first use: a lookup is a multiply and a probe or two. */
let _knownShift = 32;
let _knownKeys: Int32Array | undefined;
let _knownUsed: Uint8Array | undefined;

function _knownSlot(key: number): number {
  return Math.imul(key, 0x9e3779b1) >>> _knownShift;
}

function _fillKnown(): void {
  const values: number[] = [];
  for (const entry of getCatalog()) {
    values.push(entry.value | 0);
    for (const alias of entry.aliases?.codes ?? []) values.push(parseInt(alias.slice(2), 16) | 0);
  }
  // At most a quarter full, so probes stay short.
  let bits = 10;
  while (1 << bits < values.length * 4) bits++;
  _knownShift = 32 - bits;
  const keys = new Int32Array(1 << bits);
  const used = new Uint8Array(1 << bits);
  for (const key of values) {
    let slot = _knownSlot(key);
    while (used[slot] === 1 && keys[slot] !== key) slot = (slot + 1) & (used.length - 1);
    keys[slot] = key;
    used[slot] = 1;
  }
  _knownKeys = keys;
  _knownUsed = used;
}

/** Whether a catalog knows the value (as an entry's own code or an older alias). */
function _isKnown(value: number): boolean {
  if (_knownKeys === undefined) _fillKnown();
  const keys = _knownKeys!;
  const used = _knownUsed!;
  const key = value | 0;
  let slot = _knownSlot(key);
  while (used[slot] === 1) {
    if (keys[slot] === key) return true;
    slot = (slot + 1) & (used.length - 1);
  }
  return false;
}

/** Words near a bare number that say it is an error or result code. */
const _CONTEXT_WORDS = /err|fail|result|\bhr\b|exit|code|status|fehler|\bgle\b|exception/;
const _CONTEXT_WORDS_ANY_CASE = new RegExp(_CONTEXT_WORDS.source, 'i');

/** UTF-16 units of the UTF-8 text whose bytes are the latin1 characters s[start, end). */
function _utf8Units(s: string, start: number, end: number): number {
  let n = 0;
  for (let i = start; i < end; i++) {
    const c = s.charCodeAt(i);
    if (c < 0x80) n++;
    else if (c >= 0xc0) n += c >= 0xf0 ? 2 : 1;
  }
  return n;
}

/**
 * Times are kept as numbers while scanning (no strings per line): milliseconds since 1970 (UTC fields of the log's
 * local time) times 2, plus 1 when the log wrote a fraction of a second. -1 means no time.
 */
function _timeValue(y: number, mo: number, d: number, h: number, mi: number, sec: number, ms: number): number {
  if (mo < 1 || mo > 12 || d < 1 || d > 31 || h > 23 || mi > 59 || sec > 59 || y < 1970 || y > 2199) return -1;
  return Date.UTC(y, mo - 1, d, h, mi, sec, ms < 0 ? 0 : ms) * 2 + (ms < 0 ? 0 : 1);
}

/** ISO 8601 text of a time value: `2024-01-15T09:12:33` or with `.456` when the log had a fraction. */
function _formatTime(t: number): string | undefined {
  if (t < 0) return undefined;
  const iso = new Date(Math.floor(t / 2)).toISOString();
  return t % 2 === 1 ? iso.slice(0, 23) : iso.slice(0, 19);
}

/** Where the last _digits call stopped. */
let _at = 0;

/** Reads up to `max` digits at s[i] (value, or -1 when there is none); leaves the next index in _at. */
function _digits(s: string, i: number, max: number, end: number): number {
  let v = 0;
  let k = i;
  while (k < end && k - i < max) {
    const c = s.charCodeAt(k);
    if (c < 48 || c > 57) break;
    v = v * 10 + c - 48;
    k++;
  }
  _at = k;
  return k === i ? -1 : v;
}

/** Milliseconds from a fraction of up to 7 digits at s[i], or -1 without one; leaves the next index in _at. */
function _fraction(s: string, i: number, end: number): number {
  const f = _digits(s, i, 7, end);
  if (f < 0) return -1;
  const n = _at - i;
  return n >= 3 ? Math.floor(f / 10 ** (n - 3)) : f * 10 ** (3 - n);
}

/** `YYYY-MM-DD hh:mm:ss[.fff]` (also `/` dates, a `T`, tabs, and `:` or `,` before the fraction) at s[i]. */
function _dateTimeAt(s: string, i: number, end: number): number {
  const y = _digits(s, i, 4, end);
  if (y < 0 || _at - i !== 4) return -1;
  const sep = s.charCodeAt(_at);
  if (sep !== 45 && sep !== 47) return -1;
  const mo = _digits(s, _at + 1, 2, end);
  if (mo < 0 || s.charCodeAt(_at) !== sep) return -1;
  const d = _digits(s, _at + 1, 2, end);
  if (d < 0) return -1;
  let k = _at;
  const gap = k;
  while (k < end && (s.charCodeAt(k) === 32 || s.charCodeAt(k) === 9 || s.charCodeAt(k) === 84)) k++;
  if (k === gap) return -1;
  const h = _digits(s, k, 2, end);
  if (h < 0 || s.charCodeAt(_at) !== 58) return -1;
  const mi = _digits(s, _at + 1, 2, end);
  if (mi < 0 || s.charCodeAt(_at) !== 58) return -1;
  const sec = _digits(s, _at + 1, 2, end);
  if (sec < 0) return -1;
  const fc = s.charCodeAt(_at);
  const ms = fc === 46 || fc === 58 || fc === 44 ? _fraction(s, _at + 1, end) : -1;
  return _timeValue(y, mo, d, h, mi, sec, ms);
}

/** CMTrace's `time="hh:mm:ss.fff+zzz" date="M-D-YYYY"` inside s[start, end). */
function _cmtraceTime(s: string, start: number, end: number): number {
  const t = s.indexOf('time="', start);
  if (t < 0 || t >= end) return -1;
  const h = _digits(s, t + 6, 2, end);
  if (h < 0 || s.charCodeAt(_at) !== 58) return -1;
  const mi = _digits(s, _at + 1, 2, end);
  if (mi < 0 || s.charCodeAt(_at) !== 58) return -1;
  const sec = _digits(s, _at + 1, 2, end);
  if (sec < 0) return -1;
  const ms = s.charCodeAt(_at) === 46 ? _fraction(s, _at + 1, end) : -1;
  const dq = s.indexOf('date="', _at);
  if (dq < 0 || dq >= end) return -1;
  const mo = _digits(s, dq + 6, 2, end);
  if (mo < 0 || s.charCodeAt(_at) !== 45) return -1;
  const d = _digits(s, _at + 1, 2, end);
  if (d < 0 || s.charCodeAt(_at) !== 45) return -1;
  const yStart = _at + 1;
  const y = _digits(s, yStart, 4, end);
  if (y < 0 || _at - yStart !== 4) return -1;
  return _timeValue(y, mo, d, h, mi, sec, ms);
}

/** The time in the head of a line: the first `YYYY-MM-DD hh:mm:ss` within its first 120 characters. */
function _headTime(s: string, start: number, end: number): number {
  const stop = Math.min(end, start + 120) - 10;
  for (let i = start; i <= stop; i++) {
    const c = s.charCodeAt(i);
    if (c >= 49 && c <= 50 && (i === start || _WORD[s.charCodeAt(i - 1)] === 0)) {
      const t = _dateTimeAt(s, i, end);
      if (t >= 0) return t;
    }
  }
  return -1;
}

/**
 * The time a log line carries, as ISO 8601 local time without a zone (logs rarely say which zone).
 * Understands WindowsUpdate.log (legacy and Get-WindowsUpdateLog), CBS, DISM, setupact, ReportingEvents.log, ISO and CMTrace.
 * @example parseLineTime('2024-01-15 09:12:33, Error   CBS ...') //=> '2024-01-15T09:12:33'
 */
export function parseLineTime(line: string): string | undefined {
  return _formatTime(_lineTime(line, 0, line.length, undefined));
}

function _lineTime(s: string, start: number, end: number, head: string | undefined): number {
  if (head !== undefined) {
    const t = head.charCodeAt(0) === 60 ? -1 : _headTime(head, 0, head.length);
    if (t >= 0) return t;
    const c = _cmtraceTime(s, Math.max(start, end - 300), end);
    return c >= 0 ? c : _cmtraceTime(head, 0, head.length);
  }
  if (s.charCodeAt(start) === 60 /* < */) {
    const c = _cmtraceTime(s, Math.max(start, end - 300), end);
    return c >= 0 ? c : _headTime(s, start, end);
  }
  const t = _headTime(s, start, end);
  return t >= 0 || end - start <= 40 ? t : _cmtraceTime(s, Math.max(start, end - 300), end);
}

interface _Acc {
  readonly value: number;
  count: number;
  readonly files: string[];
  readonly firstLine: number;
  readonly firstTime: number;
  lastLine: number;
  /** -2 while the time of the last line waits to be read (at the end of the piece that holds that line). */
  lastTime: number;
  lastStart: number;
  lastEnd: number;
  waiting: boolean;
}

/** Catalog facts for a code summary. */
function _describe(value: number): Pick<CodeSummary, 'name' | 'catalog' | 'component' | 'description'> {
  const entry = findByCode(value)[0]?.entry;
  if (entry === undefined) return {};
  return { name: entry.name, catalog: entry.catalog, component: entry.component, description: entry.description };
}

function _sortCodes(codes: CodeSummary[]): CodeSummary[] {
  return codes.sort((a, b) => b.count - a.count || a.value - b.value);
}

function _seen(file: string | undefined, line: number, t: number): SeenAt {
  const time = _formatTime(t);
  return { ...(file !== undefined ? { file } : {}), line, ...(time !== undefined ? { time } : {}) };
}

/** The engine behind every scan: works on text, where byte input arrives as latin1 strings. */
class _Engine implements Scanner {
  private readonly file: string | undefined;
  private readonly onOccurrence: ((o: Occurrence) => void) | undefined;
  private readonly onMalformed: ((m: MalformedToken) => void) | undefined;
  private readonly codes = new Map<number, _Acc>();
  private occurrences = 0;
  private malformedCount = 0;
  private readonly malformedExamples: MalformedToken[] = [];
  private decoder: TextDecoder | undefined;
  /** Whether the text is UTF-8 bytes as latin1 (columns then count UTF-8 characters). */
  private latin1: boolean | undefined;

  private total = 0;
  /** Unscanned (or context-only) text from the previous piece, its absolute offset, and where scanning resumes in it. */
  private carry = '';
  private carryBase = 0;
  private carryFrom = 0;
  /** The previous piece ended inside an overlong word: skip its rest. */
  private skipWord = false;

  // The text being scanned and the absolute offset of its first character.
  private s = '';
  private base = 0;

  // Line state, in absolute offsets.
  private line = 1;
  private lineStart = 0;
  private newlines = 0;
  private nextNl = -1;
  private nlCursor = 0;
  /** The first characters of the current line, saved when its start leaves the buffer. */
  private lineHead: string | undefined;
  private colAt = 0;
  private colUnits = 0;
  // Occurrences of the current line, waiting for its time: value, column, text, form.
  private pendValue: number[] = [];
  private pendCol: number[] = [];
  private pendText: string[] = [];
  private pendForm: OccurrenceForm[] = [];
  /** How many of the pend* slots belong to the current line (the arrays are reused, never shrunk). */
  private pendN = 0;
  private lastEnd = -1;
  private lastValue = -1;
  private lastWasName = false;
  /** Codes whose last line still waits for its time to be read. */
  private readonly waiting: _Acc[] = [];

  constructor(options: ScanOptions) {
    this.file = options.file;
    this.onOccurrence = options.onOccurrence;
    this.onMalformed = options.onMalformed;
  }

  get bytes(): number {
    return this.total;
  }

  push(chunk: string | Uint8Array): void {
    if (this.latin1 === true) throw new Error('wuerr scan: push() after pushLatin1() in the same scan');
    this.latin1 = false;
    if (typeof chunk !== 'string') chunk = (this.decoder ??= new TextDecoder('utf-8')).decode(chunk, { stream: true });
    this.take(chunk);
  }

  pushLatin1(chunk: string): void {
    if (this.latin1 === false) throw new Error('wuerr scan: pushLatin1() after push() in the same scan');
    this.latin1 = true;
    this.take(chunk);
  }

  private take(chunk: string): void {
    if (chunk.length === 0) return;
    const chunkBase = this.total;
    this.total += chunk.length;
    let from = 0;
    if (this.carry.length > 0) {
      // Finish the held line on its own small string, so the big piece is scanned flat (never as carry + piece).
      const nl = chunk.indexOf('\n');
      const lineEnd = nl < 0 ? Math.min(chunk.length, _LONG_LINE) : nl + 1;
      const held = this.carry;
      this.carry = '';
      this.scanPiece(held + chunk.slice(0, lineEnd), this.carryBase, this.carryFrom);
      if (lineEnd === chunk.length) return;
      if (this.carry.length > 0) {
        // Still no newline: the rest joins the held text (rare: only lines longer than a piece).
        this.carry += chunk.slice(lineEnd);
        return;
      }
      from = lineEnd;
    }
    this.scanPiece(chunk, chunkBase, from);
  }

  /** Scans s (whose first character has absolute offset base) from `from`, holding back an unfinished last line. */
  private scanPiece(s: string, base: number, from: number): void {
    this.settleTimes();
    this.s = s;
    this.base = base;
    if (this.skipWord) {
      // The rest of an overlong word: ASCII word characters, one column each.
      const start = from;
      while (from < s.length && _WORD[s.charCodeAt(from)] === 1) from++;
      this.colUnits += from - start;
      this.colAt = base + from;
      this.nlCursor = base + from;
      if (from === s.length) return;
      this.skipWord = false;
    }
    const lastNl = s.lastIndexOf('\n');
    if (lastNl >= from) {
      this.scanRegion(from, lastNl + 1, false);
      this.keep(lastNl + 1, 0);
      return;
    }
    if (s.length - from < _LONG_LINE) {
      this.keep(0, from);
      return;
    }
    // An overlong line: scan up to its last separator and keep a little context.
    let cut = s.length;
    const stop = Math.max(from, s.length - 4096);
    while (cut > stop && (_WORD[s.charCodeAt(cut - 1)] === 1 || s.charCodeAt(cut - 1) === 45)) cut--;
    if (cut === stop && _WORD[s.charCodeAt(stop - 1)] === 1) {
      // The piece ends inside a word longer than any code: scan to the end, skip the word's rest next time.
      this.scanRegion(from, s.length, false);
      this.leaveLine(s.length);
      this.skipWord = true;
      return;
    }
    this.scanRegion(from, cut, false);
    const keepFrom = Math.max(0, cut - _CONTEXT_BEFORE);
    this.leaveLine(keepFrom);
    this.keep(keepFrom, cut - keepFrom);
  }

  end(): ScanSummary {
    if (this.decoder !== undefined) {
      const rest = this.decoder.decode();
      if (rest !== '') this.take(rest);
    }
    if (this.carry.length > 0) {
      this.settleTimes();
      this.s = this.carry;
      this.base = this.carryBase;
      this.carry = '';
      this.scanRegion(this.carryFrom, this.s.length, true);
    }
    this.flushLine(this.total);
    this.settleTimes();
    const lines = this.newlines + (this.total > this.lineStart ? 1 : 0);
    const codes: CodeSummary[] = [];
    for (const a of this.codes.values()) {
      codes.push({ code: formatHex(a.value), value: a.value, count: a.count, files: a.files, first: _seen(a.files[0], a.firstLine, a.firstTime), last: _seen(a.files[0], a.lastLine, a.lastTime), ..._describe(a.value) });
    }
    return {
      codes: _sortCodes(codes),
      totals: { occurrences: this.occurrences, distinctCodes: codes.length, files: 1, lines, bytes: this.total },
      malformed: { count: this.malformedCount, examples: this.malformedExamples },
    };
  }

  /** Keeps s[start..] for the next piece; scanning resumes at start + from. */
  private keep(start: number, from: number): void {
    if (start >= this.s.length) return;
    // A copy, so the held text does not pin the whole piece in memory.
    this.carry = (' ' + this.s.slice(start)).slice(1);
    this.carryBase = this.base + start;
    this.carryFrom = from;
  }

  /** s before `upTo` leaves the buffer while the current line goes on: save what the line still needs. */
  private leaveLine(upTo: number): void {
    const startRel = this.lineStart - this.base;
    if (this.lineHead === undefined && startRel >= 0) this.lineHead = this.s.slice(startRel, startRel + 160);
    this.advanceColumn(this.base + upTo);
  }

  /** Moves the column cache of the current line to absolute offset `abs`. */
  private advanceColumn(abs: number): void {
    const from = Math.max(this.colAt, this.base) - this.base;
    const to = abs - this.base;
    if (to > from) this.colUnits += this.latin1 ? _utf8Units(this.s, from, to) : to - from;
    this.colAt = abs;
  }

  /** Counts newlines before absolute offset `absEnd`, ending lines (and reporting their occurrences) on the way. */
  private countTo(absEnd: number): void {
    const s = this.s;
    const base = this.base;
    let nl = this.nextNl;
    if (nl < 0) {
      const rel = s.indexOf('\n', Math.max(this.nlCursor, base) - base);
      if (rel < 0) {
        this.nlCursor = base + s.length;
        return;
      }
      nl = this.nextNl = base + rel;
    }
    if (nl >= absEnd) return;
    // The first newline ends the current line; the lines after it up to absEnd hold no occurrences yet.
    if (this.pendN > 0) this.flushLine(nl);
    const endRel = absEnd - base;
    let lastRel = nl - base;
    let count = 1;
    let next = -1;
    for (;;) {
      const r = s.indexOf('\n', lastRel + 1);
      if (r < 0) break;
      if (r >= endRel) {
        next = base + r;
        break;
      }
      lastRel = r;
      count++;
    }
    const start = base + lastRel + 1;
    this.newlines += count;
    this.line += count;
    this.lineStart = start;
    this.lineHead = undefined;
    this.colAt = start;
    this.colUnits = 0;
    this.nextNl = next;
    this.nlCursor = next < 0 ? base + s.length : start;
  }

  /** Ends the current line at absolute offset `abs`: gives its occurrences their time and reports them. */
  private flushLine(abs: number): void {
    const n = this.pendN;
    if (n === 0) return;
    const startRel = this.lineStart - this.base;
    const file = this.file;
    const line = this.line;
    if (this.onOccurrence === undefined && startRel >= 0) {
      this.countLine(abs, n);
      return;
    }
    const endRel = Math.min(abs - this.base, this.s.length);
    const t = startRel >= 0 ? _lineTime(this.s, startRel, endRel, undefined) : _lineTime(this.s, 0, endRel, this.lineHead ?? '');
    const time = this.onOccurrence !== undefined ? _formatTime(t) : undefined;
    for (let i = 0; i < n; i++) {
      const value = this.pendValue[i]!;
      this.occurrences++;
      const a = this.codes.get(value | 0);
      if (a === undefined) {
        this.codes.set(value | 0, { value, count: 1, files: file !== undefined ? [file] : [], firstLine: line, firstTime: t, lastLine: line, lastTime: t, lastStart: 0, lastEnd: 0, waiting: false });
      } else {
        a.count++;
        a.lastLine = line;
        a.lastTime = t;
        a.waiting = false;
      }
      if (this.onOccurrence !== undefined) {
        this.onOccurrence({ value, code: formatHex(value), ...(file !== undefined ? { file } : {}), line, column: this.pendCol[i]!, text: this.pendText[i]!, form: this.pendForm[i]!, ...(time !== undefined ? { time } : {}) });
      }
    }
    this.clearPending();
  }

  /**
   * Counts the occurrences of a line that starts in the buffer, for the summary only: its time is read at once only
   * when a code is new; for a code seen before, the line is noted and its time read once per piece (see settleTimes).
   */
  private countLine(abs: number, n: number): void {
    const line = this.line;
    const start = this.lineStart;
    let t = -2;
    for (let i = 0; i < n; i++) {
      const value = this.pendValue[i]!;
      this.occurrences++;
      const a = this.codes.get(value | 0);
      if (a === undefined) {
        if (t === -2) t = _lineTime(this.s, start - this.base, Math.min(abs - this.base, this.s.length), undefined);
        this.codes.set(value | 0, { value, count: 1, files: this.file !== undefined ? [this.file] : [], firstLine: line, firstTime: t, lastLine: line, lastTime: t, lastStart: 0, lastEnd: 0, waiting: false });
        continue;
      }
      a.count++;
      a.lastLine = line;
      if (t !== -2) {
        a.lastTime = t;
        a.waiting = false;
        continue;
      }
      a.lastTime = -2;
      a.lastStart = start;
      a.lastEnd = abs;
      if (!a.waiting) {
        a.waiting = true;
        this.waiting.push(a);
      }
    }
    this.clearPending();
  }

  /** Reads the times of the lines noted by countLine while their text is still in the buffer. */
  private settleTimes(): void {
    const list = this.waiting;
    if (list.length === 0) return;
    const s = this.s;
    const base = this.base;
    for (const a of list) {
      if (!a.waiting) continue;
      a.waiting = false;
      a.lastTime = _lineTime(s, a.lastStart - base, Math.min(a.lastEnd - base, s.length), undefined);
    }
    list.length = 0;
  }

  private clearPending(): void {
    this.pendN = 0;
    // Drop the texts so they do not pin the pieces they were cut from.
    if (this.onOccurrence !== undefined) this.pendText.length = 0;
  }

  /** Column (from 1, in UTF-16 units like a JS string index) of buffer offset `rel`. */
  private column(rel: number): number {
    this.advanceColumn(this.base + rel);
    return this.colUnits + 1;
  }

  /** Finds runs of token characters in s[from, to) with a skip loop and classifies each run of 8 or more. */
  private scanRegion(from: number, to: number, atEnd: boolean): void {
    const s = this.s;
    const last = to - _MIN_TOKEN;
    let i = from;
    while (i <= last) {
      const p = i + _MIN_TOKEN - 1;
      if (_P[s.charCodeAt(p)] === 0) {
        i = p + 1;
        continue;
      }
      let j = p;
      while (j > i && _P[s.charCodeAt(j - 1)] === 1) j--;
      let k = p + 1;
      while (k < to && _P[s.charCodeAt(k)] === 1) k++;
      // Runs longer than 10 are codes only as 0x… or as names (W…, O…): skip hashes and GUID tails here.
      const n = k - j;
      if (n < _MIN_TOKEN) {
        // too short to be a code
      } else if (n <= 10) {
        // A run followed by "-" and a hex digit is a GUID's first group or other dash-joined hex, never a code.
        if ((k < to || atEnd) && !(s.charCodeAt(k) === 45 && _HEXV[s.charCodeAt(k + 1)]! >= 0)) this.classify(j, k);
      } else if (n <= _MAX_TOKEN && (k < to || atEnd)) {
        const c = s.charCodeAt(j);
        if ((c === 48 && (s.charCodeAt(j + 1) | 0x20) === 120) || c === 87 || c === 79) this.classify(j, k);
      }
      i = k + 1;
    }
    this.countTo(this.base + to);
  }

  /** Whether the words around s[j, k) on its line say the number is an error or result code. */
  private hasContext(j: number, k: number): boolean {
    const s = this.s;
    let a = j;
    while (a > 0 && j - a < _CONTEXT_BEFORE && s.charCodeAt(a - 1) !== 10) a--;
    let e = k;
    while (e < s.length && e - k < _CONTEXT_AFTER && s.charCodeAt(e) !== 10) e++;
    // Latin1 text (bytes) holds no character that lowercases to an ASCII letter, so a case-blind match is the same test.
    return this.latin1 === true ? _CONTEXT_WORDS_ANY_CASE.test(s.slice(a, e)) : _CONTEXT_WORDS.test(s.slice(a, e).toLowerCase());
  }

  /** Decides what the run s[j, k) of token characters is: a code, a malformed 0x token, or nothing. */
  private classify(j: number, k: number): void {
    const s = this.s;
    if (s.charCodeAt(j) === 48 && (s.charCodeAt(j + 1) | 0x20) === 120) {
      // A lowercase C suffix (l, u, ul, ull) is not part of the run; take it in.
      let e = k;
      while (e < s.length && e - k < 3 && ((s.charCodeAt(e) | 0x20) === 108 || (s.charCodeAt(e) | 0x20) === 117)) e++;
      k = e;
    }
    const prev = j > 0 ? s.charCodeAt(j - 1) : 32;
    const next = k < s.length ? s.charCodeAt(k) : 32;
    if (_WORD[prev] === 1 || _WORD[next] === 1) return; // glued into a longer word
    const n = k - j;
    const c0 = s.charCodeAt(j);
    const c1 = s.charCodeAt(j + 1);
    // 0x literal with an optional C suffix (L, UL, u, …).
    if (c0 === 48 && (c1 | 0x20) === 120) {
      let d = j + 2;
      while (d < k && _HEXV[s.charCodeAt(d)]! >= 0) d++;
      const digits = d - j - 2;
      if (k - d > 3) return;
      for (let x = d; x < k; x++) {
        const c = s.charCodeAt(x) | 0x20;
        if (c !== 108 && c !== 117) return;
      }
      if (digits === 8) {
        const v = this.readHex(j + 2, d);
        if (v >= 0x80000000 || _isKnown(v)) this.found(v, j, k, 'hex');
      } else if (digits === 7 || digits === 9) {
        this.malformed(j, k, `${digits} hex digits after 0x; a code has exactly 8`);
      }
      return;
    }
    // Symbolic names the catalog knows.
    const c2 = s.charCodeAt(j + 2);
    if ((c0 === 87 && c1 === 85 && c2 === 95) || (c0 === 79 && c1 === 77 && (c2 === 95 || (c2 === 67 && s.charCodeAt(j + 3) === 95)))) {
      const hit = findByName(s.slice(j, k));
      if (hit !== undefined) this.found(hit.entry.value, j, k, 'name');
      return;
    }
    if (n > 10) return;
    let allDigits = true;
    for (let x = j; x < k; x++) {
      const c = s.charCodeAt(x);
      if (c < 48 || c > 57) {
        allDigits = false;
        if (_HEXV[c]! < 0) return;
      }
    }
    // Never a fraction or a version part (…33.4567890, 10.0.19041.80070005), never a path part.
    if (prev === 46 || prev === 92 || prev === 47) return;
    if (next === 46) {
      const after = s.charCodeAt(k + 1);
      if (after >= 48 && after <= 57) return;
    }
    if (n === 8) {
      // Bare hex; never the first group of a GUID or any other dash-joined hex.
      if (next === 45 || (prev === 45 && _HEXV[s.charCodeAt(j - 2)]! >= 0)) return;
      const v = this.readHex(j, k);
      if (_isKnown(v) || (v >= 0x80000000 && this.hasContext(j, k))) this.found(v, j, k, 'bare-hex');
      return;
    }
    if (!allDigits || n < 9) return;
    let value = 0;
    for (let x = j; x < k; x++) value = value * 10 + (s.charCodeAt(x) - 48);
    if (prev === 45) {
      const before = j > 1 ? s.charCodeAt(j - 2) : 32;
      if (_WORD[before] === 1 || before === 45) return; // a range or a date, not a sign
      if (value === 0 || value > 0x80000000) return;
      const v = -value >>> 0;
      if (_isKnown(v) || this.hasContext(j - 1, k)) this.found(v, j - 1, k, 'signed-decimal');
      return;
    }
    if (prev === 58 && j > 1) {
      const before = s.charCodeAt(j - 2);
      if (before >= 48 && before <= 57) return; // part of a time
    }
    if (n === 10 && value >= 0x80000000 && value <= 0xffffffff && (_isKnown(value) || this.hasContext(j, k))) this.found(value, j, k, 'unsigned-decimal');
  }

  private readHex(start: number, end: number): number {
    let v = 0;
    for (let x = start; x < end; x++) v = v * 16 + _HEXV[this.s.charCodeAt(x)]!;
    return v;
  }

  private found(value: number, j: number, k: number, form: OccurrenceForm): void {
    const abs = this.base + j;
    this.countTo(abs);
    const isName = form === 'name';
    // A name written right next to its own number (0x80240022 WU_E_ALL_UPDATES_FAILED) is one mention.
    if (value === this.lastValue && isName !== this.lastWasName && abs - this.lastEnd <= 4 && this.lastEnd >= this.lineStart) return;
    this.lastValue = value;
    this.lastWasName = isName;
    this.lastEnd = this.base + k;
    const at = this.pendN++;
    this.pendValue[at] = value;
    if (this.onOccurrence !== undefined) {
      this.pendCol[at] = this.column(j);
      this.pendText[at] = this.s.slice(j, k);
      this.pendForm[at] = form;
    }
  }

  private malformed(j: number, k: number, reason: string): void {
    this.countTo(this.base + j);
    const m: MalformedToken = { ...(this.file !== undefined ? { file: this.file } : {}), line: this.line, column: this.column(j), text: this.s.slice(j, k), reason };
    this.malformedCount++;
    if (this.malformedExamples.length < _MAX_MALFORMED_EXAMPLES) this.malformedExamples.push(m);
    this.onMalformed?.(m);
  }
}

/**
 * A scanner for chunked input (streams, files read in pieces). Memory stays flat however large the input is.
 * @example const s = createScanner({ file: 'a.log' }); s.push(part1); s.push(part2); s.end().codes[0]?.code //=> '0x8024402C'
 */
export function createScanner(options: ScanOptions = {}): Scanner {
  return new _Engine(options);
}

/**
 * Finds every code occurrence in a text.
 * @param text log lines, a report, pasted output
 * @returns codes sorted by count, exact counts, totals and malformed tokens
 * @example scanText('Exit code = 0x8024402C').codes[0]?.count //=> 1
 */
export function scanText(text: string, options: ScanOptions = {}): ScanSummary {
  const scanner = createScanner(options);
  scanner.push(text);
  return scanner.end();
}

/**
 * Finds every code occurrence in UTF-8 bytes.
 * @example scanBytes(new TextEncoder().encode('hr=0x80240438')).totals.occurrences //=> 1
 */
export function scanBytes(bytes: Uint8Array, options: ScanOptions = {}): ScanSummary {
  const scanner = createScanner(options);
  scanner.push(bytes);
  return scanner.end();
}

/** A part of a larger scan, and how many lines came before it (for inputs scanned in parallel parts). */
export interface SummaryPart {
  readonly summary: ScanSummary;
  /** Lines before this part in the same file; 0 for a part that starts a file. */
  readonly lineOffset?: number;
  /** Whether the part continues the file of the previous part (then files and lines are not counted twice). */
  readonly continues?: boolean;
}

function _shift(at: SeenAt, by: number): SeenAt {
  return by === 0 ? at : { ...at, line: at.line + by };
}

/**
 * Combines the summaries of several files (or of parts of one file) in input order.
 * @example mergeSummaries([{ summary: a }, { summary: b }]).totals.files //=> 2
 */
export function mergeSummaries(parts: readonly SummaryPart[]): ScanSummary {
  const codes = new Map<number, { base: CodeSummary; count: number; files: string[]; first: SeenAt; last: SeenAt }>();
  let occurrences = 0;
  let files = 0;
  let lines = 0;
  let bytes = 0;
  let malformedCount = 0;
  const examples: MalformedToken[] = [];
  for (const part of parts) {
    const by = part.lineOffset ?? 0;
    const s = part.summary;
    occurrences += s.totals.occurrences;
    if (!part.continues) files += s.totals.files;
    lines += s.totals.lines;
    bytes += s.totals.bytes;
    malformedCount += s.malformed.count;
    for (const m of s.malformed.examples) if (examples.length < _MAX_MALFORMED_EXAMPLES) examples.push(by ? { ...m, line: m.line + by } : m);
    for (const c of s.codes) {
      const acc = codes.get(c.value);
      if (acc === undefined) {
        codes.set(c.value, { base: c, count: c.count, files: [...c.files], first: _shift(c.first, by), last: _shift(c.last, by) });
        continue;
      }
      acc.count += c.count;
      acc.last = _shift(c.last, by);
      for (const f of c.files) if (!acc.files.includes(f)) acc.files.push(f);
    }
  }
  const list: CodeSummary[] = [];
  for (const acc of codes.values()) list.push({ ...acc.base, count: acc.count, files: acc.files, first: acc.first, last: acc.last });
  return {
    codes: _sortCodes(list),
    totals: { occurrences, distinctCodes: list.length, files, lines, bytes },
    malformed: { count: malformedCount, examples },
  };
}
