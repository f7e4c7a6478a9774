// Diagnostics as text (editor-clickable file:line:col with a caret excerpt), as
// GitHub workflow annotations, and as SPEC's JSON shape.
import type { Theme } from './theme.js';
import type { Diagnostic } from '../core/diagnostics.js';

let splitText: string | undefined;
let splitLines: string[] = [];

/** The text's lines, split once per file: a split per diagnostic was quadratic (20,000 problems in one file took 16 s). */
function linesOf(text: string): string[] {
  if (text !== splitText) {
    splitText = text;
    splitLines = text.split('\n');
  }
  return splitLines;
}

export function excerpt(text: string, line: number, col: number): string[] {
  if (text === '') return [];
  const source = linesOf(text)[line - 1]?.replace(/\r$/, '');
  if (source === undefined || source.length > 300) return [];
  const gutter = String(line).length;
  return [`  ${String(line)} | ${source.replace(/\t/g, ' ')}`, `  ${' '.repeat(gutter)} | ${' '.repeat(Math.max(0, col - 1))}^`];
}

export function diagnosticText(d: Diagnostic, text: string, theme: Theme): string {
  const label = d.severity === 'error' ? theme.red('error') : theme.yellow('warning');
  const lines = [`${d.file}:${d.line}:${d.col}: ${label}: ${d.message} ${theme.dim(`[${d.code}]`)}`, ...excerpt(text, d.line, d.col).map((l) => theme.dim(l))];
  if (d.hint) lines.push(`  ${theme.cyan('hint')}: ${d.hint}`);
  return lines.join('\n');
}

/** The one-line form, for commands that need a valid plan and refuse an invalid one. */
export function diagnosticLine(d: Diagnostic): string {
  return `${d.file}:${d.line}:${d.col}: ${d.message}${d.hint ? ` (${d.hint})` : ''}`;
}

function escapeData(s: string): string {
  return s.replace(/%/g, '%25').replace(/\r/g, '%0D').replace(/\n/g, '%0A');
}

function escapeProperty(s: string): string {
  return escapeData(s).replace(/:/g, '%3A').replace(/,/g, '%2C');
}

export function diagnosticGithub(d: Diagnostic): string {
  const message = `${d.message}${d.hint ? ` (${d.hint})` : ''} [${d.code}]`;
  return `::${d.severity} file=${escapeProperty(d.file)},line=${d.line},col=${d.col},title=${escapeProperty(`regimen ${d.code}`)}::${escapeData(message)}`;
}

export function diagnosticJson(d: Diagnostic): Record<string, unknown> {
  return { line: d.line, col: d.col, path: d.path, code: d.code, message: d.message, ...(d.hint ? { hint: d.hint } : {}) };
}
