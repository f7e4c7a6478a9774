// Where the journal lives (SPEC §3): --journal, else $REGIMEN_JOURNAL, else the XDG
// data directory.
import { homedir } from 'node:os';
import { join } from 'node:path';

export function journalPath(option: string | undefined, env: NodeJS.ProcessEnv): string {
  if (option) return option;
  if (env.REGIMEN_JOURNAL) return env.REGIMEN_JOURNAL;
  const dataHome = env.XDG_DATA_HOME || join(env.HOME || homedir(), '.local', 'share');
  return join(dataHome, 'regimen', 'journal.db');
}
