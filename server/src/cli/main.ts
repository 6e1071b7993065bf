// The `synoptic` command line: the engine over a folder, for scripts and CI.
import { promises as fs } from 'node:fs';
import { exportAttribution } from '../engine/features/exportAttribution';
import { loadFolder } from '../host/loadFolder';

const USAGE = `Usage: synoptic <command> <folder> [options]

Commands:
  attribution <folder>   who said what in every article of the folder

Options:
  --json                 print JSON instead of text
  --max-file-size <n>    skip files larger than n bytes (default 5000000)
  -h, --help             show this help
  -v, --version          print the version`;

declare const SYNOPTIC_VERSION: string | undefined;

export async function main(argv: readonly string[]): Promise<number> {
  const flags = new Set(argv.filter((argument) => argument.startsWith('-')));
  if (flags.has('-h') || flags.has('--help') || argv.length === 0) {
    process.stdout.write(`${USAGE}\n`);
    return argv.length === 0 ? 2 : 0;
  }
  if (flags.has('-v') || flags.has('--version')) {
    process.stdout.write(`${typeof SYNOPTIC_VERSION === 'string' ? SYNOPTIC_VERSION : 'dev'}\n`);
    return 0;
  }
  const maxSizeIndex = argv.indexOf('--max-file-size');
  const maxFileSize = maxSizeIndex >= 0 ? Number(argv[maxSizeIndex + 1]) : undefined;
  const positional = argv.filter((argument, index) => !argument.startsWith('-') && !(maxSizeIndex >= 0 && index === maxSizeIndex + 1));
  const [command, folder] = positional;
  if (command !== 'attribution') return fail(`unknown command "${command}"`);
  if (!folder) return fail(`"${command}" needs a folder`);
  if (maxFileSize !== undefined && !(maxFileSize > 0)) return fail('--max-file-size needs a positive number of bytes');
  try {
    if (!(await fs.stat(folder)).isDirectory()) return fail(`${folder} is not a folder`);
  } catch {
    return fail(`${folder} does not exist`);
  }
  const loaded = await loadFolder(folder, {
    maxFileSize,
    warn: (message) => process.stderr.write(`${message}\n`),
    progress: (fraction, message) => {
      if (process.stderr.isTTY) process.stderr.write(`\rindexing ${message} (${Math.round(fraction * 100)}%)${fraction >= 1 ? '\n' : ''}`);
    },
  });
  const exported = exportAttribution(loaded.engine, loaded.sources);
  if (flags.has('--json')) {
    process.stdout.write(`${JSON.stringify(exported, null, 2)}\n`);
    return 0;
  }
  for (const source of exported.sources) {
    process.stdout.write(`${source.file}\n`);
    for (const passage of source.passages) {
      const who = passage.speaker ?? (passage.claim ? '(unattributed claim)' : '(outlet)');
      process.stdout.write(`  ${passage.start}-${passage.end}  ${who}${passage.quote ? ' [quote]' : ''}: ${passage.text.replace(/\s+/g, ' ')}\n`);
    }
  }
  return 0;
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
