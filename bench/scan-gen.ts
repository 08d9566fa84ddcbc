// Generates realistic mixed Windows Update / Intune log text for the scan benchmarks (never committed as data).

import { createWriteStream, existsSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

/** Codes the generated log carries, as the logs write them (hex, bare hex, negative decimal, name). */
const _CODES = [0x8024402c, 0x80240022, 0x80070005, 0x80244010, 0x800f0922, 0x80cf4017, 0x8024a105, 0x80248014, 0x80070643, 0x8024000c];

/** A tiny deterministic generator so every run writes the same file. */
function _rng(seed: number): () => number {
  let s = seed >>> 0;
  return () => {
    s ^= s << 13;
    s ^= s >>> 17;
    s ^= s << 5;
    return (s >>> 0) / 4294967296;
  };
}

const _hex = (v: number, n: number) => (v >>> 0).toString(16).toUpperCase().padStart(n, '0').slice(-n);

/** One block of lines in the formats wuerr scans, about 8 KB, with codes on roughly one line in ten. */
export function makeLogBlock(seed: number): string {
  const r = _rng(seed);
  const lines: string[] = [];
  const guid = () => `${_hex(r() * 2 ** 32, 8)}-${_hex(r() * 65536, 4)}-${_hex(r() * 65536, 4)}-${_hex(r() * 65536, 4)}-${_hex(r() * 2 ** 32, 8)}${_hex(r() * 65536, 4)}`;
  const code = () => _CODES[Math.floor(r() * _CODES.length)]!;
  while (lines.join('\n').length < 8000) {
    const pick = Math.floor(r() * 20);
    const ms = String(Math.floor(r() * 1000)).padStart(3, '0');
    const t = `09:${String(Math.floor(r() * 60)).padStart(2, '0')}:${String(Math.floor(r() * 60)).padStart(2, '0')}`;
    switch (pick) {
      case 0:
        lines.push(`2024-01-15\t${t}:${ms}\t 1200\t1a2c\tAgent\t  * WARNING: Exit code = 0x${_hex(code(), 8)}`);
        break;
      case 1:
        lines.push(`2024/01/15 ${t}.4567890 1234  5678  ComApi          *FAILED* [${_hex(code(), 8)}] ISusInternal::DisconnectCall failed`);
        break;
      case 2:
        lines.push(`2024-01-15 ${t}, Error                 CBS    Failed to execute package [HRESULT = 0x${_hex(code(), 8).toLowerCase()} - CBS_E_INSTALLERS_FAILED]`);
        break;
      case 3:
        lines.push(`<![LOG[Failed to install update, error code = ${code() | 0}]LOG]!><time="${t}.4560000" date="1-15-2024" component="IntuneManagementExtension" context="" type="3" thread="14" file="">`);
        break;
      default:
        lines.push(
          [
            `2024/01/15 ${t}.1234567 1234  5678  Agent           Update {${guid()}}.200 is pinned to CDN, KB5034441 version 10.0.19041.3803`,
            `2024-01-15 ${t}, Info                  CBS    Session: 31086572_3791423861 initialized by client WindowsUpdateAgent, external staging directory: (null)`,
            `<![LOG[Processing policy with id = ${guid()} and user = 00000000-0000-0000-0000-000000000000]LOG]!><time="${t}.1230000" date="1-15-2024" component="AgentExecutor" context="" type="1" thread="7" file="">`,
            `2024-01-15\t${t}:${ms}\t 1200\t1a2c\tDnldMgr\t  * Downloading file: hash 3f2a9c0d1e5b7a8c9d0e1f2a3b4c5d6e7f8a9b0c, size 104857600`,
            `2024/01/15 ${t}.7654321 1234  5678  Handler         Flags: 0x00000010, state 0x32, code=0x020109, result 0`,
          ][Math.floor(r() * 5)]!,
        );
    }
  }
  return lines.join('\n') + '\n';
}

/**
 * Writes (or reuses) a generated log of about `mb` megabytes in the temp directory.
 * @returns the file's path
 */
export async function ensureLog(mb: number, name = 'wuerr-scan-bench'): Promise<string> {
  const path = join(tmpdir(), `${name}-${mb}mb.log`);
  const target = mb * 1024 * 1024;
  if (existsSync(path) && statSync(path).size >= target) return path;
  const out = createWriteStream(path);
  const blocks = Array.from({ length: 64 }, (_, i) => makeLogBlock(i + 1));
  let written = 0;
  let i = 0;
  while (written < target) {
    const block = blocks[i++ % blocks.length]!;
    written += Buffer.byteLength(block);
    if (!out.write(block)) await new Promise<void>((resolve) => out.once('drain', () => resolve()));
  }
  await new Promise<void>((resolve, reject) => out.end((err?: Error | null) => (err ? reject(err) : resolve())));
  return path;
}
