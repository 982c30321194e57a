/*
 * A small argv parser for the kale commands: `--flag value`, `--flag=value` and boolean
 * `--flag`; anything unknown or a missing value is a usage error naming the flag.
 */
import { CliError } from './cliError';

export type FlagSpec = Readonly<Record<string, 'value' | 'boolean'>>;

export interface ParsedArgs {
  readonly values: ReadonlyMap<string, string>;
  readonly booleans: ReadonlySet<string>;
}

export function parseArgs(argv: readonly string[], spec: FlagSpec): ParsedArgs {
  const values = new Map<string, string>();
  const booleans = new Set<string>();
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i];
    const match = /^--([a-z][a-z-]*)(?:=(.*))?$/s.exec(arg);
    const kind = match ? spec[match[1]] : undefined;
    if (!match || kind === undefined) {
      throw new CliError(`unknown argument '${arg}' (see --help)`, 2);
    }
    const [, name, inline] = match;
    if (kind === 'boolean') {
      if (inline !== undefined) {
        throw new CliError(`--${name} takes no value`, 2);
      }
      booleans.add(name);
    } else {
      const value = inline ?? argv[++i];
      if (value === undefined) {
        throw new CliError(`--${name} needs a value`, 2);
      }
      values.set(name, value);
    }
  }
  return { values, booleans };
}

/** The value of a flag that must be given. */
export function requiredValue(args: ParsedArgs, name: string): string {
  const value = args.values.get(name);
  if (value === undefined) {
    throw new CliError(`--${name} is required (see --help)`, 2);
  }
  return value;
}

/** A flag's value as a finite number, or undefined when the flag is absent. */
export function numberValue(args: ParsedArgs, name: string): number | undefined {
  const text = args.values.get(name);
  if (text === undefined) {
    return undefined;
  }
  const value = Number(text);
  if (text.trim() === '' || !Number.isFinite(value)) {
    throw new CliError(`--${name} must be a number, got '${text}'`, 2);
  }
  return value;
}
