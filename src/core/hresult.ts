// HRESULT arithmetic: normalise to unsigned 32 bits, format, and take a value apart into its fields.

import { FACILITIES } from './_data/facilities.generated.js';

/** Facilities that the Intune update agent uses but that no public header names. */
const _PRIVATE_FACILITIES: Readonly<Record<number, string>> = {
  0x0cf: 'Intune update agent (private facility 0x0CF)',
  0x0af: 'Intune update agent client (private facility 0x0AF)',
};

/** The decoded fields of one 32-bit value. */
export interface DecodedCode {
  /** `0x` + 8 uppercase hex digits. */
  readonly hex: string;
  readonly unsigned: number;
  readonly signed: number;
  /** Bit 31: set for failures. */
  readonly severity: 'success' | 'failure';
  readonly bits: { readonly S: 0 | 1; readonly R: 0 | 1; readonly C: 0 | 1; readonly N: 0 | 1; readonly X: 0 | 1 };
  readonly facility: {
    readonly number: number;
    /** `0x` + 3 uppercase hex digits (the field is 11 bits wide). */
    readonly hex: string;
    /** Public names from winerror.h (several where aliases exist), or a description of a private facility. */
    readonly names: readonly string[];
    /** Whether winerror.h defines this facility number. */
    readonly public: boolean;
  };
  /** The low 16 bits. */
  readonly code: number;
  /** `0x` + 4 uppercase hex digits. */
  readonly codeHex: string;
  /** For facility 7 failures (HRESULT_FROM_WIN32), the Win32 error number the value wraps. */
  readonly win32?: number;
  /** True when the N bit marks the value as a mapped NTSTATUS. */
  readonly ntstatus?: true;
}

/**
 * Normalises any integer in the 32-bit range (signed or unsigned) to its unsigned form.
 * @example toUnsigned(-2133901289) //=> 2161066007
 */
export function toUnsigned(value: number): number {
  return value >>> 0;
}

/**
 * The signed 32-bit reading of a value, as Windows event logs and PowerShell print it.
 * @example toSigned(0x80cf4017) //=> -2133901289
 */
export function toSigned(value: number): number {
  return value | 0;
}

const _HEX = '0123456789ABCDEF';

/**
 * Formats a value as `0x` + 8 uppercase hex digits.
 * @example formatHex(0x80cf4017) //=> '0x80CF4017'
 */
export function formatHex(value: number): string {
  let v = value >>> 0;
  let out = '';
  for (let i = 0; i < 8; i++) {
    out = _HEX[v & 15] + out;
    v >>>= 4;
  }
  return '0x' + out;
}

/**
 * The facility field (bits 16–26, 11 bits) of a value.
 * @example facilityOf(0x80cf4017) //=> 0xcf
 */
export function facilityOf(value: number): number {
  return (value >>> 16) & 0x7ff;
}

/**
 * Formats a facility number as `0x` + 3 uppercase hex digits.
 * @example formatFacilityHex(36) //=> '0x024'
 */
export function formatFacilityHex(facility: number): string {
  return '0x' + facility.toString(16).toUpperCase().padStart(3, '0');
}

/**
 * Names a facility number: the winerror.h names, or what a private facility belongs to.
 * @example facilityNames(36) //=> ['FACILITY_WINDOWSUPDATE']
 */
export function facilityNames(facility: number): readonly string[] {
  const publicNames = FACILITIES[facility];
  if (publicNames !== undefined) return publicNames;
  const own = _PRIVATE_FACILITIES[facility];
  return own === undefined ? [] : [own];
}

/**
 * Takes a 32-bit value apart: S R C N X bits, facility (bits 16–26), code (bits 0–15).
 * @param value any integer that fits 32 bits, signed or unsigned
 * @example decodeHresult(0x80070005).win32 //=> 5
 */
export function decodeHresult(value: number): DecodedCode {
  const u = value >>> 0;
  const bit = (n: number): 0 | 1 => ((u >>> n) & 1) as 0 | 1;
  const facility = facilityOf(u);
  const code = u & 0xffff;
  const S = bit(31);
  const N = bit(28);
  const decoded: DecodedCode = {
    hex: formatHex(u),
    unsigned: u,
    signed: u | 0,
    severity: S ? 'failure' : 'success',
    bits: { S, R: bit(30), C: bit(29), N, X: bit(27) },
    facility: {
      number: facility,
      hex: formatFacilityHex(facility),
      names: facilityNames(facility),
      public: FACILITIES[facility] !== undefined,
    },
    code,
    codeHex: '0x' + code.toString(16).toUpperCase().padStart(4, '0'),
    ...(S === 1 && N === 0 && facility === 7 ? { win32: code } : {}),
    ...(N === 1 ? { ntstatus: true as const } : {}),
  };
  return decoded;
}
