// Loads Microsoft's Kusto parser for JavaScript (a Bridge.NET build that installs globals) for tests.

import { createRequire } from 'node:module';

/** One diagnostic the parser reported. */
export interface KqlDiagnostic {
  readonly severity: string;
  readonly message: string;
  readonly start: number;
}

/** What the parser found: syntax diagnostics and the value of every literal, in order. */
export interface KqlParse {
  readonly diagnostics: readonly KqlDiagnostic[];
  readonly literals: readonly (string | number)[];
}

interface _Kusto {
  Language: {
    KustoCode: { Parse(text: string): { GetSyntaxDiagnostics(): unknown; Syntax: { WalkElements(fn: (el: unknown) => void): void } } };
    Syntax: { LiteralExpression: new () => { LiteralValue: unknown } };
  };
}

let _kusto: { kusto: _Kusto; toArray: (list: unknown) => unknown[] } | undefined;

function _load(): { kusto: _Kusto; toArray: (list: unknown) => unknown[] } {
  if (_kusto) return _kusto;
  const require = createRequire(import.meta.url);
  require('@kusto/language-service-next/bridge.js');
  require('@kusto/language-service-next/Kusto.Language.Bridge.js');
  const g = globalThis as unknown as { Kusto: _Kusto; Bridge: { toArray: (list: unknown) => unknown[] } };
  _kusto = { kusto: g.Kusto, toArray: (list) => g.Bridge.toArray(list) };
  return _kusto;
}

/** Parses KQL text (queries and control commands) and returns its syntax diagnostics and literal values. */
export function parseKql(text: string): KqlParse {
  const { kusto, toArray } = _load();
  const code = kusto.Language.KustoCode.Parse(text);
  const diagnostics = toArray(code.GetSyntaxDiagnostics()).map((d) => {
    const diag = d as { Severity: string; Message: string; Start: number };
    return { severity: diag.Severity, message: diag.Message, start: diag.Start };
  });
  const literals: (string | number)[] = [];
  code.Syntax.WalkElements((el) => {
    if (el instanceof kusto.Language.Syntax.LiteralExpression) {
      const value = (el as { LiteralValue: unknown }).LiteralValue;
      literals.push(typeof value === 'string' ? value : Number(String(value)));
    }
  });
  return { diagnostics, literals };
}

/** Diagnostics as readable lines, each with the text around its position. */
export function describeDiagnostics(text: string, diagnostics: readonly KqlDiagnostic[]): string {
  return diagnostics.map((d) => `${d.severity} at ${d.start}: ${d.message} near ${JSON.stringify(text.slice(Math.max(0, d.start - 40), d.start + 40))}`).join('\n');
}
