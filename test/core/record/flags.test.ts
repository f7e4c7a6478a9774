// SPEC §4 checkin: flags are the stop flags and nothing else; separator and case
// variants are the same flag, anything else is refused with a suggestion.
import { describe, expect, it } from 'vitest';
import { flagWords, parseFlags } from '../../../src/core/engine/flags.js';
import { DEFAULT_STOP_FLAGS } from '../../../src/core/rules.js';

const DEFAULTS = [...DEFAULT_STOP_FLAGS];

describe('check-in flag spellings', () => {
  it.each([
    // given → accepted as
    ['dizziness', 'dizziness'],
    ['Dizziness', 'dizziness'],
    ['  FEVER ', 'fever'],
    ['chest-pain', 'chest_pain'],
    ['chest pain', 'chest_pain'],
    ['Chest_Pain', 'chest_pain'],
    ['chest  --pain', 'chest_pain'],
    ['new swelling', 'new_swelling'],
  ])('%j is the stop flag %s', (given, flag) => {
    expect(parseFlags([given], DEFAULTS)).toEqual({ ok: true, flags: [flag] });
  });

  it.each([
    // given → refused, with this suggestion (undefined: none is plausible)
    ['dizzy', 'dizziness'],
    ['fevre', 'fever'],
    ['chestpain', 'chest_pain'],
    ['breathlessness', 'breathless'],
    ['short of breath', 'breathless'],
    ['bleedign', 'bleeding'],
    ['swelling', 'new_swelling'],
    ['headache', undefined],
    ['tired', undefined],
    ['', undefined],
    ['-', undefined],
  ])('%j is refused (did you mean %s?)', (given, suggestion) => {
    expect(parseFlags([given], DEFAULTS)).toEqual({ ok: false, given, suggestion, accepted: DEFAULTS });
  });

  it('refuses the whole list when one flag is unknown, so no flag is half-recorded', () => {
    expect(parseFlags(['fever', 'dizzy'], DEFAULTS)).toMatchObject({ ok: false, given: 'dizzy' });
  });

  it('accepts a flag the plan adds, and suggests it for a near miss', () => {
    const withPlan = [...DEFAULTS, 'neutropenic_fever'];
    expect(parseFlags(['Neutropenic fever'], withPlan)).toEqual({ ok: true, flags: ['neutropenic_fever'] });
    expect(parseFlags(['neutropenic_fevr'], withPlan)).toMatchObject({ ok: false, suggestion: 'neutropenic_fever' });
    expect(parseFlags(['neutropenic_fever'], DEFAULTS)).toMatchObject({ ok: false });
  });

  it('gives each flag once', () => {
    expect(parseFlags(['fever', 'Fever', 'chest pain'], DEFAULTS)).toEqual({ ok: true, flags: ['fever', 'chest_pain'] });
  });

  it('names flags in plain words for the question', () => {
    expect(DEFAULTS.map(flagWords)).toEqual(['fever', 'chest pain', 'dizziness', 'breathless', 'bleeding', 'new swelling']);
  });
});
