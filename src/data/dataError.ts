/**
 * A fault in an input file, located where a reader can find it.
 * Raised only at the boundary where data enters; everything after it trusts typed values.
 */
export class DataError extends Error {
  constructor(
    readonly file: string,
    readonly line: number,
    readonly column: number,
    readonly problem: string,
  ) {
    super(`${file}:${line}:${column}: ${problem}`);
    this.name = 'DataError';
  }
}

/** Several faults at once, so that one run of the build lists them all. */
export class DataErrors extends Error {
  constructor(readonly errors: readonly DataError[]) {
    super(errors.map((error) => error.message).join('\n'));
    this.name = 'DataErrors';
  }
}
