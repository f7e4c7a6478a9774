// `regimen adjust` bounds through the built binary (SPEC §4 adjust): every bound is
// tried inside, at, and one past its limit. A refused input exits 2 with one line naming
// the action, the field (or the offending value) and the bound, and stores nothing: the
// row counts of `proposals` and `audit` are compared, read-only, before and after.
//
// Two journals on gentle-foundations (weekly: Mon strength, Wed aerobic, Fri mind-body,
// Sun optional mind-body, other days rest), started a week before the clock's today so
// that yesterday is inside the plan and only the date bound can refuse it:
// - REFUSED: only refused inputs run against it, so its counts never move;
// - ACCEPTED: accepted inputs, each stored as a proposal (not applied).
import { beforeAll, describe, expect, it } from 'vitest';
import { addDays, assertBuilt, GENTLE, Journal, readPlan, show, started } from './helpers.js';

const TODAY = '2026-11-02'; // a Monday: the clock (REGIMEN_NOW) in this file
const START = '2026-10-26'; // the Monday before: yesterday is a planned (optional) day
const LAST = addDays(TODAY, 28); // 2026-11-30, a Monday (strength)
const PAST = addDays(TODAY, 29); // 2026-12-01
const YESTERDAY = addDays(TODAY, -1); // Sunday: optional mind-body

const plan = readPlan(GENTLE);
const template = plan.stages[0].week_template ?? plan.week_template;
const WEEKDAYS = ['mon', 'tue', 'wed', 'thu', 'fri', 'sat', 'sun'];
const typeOn = (date: string): string => {
  const wd = WEEKDAYS[(new Date(`${date}T00:00:00Z`).getUTCDay() + 6) % 7]!;
  const e = template[wd];
  return e === undefined ? 'rest' : typeof e === 'string' ? e : e.type;
};
const firstOfType = (type: string, from = TODAY) => {
  for (let d = from; ; d = addDays(d, 1)) if (typeOn(d) === type) return d;
};
const REST_DAY = firstOfType('rest'); // 2026-11-03
const STRENGTH = firstOfType('strength'); // today
const AEROBIC = firstOfType('aerobic');
const MIND_BODY = firstOfType('mind_body');

let refused: Journal;
let accepted: Journal;
let baseline: { proposals: number; audit: number };

beforeAll(async () => {
  assertBuilt();
  // The schedule facts this file relies on, from the plan file itself.
  expect(typeOn(TODAY)).toBe('strength');
  expect(typeOn(LAST)).toBe('strength');
  expect(typeOn(YESTERDAY)).toBe('mind_body');
  expect(typeOn(REST_DAY)).toBe('rest');
  [refused, accepted] = await Promise.all([started(GENTLE, { start: START, now: TODAY }), started(GENTLE, { start: START, now: TODAY })]);
  baseline = refused.counts();
});

/** Run a refused input: exit 2, every pattern in the one-line message, nothing stored. */
async function refuse(args: string[], patterns: RegExp[]): Promise<string> {
  const r = await refused.run(args);
  expect(r.exitCode, show(args, r)).toBe(2);
  const message = r.stderr.trim();
  expect(message.split('\n'), show(args, r)).toHaveLength(1);
  expect(message, 'no stack trace').not.toMatch(/\n\s+at |Error:/);
  for (const p of patterns) expect(message, show(args, r)).toMatch(p);
  expect(refused.counts(), `nothing stored after: regimen ${args.join(' ')}`).toEqual(baseline);
  return message;
}

/** Run an accepted input: exit 0, a stored proposal (still `proposed`) and its audit event. */
async function accept(args: string[]): Promise<any> {
  const doc = await accepted.json(args);
  expect(doc.athlete).toBe('me');
  expect(doc.proposal.status).toBe('proposed');
  const [row] = accepted.rows('SELECT status, kind FROM proposals WHERE id = ?', doc.proposal.id);
  expect(row).toEqual({ status: 'proposed', kind: 'adjust' });
  const events = accepted.rows<{ action: string; details: string }>("SELECT action, details FROM audit WHERE action LIKE 'adjust.%'");
  expect(events.some((e) => e.action === 'adjust.proposed' && JSON.parse(e.details).proposal === doc.proposal.id)).toBe(true);
  return doc;
}

describe.concurrent('dates: today … today+28', () => {
  it('yesterday (one past the lower bound) is refused for every action', async () => {
    await refuse(['adjust', 'skip', YESTERDAY], [/action 1 \(skip\)/, new RegExp(YESTERDAY), /28/, new RegExp(TODAY)]);
    await refuse(['adjust', 'load', YESTERDAY, '--by', '-10'], [/action 1 \(load\)/, new RegExp(YESTERDAY), /28/]);
    await refuse(['adjust', 'replace', YESTERDAY, '--session', 'aerobic'], [/action 1 \(replace\)/, new RegExp(YESTERDAY), /28/]);
    await refuse(['adjust', 'restore', YESTERDAY], [/action 1 \(restore\)/, new RegExp(YESTERDAY), /28/]);
    await refuse(['adjust', 'swap', YESTERDAY, AEROBIC], [/action 1 \(swap\)/, new RegExp(YESTERDAY), /28/]);
    await refuse(['adjust', 'swap', AEROBIC, YESTERDAY], [/action 1 \(swap\)/, new RegExp(YESTERDAY), /28/]);
  });

  it('today+29 (one past the upper bound) is refused, before any rest-day check', async () => {
    await refuse(['adjust', 'skip', PAST], [/action 1 \(skip\)/, new RegExp(PAST), /28/, new RegExp(LAST)]);
    await refuse(['adjust', 'load', PAST, '--by', '-10'], [/action 1 \(load\)/, new RegExp(PAST), /28/]);
    await refuse(['adjust', 'swap', LAST, PAST], [/action 1 \(swap\)/, new RegExp(PAST), /28/]);
  });

  it('today (at the lower bound) is accepted', async () => {
    const doc = await accept(['adjust', 'skip', TODAY]);
    expect(doc.proposal.actions).toEqual([{ action: 'skip', date: TODAY }]);
    expect(doc.proposal.changes.map((c: any) => c.date)).toEqual([TODAY]);
  });

  it('today+28 (at the upper bound) is accepted', async () => {
    const doc = await accept(['adjust', 'load', LAST, '--by', '-10']);
    expect(doc.proposal.changes.map((c: any) => c.date)).toEqual([LAST]);
    expect(doc.proposal.changes[0].before.type).toBe('strength');
  });

  it('a date inside the window is accepted', async () => {
    const doc = await accept(['adjust', 'skip', AEROBIC]);
    expect(doc.proposal.changes[0].after.type).toBe('rest');
  });

  it('a date before the athlete starts is refused as outside the plan', async () => {
    const late = await started(GENTLE, { start: '2026-11-09', now: TODAY });
    const before = late.counts();
    const r = await late.run(['adjust', 'skip', AEROBIC]);
    expect(r.exitCode, show(['adjust', 'skip', AEROBIC], r)).toBe(2);
    expect(r.stderr).toMatch(/action 1 \(skip\)/);
    expect(r.stderr).toMatch(new RegExp(AEROBIC));
    expect(late.counts()).toEqual(before);
  });

  it('--date does not move the window into the past: a session before the clock’s today cannot be adjusted', async () => {
    // `--date` acts as if today were that date, but records are never allowed to rewrite
    // what already happened: skipping a past session would un-miss it in later reviews.
    // (its own journal: if accepted, it must not pollute REFUSED's counts)
    const own = await started(GENTLE, { start: START, now: TODAY });
    const before = own.counts();
    const args = ['adjust', 'skip', YESTERDAY, '--date', YESTERDAY];
    const r = await own.run(args);
    expect(r.exitCode, show(args, r)).toBe(2);
    expect(r.stderr).toMatch(/action 1 \(skip\)/);
    expect(r.stderr).toMatch(new RegExp(YESTERDAY));
    expect(own.counts()).toEqual(before);
  });

  it('malformed and impossible dates are refused, naming the field', async () => {
    for (const bad of ['2026-11-4', '2026-02-30', 'tomorrow', '2026-13-01']) {
      await refuse(['adjust', 'skip', bad], [/action 1 \(skip\)/, /date/, /YYYY-MM-DD/]);
    }
  });
});

describe.concurrent('swap: at most 14 days apart', () => {
  it('13 days apart (inside) is accepted and exchanges the two days', async () => {
    const b = addDays(TODAY, 13); // Sunday: optional mind-body
    const doc = await accept(['adjust', 'swap', TODAY, b]);
    const [first, second] = doc.proposal.changes;
    expect(first.date).toBe(TODAY);
    expect(second.date).toBe(b);
    expect(first.after).toEqual(second.before);
    expect(second.after).toEqual(first.before);
  });

  it('14 days apart (at) is accepted, in either order', async () => {
    await accept(['adjust', 'swap', TODAY, addDays(TODAY, 14)]);
    await accept(['adjust', 'swap', addDays(TODAY, 14), TODAY]);
  });

  it('15 days apart (one past) is refused, in either order', async () => {
    const b = addDays(TODAY, 15);
    await refuse(['adjust', 'swap', TODAY, b], [/action 1 \(swap\)/, /15 days/, /14/]);
    await refuse(['adjust', 'swap', b, TODAY], [/action 1 \(swap\)/, /15 days/, /14/]);
  });

  it('a swap of a date with itself is refused', async () => {
    await refuse(['adjust', 'swap', TODAY, TODAY], [/action 1 \(swap\)/, /different dates/]);
  });

  it('a training day may be swapped with a rest day', async () => {
    const doc = await accept(['adjust', 'swap', STRENGTH, REST_DAY]);
    expect(doc.proposal.changes.map((c: any) => [c.date, c.after.type])).toEqual([
      [STRENGTH, 'rest'],
      [REST_DAY, 'strength'],
    ]);
  });
});

describe.concurrent('load: −50 … +20 percent', () => {
  // SPEC §4 strict values (v1.1): no leading + on a whole number, so `+20` is refused below.
  it.each([['-49'], ['-50'], ['19'], ['20'], ['0'], ['-20%']])('--by %s is accepted', async (by) => {
    const doc = await accept(['adjust', 'load', AEROBIC, `--by=${by}`]);
    const pct = Number(by.replace('%', ''));
    expect(doc.proposal.actions).toEqual([{ action: 'load', date: AEROBIC, by: pct }]);
    const minutes = plan.stages[0].minutes.aerobic;
    expect(doc.proposal.changes[0].after.minutes).toBe(Math.round((minutes * (100 + pct)) / 100));
  });

  it('--by -51 (one past the lower bound) is refused, naming the field and bound', async () => {
    await refuse(['adjust', 'load', AEROBIC, '--by=-51'], [/action 1 \(load\)/, /\bby\b/, /-50/]);
  });

  it('--by 21 (one past the upper bound) is refused, naming the field and bound', async () => {
    await refuse(['adjust', 'load', AEROBIC, '--by', '21'], [/action 1 \(load\)/, /\bby\b/, /20/]);
  });

  it('fractions and words are refused as --by values', async () => {
    await refuse(['adjust', 'load', AEROBIC, '--by', '1.5'], [/--by/, /1\.5/, /-50/, /20/]);
    await refuse(['adjust', 'load', AEROBIC, '--by', 'half'], [/--by/, /half/]);
    await refuse(['adjust', 'load', AEROBIC, '--by=+20'], [/--by/, /\+20/, /-50/, /20/]);
    await refuse(['adjust', 'load', AEROBIC, '--by', '1e1'], [/--by/, /1e1/]);
  });

  it('a rest day cannot be loaded', async () => {
    await refuse(['adjust', 'load', REST_DAY, '--by', '-10'], [/action 1 \(load\)/, new RegExp(REST_DAY), /rest day/]);
  });
});

describe.concurrent('replace: a session of the library, not on a rest day', () => {
  it('every session of the library is accepted, with each variant', async () => {
    for (const [name, variant] of Object.keys(plan.sessions).map((n, i) => [n, ['standard', 'gentle', 'minimal'][i % 3]!] as const)) {
      const doc = await accept(['adjust', 'replace', MIND_BODY, '--session', name, '--variant', variant]);
      expect(doc.proposal.changes[0].after).toMatchObject({ session: name, variant });
    }
  });

  it('a session not in the library is refused, naming the session and the library', async () => {
    const msg = await refuse(['adjust', 'replace', AEROBIC, '--session', 'swim'], [/action 1 \(replace\)/, /session/, /"swim"/]);
    for (const name of Object.keys(plan.sessions)) expect(msg).toContain(name);
    // names are exact: a differently-cased name is not in the library
    await refuse(['adjust', 'replace', AEROBIC, '--session', 'Aerobic'], [/action 1 \(replace\)/, /"Aerobic"/]);
  });

  it('a rest day cannot be replaced', async () => {
    await refuse(['adjust', 'replace', REST_DAY, '--session', 'aerobic'], [/action 1 \(replace\)/, new RegExp(REST_DAY), /rest day/]);
  });

  it('an unknown variant and a missing --session are refused', async () => {
    await refuse(['adjust', 'replace', AEROBIC, '--session', 'aerobic', '--variant', 'hard'], [/variant/, /hard/, /standard/]);
    await refuse(['adjust', 'replace', AEROBIC], [/--session/]);
  });
});

describe.concurrent('skip and restore', () => {
  it('a rest day cannot be skipped', async () => {
    await refuse(['adjust', 'skip', REST_DAY], [/action 1 \(skip\)/, new RegExp(REST_DAY)]);
  });

  it('a day that is not skipped cannot be restored', async () => {
    await refuse(['adjust', 'restore', AEROBIC], [/action 1 \(restore\)/, new RegExp(AEROBIC), /not skipped/]);
  });

  it('a proposed (not applied) skip does not make the day restorable', async () => {
    // ACCEPTED holds proposed skips of TODAY and AEROBIC; none is applied.
    const r = await accepted.run(['adjust', 'restore', TODAY]);
    expect(r.exitCode, show(['adjust', 'restore', TODAY], r)).toBe(2);
  });
});

// ---------------------------------------------------------------------------------
// --file ACTIONS.json: one zod schema, at most 10 actions.

/** Ten valid actions over the next four weeks, using every kind of action. */
function tenActions(): unknown[] {
  const mon = (w: number) => addDays(TODAY, 7 * w);
  return [
    { action: 'swap', dates: [addDays(mon(0), 2), addDays(mon(0), 4)] },
    { action: 'load', date: mon(1), by: -20 },
    { action: 'replace', date: addDays(mon(1), 2), session: 'mixed', variant: 'gentle' },
    { action: 'skip', date: addDays(mon(1), 4) },
    { action: 'restore', date: addDays(mon(1), 4) },
    { action: 'load', date: mon(2), by: 20 },
    { action: 'skip', date: addDays(mon(2), 2) },
    { action: 'swap', dates: [addDays(mon(2), 4), mon(3)] },
    { action: 'replace', date: addDays(mon(3), 2), session: 'strength' },
    { action: 'load', date: mon(4), by: -50 },
  ];
}

describe.concurrent('--file ACTIONS.json', () => {
  it('10 actions (at the limit) are accepted as one proposal', async () => {
    const actions = tenActions();
    const doc = await accept(['adjust', '--file', accepted.file('ten.json', actions)]);
    expect(doc.proposal.actions).toEqual(actions);
    // skip + restore of the same day leaves it as it was
    const fri = addDays(TODAY, 11);
    const change = doc.proposal.changes.find((c: any) => c.date === fri);
    if (change) expect(change.after).toEqual(change.before);
  });

  it('1 action (inside) is accepted', async () => {
    await accept(['adjust', '--file', accepted.file('one.json', [{ action: 'load', date: AEROBIC, by: -10 }])]);
  });

  it('11 actions (one past) are refused, naming the count and the limit', async () => {
    const eleven = [...tenActions(), { action: 'skip', date: addDays(TODAY, 25) }];
    await refuse(['adjust', '--file', refused.file('eleven.json', eleven)], [/11 actions/, /at most 10/]);
  });

  it('an empty list, a non-list and invalid JSON are refused', async () => {
    await refuse(['adjust', '--file', refused.file('empty.json', [])], [/no actions|at least one/]);
    await refuse(['adjust', '--file', refused.file('object.json', { action: 'skip', date: TODAY })], [/list/]);
    await refuse(['adjust', '--file', refused.file('broken.json', '[{"action":')], [/--file/, /JSON/]);
    await refuse(['adjust', '--file', `${refused.dir}/missing.json`], [/--file/, /no such file/]);
  });

  it('one bad action among valid ones refuses the whole file, naming its position, action, field and bound', async () => {
    const cases: [unknown, RegExp[]][] = [
      [{ action: 'load', date: AEROBIC, by: -51 }, [/action 5 \(load\)/, /\bby\b/, /-50/]],
      [{ action: 'load', date: AEROBIC, by: 21 }, [/action 5 \(load\)/, /\bby\b/, /20/]],
      [{ action: 'load', date: AEROBIC, by: -20.5 }, [/action 5 \(load\)/, /\bby\b/]],
      [{ action: 'load', date: AEROBIC, by: '-20' }, [/action 5 \(load\)/, /\bby\b/]],
      [{ action: 'load', date: REST_DAY, by: -10 }, [/action 5 \(load\)/, new RegExp(REST_DAY), /rest day/]],
      [{ action: 'swap', dates: [TODAY, addDays(TODAY, 15)] }, [/action 5 \(swap\)/, /15 days/, /14/]],
      [{ action: 'swap', dates: [TODAY] }, [/action 5 \(swap\)/, /dates/]],
      [{ action: 'skip', date: PAST }, [/action 5 \(skip\)/, new RegExp(PAST), /28/]],
      [{ action: 'skip', date: YESTERDAY }, [/action 5 \(skip\)/, new RegExp(YESTERDAY), /28/]],
      [{ action: 'skip', date: '2026-11-4' }, [/action 5 \(skip\)/, /date/, /YYYY-MM-DD/]],
      [{ action: 'replace', date: AEROBIC, session: 'swim' }, [/action 5 \(replace\)/, /session/, /swim/]],
      [{ action: 'replace', date: AEROBIC, session: 'aerobic', variant: 'hard' }, [/action 5 \(replace\)/, /variant/, /standard/]],
      [{ action: 'replace', date: REST_DAY, session: 'aerobic' }, [/action 5 \(replace\)/, /rest day/]],
      [{ action: 'restore', date: MIND_BODY }, [/action 5 \(restore\)/, /not skipped/]],
      [{ action: 'skip', date: TODAY, note: 'x' }, [/action 5 \(skip\)/, /note/]],
      [{ action: 'delete', date: TODAY }, [/action 5/, /"delete"/, /swap, load, replace, skip, restore/]],
    ];
    const four = tenActions().slice(0, 4);
    for (const [i, [bad, patterns]] of cases.entries()) {
      await refuse(['adjust', '--file', refused.file(`bad-${i}.json`, [...four, bad])], patterns);
    }
  });

  it('a missing field reads as a clear message (not zod wording)', async () => {
    const msg = await refuse(['adjust', '--file', refused.file('missing-date.json', [{ action: 'skip' }])], [/action 1 \(skip\)/, /date/]);
    expect(msg).not.toMatch(/must be expected|received undefined/);
  });
});

describe('nothing stored', () => {
  it('after every refusal above, the refused journal holds no proposal and no adjust event', () => {
    expect(refused.counts()).toEqual(baseline);
    expect(refused.rows("SELECT * FROM audit WHERE action LIKE 'adjust.%'")).toEqual([]);
  });
});
