// `regimen detect` output: the plan as YAML, led by a comment naming its evidence,
// and a short summary for the terminal. The `yaml` package loads only with detect.
import { Document, isMap, isScalar, isSeq } from 'yaml';
import type { Detection } from '../core/engine/detect.js';
import { typeWord } from '../core/plan/vocabulary.js';

/** The editor modeline, as SPEC §2 shows it (the schema is kept beside the example plans). */
export const SCHEMA_MODELINE = '# yaml-language-server: $schema=./regimen.schema.json';

const plural = (n: number, word: string) => `${n} ${word}${n === 1 ? '' : 's'}`;
const fixed = (x: number) => x.toFixed(2);

/** The evidence lines (without "# "): sessions, dates, and each day's confidence. */
export function evidenceLines(d: Detection): string[] {
  const lines = [
    `Detected by \`regimen detect\` from ${plural(d.sessions, 'logged session')}, ${d.from} to ${d.to}`,
    `(the ${d.window.weeks} weeks ${d.window.from} to ${d.window.to}). Overall confidence ${fixed(d.confidence)}.`,
    '',
  ];
  const of = (n: number) => `${n} of ${d.window.weeks} weeks`;
  if (d.schedule === 'weekly') {
    lines.push("Weekday pattern (share of weeks with that session = the day's confidence):");
    for (const w of d.weekdays) if (w.template) lines.push(`  ${w.weekday}  ${typeWord(w.type!).padEnd(9)} ${of(w.typeWeeks)}  confidence ${fixed(w.share)}`);
    const left = d.weekdays.filter((w) => !w.template && w.weeks > 0);
    if (left.length) lines.push(`Left out (logged in fewer than half of the weeks): ${left.map((w) => `${w.weekday} (${of(w.weeks)})`).join(', ')}.`);
  } else {
    const seq = d.sequence!;
    lines.push(`The weekday pattern is weak (confidence ${fixed(d.weeklyConfidence)}), but the sessions repeat in a rotation`);
    lines.push(`(${Math.round(seq.share * 100)}% of sessions followed it), starting with the workout due next:`);
    for (const day of seq.days) {
      const what = day.exercises.length ? day.exercises.join(', ') : `${day.minutes ?? '?'} min`;
      lines.push(`  ${day.name.padEnd(10)} ${typeWord(day.type).padEnd(9)} ${plural(day.sessions, 'session').padEnd(11)} ${what}`);
    }
    lines.push(
      seq.restDays
        ? `${plural(seq.restDays, 'rest day')} after each workout: the usual gap between your sessions.`
        : 'No rest days in the rotation: you often trained on consecutive days.',
      'Rest days pass by themselves and a training day waits for you, so the days of the week are yours.',
    );
  }
  lines.push(
    '',
    'Loads are your latest, sets, reps and RIR your usual. Read it, rename what needs it,',
    'check it with `regimen check FILE`, then start it with `regimen plan use FILE`.',
  );
  return lines;
}

/** The plan file: modeline, evidence comment, then the plan in the style of plans/. */
export function renderPlanYaml(d: Detection): string {
  const doc = new Document(d.plan);
  // One line per item, day and minutes table, as the example plans write them (an item
  // with a note stays a block: it would not fit on one line).
  const flowItems = (path: (string | number)[]) => {
    const node = doc.getIn(path, true);
    if (isSeq(node)) for (const item of node.items) if (isMap(item) && !item.has('note')) item.flow = true;
  };
  for (const name of Object.keys(d.plan.sessions ?? {})) flowItems(['sessions', name, 'standard']);
  flowItems(['days']);
  const minutes = doc.getIn(['stages', 0, 'minutes'], true);
  if (isMap(minutes)) minutes.flow = true;
  const description = doc.get('description', true);
  if (isScalar(description)) description.type = 'BLOCK_FOLDED';
  const comment = evidenceLines(d).map((l) => (l ? `# ${l}` : '#'));
  return `${SCHEMA_MODELINE}\n#\n${comment.join('\n')}\n\n${doc.toString({ lineWidth: 100, minContentWidth: 40 })}`;
}

/** What the terminal shows after writing the file. */
export function detectSummary(d: Detection, file: string): string {
  const kind = d.schedule === 'weekly' ? 'a weekly plan' : `a rotation of ${plural(d.sequence!.days.length, 'workout')}`;
  const lines = [`Wrote ${file}: ${kind} from ${plural(d.sessions, 'session')} logged ${d.from} to ${d.to} (confidence ${fixed(d.confidence)}).`];
  if (d.schedule === 'weekly')
    for (const [day, v] of Object.entries(d.days)) lines.push(`  ${day}  ${typeWord(v.type).padEnd(9)} confidence ${fixed(v.share)}`);
  else for (const day of d.sequence!.days) lines.push(`  ${day.name.padEnd(10)} ${typeWord(day.type)}`);
  if (d.confidence < 0.5) lines.push('The pattern is weak: read the plan before you use it.');
  lines.push(`Next: \`regimen plan use ${file}\`.`);
  return lines.join('\n');
}
