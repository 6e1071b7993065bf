// Server settings: defaults, and reading them from the untyped `synoptic` configuration section.
import type { DiagnosticSettings, SeveritySetting } from '../engine/diagnostics';

export interface ServerSettings {
  /** Files larger than this many bytes are skipped. */
  readonly maxFileSize: number;
  /** Severity per diagnostic code (`synoptic.diagnostics.<code>`). */
  readonly diagnostics: DiagnosticSettings;
  /** Articles matching these globs get no diagnostics (`synoptic.diagnostics.ignoreFiles`). */
  readonly ignoreFiles: readonly string[];
  /** Worker threads for a scan (`synoptic.workerThreads`): 0 for none, undefined for one per core. */
  readonly workerThreads: number | undefined;
}

export const DEFAULT_SETTINGS: ServerSettings = { maxFileSize: 5_000_000, diagnostics: {}, ignoreFiles: [], workerThreads: undefined };

/** More worker threads than this is never useful: the main thread's reading and merging is the limit. */
const MAX_WORKER_THREADS = 16;

const SEVERITY_SETTINGS = new Set<SeveritySetting>(['off', 'hint', 'info', 'warning', 'error']);

/** Reads whatever the client sent; unknown or ill-typed values fall back to defaults. */
export function readSettings(raw: unknown): ServerSettings {
  const section = isRecord(raw) ? raw : {};
  const maxFileSize = typeof section.maxFileSize === 'number' && section.maxFileSize > 0 ? section.maxFileSize : DEFAULT_SETTINGS.maxFileSize;
  const diagnostics: Record<string, SeveritySetting> = {};
  let ignoreFiles: string[] = [];
  if (isRecord(section.diagnostics)) {
    for (const [code, value] of Object.entries(section.diagnostics)) {
      if (SEVERITY_SETTINGS.has(value as SeveritySetting)) diagnostics[code] = value as SeveritySetting;
    }
    const globs = section.diagnostics.ignoreFiles;
    if (Array.isArray(globs)) ignoreFiles = globs.filter((glob): glob is string => typeof glob === 'string' && glob.length > 0);
  }
  const threads = section.workerThreads;
  const workerThreads = typeof threads === 'number' && Number.isInteger(threads) && threads >= 0 ? Math.min(threads, MAX_WORKER_THREADS) : undefined;
  return { maxFileSize, diagnostics, ignoreFiles, workerThreads };
}

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}
