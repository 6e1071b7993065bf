// Evaluates attribution against test-fixtures/labels/attribution.json: speaker accuracy, unattributed-claim
// precision / recall / F1 and claim accuracy, for the "tune" split, the "heldout" split and overall.
// Usage (after `tsc -p .`): node out/server/src/eval/attributionEval.js [--json] [--errors] [--root DIR]
// `--errors` lists the misses of the tune split only: rules are tuned on it, never on the held-out split.
// `--tune` prints the tune split per corpus and hides the held-out figures, for tuning runs.

import * as fs from 'node:fs';
import * as path from 'node:path';
import { parseArticle } from '../engine/article';
import { SpeakerDirectory } from '../engine/attribution/aliases';
import { attributeArticle, type ArticleAttribution, type Passage } from '../engine/attribution/index';
import { createCorpusMatcher, parseCorpusConfig, CORPUS_CONFIG_FILE } from '../engine/corpus';

/** One labelled sentence. */
interface Label {
  readonly file: string;
  readonly text: string;
  readonly speaker: string | null;
  readonly claim: boolean;
  readonly split: 'tune' | 'heldout';
  readonly kind?: string;
}

interface LabelFile {
  readonly passages: readonly Label[];
  readonly canonical?: Readonly<Record<string, { readonly aliases?: readonly string[] }>>;
}

/** The figures for one split. */
export interface SplitScores {
  readonly labels: number;
  readonly attributed: number;
  /** Speaker accuracy on labels with a speaker. */
  readonly speakerAccuracyAttributed: number;
  /** Speaker accuracy on all labels (null must stay null). */
  readonly speakerAccuracyAll: number;
  readonly unattributedClaim: { readonly precision: number; readonly recall: number; readonly f1: number; readonly tp: number; readonly fp: number; readonly fn: number };
  readonly claimAccuracy: number;
}

interface Outcome {
  readonly label: Label;
  readonly predicted: string | null;
  readonly predictedClaim: boolean;
  readonly speakerCorrect: boolean;
  readonly passage?: Passage;
}

function main(argv: readonly string[]): void {
  const rootIndex = argv.indexOf('--root');
  const root = rootIndex >= 0 ? path.resolve(argv[rootIndex + 1]) : path.resolve(__dirname, '../../../..');
  const labelsPath = path.join(root, 'test-fixtures/labels/attribution.json');
  const labelFile = JSON.parse(fs.readFileSync(labelsPath, 'utf8')) as LabelFile;
  const aliasesOf = goldAliases(labelFile);
  const corpora = new Map<string, { directory: SpeakerDirectory; attributions: Map<string, { text: string; attribution: ArticleAttribution }> }>();
  const timings: number[] = [];
  for (const corpusDir of new Set(labelFile.passages.map((label) => label.file.split('/')[0]))) {
    const folder = path.join(root, 'test-fixtures', corpusDir);
    const configPath = path.join(folder, CORPUS_CONFIG_FILE);
    const config = parseCorpusConfig(fs.existsSync(configPath) ? fs.readFileSync(configPath, 'utf8') : '{}').config;
    const matcher = createCorpusMatcher(config);
    const directory = new SpeakerDirectory(config.aliases);
    const attributions = new Map<string, { text: string; attribution: ArticleAttribution }>();
    for (const relative of listFiles(folder)) {
      if (!matcher.isArticle(relative)) continue;
      const text = fs.readFileSync(path.join(folder, relative), 'utf8');
      const article = parseArticle(text);
      attributeArticle(article, { ignoreMarkers: true });
      const started = process.hrtime.bigint();
      const attribution = attributeArticle(article, { ignoreMarkers: true });
      timings.push(Number(process.hrtime.bigint() - started) / 1e6);
      directory.setSource(relative, attribution.speakers);
      attributions.set(`${corpusDir}/${relative}`, { text, attribution });
    }
    corpora.set(corpusDir, { directory, attributions });
  }
  const outcomes: Outcome[] = labelFile.passages.map((label) => {
    const corpus = corpora.get(label.file.split('/')[0])!;
    const entry = corpus.attributions.get(label.file);
    const passage = entry ? findPassage(entry.text, entry.attribution, label.text) : undefined;
    const predicted = passage?.speaker ? corpus.directory.canonical(passage.speaker.name) : null;
    return {
      label,
      predicted,
      predictedClaim: passage?.claim ?? false,
      speakerCorrect: sameSpeaker(predicted, label.speaker, aliasesOf),
      passage,
    };
  });
  const scores = {
    tune: score(outcomes.filter((outcome) => outcome.label.split === 'tune')),
    heldout: score(outcomes.filter((outcome) => outcome.label.split === 'heldout')),
    overall: score(outcomes),
  };
  const timing = { articles: timings.length, maxMs: round(Math.max(0, ...timings)), meanMs: round(timings.reduce((sum, value) => sum + value, 0) / Math.max(1, timings.length)) };
  if (argv.includes('--json')) {
    process.stdout.write(`${JSON.stringify({ scores, timing }, null, 2)}\n`);
    return;
  }
  if (argv.includes('--tune')) {
    const tuneOutcomes = outcomes.filter((outcome) => outcome.label.split === 'tune');
    const perCorpus: Record<string, SplitScores> = {};
    for (const corpusName of [...new Set(tuneOutcomes.map((outcome) => outcome.label.file.split('/')[0]))].sort()) {
      perCorpus[corpusName] = score(tuneOutcomes.filter((outcome) => outcome.label.file.startsWith(`${corpusName}/`)));
    }
    printTable({ ...perCorpus, tune: scores.tune });
  } else {
    printTable(scores);
  }
  process.stdout.write(`\nattribution time per article: mean ${timing.meanMs} ms, max ${timing.maxMs} ms over ${timing.articles} articles\n`);
  if (argv.includes('--errors')) printErrors(outcomes.filter((outcome) => outcome.label.split === 'tune'));
}

function listFiles(folder: string): string[] {
  return (fs.readdirSync(folder, { recursive: true }) as string[])
    .map((entry) => entry.split(path.sep).join('/'))
    .filter((entry) => fs.statSync(path.join(folder, entry)).isFile())
    .sort();
}

/** The passage whose text is the label, else the passage containing the label's start. */
function findPassage(text: string, attribution: ArticleAttribution, labelText: string): Passage | undefined {
  const wanted = clean(labelText);
  const exact = attribution.passages.find((passage) => clean(text.slice(passage.span.start, passage.span.end)) === wanted);
  if (exact) return exact;
  const offset = text.indexOf(labelText);
  if (offset < 0) return undefined;
  return attribution.passages.find((passage) => passage.span.start <= offset && offset < passage.span.end);
}

function clean(value: string): string {
  return value.replace(/[\s\u00a0]+$/u, '').replace(/^[\s\u00a0]+/u, '');
}

/** Lowercase key of every alias of every gold speaker, to the gold canonical name. */
function goldAliases(labelFile: LabelFile): Map<string, Set<string>> {
  const aliases = new Map<string, Set<string>>();
  for (const [name, entry] of Object.entries(labelFile.canonical ?? {})) {
    if (name.includes(' + ')) continue;
    aliases.set(key(name), new Set([key(name), ...(entry.aliases ?? []).map(key)]));
  }
  return aliases;
}

/** A name compared without case, curly apostrophes or a leading article ("the Ministry", "a diplomat …"). */
function key(name: string): string {
  return name.replace(/[’‘]/g, "'").replace(/\s+/g, ' ').trim().toLowerCase().replace(/^(?:the|an?) /, '');
}

/** Equal after canonicalisation, case-insensitively; a gold alias counts as the gold name; joint speakers as sets. */
function sameSpeaker(predicted: string | null, gold: string | null, aliasesOf: ReadonlyMap<string, ReadonlySet<string>>): boolean {
  if (predicted === null || gold === null) return predicted === gold;
  const predictedMembers = predicted.split(' + ').map(key);
  const goldMembers = gold.split(' + ').map(key);
  if (predictedMembers.length !== goldMembers.length) return false;
  const unmatched = [...goldMembers];
  for (const member of predictedMembers) {
    const index = unmatched.findIndex((goldMember) => goldMember === member || aliasesOf.get(goldMember)?.has(member));
    if (index < 0) return false;
    unmatched.splice(index, 1);
  }
  return true;
}

function score(outcomes: readonly Outcome[]): SplitScores {
  const attributed = outcomes.filter((outcome) => outcome.label.speaker !== null);
  let tp = 0;
  let fp = 0;
  let fn = 0;
  for (const outcome of outcomes) {
    const gold = outcome.label.claim && outcome.label.speaker === null;
    const predicted = outcome.predictedClaim && outcome.predicted === null;
    if (gold && predicted) tp++;
    else if (predicted) fp++;
    else if (gold) fn++;
  }
  const precision = tp + fp ? tp / (tp + fp) : 0;
  const recall = tp + fn ? tp / (tp + fn) : 0;
  return {
    labels: outcomes.length,
    attributed: attributed.length,
    speakerAccuracyAttributed: round(ratio(attributed.filter((outcome) => outcome.speakerCorrect).length, attributed.length)),
    speakerAccuracyAll: round(ratio(outcomes.filter((outcome) => outcome.speakerCorrect).length, outcomes.length)),
    unattributedClaim: { precision: round(precision), recall: round(recall), f1: round(precision + recall ? (2 * precision * recall) / (precision + recall) : 0), tp, fp, fn },
    claimAccuracy: round(ratio(outcomes.filter((outcome) => outcome.predictedClaim === outcome.label.claim).length, outcomes.length)),
  };
}

function ratio(part: number, whole: number): number {
  return whole ? part / whole : 0;
}

function round(value: number): number {
  return Math.round(value * 1000) / 1000;
}

function printTable(scores: Record<string, SplitScores>): void {
  const rows: [string, (split: SplitScores) => string][] = [
    ['labels (with speaker)', (split) => `${split.labels} (${split.attributed})`],
    ['speaker acc. (attributed)', (split) => split.speakerAccuracyAttributed.toFixed(3)],
    ['speaker acc. (all)', (split) => split.speakerAccuracyAll.toFixed(3)],
    ['unattributed-claim P', (split) => split.unattributedClaim.precision.toFixed(3)],
    ['unattributed-claim R', (split) => split.unattributedClaim.recall.toFixed(3)],
    ['unattributed-claim F1', (split) => split.unattributedClaim.f1.toFixed(3)],
    ['claim accuracy', (split) => split.claimAccuracy.toFixed(3)],
  ];
  const names = Object.keys(scores);
  const lines = [`${'metric'.padEnd(27)}${names.map((name) => name.padStart(12)).join('')}`];
  for (const [title, cell] of rows) lines.push(`${title.padEnd(27)}${names.map((name) => cell(scores[name]).padStart(12)).join('')}`);
  process.stdout.write(`${lines.join('\n')}\n`);
}

function printErrors(outcomes: readonly Outcome[]): void {
  process.stdout.write('\nTune-split misses:\n');
  for (const outcome of outcomes) {
    const claimWrong = outcome.predictedClaim !== outcome.label.claim;
    if (outcome.speakerCorrect && !claimWrong) continue;
    const reason = outcome.passage ? outcome.passage.reason : 'no passage';
    process.stdout.write(
      `- ${outcome.label.file}: ${JSON.stringify(outcome.label.text.slice(0, 100))}\n    gold ${outcome.label.speaker ?? 'null'} / claim ${outcome.label.claim}; got ${outcome.predicted ?? 'null'} / claim ${outcome.predictedClaim} (${reason})\n`,
    );
  }
}

main(process.argv.slice(2));
