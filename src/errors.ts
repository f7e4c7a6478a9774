// Error classes the one top-level catch in cli.ts maps to exit codes (SPEC §4).
// Anything else that reaches it is a bug and is labelled as one.

/** Bad usage or bad input: exit 2, one clear line, nothing written. */
export class UsageError extends Error {
  readonly exitCode = 2;
  constructor(
    message: string,
    readonly hint?: string,
  ) {
    super(message);
  }
}

/** The journal or the file system failed: exit 3. */
export class JournalError extends Error {
  readonly exitCode = 3;
  constructor(
    message: string,
    readonly hint?: string,
  ) {
    super(message);
  }
}

/** The user cancelled a prompt (Ctrl-C): exit 130, nothing written. */
export class CancelledError extends Error {
  readonly exitCode = 130;
  constructor() {
    super('cancelled; nothing was written');
  }
}

export type ExpectedError = UsageError | JournalError | CancelledError;

export function isExpectedError(e: unknown): e is ExpectedError {
  return e instanceof UsageError || e instanceof JournalError || e instanceof CancelledError;
}
