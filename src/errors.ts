/** The closed set of misuse and configuration error codes. */
export type ErrorCode =
  | 'E_BAD_ARGUMENT'
  | 'E_BAD_OPTION'
  | 'E_INPUT_NOT_FOUND'
  | 'E_STAGE_ORDER'
  | 'E_RESUME_MISMATCH';

/**
 * Thrown for misuse (a wrong argument, an unknown option, a missing input). Problems with one
 * article are never thrown at the caller of a batch: they become error records.
 */
export class SaywhoError extends Error {
  readonly code: ErrorCode;
  constructor(code: ErrorCode, message: string) {
    super(message);
    this.name = 'SaywhoError';
    this.code = code;
  }
}

/** Describes a value for an "expected X, got Y" message. */
export function describe(value: unknown): string {
  if (value === null) return 'null';
  if (Array.isArray(value)) return 'an array';
  if (typeof value === 'string') return value.length > 40 ? `a string of ${value.length} characters` : JSON.stringify(value);
  if (typeof value === 'object') return 'an object';
  return `${typeof value} ${String(value)}`;
}

export function expected(code: ErrorCode, what: string, got: unknown): SaywhoError {
  return new SaywhoError(code, `Expected ${what}, got ${describe(got)}`);
}
