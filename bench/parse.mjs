// Benchmark: parsing a 1 MB article (target: well under 100 ms), against a floor of splitting it into lines.
import { fixtureArticles, measure, requireCompiled } from './common.mjs';

export function benchParse() {
  const { parseArticle } = requireCompiled('server/src/engine/article.js');
  const bodies = fixtureArticles();
  let text = '';
  for (let index = 0; text.length < 1_000_000; index++) text += `${bodies[index % bodies.length]}\n\n`;
  const parse = measure(() => parseArticle(text), { iterations: 20 });
  const floor = measure(() => text.split(/\r?\n/).map((line) => line.trim()), { iterations: 20 });
  return { name: 'parse-1MB', chars: text.length, parseMs: parse, floorMs: floor, ratio: Math.round((parse.p50 / floor.p50) * 10) / 10, targetMs: 100 };
}
