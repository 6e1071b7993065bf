import * as assert from 'node:assert/strict';
import { parseArticle } from '../../engine/article';
import { SpeakerDirectory } from '../../engine/attribution/aliases';
import { attributeArticle } from '../../engine/attribution/index';

/**
 * Builds a corpus from `//- /name.txt` sections, merges the speakers and checks `canonical()` for each
 * name in `expected` (name → canonical name).
 */
function check(fixture: string, expected: Record<string, string>, aliases: Record<string, string[]> = {}): SpeakerDirectory {
  const directory = new SpeakerDirectory(aliases);
  for (const [fileName, text] of splitFixture(fixture)) directory.setSource(fileName, attributeArticle(parseArticle(text)).speakers);
  const actual = Object.fromEntries(Object.keys(expected).map((name) => [name, directory.canonical(name)]));
  assert.deepEqual(actual, expected);
  return directory;
}

function splitFixture(fixture: string): [string, string][] {
  return fixture
    .split(/^\/\/- /m)
    .filter((part) => part.trim())
    .map((part) => {
      const newline = part.indexOf('\n');
      return [part.slice(0, newline).trim(), part.slice(newline + 1)];
    });
}

describe('Attribution: speaker aliases across the corpus', () => {
  it('Should merge a titled full name, title + surname and the surname', () => {
    check(
      `//- /a.txt
Lowland President Karl Moser said the border will stay open.
//- /b.txt
President Moser said trade would double.
//- /c.txt
Moser said the talks were candid.`,
      { Moser: 'Karl Moser', 'President Moser': 'Karl Moser', 'Lowland President Karl Moser': 'Karl Moser', 'Mr. Moser': 'Karl Moser' },
    );
  });

  it('Should map a surname to the full name that starts with it', () => {
    check(
      `//- /a.txt
Premier Wen Lihua said the river must be shared.
//- /b.txt
Wen said the dam would not harm anyone.`,
      { Wen: 'Wen Lihua' },
    );
  });

  it('Should leave an ambiguous surname alone', () => {
    check(
      `//- /a.txt
Ambassador Wang Lei said the talks went well.
//- /b.txt
Spokesman Wang Bo said the ministry agreed.
//- /c.txt
Wang said nothing had been decided.`,
      { Wang: 'Wang', 'Wang Lei': 'Wang Lei' },
    );
  });

  it('Should map a short institution name to the one qualified form', () => {
    check(
      `//- /a.txt
The Upland presidential office said the call lasted an hour.
//- /b.txt
The presidential office said a second call was planned.`,
      { 'presidential office': 'Upland presidential office', 'the Upland presidential office': 'Upland presidential office' },
    );
  });

  it('Should map an unnamed role to the one person the corpus gives that title', () => {
    check(
      `//- /a.txt
Mayor Ines Valdor said the deal was fair.
//- /b.txt
The deal is fair to taxpayers, the mayor said.`,
      { mayor: 'Ines Valdor' },
    );
  });

  it('Should name the person, not the role that refers to them, even when the role has more words', () => {
    const directory = check(
      `//- /a.txt
Chief executive Ines Valdor said the plant would close.
//- /b.txt
Valdor said the decision was final.
//- /c.txt
The firm admits it acted late. Its chief executive has since conceded that the plant should have closed in March.`,
      { 'Its chief executive': 'Ines Valdor', Valdor: 'Ines Valdor' },
    );
    assert.equal(directory.speakers().find((entry) => entry.name === 'Ines Valdor')?.kind, 'person');
  });

  it('Should not map a role its article only wrote with "a" to the one person the corpus gives that title', () => {
    check(
      `//- /a.txt
Mayor Ines Valdor said the deal was fair.
//- /b.txt
A mayor said the deal was unfair to small towns.`,
      { mayor: 'mayor', 'Ines Valdor': 'Ines Valdor' },
    );
  });

  it('Should not map "the press service of the president" to the one person titled president', () => {
    check(
      `//- /a.txt
President Ines Valdor said the deal was fair.
//- /b.txt
The deal is fair to taxpayers, the president said. The talks went well, the Press Service of the President reported.`,
      { president: 'Ines Valdor', 'the Press Service of the President': 'Press Service of the President' },
    );
  });

  it('Should keep a role as the name when no person holds it', () => {
    check(
      `//- /a.txt
The harbour master said the quay would reopen on Monday.`,
      { 'the harbour master': 'harbour master' },
    );
  });

  it('Should merge a name written with and without its accents', () => {
    check(
      `//- /a.txt
Trade Minister Trần Văn Lộc said the port would reopen.
//- /b.txt
Trade Minister Tran Van Loc said the port would reopen on Monday.`,
      { 'Tran Van Loc': 'Trần Văn Lộc', 'Trần Văn Lộc': 'Trần Văn Lộc' },
    );
  });

  it('Should keep names apart that differ in more than accents', () => {
    check(
      `//- /a.txt
Trade Minister Trần Văn Lộc said the port would reopen.
//- /b.txt
Trade Minister Tran Van Long said the port would reopen on Monday.`,
      { 'Tran Van Long': 'Tran Van Long', 'Trần Văn Lộc': 'Trần Văn Lộc' },
    );
  });

  it('Should map an acronym to the one body whose initials it spells', () => {
    check(
      `//- /a.txt
The Coastal Shipping Authority said the port would reopen.
//- /b.txt
The CSA said the port would reopen on Monday.
//- /c.txt
The Coast-Guard Service said divers were on site.`,
      { CSA: 'Coastal Shipping Authority', 'the CSA': 'Coastal Shipping Authority', CGS: 'Coast-Guard Service' },
    );
  });

  it('Should leave an acronym alone when two bodies or none share its initials', () => {
    check(
      `//- /a.txt
The Coastal Shipping Authority said the port would reopen.
//- /b.txt
The Civil Safety Agency said the port was safe.
//- /c.txt
The CSA said the port would reopen on Monday. The NTB said it agreed.`,
      { CSA: 'CSA', NTB: 'NTB' },
    );
  });

  it('Should apply configured aliases first', () => {
    check(
      `//- /a.txt
The Upland Foreign Ministry said the talks were candid.`,
      { 'Upland Foreign Ministry': 'Foreign Ministry of Upland', 'the ministry of foreign affairs': 'Foreign Ministry of Upland' },
      { 'Foreign Ministry of Upland': ['Upland Foreign Ministry', 'the ministry of foreign affairs'] },
    );
  });

  it('Should canonicalise joint speakers member by member, sorted', () => {
    check(
      `//- /a.txt
Mayor Ines Valdor and union leader Marek Olsen agreed to meet.`,
      { 'Olsen + Valdor': 'Ines Valdor + Marek Olsen' },
    );
  });

  it('Should update when one source is replaced or removed', () => {
    const directory = check(
      `//- /a.txt
Premier Wen Lihua said the river must be shared.
//- /b.txt
Wen said the dam was safe.`,
      { Wen: 'Wen Lihua' },
    );
    directory.setSource('/c.txt', attributeArticle(parseArticle('Minister Wen Tao said the dam was safe.\n')).speakers);
    assert.equal(directory.canonical('Wen'), 'Wen');
    directory.removeSource('/c.txt');
    assert.equal(directory.canonical('Wen'), 'Wen Lihua');
    const entry = directory.speakers().find((speaker) => speaker.name === 'Wen Lihua');
    assert.deepEqual(entry?.aliases.includes('Wen'), true);
    assert.equal(entry?.passages, 2);
  });
});

describe('Attribution: speaker directory updates', () => {
  const attribute = (text: string) => attributeArticle(parseArticle(text));

  it('Should keep counts right when an edit names the same speakers as before', () => {
    const directory = new SpeakerDirectory();
    directory.setSource('a', attribute('Ferry\n\nMayor Ines Calder said the ferry would run daily.\n').speakers);
    directory.setSource('b', attribute('Ferry\n\nCalder said the fare would stay at two crowns.\n').speakers);
    assert.equal(directory.canonical('Calder'), 'Ines Calder');
    assert.equal(directory.speakers()[0].passages, 2);
    directory.setSource('a', attribute('Ferry\n\nMayor Ines Calder said the ferry would run daily. Ines Calder said it would start in May.\n').speakers);
    assert.deepEqual(directory.speakers().map((entry) => [entry.name, entry.passages]), [['Ines Calder', 3]]);
  });

  it('Should merge again when an edit names a new speaker', () => {
    const directory = new SpeakerDirectory();
    directory.setSource('a', attribute('Ferry\n\nMayor Ines Calder said the ferry would run daily.\n').speakers);
    assert.equal(directory.speakers().length, 1);
    directory.setSource('a', attribute('Ferry\n\nMayor Ines Calder said the ferry would run daily. Captain Lars Moen said the crew was ready.\n').speakers);
    assert.deepEqual(directory.speakers().map((entry) => entry.name).sort(), ['Ines Calder', 'Lars Moen']);
  });
});

describe('Attribution: canonical spelling', () => {
  it('Should name a body by its capitalised form even when a lowercase one is more frequent', () => {
    const directory = new SpeakerDirectory();
    directory.setSource('a', attributeArticle(parseArticle('Port\n\nThe port authority said fees would rise. The port authority said dredging would start.\n')).speakers);
    directory.setSource('b', attributeArticle(parseArticle('Port\n\nThe Port Authority said fees would rise in March.\n')).speakers);
    assert.equal(directory.canonical('the port authority'), 'Port Authority');
  });
});
