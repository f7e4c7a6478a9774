// SPEC §3: "Plan edits apply to the future only: history keeps the plan version it was
// planned with … each stored plan version records the date from which it applied; a
// past day is resolved with the version in force on it."
import { describe, expect, it } from 'vitest';
import { versionInForce, versionsWithCurrent, type PlanVersionSpan } from '../../src/core/plan/versions.js';

const v = (hash: string, from: string): PlanVersionSpan => ({ hash, from });

describe('versionInForce: the latest recorded version whose from-date is on or before the day', () => {
  const edited = [v('A', '2026-11-02'), v('B', '2026-11-23')];
  const cases: [string, PlanVersionSpan[], string, string | null][] = [
    ['no versions', [], '2026-11-10', null],
    ['one version, a day it covers', [v('A', '2026-11-02')], '2026-11-10', 'A'],
    ['one version, a day before it (before the start): the first', [v('A', '2026-11-02')], '2026-10-01', 'A'],
    ['edited: a day before the edit keeps the old version', edited, '2026-11-22', 'A'],
    ['edited: the day of the edit takes the new version', edited, '2026-11-23', 'B'],
    ['edited: the future takes the new version', edited, '2027-01-01', 'B'],
    ['edited: before the start, the first version', edited, '2026-10-30', 'A'],
    ['edited twice, back to the first text', [v('A', '2026-11-02'), v('B', '2026-11-16'), v('A', '2026-11-23')], '2026-11-20', 'B'],
    ['edited twice, back to the first text: after', [v('A', '2026-11-02'), v('B', '2026-11-16'), v('A', '2026-11-23')], '2026-11-23', 'A'],
    // A clock set back (or a restart from an earlier day): the later record wins from its date.
    ['a later record with an earlier date wins from that date', [v('A', '2026-11-02'), v('B', '2026-11-23'), v('C', '2026-11-20')], '2026-11-25', 'C'],
    ['… and the earlier record still holds before it', [v('A', '2026-11-02'), v('B', '2026-11-23'), v('C', '2026-11-20')], '2026-11-19', 'A'],
  ];
  it.each(cases)('%s', (_name, versions, date, expected) => {
    const i = versionInForce(versions, date);
    expect(i === -1 ? null : versions[i]!.hash).toBe(expected);
  });
});

describe('versionsWithCurrent: an edit not yet stored applies from today (reading never writes)', () => {
  const stored = [v('A', '2026-11-02')];
  it('the file unchanged: the stored versions as they are', () => {
    expect(versionsWithCurrent(stored, 'A', '2026-11-23')).toEqual(stored);
  });
  it('the file edited: its version follows, from today', () => {
    expect(versionsWithCurrent(stored, 'B', '2026-11-23')).toEqual([v('A', '2026-11-02'), v('B', '2026-11-23')]);
  });
  it('past days keep the stored version; today and later the file', () => {
    const versions = versionsWithCurrent(stored, 'B', '2026-11-23');
    expect(versions[versionInForce(versions, '2026-11-22')]!.hash).toBe('A');
    expect(versions[versionInForce(versions, '2026-11-23')]!.hash).toBe('B');
  });
  it('nothing stored: the file is in force on every day', () => {
    const versions = versionsWithCurrent([], 'B', '2026-11-23');
    expect(versions[versionInForce(versions, '2020-01-01')]!.hash).toBe('B');
  });
});
