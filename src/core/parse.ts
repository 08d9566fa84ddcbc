// Turns what a user typed or pasted into the codes, name or name fragment it can stand for.

/** How a number in the input was read. */
export type CodeForm = 'hex' | 'bare-hex' | 'signed-decimal' | 'unsigned-decimal';

/** One reading of a numeric input. */
export interface CodeCandidate {
  /** Unsigned 32-bit value. */
  readonly value: number;
  readonly form: CodeForm;
}

/** What an input means, or why it means nothing. */
export type ParsedInput =
  | { readonly ok: true; readonly kind: 'code'; readonly input: string; readonly candidates: readonly CodeCandidate[] }
  | { readonly ok: true; readonly kind: 'name'; readonly input: string; readonly name: string }
  | { readonly ok: true; readonly kind: 'substring'; readonly input: string; readonly text: string }
  | { readonly ok: false; readonly input: string; readonly error: string };

/** The input forms wuerr accepts, one example each, for help texts and error messages. */
export const ACCEPTED_FORMS = [
  '0x80CF4017',
  '80cf4017',
  '0x80CF4017L',
  '-2133901289',
  '2161066007',
  'OM_E_PT_HTTP_STATUS_DENIED',
  '=WU_E_NO_UPDATE',
  ':HTTP_STATUS',
] as const;

const _ACCEPTED = `accepted: ${ACCEPTED_FORMS.join(', ')}`;
const _MAX_SHOWN = 60;

function _quote(input: string): string {
  const shown = input.length > _MAX_SHOWN ? input.slice(0, _MAX_SHOWN) + '…' : input;
  return JSON.stringify(shown);
}

function _fail(input: string, why: string): ParsedInput {
  return { ok: false, input, error: `${_quote(input)} ${why}; ${_ACCEPTED}` };
}

// Character classes over char codes, so the hot path runs without regular expressions.
function _isDigit(c: number): boolean {
  return c >= 48 && c <= 57;
}
function _hexValue(c: number): number {
  if (c >= 48 && c <= 57) return c - 48;
  const lower = c | 0x20;
  if (lower >= 97 && lower <= 102) return lower - 87;
  return -1;
}

function _isNameStart(c: number): boolean {
  const lower = c | 0x20;
  return (lower >= 97 && lower <= 122) || c === 95;
}
/** A symbolic name that is not also hex: letters, digits, underscores, with at least one letter beyond a–f or an underscore. */
function _isPlainName(s: string): boolean {
  let beyondHex = false;
  for (let i = 0; i < s.length; i++) {
    const c = s.charCodeAt(i);
    if (_isNameStart(c)) {
      if (c === 95 || (c | 0x20) > 102) beyondHex = true;
    } else if (!_isDigit(c)) return false;
  }
  return beyondHex;
}

/** Strips what comes along with a paste: quotes, brackets, trailing punctuation, a `hr=` style label. */
function _stripNoise(raw: string): string {
  let s = raw.trim();
  for (let round = 0; round < 4; round++) {
    const before = s;
    s = s.replace(/[,;.]+$/, '').trim();
    const first = s[0];
    const last = s[s.length - 1];
    if (s.length >= 2 && ((first === '"' && last === '"') || (first === "'" && last === "'") || (first === '(' && last === ')') || (first === '[' && last === ']') || (first === '{' && last === '}') || (first === '<' && last === '>') || (first === '`' && last === '`'))) {
      s = s.slice(1, -1).trim();
    }
    // A label such as hr=, HRESULT:, error code = or (hr:0x…) in front of the value.
    s = s.replace(/^[A-Za-z][A-Za-z ]{0,20}?\s*[=:]\s*(?=[-+0-9A-Za-z(["'[])/, '');
    if (s === before) break;
  }
  return s;
}

/**
 * Reads a hex string of digits into an unsigned value; -1 when a character is not hex or the value needs more than 32 bits.
 */
function _readHex(s: string, start: number, end: number): number {
  let i = start;
  while (i < end - 1 && s.charCodeAt(i) === 48) i++; // leading zeros never change the value
  if (end - i > 8) return -1;
  let v = 0;
  for (; i < end; i++) {
    const d = _hexValue(s.charCodeAt(i));
    if (d < 0) return -1;
    v = v * 16 + d;
  }
  return v;
}

/**
 * Parses one user input into the codes or names it can mean. Never throws.
 * @param raw text as typed or pasted: `0x80CF4017`, `80cf4017`, `-2133901289`, `2161066007`, a symbolic name, `=NAME`, `:TEXT`
 * @returns the readings, known-code ordering is left to lookup; or `ok: false` with a message that quotes the input
 * @example parseCodeInput('-2133901289') //=> { ok: true, kind: 'code', candidates: [{ value: 2161066007, form: 'signed-decimal' }], … }
 */
export function parseCodeInput(raw: string): ParsedInput {
  if (typeof raw !== 'string') return _fail(String(raw), 'is not text');
  const input = raw;
  // Fast path: a clean 0x literal, the commonest input by far.
  const n = raw.length;
  if (n >= 3 && n <= 10 && raw.charCodeAt(0) === 48 && (raw.charCodeAt(1) | 0x20) === 120) {
    const v = _readHex(raw, 2, n);
    if (v >= 0) return { ok: true, kind: 'code', input, candidates: [{ value: v, form: 'hex' }] };
  }
  // Fast paths for a clean decimal number and a clean symbolic name.
  if (n > 0 && n <= 11) {
    const c = raw.charCodeAt(0);
    let i = c === 45 /* - */ ? 1 : 0;
    while (i < n && _isDigit(raw.charCodeAt(i))) i++;
    if (i === n && (c !== 45 || n > 1) && (c === 45 ? n <= 11 : n <= 10)) {
      const value = Number(raw);
      if (value >= -0x80000000 && value < 0 && c === 45) return { ok: true, kind: 'code', input, candidates: [{ value: value >>> 0, form: 'signed-decimal' }] };
      if (c !== 45 && n > 8 && value <= 0xffffffff) return { ok: true, kind: 'code', input, candidates: [{ value, form: 'unsigned-decimal' }] };
    }
  }
  if (_isNameStart(raw.charCodeAt(0)) && _isPlainName(raw)) return { ok: true, kind: 'name', input, name: raw.toUpperCase() };
  const s = _stripNoise(raw);
  if (s === '') return _fail(input, 'is empty');

  const c0 = s.charCodeAt(0);
  if (c0 === 61 /* = */) {
    const name = s.slice(1).trim();
    if (!/^[A-Za-z_][A-Za-z0-9_]*$/.test(name)) return _fail(input, 'needs a symbolic name after "="');
    return { ok: true, kind: 'name', input, name: name.toUpperCase() };
  }
  if (c0 === 58 /* : */) {
    const text = s.slice(1).trim();
    if (text === '') return _fail(input, 'needs some text after ":"');
    return { ok: true, kind: 'substring', input, text: text.toUpperCase() };
  }

  // 0x literal, with the C suffixes L/U a header or a log may carry.
  const hex = /^0x([0-9a-f]+)[ul]{0,3}$/i.exec(s);
  if (hex) {
    const digits = hex[1]!;
    const v = _readHex(digits, 0, digits.length);
    if (v < 0) return _fail(input, `has ${digits.replace(/^0+(?=.)/, '').length} hex digits; a code has at most 8`);
    return { ok: true, kind: 'code', input, candidates: [{ value: v, form: 'hex' }] };
  }
  if (/^0x/i.test(s)) return _fail(input, 'starts like a hex code but has characters that are not hex digits');

  // Decimal, signed or not; an all-digit string of up to 8 digits is also read as bare hex.
  if (/^[-+]?[0-9]+$/.test(s)) {
    const negative = s[0] === '-';
    const digits = s.replace(/^[-+]/, '');
    const candidates: CodeCandidate[] = [];
    const value = Number(digits);
    if (negative) {
      if (value > 2 ** 31) return _fail(input, 'is below -2147483648, the smallest signed 32-bit value');
      candidates.push({ value: -value >>> 0, form: 'signed-decimal' });
    } else {
      if (value <= 0xffffffff) candidates.push({ value, form: 'unsigned-decimal' });
      if (s[0] !== '+' && digits.length <= 8) {
        const asHex = _readHex(digits, 0, digits.length);
        if (asHex !== value) candidates.push({ value: asHex, form: 'bare-hex' });
      }
      if (candidates.length === 0) return _fail(input, 'is above 4294967295, the largest unsigned 32-bit value');
    }
    return { ok: true, kind: 'code', input, candidates };
  }

  // Hex digits without 0x: a bare code as logs print it (at least one digit, so words stay names).
  if (/^[0-9a-f]+$/i.test(s) && /[0-9]/.test(s)) {
    const v = _readHex(s, 0, s.length);
    if (v < 0) return _fail(input, `has ${s.replace(/^0+(?=.)/, '').length} hex digits; a code has at most 8`);
    return { ok: true, kind: 'code', input, candidates: [{ value: v, form: 'bare-hex' }] };
  }

  if (/^[A-Za-z_][A-Za-z0-9_]*$/.test(s)) return { ok: true, kind: 'name', input, name: s.toUpperCase() };
  for (let i = 0; i < s.length; i++) if (_isDigit(s.charCodeAt(i))) return _fail(input, 'is not a code, a number or a symbolic name');
  return _fail(input, 'is not a code, a number or a symbolic name (for words, use `wuerr search`)');
}
