// Coded errors: every failure a user can cause carries a stable code and a one-line message.

export type ErrorCode =
  | 'E_INPUT_EMPTY'
  | 'E_INPUT_BINARY'
  | 'E_INPUT_ENCODING'
  | 'E_INPUT_LANGUAGE'
  | 'E_INPUT_TOO_LARGE'
  | 'E_INPUT_NOT_FOUND'
  | 'E_INPUT_HTML'
  | 'E_USAGE'
  | 'E_DATE'
  | 'E_PIPELINE'
  | 'E_GAZETTEER'
  | 'E_STORE'
  | 'E_NOT_FOUND';

export class TallyError extends Error {
  readonly code: ErrorCode;
  /** Process exit code for the CLI: 2 for bad input or usage, 1 for internal faults. */
  readonly exitCode: number;

  constructor(code: ErrorCode, message: string, exitCode = 2) {
    super(message);
    this.name = 'TallyError';
    this.code = code;
    this.exitCode = exitCode;
  }
}

export const isTallyError = (e: unknown): e is TallyError => e instanceof TallyError;
