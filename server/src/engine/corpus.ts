// Which files are articles: corpus configuration (synoptic.json) and membership rules.
// Pure: paths are given as strings relative to the corpus root, with forward slashes.
import picomatch from 'picomatch';

/** Per-source metadata from synoptic.json `sources`. */
export interface SourceMetadata {
  /** The outlet that published the source, used as its label. */
  readonly outlet?: string;
}

/** A parsed synoptic.json. */
export interface CorpusConfig {
  readonly include: readonly string[];
  readonly exclude: readonly string[];
  /** Metadata keyed by path relative to the corpus root. */
  readonly sources: Readonly<Record<string, SourceMetadata>>;
  /** Extra aliases: canonical speaker name to the other names it goes by. */
  readonly aliases: Readonly<Record<string, readonly string[]>>;
}

/** The name of the file that makes a folder a corpus. */
export const CORPUS_CONFIG_FILE = 'synoptic.json';

/** The file extension that is always an article, corpus or not. */
export const ARTICLE_EXTENSION = '.article';

export const DEFAULT_CORPUS_CONFIG: CorpusConfig = {
  include: ['**/*.article', '**/*.txt'],
  exclude: [],
  sources: {},
  aliases: {},
};

/** The result of reading a synoptic.json: a usable config plus what was wrong with the file, if anything. */
export interface CorpusConfigResult {
  readonly config: CorpusConfig;
  /** Human-readable problems; the config falls back to defaults for each broken field. */
  readonly problems: readonly string[];
}

/** Parses synoptic.json text. Never throws: broken JSON or fields fall back to defaults and are reported. */
export function parseCorpusConfig(jsonText: string): CorpusConfigResult {
  const problems: string[] = [];
  let raw: unknown;
  try {
    raw = jsonText.trim() === '' ? {} : JSON.parse(jsonText.replace(/^\uFEFF/, ''));
  } catch (error) {
    return { config: DEFAULT_CORPUS_CONFIG, problems: [`${CORPUS_CONFIG_FILE} is not valid JSON: ${String((error as Error).message)}`] };
  }
  if (!isRecord(raw)) {
    return { config: DEFAULT_CORPUS_CONFIG, problems: [`${CORPUS_CONFIG_FILE} must contain a JSON object.`] };
  }
  const include = readStringList(raw, 'include', problems) ?? DEFAULT_CORPUS_CONFIG.include;
  const exclude = readStringList(raw, 'exclude', problems) ?? DEFAULT_CORPUS_CONFIG.exclude;
  const sources: Record<string, SourceMetadata> = {};
  if (raw.sources !== undefined) {
    if (isRecord(raw.sources)) {
      for (const [path, value] of Object.entries(raw.sources)) {
        if (isRecord(value) && (value.outlet === undefined || typeof value.outlet === 'string')) {
          sources[normalizeRelativePath(path)] = { outlet: value.outlet as string | undefined };
        } else {
          problems.push(`"sources" entry "${path}" must be an object like {"outlet": "Name"}.`);
        }
      }
    } else {
      problems.push('"sources" must be an object keyed by file path.');
    }
  }
  const aliases: Record<string, readonly string[]> = {};
  if (raw.aliases !== undefined) {
    if (isRecord(raw.aliases)) {
      for (const [name, value] of Object.entries(raw.aliases)) {
        if (Array.isArray(value) && value.every((alias) => typeof alias === 'string')) {
          aliases[name] = value as string[];
        } else {
          problems.push(`"aliases" entry "${name}" must be a list of names.`);
        }
      }
    } else {
      problems.push('"aliases" must be an object mapping a name to a list of aliases.');
    }
  }
  return { config: { include, exclude, sources, aliases }, problems };
}

/** Decides membership for one corpus; compile once, ask many times. */
export interface CorpusMatcher {
  /** True when the path (relative to the corpus root) is an article of the corpus. */
  isArticle(relativePath: string): boolean;
}

export function createCorpusMatcher(config: CorpusConfig): CorpusMatcher {
  const options = { dot: false, nocase: false };
  const included = config.include.length ? picomatch(config.include as string[], options) : () => false;
  const excluded = config.exclude.length ? picomatch(config.exclude as string[], options) : () => false;
  return {
    isArticle(relativePath) {
      const path = normalizeRelativePath(relativePath);
      if (path === CORPUS_CONFIG_FILE || path.startsWith('../')) return false;
      return included(path) && !excluded(path);
    },
  };
}

/** True for a file name that is an article wherever it is. */
export function hasArticleExtension(path: string): boolean {
  return path.toLowerCase().endsWith(ARTICLE_EXTENSION);
}

/** Forward slashes, no leading `./`. */
export function normalizeRelativePath(path: string): string {
  return path.replace(/\\/g, '/').replace(/^(\.\/)+/, '');
}

function readStringList(raw: Record<string, unknown>, key: string, problems: string[]): string[] | undefined {
  const value = raw[key];
  if (value === undefined) return undefined;
  if (Array.isArray(value) && value.every((item) => typeof item === 'string')) return value as string[];
  problems.push(`"${key}" must be a list of glob patterns.`);
  return undefined;
}

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}
