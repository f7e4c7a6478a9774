// `regimen check [PATH…]` (SPEC §4): validate plan files, report every problem, then
// exit 1 if any file has errors (or warnings, with --strict).
import type { Context } from '../context.js';
import { choiceOption } from '../io/validate-input.js';
import { printJson } from '../context.js';
import { collectPlanFiles } from '../io/plan-paths.js';
import type { CheckedFile } from '../io/check-files.js';
import { diagnosticGithub, diagnosticJson, diagnosticText } from '../render/diagnostics.js';

export interface CheckOptions {
  paths: string[];
  format: 'text' | 'json' | 'github';
  strict: boolean;
}

/** Commander's raw values → checked options; the global --json wins over --format. */
export function checkOptions([paths]: unknown[], raw: Record<string, unknown>, json: boolean): CheckOptions {
  const format = json ? 'json' : (choiceOption(raw.format ?? 'text', '--format', ['text', 'json', 'github'] as const) ?? 'text');
  return { paths: (paths as string[] | undefined) ?? [], format, strict: Boolean(raw.strict) };
}

export interface CheckSummary {
  results: CheckedFile[];
  errors: number;
  warnings: number;
}

export function summarize(results: CheckedFile[]): CheckSummary {
  let errors = 0;
  let warnings = 0;
  for (const r of results) {
    for (const d of r.diagnostics) d.severity === 'error' ? errors++ : warnings++;
  }
  return { results, errors, warnings };
}

const plural = (n: number, word: string) => `${n} ${word}${n === 1 ? '' : 's'}`;

/** The report as lines; written in one go (one write per line was a system call per file). */
function textLines(ctx: Context, summary: CheckSummary): string[] {
  const t = ctx.theme;
  const lines: string[] = [];
  for (const r of summary.results) {
    const errors = r.diagnostics.filter((d) => d.severity === 'error').length;
    const warnings = r.diagnostics.length - errors;
    const status = errors ? t.red('invalid') : t.green('valid  ');
    const counts = [errors && `${errors} error${errors > 1 ? 's' : ''}`, warnings && `${warnings} warning${warnings > 1 ? 's' : ''}`]
      .filter(Boolean)
      .join(', ');
    lines.push(`${status} ${r.file}${counts ? ` (${counts})` : ''}`);
    for (const d of r.diagnostics) lines.push(diagnosticText(d, r.text, t));
  }
  const valid = summary.results.filter((r) => !r.diagnostics.some((d) => d.severity === 'error')).length;
  const files = summary.results.length;
  lines.push(
    `${files} file${files === 1 ? '' : 's'} checked: ${valid} valid, ${summary.errors} error${summary.errors === 1 ? '' : 's'}, ${summary.warnings} warning${summary.warnings === 1 ? '' : 's'}`,
  );
  return lines;
}

export async function runCheck(ctx: Context, args: unknown[], raw: Record<string, unknown>): Promise<number> {
  const opts = checkOptions(args, raw, Boolean(ctx.options.json));
  const { format, paths } = opts;
  const { checkFiles } = await import('../io/validators.js');
  const summary = summarize(checkFiles(collectPlanFiles(paths)));
  if (format === 'json') {
    printJson(ctx, {
      files: summary.results.map((r) => ({
        file: r.file,
        valid: !r.diagnostics.some((d) => d.severity === 'error'),
        errors: r.diagnostics.filter((d) => d.severity === 'error').map(diagnosticJson),
        warnings: r.diagnostics.filter((d) => d.severity === 'warning').map(diagnosticJson),
      })),
      errors: summary.errors,
      warnings: summary.warnings,
    });
  } else if (format === 'github') {
    const lines = summary.results.flatMap((r) => r.diagnostics.map(diagnosticGithub));
    lines.push(`regimen check: ${plural(summary.results.length, 'file')}, ${plural(summary.errors, 'error')}, ${plural(summary.warnings, 'warning')}`);
    ctx.out(lines.join('\n'));
  } else {
    ctx.out(textLines(ctx, summary).join('\n'));
  }
  return summary.errors > 0 || (opts.strict && summary.warnings > 0) ? 1 : 0;
}
