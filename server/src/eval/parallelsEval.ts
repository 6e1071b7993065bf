// Quality of the parallel-passage engine on the labelled fixture corpora.
// Reads test-fixtures/labels/parallels.json (clusters of exact sentence texts) and, for speakers,
// test-fixtures/labels/attribution.json (gold) or the attribution engine (inferred, markers ignored); indexes each corpus
// (corpus-b, -d, -h, -j, -m, -o, -q and -r held out, the others for tuning)
// separately, and prints pairwise precision / recall / F1: a pair is two sentences of different
// sources in one cluster, predicted or labelled.
// In the same run it scores a plain baseline: sentence TF-IDF cosine (lowercase words, no stemming,
// no stop list), linking every cross-source pair above one threshold. That threshold is chosen on
// the same labelled data (the best F1 over both corpora pooled), which flatters the baseline.
//
// Usage: node out/server/src/eval/parallelsEval.js [--json] [--errors] [--tuning] [--root <repo>]
//   --errors lists false positives and negatives on stderr, for the tuning corpora only (never the held-out ones);
//   --tuning evaluates the tuning corpora alone, so tuning runs never show held-out figures.

import * as fs from 'node:fs';
import * as path from 'node:path';
import { parseArticle } from '../engine/article';
import { SpeakerDirectory } from '../engine/attribution/aliases';
import { attributeArticle } from '../engine/attribution/index';
import { createCorpusMatcher, parseCorpusConfig } from '../engine/corpus';
import type { Article } from '../engine/model';
import { ParallelIndex } from '../engine/parallels/index';

interface LabelMember {
  readonly file: string;
  readonly text: string;
}

interface LabelCluster {
  readonly id: string;
  readonly speaker: string | null;
  readonly members: readonly LabelMember[];
}

interface AttributionLabel {
  readonly file: string;
  readonly text: string;
  readonly speaker: string | null;
}

interface Scores {
  readonly precision: number;
  readonly recall: number;
  readonly f1: number;
  readonly truePositives: number;
  readonly predicted: number;
  readonly labelled: number;
}

interface CorpusData {
  readonly name: string;
  /** Relative file (as in the labels) -> parsed article. */
  readonly articles: Map<string, Article>;
  /** Label pair keys. */
  readonly gold: Set<string>;
  /** Label member texts that match no sentence of the parse (parser and labels disagree). */
  readonly unmatched: string[];
  /** Gold speaker per file, per sentence (undefined: not labelled). */
  readonly speakers: Map<string, (string | null | undefined)[]>;
  /** Speakers inferred by the attribution engine (markers ignored), canonical across the corpus. */
  readonly inferredSpeakers: Map<string, (string | null)[]>;
}

const args = process.argv.slice(2);
const asJson = args.includes('--json');
const verbose = args.includes('--verbose') || args.includes('--errors');
const tuningOnly = args.includes('--tuning');
const rootIndex = args.indexOf('--root');
const root = rootIndex >= 0 ? path.resolve(args[rootIndex + 1]) : findRoot();

function findRoot(): string {
  let directory = __dirname;
  for (let depth = 0; depth < 8; depth++) {
    if (fs.existsSync(path.join(directory, 'test-fixtures', 'labels', 'parallels.json'))) return directory;
    directory = path.dirname(directory);
  }
  return process.cwd();
}

function sentenceText(article: Article, index: number): string {
  const sentence = article.sentences[index];
  return article.text.slice(sentence.start, sentence.end).replace(/[\s\u00a0]+$/u, '');
}

function normalize(text: string): string {
  return text.replace(/[\s\u00a0]+/gu, ' ').trim();
}

/** The sentence of `article` whose text is `text`: exact, else whitespace-insensitive, else containment. */
function findSentence(article: Article, text: string): number {
  const wanted = normalize(text);
  let fallback = -1;
  for (let index = 0; index < article.sentences.length; index++) {
    const actual = normalize(sentenceText(article, index));
    if (actual === wanted) return index;
    if (fallback < 0 && wanted.length > 20 && (actual.includes(wanted) || wanted.includes(actual)) && actual.length > 20) fallback = index;
  }
  return fallback;
}

function pairKey(fileA: string, sentenceA: number, fileB: string, sentenceB: number): string {
  const a = `${fileA}#${sentenceA}`;
  const b = `${fileB}#${sentenceB}`;
  return a < b ? `${a}|${b}` : `${b}|${a}`;
}

function loadCorpus(name: string, clusters: readonly LabelCluster[], attribution: readonly AttributionLabel[]): CorpusData {
  const directory = path.join(root, 'test-fixtures', name);
  const configPath = path.join(directory, 'synoptic.json');
  const config = parseCorpusConfig(fs.existsSync(configPath) ? fs.readFileSync(configPath, 'utf8') : '{}').config;
  const matcher = createCorpusMatcher(config);
  const articles = new Map<string, Article>();
  const files = (fs.readdirSync(directory, { recursive: true }) as string[]).map((file) => file.split(path.sep).join('/')).sort();
  for (const file of files) {
    if (!matcher.isArticle(file) || !fs.statSync(path.join(directory, file)).isFile()) continue;
    articles.set(`${name}/${file}`, parseArticle(fs.readFileSync(path.join(directory, file), 'utf8')));
  }
  const unmatched: string[] = [];
  const gold = new Set<string>();
  for (const cluster of clusters) {
    const resolved: { file: string; sentence: number }[] = [];
    for (const member of cluster.members) {
      if (!member.file.startsWith(`${name}/`)) continue;
      const article = articles.get(member.file);
      const sentence = article === undefined ? -1 : findSentence(article, member.text);
      if (sentence < 0) {
        unmatched.push(`${member.file}: ${member.text}`);
        continue;
      }
      resolved.push({ file: member.file, sentence });
    }
    for (let i = 0; i < resolved.length; i++) {
      for (let j = i + 1; j < resolved.length; j++) {
        if (resolved[i].file === resolved[j].file) continue;
        gold.add(pairKey(resolved[i].file, resolved[i].sentence, resolved[j].file, resolved[j].sentence));
      }
    }
  }
  const speakers = new Map<string, (string | null | undefined)[]>();
  for (const [file, article] of articles) speakers.set(file, new Array(article.sentences.length).fill(undefined));
  for (const label of attribution) {
    const article = articles.get(label.file);
    if (article === undefined) continue;
    const sentence = findSentence(article, label.text);
    if (sentence >= 0) (speakers.get(label.file) as (string | null | undefined)[])[sentence] = label.speaker;
  }
  const speakerDirectory = new SpeakerDirectory(config.aliases);
  const attributions = new Map<string, ReturnType<typeof attributeArticle>>();
  for (const [file, article] of articles) {
    const attribution = attributeArticle(article, { ignoreMarkers: true });
    attributions.set(file, attribution);
    speakerDirectory.setSource(file, attribution.speakers);
  }
  const inferredSpeakers = new Map<string, (string | null)[]>();
  for (const [file, article] of articles) {
    const perSentence: (string | null)[] = new Array(article.sentences.length).fill(null);
    for (const passage of attributions.get(file)?.passages ?? []) {
      if (passage.speaker !== null) perSentence[passage.sentence] = speakerDirectory.canonical(passage.speaker.name);
    }
    inferredSpeakers.set(file, perSentence);
  }
  return { name, articles, gold, unmatched, speakers, inferredSpeakers };
}

function score(predicted: ReadonlySet<string>, gold: ReadonlySet<string>): Scores {
  let truePositives = 0;
  for (const pair of predicted) if (gold.has(pair)) truePositives++;
  const precision = predicted.size === 0 ? 1 : truePositives / predicted.size;
  const recall = gold.size === 0 ? 1 : truePositives / gold.size;
  const f1 = precision + recall === 0 ? 0 : (2 * precision * recall) / (precision + recall);
  return { precision, recall, f1, truePositives, predicted: predicted.size, labelled: gold.size };
}

/** Pairs from the engine's clusters, and from its direct links, with or without speakers. */
function runEngine(corpus: CorpusData, speakers: 'gold' | 'inferred' | 'none'): { clusterPairs: Set<string>; linkPairs: Set<string>; millis: number } {
  const started = process.hrtime.bigint();
  const index = new ParallelIndex();
  for (const [file, article] of corpus.articles) {
    const given = speakers === 'gold' ? corpus.speakers.get(file) : speakers === 'inferred' ? corpus.inferredSpeakers.get(file) : undefined;
    index.update(file, article, given);
  }
  const clusterPairs = new Set<string>();
  for (const cluster of index.clusters()) {
    for (let i = 0; i < cluster.members.length; i++) {
      for (let j = i + 1; j < cluster.members.length; j++) {
        const a = cluster.members[i];
        const b = cluster.members[j];
        if (a.sourceId !== b.sourceId) clusterPairs.add(pairKey(a.sourceId, a.sentence, b.sourceId, b.sentence));
      }
    }
  }
  const linkPairs = new Set<string>();
  for (const [file, article] of corpus.articles) {
    for (let sentence = 0; sentence < article.sentences.length; sentence++) {
      for (const parallel of index.parallelsOf(file, sentence)) {
        if (!parallel.speakerDiffers) linkPairs.add(pairKey(file, sentence, parallel.sourceId, parallel.sentence));
      }
    }
  }
  const millis = Number(process.hrtime.bigint() - started) / 1e6;
  return { clusterPairs, linkPairs, millis };
}

// ---- The TF-IDF baseline ----

interface BaselineSentence {
  readonly file: string;
  readonly sentence: number;
  readonly vector: Map<string, number>;
}

function baselineVectors(corpus: CorpusData): BaselineSentence[] {
  const raw: { file: string; sentence: number; counts: Map<string, number> }[] = [];
  const df = new Map<string, number>();
  for (const [file, article] of corpus.articles) {
    for (let sentence = 0; sentence < article.sentences.length; sentence++) {
      const counts = new Map<string, number>();
      for (const word of sentenceText(article, sentence).toLowerCase().match(/[\p{L}\p{N}]+/gu) ?? []) {
        counts.set(word, (counts.get(word) ?? 0) + 1);
      }
      if (counts.size === 0) continue;
      for (const word of counts.keys()) df.set(word, (df.get(word) ?? 0) + 1);
      raw.push({ file, sentence, counts });
    }
  }
  return raw.map(({ file, sentence, counts }) => {
    const vector = new Map<string, number>();
    let norm = 0;
    for (const [word, count] of counts) {
      const weight = count * Math.log(raw.length / (df.get(word) as number));
      vector.set(word, weight);
      norm += weight * weight;
    }
    norm = Math.sqrt(norm) || 1;
    for (const [word, weight] of vector) vector.set(word, weight / norm);
    return { file, sentence, vector };
  });
}

function cosine(a: Map<string, number>, b: Map<string, number>): number {
  const [small, large] = a.size <= b.size ? [a, b] : [b, a];
  let sum = 0;
  for (const [word, weight] of small) sum += weight * (large.get(word) ?? 0);
  return sum;
}

/** Every cross-source pair with its cosine. */
function baselinePairs(corpus: CorpusData): { key: string; similarity: number }[] {
  const vectors = baselineVectors(corpus);
  const pairs: { key: string; similarity: number }[] = [];
  for (let i = 0; i < vectors.length; i++) {
    for (let j = i + 1; j < vectors.length; j++) {
      if (vectors[i].file === vectors[j].file) continue;
      const similarity = cosine(vectors[i].vector, vectors[j].vector);
      if (similarity > 0) pairs.push({ key: pairKey(vectors[i].file, vectors[i].sentence, vectors[j].file, vectors[j].sentence), similarity });
    }
  }
  return pairs;
}

function thresholded(pairs: readonly { key: string; similarity: number }[], threshold: number): Set<string> {
  return new Set(pairs.filter((pair) => pair.similarity >= threshold).map((pair) => pair.key));
}

// ---- Main ----

/** corpus-b, -d, -h, -j, -m, -o, -q and -r are held out; every other labelled corpus is for tuning. */
const HELD_OUT = new Set(['corpus-b', 'corpus-d', 'corpus-h', 'corpus-j', 'corpus-m', 'corpus-o', 'corpus-q', 'corpus-r', 'corpus-u', 'corpus-w', 'corpus-y', 'corpus-aa', 'corpus-ac', 'corpus-ae']);

function main(): void {
  const labels = JSON.parse(fs.readFileSync(path.join(root, 'test-fixtures', 'labels', 'parallels.json'), 'utf8')) as { clusters: LabelCluster[] };
  const attributionPath = path.join(root, 'test-fixtures', 'labels', 'attribution.json');
  const attribution = fs.existsSync(attributionPath)
    ? (JSON.parse(fs.readFileSync(attributionPath, 'utf8')) as { passages: AttributionLabel[] }).passages
    : [];
  const labelled = [...new Set(labels.clusters.flatMap((cluster) => cluster.members.map((member) => member.file.split('/')[0])))].sort();
  const corpora = labelled.filter((name) => !tuningOnly || !HELD_OUT.has(name)).map((name) => loadCorpus(name, labels.clusters, attribution));

  // The baseline threshold: best F1 over both corpora pooled (chosen on the evaluation data itself).
  const baseline = corpora.map((corpus) => baselinePairs(corpus));
  let bestThreshold = 0.3;
  let bestF1 = -1;
  for (let threshold = 0.05; threshold <= 0.9; threshold += 0.01) {
    const predicted = new Set<string>();
    const gold = new Set<string>();
    corpora.forEach((corpus, index) => {
      for (const key of thresholded(baseline[index], threshold)) predicted.add(key);
      for (const key of corpus.gold) gold.add(key);
    });
    const result = score(predicted, gold);
    if (result.f1 > bestF1) {
      bestF1 = result.f1;
      bestThreshold = Math.round(threshold * 100) / 100;
    }
  }

  const rows: { corpus: string; system: string; scores: Scores }[] = [];
  const details: Record<string, unknown> = {};
  const pooled = new Map<string, { predicted: Set<string>; gold: Set<string> }>();
  /** Pools pairs per group ('all', and 'held-out' for the corpora never tuned on) and system. */
  const addPooled = (group: string, system: string, predicted: Set<string>, gold: Set<string>): void => {
    const entry = pooled.get(`${group}\t${system}`) ?? { predicted: new Set<string>(), gold: new Set<string>() };
    for (const key of predicted) entry.predicted.add(key);
    for (const key of gold) entry.gold.add(key);
    pooled.set(`${group}\t${system}`, entry);
  };
  corpora.forEach((corpus, index) => {
    const withSpeakers = runEngine(corpus, 'gold');
    const inferred = runEngine(corpus, 'inferred');
    const withoutSpeakers = runEngine(corpus, 'none');
    const baselinePredicted = thresholded(baseline[index], bestThreshold);
    const systems: [string, Set<string>][] = [
      ['synoptic clusters (gold speakers)', withSpeakers.clusterPairs],
      ['synoptic links (gold speakers)', withSpeakers.linkPairs],
      ['synoptic clusters (inferred speakers)', inferred.clusterPairs],
      ['synoptic clusters (no speakers)', withoutSpeakers.clusterPairs],
      [`tf-idf cosine >= ${bestThreshold}`, baselinePredicted],
    ];
    for (const [system, predicted] of systems) {
      rows.push({ corpus: corpus.name, system, scores: score(predicted, corpus.gold) });
      const pooledSystem = system.startsWith('tf-idf') ? 'tf-idf cosine' : system;
      addPooled('all', pooledSystem, predicted, corpus.gold);
      if (HELD_OUT.has(corpus.name)) addPooled('held-out', pooledSystem, predicted, corpus.gold);
    }
    details[corpus.name] = {
      sources: corpus.articles.size,
      unmatchedLabels: corpus.unmatched,
      engineMillis: Math.round(withSpeakers.millis),
    };
    // Error listings are for tuning: the held-out corpora stay an honest estimate.
    if (verbose && !HELD_OUT.has(corpus.name)) explain(corpus, withSpeakers.clusterPairs);
  });
  for (const [key, entry] of pooled) {
    const [group, system] = key.split('\t');
    rows.push({ corpus: group, system, scores: score(entry.predicted, entry.gold) });
  }

  if (asJson) {
    process.stdout.write(`${JSON.stringify({ baselineThreshold: bestThreshold, baselineThresholdChosenOn: 'all labelled corpora (the evaluation data)', rows, details }, null, 2)}\n`);
    return;
  }
  const lines: string[] = [];
  lines.push('Parallel passages: pairwise precision / recall / F1 (pairs of sentences of different sources in one cluster)');
  lines.push(`Held out: ${[...HELD_OUT].join(', ')}; the other corpora are for tuning. The TF-IDF threshold (${bestThreshold}) was chosen on all of them (best pooled F1).`);
  lines.push('');
  lines.push(`${'corpus'.padEnd(9)} ${'system'.padEnd(36)} ${'P'.padStart(6)} ${'R'.padStart(6)} ${'F1'.padStart(6)} ${'TP'.padStart(5)} ${'pred'.padStart(5)} ${'gold'.padStart(5)}`);
  for (const row of rows) {
    const { precision, recall, f1, truePositives, predicted, labelled } = row.scores;
    lines.push(
      `${row.corpus.padEnd(9)} ${row.system.padEnd(36)} ${precision.toFixed(3).padStart(6)} ${recall.toFixed(3).padStart(6)} ${f1.toFixed(3).padStart(6)} ${String(truePositives).padStart(5)} ${String(predicted).padStart(5)} ${String(labelled).padStart(5)}`,
    );
  }
  for (const corpus of corpora) {
    if (corpus.unmatched.length > 0) lines.push(`\n${corpus.name}: ${corpus.unmatched.length} labelled sentence(s) not found in the parse:\n  ${corpus.unmatched.join('\n  ')}`);
  }
  process.stdout.write(`${lines.join('\n')}\n`);
}

/** Prints the false positives and false negatives with their texts (for error analysis). */
function explain(corpus: CorpusData, predicted: ReadonlySet<string>): void {
  const textOf = (member: string): string => {
    const [file, sentence] = member.split('#');
    const article = corpus.articles.get(file) as Article;
    return `${path.basename(file).slice(0, 10)} ${sentenceText(article, Number(sentence)).slice(0, 150)}`;
  };
  const show = (title: string, keys: string[]): void => {
    process.stderr.write(`\n== ${corpus.name} ${title} (${keys.length})\n`);
    for (const key of keys) {
      const [a, b] = key.split('|');
      process.stderr.write(`  - ${textOf(a)}\n    ${textOf(b)}\n`);
    }
  };
  show('false positives', [...predicted].filter((key) => !corpus.gold.has(key)));
  show('false negatives', [...corpus.gold].filter((key) => !predicted.has(key)));
}

main();
