/*
 * The error a command raises for bad usage or bad input: main prints its message without a stack
 * and exits with `exitCode` (2 for usage, 1 for input).
 */
export class CliError extends Error {
  constructor(
    message: string,
    readonly exitCode: 1 | 2 = 1
  ) {
    super(message);
    this.name = 'CliError';
  }
}
