/*
 * The kale command-line tool: dispatches `kale <command>` to the command's module, prints its
 * lines to stdout, and turns errors into a one-line message on stderr with exit code 1 (bad
 * input) or 2 (bad usage).
 */
import { CliError } from './cliError';
import { CORRELATE_HELP, runCorrelate } from './correlate';
import { DETECT_HELP, runDetect } from './detectCommand';
import { NAB_HELP, runNab } from './nabCommand';
import { readSeries } from './readSeries';

const HELP = `kale: anomaly detection and correlation from the command line (Kale for Grafana's engine)

Usage: kale <command> [options]        kale <command> --help for a command's options

Commands:
  detect     detect anomalies in series read from JSON lines or CSV (Skyline's analyzer by default)
  correlate  find the series that move like a query series or a drawn sketch
  nab        run a detector over a corpus in NAB's layout and score it with NAB's rules
`;

const COMMANDS: Readonly<Record<string, { help: string; run: (argv: string[]) => Promise<string[]> }>> = {
  detect: { help: DETECT_HELP, run: async (argv) => runDetect(argv, await readSeries(inputPath(argv))) },
  correlate: { help: CORRELATE_HELP, run: async (argv) => runCorrelate(argv, await readSeries(inputPath(argv))) },
  nab: { help: NAB_HELP, run: async (argv) => runNab(argv, undefined, (line) => process.stderr.write(line + '\n')) },
};

/** The --input value (the file or '-'), found before the command parses the rest. */
function inputPath(argv: readonly string[]): string {
  const i = argv.findIndex((a) => a === '--input' || a.startsWith('--input='));
  const value = i < 0 ? undefined : argv[i].startsWith('--input=') ? argv[i].slice('--input='.length) : argv[i + 1];
  if (value === undefined) {
    throw new CliError('--input FILE is required (use - for stdin; see --help)', 2);
  }
  return value;
}

async function main(argv: string[]): Promise<number> {
  const [name, ...rest] = argv;
  if (name === undefined || name === '--help' || name === '-h' || name === 'help') {
    process.stdout.write(HELP);
    return name === undefined ? 2 : 0;
  }
  const command = COMMANDS[name];
  if (command === undefined) {
    throw new CliError(`unknown command '${name}'; commands: ${Object.keys(COMMANDS).join(', ')}`, 2);
  }
  if (rest.includes('--help') || rest.includes('-h')) {
    process.stdout.write(command.help);
    return 0;
  }
  const lines = await command.run(rest);
  process.stdout.write(lines.map((line) => line + '\n').join(''));
  return 0;
}

main(process.argv.slice(2)).then(
  (code) => {
    process.exitCode = code;
  },
  (e: unknown) => {
    const detail = e instanceof CliError ? e.message : e instanceof Error ? (e.stack ?? e.message) : String(e);
    process.stderr.write(`kale: ${detail}\n`);
    process.exitCode = e instanceof CliError ? e.exitCode : 1;
  }
);
