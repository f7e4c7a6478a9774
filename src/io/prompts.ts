// Interactive prompts (@inquirer/prompts), loaded only when a prompt is needed.
// Ctrl-C becomes CancelledError (exit 130) so nothing is written.
import { CancelledError } from '../errors.js';
import { importEsm } from './esm-import.js';

type Prompts = typeof import('@inquirer/prompts');

async function ask<T>(question: (p: Prompts) => Promise<T>): Promise<T> {
  const prompts = await importEsm<Prompts>('@inquirer/prompts');
  try {
    return await question(prompts);
  } catch (e) {
    if ((e as Error)?.name === 'ExitPromptError' || (e as Error)?.name === 'AbortPromptError') throw new CancelledError();
    throw e;
  }
}

export async function askScore(message: string, min: number, max: number): Promise<number> {
  return ask(async ({ number }) => (await number({ message, min, max, step: 1, required: true }))!);
}

/** A score that may be left empty (Enter): undefined then. */
export async function askOptionalScore(message: string, min: number, max: number): Promise<number | undefined> {
  return ask(async ({ number }) => (await number({ message, min, max, step: 1, required: false })) ?? undefined);
}

/** Several choices, none chosen at first; the values of those picked. */
export async function askChoices(message: string, choices: { value: string; name: string }[]): Promise<string[]> {
  return ask(({ checkbox }) =>
    checkbox({ message, choices: choices.map((c) => ({ ...c, checked: false })), required: false, pageSize: Math.max(7, choices.length) }),
  );
}
