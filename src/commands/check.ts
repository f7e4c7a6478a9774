// `regimen check [PATH…]` (SPEC §4): validate plan files, report every problem, then
// exit 1 if any file has errors (or warnings, with --strict).
import type { Context } from '../context.js';
import { printJson } from '../context.js';
import { collectPlanFiles } from '../io/plan-paths.js';
import type { CheckedFile } from '../io/check-files.js';
import { diagnosticGithub, diagnosticJson, diagnosticText } from '../render/diagnostics.js';

interface CheckOptions {
  format: 'text' | 'json' | 'github';
  strict?: boolean;
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

function renderText(ctx: Context, summary: CheckSummary): void {
  const t = ctx.theme;
  for (const r of summary.results) {
    const errors = r.diagnostics.filter((d) => d.severity === 'error').length;
    const warnings = r.diagnostics.length - errors;
    const status = errors ? t.red('invalid') : t.green('valid  ');
    const counts = [errors && `${errors} error${errors > 1 ? 's' : ''}`, warnings && `${warnings} warning${warnings > 1 ? 's' : ''}`].filter(Boolean).join(', ');
    ctx.out(`${status} ${r.file}${counts ? ` (${counts})` : ''}`);
    for (const d of r.diagnostics) ctx.out(diagnosticText(d, r.text, t));
  }
  const valid = summary.results.filter((r) => !r.diagnostics.some((d) => d.severity === 'error')).length;
  const files = summary.results.length;
  ctx.out(`${files} file${files === 1 ? '' : 's'} checked: ${valid} valid, ${summary.errors} error${summary.errors === 1 ? '' : 's'}, ${summary.warnings} warning${summary.warnings === 1 ? '' : 's'}`);
}

export async function runCheck(ctx: Context, [paths]: unknown[], options: Record<string, unknown>): Promise<number> {
  const opts = options as unknown as CheckOptions;
  const format = ctx.options.json ? 'json' : opts.format;
  const { checkFiles } = await import('../io/validators.js');
  const summary = summarize(checkFiles(collectPlanFiles(paths as string[])));
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
    for (const r of summary.results) for (const d of r.diagnostics) ctx.out(diagnosticGithub(d));
    ctx.out(`regimen check: ${plural(summary.results.length, 'file')}, ${plural(summary.errors, 'error')}, ${plural(summary.warnings, 'warning')}`);
  } else {
    renderText(ctx, summary);
  }
  return summary.errors > 0 || (opts.strict && summary.warnings > 0) ? 1 : 0;
}
