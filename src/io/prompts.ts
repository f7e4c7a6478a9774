// Interactive prompts (@inquirer/prompts), loaded only when a prompt is needed.
// Ctrl-C becomes CancelledError (exit 130) so nothing is written.
import { CancelledError } from '../errors.js';
import { importEsm } from './esm-import.js';

export async function askScore(message: string, min: number, max: number): Promise<number> {
  const { number } = await importEsm<typeof import('@inquirer/prompts')>('@inquirer/prompts');
  try {
    const value = await number({ message, min, max, step: 1, required: true });
    return value!;
  } catch (e) {
    if ((e as Error)?.name === 'ExitPromptError' || (e as Error)?.name === 'AbortPromptError') throw new CancelledError();
    throw e;
  }
}
