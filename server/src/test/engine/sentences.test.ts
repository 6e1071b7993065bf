import * as assert from 'node:assert/strict';
import { findMarkers } from '../../engine/markers';
import { splitSentences } from '../../engine/sentences';
import { mark, unmark } from './spanMarks';

/** Splits the fixture without its marks and expects exactly the marked sentences. */
function check(fixture: string): void {
  const { text } = unmark(fixture);
  const markers = findMarkers(text);
  const sentences = splitSentences(text, undefined, { markers });
  assert.equal(mark(text, sentences), fixture);
}

describe('sentences', () => {
  it('Should split plain sentences and keep the final period', () => {
    check('⟦The ferry left at noon.⟧ ⟦It reached the island by dusk.⟧');
  });

  it('Should not split after Aug.', () => {
    check('⟦The vote was held on Aug. 12 in Tallinn.⟧ ⟦Turnout was high.⟧');
  });

  it('Should not split after a month abbreviation before a name', () => {
    check('⟦Since Jan. Marta Quist has led the board.⟧');
  });

  it('Should split after a month abbreviation before a clear sentence start', () => {
    check('⟦The talks were held in Dec.⟧ ⟦The outcome was unclear.⟧');
  });

  it('Should not split after titles', () => {
    check('⟦Mr. Okafor met Mrs. Hale, Dr. Lindqvist and Gov. Brandt in St. Louis.⟧ ⟦They talked.⟧');
    check('⟦Sen. Ruiz, Rep. Abe, Gen. Moss and Lt. Gray attended.⟧');
  });

  it('Should not split after a title in capitals, as in a transcript label, but after other capitals', () => {
    check('⟦PROF. HALL: The river is clean.⟧ ⟦DR. ABE: It is not.⟧');
    check('⟦The quay was built by the CITY.⟧ ⟦It opened in May.⟧');
  });

  it('Should not split after U.S. or U.N. inside a sentence', () => {
    check('⟦The U.S. envoy joined the U.N. session in Vienna.⟧');
  });

  it('Should split after U.S. at the end of a sentence before a clear sentence start', () => {
    check('⟦The treaty was signed in the U.S.⟧ ⟦The ministers then flew home.⟧');
  });

  it('Should not split after Inc., Co., No., vs., e.g. or i.e.', () => {
    check('⟦Brightwell Inc. and Farrow Co. said No. 4 plant, e.g. the one near Oslo, i.e. the oldest, stays shut.⟧');
    check('⟦The final was Norway vs. Chile on Sunday.⟧');
  });

  it('Should split after Inc. before a clear sentence start', () => {
    check('⟦The buyer is Brightwell Inc.⟧ ⟦The price was not disclosed.⟧');
  });

  it('Should not split after initials', () => {
    check('⟦J. R. Okonkwo and George W. Harlan signed the letter.⟧');
  });

  it('Should not split inside decimals and amounts', () => {
    check('⟦Exports grew 3.5 percent to $1.2 billion.⟧ ⟦Imports fell.⟧');
  });

  it('Should not split when no space follows the period', () => {
    check('⟦Details are at example.org today.⟧');
  });

  it('Should not split before a lowercase word', () => {
    check('⟦The approx. figure was 40 and rose to about 50 pct. by noon.⟧');
  });

  it('Should not split after an ellipsis followed by lowercase text', () => {
    check('⟦He paused... and then went on.⟧');
  });

  it('Should not split after an ellipsis followed by a name', () => {
    check('⟦The plan was simple… Brevik doubted it.⟧');
  });

  it('Should split after an ellipsis followed by a clear sentence start', () => {
    check('⟦The talks stalled...⟧ ⟦The delegates went home.⟧');
    check('⟦The talks stalled…⟧ ⟦They resumed a day later.⟧');
  });

  it('Should keep a closing quote with the sentence it ends', () => {
    check('⟦She called the deal “a turning point.”⟧ ⟦Okafor agreed.⟧');
    check('⟦He said "we are ready."⟧ ⟦Nobody replied.⟧');
  });

  it('Should keep a closing bracket with the sentence it ends', () => {
    check('⟦The council voted (the motion passed.)⟧ ⟦Members then left.⟧');
  });

  it('Should not split after a quote ending in a comma before the speaker', () => {
    check('⟦“We will rebuild the harbour,” Lindqvist said.⟧ ⟦Work starts in May.⟧');
  });

  it('Should not split inside a short quote whose sentence continues', () => {
    check('⟦“The harbour is safe. We reopen it,” the mayor said.⟧');
  });

  it('Should split a two-sentence quote before its cue when the second sentence is a full one', () => {
    check('⟦“Stay inside.⟧ ⟦The roads are closed until noon,” the mayor said.⟧');
  });

  it('Should split inside a long quote spanning sentences', () => {
    check('⟦“The harbour is safe.⟧ ⟦We will reopen it next week.”⟧ ⟦The mayor smiled.⟧');
  });

  it('Should split after question and exclamation marks', () => {
    check('⟦Will the bridge open?⟧ ⟦Nobody knows!⟧ ⟦Talks go on.⟧');
  });

  it('Should not split after a question mark inside a quote before lowercase', () => {
    check('⟦“Why now?” she asked.⟧ ⟦He shrugged.⟧');
  });

  it('Should split after a year at the end of a sentence', () => {
    check('⟦The pact dates from 2019.⟧ ⟦It expires soon.⟧');
  });

  it('Should exclude trailing and leading no-break spaces', () => {
    check('\u00a0⟦The ferry left.⟧ \u00a0 ⟦It sank.⟧\u00a0 \u00a0');
  });

  it('Should keep a marker right after a sentence end in that sentence', () => {
    check('⟦Trade will grow, she said. {@Mara Lind}⟧ ⟦Exports rose.⟧');
  });

  it('Should not split inside a marker', () => {
    check('⟦Prices rose {!verified: checked. Fine} last week.⟧');
  });

  it('Should split across a hard-wrapped line break', () => {
    check('⟦The ferry left at noon and\nreached the island.⟧ ⟦It was late.⟧');
  });

  it('Should return no sentence for spaces only', () => {
    check(' \u00a0 ');
  });

  it('Should split full-width CJK sentences', () => {
    check('⟦会谈结束了。⟧⟦双方同意。⟧');
  });
});
