// The `synoptic` command line: the engine over a folder, for scripts and CI. One file per command in commands/.
import { promises as fs } from 'node:fs';
import * as path from 'node:path';
import { loadFolder, type LoadedFolder } from '../host/loadFolder';
import { parseArgs, type ParsedArgs } from './args';
import { runAttribution } from './commands/attribution';
import { runCheck } from './commands/check';
import { runParallels } from './commands/parallels';
import { runQuotes } from './commands/quotes';
import { runTable } from './commands/table';

const USAGE = `Usage: synoptic <command> <folder> [options]

Commands:
  attribution <folder>   who said what in every article of the folder
  check <folder>         every diagnostic, as file:line:col: severity code: message
                         (exit code 1 when one is at or above --fail-on)
  parallels <folder>     statements reported by several sources, with each source's passage
  quotes <folder>        quotes and claims by speaker, with their review status
  table <folder>         the synoptic table: statements x sources (quote, paraphrase, absent, different speaker)

Options:
  --json                 print JSON instead of text (attribution, check, parallels, quotes)
  --fail-on <severity>   check: error (default), warning, info or hint
  --hints                check: also print hints (boilerplate)
  --status <status>      quotes: only unreviewed, verified, disputed, mismatched, conflicting or single-source
  --format md|csv        table: the format (default md); quotes: a review report instead of the list
  --progress             report indexing progress on stderr (default: only when stderr is a terminal)
  --max-file-size <n>    skip files larger than n bytes (default 5000000)
  -h, --help             show this help
  -v, --version          print the version

Exit codes: 0 success, 1 check found problems at or above --fail-on, 2 usage error.`;

/** What a command gets: the parsed arguments, the loaded folder and where output goes. */
export interface CommandContext {
  readonly args: ParsedArgs;
  readonly loaded: LoadedFolder;
  /** Writes to stdout. */
  write(text: string): void;
  /** Writes a line to stderr (summaries, never data). */
  note(line: string): void;
  /** How to print a file relative to the folder: joined to the folder as the user gave it. */
  display(file: string): string;
}

/** A command returns its exit code, or a usage problem. */
type Command = (context: CommandContext) => number | string;

const COMMANDS: Readonly<Record<string, Command>> = {
  attribution: runAttribution,
  check: runCheck,
  parallels: runParallels,
  quotes: runQuotes,
  table: runTable,
};

declare const SYNOPTIC_VERSION: string | undefined;

export async function main(argv: readonly string[]): Promise<number> {
  const args = parseArgs(argv);
  if (args.flags.has('-h') || args.flags.has('--help') || argv.length === 0) {
    process.stdout.write(`${USAGE}\n`);
    return argv.length === 0 ? 2 : 0;
  }
  if (args.flags.has('-v') || args.flags.has('--version')) {
    process.stdout.write(`${typeof SYNOPTIC_VERSION === 'string' ? SYNOPTIC_VERSION : 'dev'}\n`);
    return 0;
  }
  const [commandName, folder] = args.positional;
  const command = Object.prototype.hasOwnProperty.call(COMMANDS, commandName) ? COMMANDS[commandName] : undefined;
  if (!command) return fail(`unknown command "${commandName}"`);
  if (!folder) return fail(`"${commandName}" needs a folder`);
  if (args.missingValue) return fail(`${args.missingValue} needs a value`);
  const maxSizeOption = args.options.get('--max-file-size');
  const maxFileSize = maxSizeOption !== undefined ? Number(maxSizeOption) : undefined;
  if (maxFileSize !== undefined && !(maxFileSize > 0)) return fail('--max-file-size needs a positive number of bytes');
  try {
    if (!(await fs.stat(folder)).isDirectory()) return fail(`${folder} is not a folder`);
  } catch {
    return fail(`${folder} does not exist`);
  }
  const showProgress = args.flags.has('--progress') || process.stderr.isTTY === true;
  const loaded = await loadFolder(folder, {
    maxFileSize,
    warn: (message) => process.stderr.write(`${message}\n`),
    progress: (fraction, message) => {
      if (showProgress) process.stderr.write(`\rindexing ${message} (${Math.round(fraction * 100)}%)${fraction >= 1 ? '\n' : ''}`);
    },
  });
  const result = command({
    args,
    loaded,
    write: (text) => process.stdout.write(text),
    note: (line) => process.stderr.write(`${line}\n`),
    display: (file) => path.join(folder, file).split(path.sep).join('/'),
  });
  return typeof result === 'string' ? fail(result) : result;
}

function fail(message: string): number {
  process.stderr.write(`synoptic: ${message}\n\n${USAGE}\n`);
  return 2;
}

if (require.main === module) {
  // A closed pipe (`synoptic … | head`) ends the output quietly.
  process.stdout.on('error', (error: NodeJS.ErrnoException) => {
    if (error.code === 'EPIPE') process.exit(0);
    throw error;
  });
  main(process.argv.slice(2)).then(
    (code) => (process.exitCode = code),
    (error) => {
      process.stderr.write(`synoptic: ${error instanceof Error ? error.message : String(error)}\n`);
      process.exitCode = 1;
    },
  );
}
