// The arguments of a `regimen checkin` with all five signals (SPEC §4), for tests that
// record check-ins through the CLI. Signals not given are low (green); flags repeat.
export interface Signals {
  fatigue: number;
  pain: number;
  anxiety: number;
  low_mood: number;
  qol: number;
}

export const CALM: Signals = { fatigue: 1, pain: 0, anxiety: 1, low_mood: 1, qol: 8 };

export function checkinArgs(signals: Partial<Signals> = {}, flags: string[] = []): string[] {
  const s = { ...CALM, ...signals };
  return [
    'checkin',
    ...['--fatigue', String(s.fatigue), '--pain', String(s.pain), '--anxiety', String(s.anxiety)],
    ...['--low-mood', String(s.low_mood), '--qol', String(s.qol)],
    ...flags.flatMap((f) => ['--flag', f]),
  ];
}
