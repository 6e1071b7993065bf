// Command-line arguments: positionals, flags and options that take a value.
/** Options that take a value (`--fail-on error`, `--fail-on=error`). */
const VALUE_OPTIONS: ReadonlySet<string> = new Set(['--max-file-size', '--fail-on', '--status', '--format']);

export interface ParsedArgs {
  readonly positional: readonly string[];
  readonly flags: ReadonlySet<string>;
  readonly options: ReadonlyMap<string, string>;
  /** An option given without its value, when there is one. */
  readonly missingValue?: string;
}

export function parseArgs(argv: readonly string[]): ParsedArgs {
  const positional: string[] = [];
  const flags = new Set<string>();
  const options = new Map<string, string>();
  let missingValue: string | undefined;
  for (let index = 0; index < argv.length; index++) {
    const argument = argv[index];
    if (!argument.startsWith('-') || argument === '-') {
      positional.push(argument);
      continue;
    }
    const equals = argument.indexOf('=');
    const name = equals > 0 ? argument.slice(0, equals) : argument;
    if (!VALUE_OPTIONS.has(name)) {
      flags.add(argument);
      continue;
    }
    const value = equals > 0 ? argument.slice(equals + 1) : argv[++index];
    if (value === undefined) missingValue = name;
    else options.set(name, value);
  }
  return { positional, flags, options, ...(missingValue ? { missingValue } : {}) };
}

/** 1-based line and column (UTF-16 code units, as editors count) of an offset. */
export function lineColumn(text: string, offset: number): { line: number; column: number } {
  let line = 1;
  let lineStart = 0;
  for (let index = text.indexOf('\n'); index >= 0 && index < offset; index = text.indexOf('\n', index + 1)) {
    line++;
    lineStart = index + 1;
  }
  return { line, column: offset - lineStart + 1 };
}
