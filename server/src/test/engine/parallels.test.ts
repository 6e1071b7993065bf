import * as assert from 'node:assert/strict';
import { parseArticle } from '../../engine/article';
import { findMarkers } from '../../engine/markers';
import type { Article } from '../../engine/model';
import { buildClusters } from '../../engine/parallels/cluster';
import { ParallelIndex, wordDiff } from '../../engine/parallels/index';
import { lemma } from '../../engine/parallels/stem';
import { TokenFlag, tokenize } from '../../engine/parallels/tokenize';

/** A parsed fixture: articles by name, the index over them, and the sentence under `$0`. */
interface Fixture {
  readonly index: ParallelIndex;
  readonly articles: Map<string, Article>;
  readonly cursor?: { readonly source: string; readonly sentence: number };
}

/**
 * Parses `fixture`: `//- /name` starts an article (a headline is added), `$0` marks the sentence to
 * ask about, and a `{@Name}` marker inside a sentence gives its speaker (sentences without one have
 * no known speaker). The marker also shows that markers are ignored when comparing.
 */
function load(fixture: string): Fixture {
  const index = new ParallelIndex();
  const articles = new Map<string, Article>();
  let cursor: Fixture['cursor'];
  for (const chunk of fixture.replace(/^[ \t]+/gm, '').split(/^\/\/- \//m).slice(1)) {
    const newline = chunk.indexOf('\n');
    const name = (newline < 0 ? chunk : chunk.slice(0, newline)).trim();
    let body = `Report ${name}\n\n${newline < 0 ? '' : chunk.slice(newline + 1)}`;
    const cursorOffset = body.indexOf('$0');
    body = body.replace('$0', '');
    const article = parseArticle(body);
    articles.set(name, article);
    if (cursorOffset >= 0) {
      const sentence = article.sentences.findIndex((span) => span.start <= cursorOffset && cursorOffset <= span.end);
      cursor = { source: name, sentence };
    }
    const speakers = article.sentences.map((sentence) => findMarkers(body, sentence).find((marker) => marker.kind === 'speaker')?.value);
    index.update(name, article, speakers.some((speaker) => speaker !== undefined) ? speakers : undefined, `hash-of-${name.replace(/\..*$/, '')}`);
  }
  return { index, articles, cursor };
}

/** Describes a parallel as `name#sentence: kind`, plus ` (speaker differs)` when flagged. */
function summarize(parallel: { sourceId: string; sentence: number; kind: string; speakerDiffers: boolean }): string {
  return `${parallel.sourceId}#${parallel.sentence}: ${parallel.kind}${parallel.speakerDiffers ? ' (speaker differs)' : ''}`;
}

/** Asks for the parallels of the `$0` sentence and compares them, in any order, with `expected`. */
function check(fixture: string, expected: string[]): void {
  const { index, cursor } = load(fixture);
  assert.ok(cursor && cursor.sentence >= 0, 'fixture has no $0 in a sentence');
  const actual = index.parallelsOf(cursor.source, cursor.sentence).map(summarize).sort();
  assert.deepEqual(actual, [...expected].sort());
}

/** Compares the clusters of the fixture, each as sorted `name#sentence` members. */
function checkClusters(fixture: string, expected: string[][]): void {
  const { index } = load(fixture);
  const actual = index
    .clusters()
    .map((cluster) => cluster.members.map((member) => `${member.sourceId}#${member.sentence}`).sort())
    .sort((x, y) => x.join().localeCompare(y.join()));
  assert.deepEqual(actual, expected.map((cluster) => [...cluster].sort()).sort((x, y) => x.join().localeCompare(y.join())));
}

describe('Parallel passages', () => {
  describe('kinds', () => {
    it('Should find a verbatim copy', () => {
      check(
        `//- /a.txt
        The regional council approved a new budget for the ferry service on Thursday.$0 The vote was close.
        //- /b.txt
        Residents were divided. The regional council approved a new budget for the ferry service on Thursday.`,
        ['b.txt#1: verbatim'],
      );
    });

    it('Should match a marked-up copy of its source', () => {
      check(
        `//- /a.txt
        The regional council approved a new budget for the ferry service on Thursday.$0
        //- /b.txt
        {#ferries} The regional council approved a new budget {!verified} for the ferry service on Thursday.`,
        ['b.txt#0: verbatim'],
      );
    });

    it('Should find a lightly edited copy', () => {
      check(
        `//- /a.txt
        The regional council approved a new budget for the ferry service on Thursday.$0
        //- /b.txt
        On Thursday the regional council approved the new budget for its ferry service.`,
        ['b.txt#0: edited'],
      );
    });

    it('Should find a paraphrase with reordered clauses and synonyms', () => {
      check(
        `//- /a.txt
        Mayor Lena Ortiz said the city will hire 120 new nurses by the end of the year to reduce waiting times at public clinics.$0
        //- /b.txt
        To cut waiting times at public clinics, the city is going to recruit 120 new nurses before the end of the year, Ortiz said.`,
        ['b.txt#0: paraphrase'],
      );
    });

    it('Should find a direct quote reported as indirect speech', () => {
      check(
        `//- /a.txt
        “We will open the new bridge to heavy trucks in June,” Ortiz said.$0
        //- /b.txt
        Ortiz said the city would open the new bridge to heavy trucks in June.`,
        ['b.txt#0: quote-vs-indirect'],
      );
    });

    it('Should report both halves of a statement split over two sentences', () => {
      check(
        `//- /a.txt
        The union said its members will strike for three days next week, and that hospitals will keep emergency wards fully staffed during the walkout.$0
        //- /b.txt
        The union said its members will strike for three days next week. Hospitals will keep emergency wards fully staffed during the walkout, it added.`,
        ['b.txt#0: partial', 'b.txt#1: partial'],
      );
    });

    it('Should match a quotation of two negated clauses with a report of one of them', () => {
      // Polarity is judged word by word on what both report: the quote's other negation is no conflict.
      check(
        `//- /a.txt
        “Nobody here takes this lightly, but we cannot keep three bus depots open for the work of two,” {@Lena Moss} said.$0
        //- /b.txt
        {@Lena Moss} said the company cannot keep three bus depots open for the work of two.`,
        ['b.txt#0: quote-vs-indirect'],
      );
    });

    it('Should match a negation in the passive voice', () => {
      check(
        `//- /a.txt
        The council will not close the central library during the summer holidays.$0
        //- /b.txt
        The central library will not be closed during the summer holidays, the council said.`,
        ['b.txt#0: paraphrase'],
      );
    });

    it('Should match a negation with a verb of negative sense', () => {
      check(
        `//- /a.txt
        The water company has promised to hold off filling the new reservoir at Kelby while the summer stays dry, the minister said.$0
        //- /b.txt
        The minister said the new reservoir at Kelby would not be filled during the dry summer.`,
        ['b.txt#0: paraphrase'],
      );
    });

    it('Should accept a looser paraphrase from the same named speaker only', () => {
      // The speaker agrees, so less of the wording must; another speaker still needs the same words.
      check(
        `//- /a.txt
        {@Lena Moss} said ferries to the northern islands would sail twice a day from March, weather permitting.$0
        //- /b.txt
        From March, two daily sailings will link the port with the northern islands, {@Lena Moss} told a meeting in Kelby.
        //- /c.txt
        From March, two daily sailings will link the port with the northern islands, {@Tom Berg} told a meeting in Kelby.`,
        ['b.txt#0: paraphrase'],
      );
    });

    it('Should read "without", "rather than" and "instead of" as negations', () => {
      const negated = (text: string): string[] => tokenize(text).map((token) => ((token.flags & TokenFlag.Negation) !== 0 ? 'not' : token.term));
      assert.deepEqual(negated('compensation rather than apologies'), negated('compensation, not apologies'));
      assert.deepEqual(negated('a refund instead of an apology'), negated('a refund, not an apology'));
      assert.ok(negated('left without treatment').includes('not'));
      // `rather` and `instead` alone are no contrast.
      assert.ok(!negated('a rather long wait').includes('not'));
      check(
        `//- /a.txt
        Customers deserve compensation rather than apologies, the consumer federation said.$0
        //- /b.txt
        Customers deserve compensation, not apologies, the consumer federation said.
        //- /c.txt
        Customers deserve compensation as well as apologies, the consumer federation said.`,
        ['b.txt#0: verbatim'],
      );
    });

    it('Should match a negation with a word of doubt or inability', () => {
      check(
        `//- /a.txt
        {@Lena Moss} cautioned that the faulty pump may not be the whole story behind the flooding.$0
        //- /b.txt
        {@Lena Moss} cautioned that a single faulty pump was unlikely to be the whole story behind the flooding.
        //- /c.txt
        {@Lena Moss} cautioned that a single faulty pump was likely to be the whole story behind the flooding.`,
        ['b.txt#0: paraphrase'],
      );
    });

    it('Should match a short negated statement of one named speaker, but not an unnegated or unshared one', () => {
      // One content word and the negation on it: the shared negation counts as a shared term.
      check(
        `//- /a.txt
        Transport minister {@Lena Moss} says there is no delay to the works.$0
        //- /b.txt
        {@Lena Moss} insisted there was no delay.
        //- /c.txt
        {@Lena Moss} insisted there was a delay.
        //- /d.txt
        {@Tom Berg} insisted there was no delay.
        //- /e.txt
        {@Lena Moss} insisted the delay was not her fault.
        //- /f.txt
        {@Lena Moss} said there was no cost.`,
        ['b.txt#0: paraphrase'],
      );
      // Without a named speaker both sides share, one negated word stays too little.
      check(
        `//- /a.txt
        The columnist would not bet on the tram works.$0
        //- /b.txt
        Do not bet on it.`,
        [],
      );
    });

    it('Should link a dense shared clause of one named speaker that covers less of a longer sentence', () => {
      // The speaker agrees: a clause covering 40% of the shorter side is enough; another speaker's is not.
      check(
        `//- /a.txt
        {@Ana Ruiz} said the recall covers 260,000 packs sold in the capital.$0
        //- /b.txt
        Agency director {@Ana Ruiz} told the wire that a recall covering 260,000 packs of 80 mg tablets distributed to pharmacies, hospitals and care homes in the north since the spring was under way.
        //- /c.txt
        Agency director {@Tom Berg} told the wire that a recall covering 260,000 packs of 80 mg tablets distributed to pharmacies, hospitals and care homes in the north since the spring was under way.`,
        ['b.txt#0: partial'],
      );
    });

    it('Should match an apology with an expression of sorrow or regret, but not another stance', () => {
      check(
        `//- /a.txt
        The ferry operator apologised for the cancelled crossings.$0
        //- /b.txt
        The ferry operator said it was sorry for the cancelled crossings.
        //- /c.txt
        The ferry operator expressed regret over the cancelled crossings.`,
        ['b.txt#0: edited', 'c.txt#0: edited'],
      );
      // The group is the speech act only: thanking, defending or being sad stay other words.
      for (const word of ['apologises', 'apology', 'regretted']) assert.equal(lemma(word), lemma('sorry'));
      for (const word of ['thanked', 'defended', 'sad', 'welcomed']) assert.notEqual(lemma(word), lemma('sorry'));
    });

    it('Should compare a plural -ing noun with its verb', () => {
      assert.equal(tokenize('savings')[0].term, tokenize('save')[0].term);
      assert.equal(tokenize('dealings')[0].term, tokenize('deal')[0].term);
      assert.equal(tokenize('sailings')[0].term, tokenize('sail')[0].term);
      assert.notEqual(tokenize('buildings')[0].term, tokenize('build')[0].term);
    });

    it('Should compare a derived noun with its verb when the stem changes', () => {
      for (const [verb, noun] of [['decided', 'decision'], ['fails', 'failure'], ['paid', 'payments'], ['responded', 'response'], ['expanding', 'expansion']]) {
        assert.equal(lemma(noun), lemma(verb), `${noun} / ${verb}`);
      }
      // A derived noun joins its verb's synonym group; nouns with a sense of their own stay apart.
      assert.equal(lemma('maintenance'), lemma('keep'));
      assert.notEqual(lemma('division'), lemma('divide'));
      assert.notEqual(lemma('opposition'), lemma('oppose'));
      check(
        `//- /a.txt
        The regulator decided to fine the airline over lost luggage.$0
        //- /b.txt
        The regulator confirmed its decision: a fine for the airline over lost luggage.
        //- /c.txt
        The regulator confirmed its decision: no fine for the airline over lost luggage.`,
        ['b.txt#0: edited'],
      );
    });

    it('Should mark where a packed sentence starts a new clause', () => {
      const starts = (text: string): string[] => tokenize(text).filter((token) => (token.flags & TokenFlag.ClauseStart) !== 0).map((token) => text.slice(token.start, token.end));
      assert.deepEqual(starts('The port will reopen on Monday; ferries will run twice a day.'), ['ferries']);
      assert.deepEqual(starts('Ruiz said the port will reopen, and Berg said ferries will run, while buses wait, but trams stop.'), ['Berg', 'buses', 'trams']);
      assert.deepEqual(starts('She said the port will reopen and that ferries will run.'), ['ferries']);
      assert.deepEqual(starts('Calls, texts and data were unavailable, the operator said.'), []);
    });

    it('Should match each clause of a packed sentence of one speaker with a sentence of its own', () => {
      check(
        `//- /a.txt
        {@Ana Ruiz} said the harbour will reopen to cargo ships on Monday, and the old ferry terminal will become a museum of the fishing fleet.$0
        //- /b.txt
        Cargo vessels may dock in the harbour again from Monday, {@Ana Ruiz} said.
        //- /c.txt
        The ferry terminal, long empty, is to house a fishing fleet museum, {@Ana Ruiz} said.`,
        ['b.txt#0: partial', 'c.txt#0: paraphrase'],
      );
    });

    it('Should match a packed sentence clause by clause', () => {
      check(
        `//- /a.txt
        The minister said the government will build two desalination plants on the southern coast and will ban new golf courses in drought areas until 2030.$0
        //- /b.txt
        The government will build two desalination plants on the southern coast, the minister said.
        //- /c.txt
        New golf courses will be banned in drought areas until 2030, according to the minister.`,
        ['b.txt#0: partial', 'c.txt#0: partial'],
      );
    });
  });

  describe('near misses', () => {
    it('Should not match the same statement with different numbers', () => {
      check(
        `//- /a.txt
        The city will hire 300 new bus drivers by the end of the year.$0
        //- /b.txt
        The city will hire 250 new bus drivers by the end of the year.`,
        [],
      );
    });

    it('Should not match a statement and its negation', () => {
      check(
        `//- /a.txt
        The harbour will reopen to cargo ships on Monday after the storm.$0
        //- /b.txt
        The harbour will not reopen to cargo ships on Monday after the storm.`,
        [],
      );
    });

    it('Should not match a different statement that shares its words', () => {
      // As in a real corpus, the event's own words (the district, the city, the night) recur everywhere.
      check(
        `//- /a.txt
        The river flooded the northern district of the city on Sunday night.$0 Rescue teams reached the northern district early on Monday. The city said the northern district would receive emergency funds.
        //- /b.txt
        The northern district council met on Sunday night to discuss the city budget. Residents of the northern district spent the night in schools. The city opened shelters on Sunday night.`,
        [],
      );
    });

    it('Should read the numbers of a run after a month as days, not as a count', () => {
      // `March 3, 4 and 5 days` names three dates: its 5 is no count of days to hold against a 30-day emergency.
      check(
        `//- /a.txt
        The governor declared March 3, 4 and 5 days of national mourning throughout the republic.$0
        //- /b.txt
        The governor declared days of national mourning throughout the republic and a 30-day state of emergency.`,
        ['b.txt#0: paraphrase'],
      );
      // A count of days still conflicts.
      check(
        `//- /a.txt
        The governor declared 5 days of national mourning throughout the republic.$0
        //- /b.txt
        The governor declared days of national mourning throughout the republic and a 30-day state of emergency.`,
        [],
      );
    });

    it('Should not match a statement of the same speaker with other numbers or a negation', () => {
      // The looser threshold between passages of one speaker never outweighs a contradiction.
      const fixture = `//- /a.txt
        {@Lena Moss} said the new ferries would carry 400 passengers to the northern islands from March, weather permitting.$0
        //- /b.txt
        From March, the new ferries will take 300 passengers to the northern islands, {@Lena Moss} told a meeting in Kelby.
        //- /c.txt
        From March, the new ferries will not take passengers to the northern islands, {@Lena Moss} told a meeting in Kelby.
        //- /d.txt
        From March, the new ferries will take 400 passengers to the northern islands, {@Lena Moss} told a meeting in Kelby.`;
      check(fixture, ['d.txt#0: paraphrase']);
      checkClusters(fixture, [['a.txt#0', 'd.txt#0']]);
    });

    it('Should read "unless" as a negation', () => {
      check(
        `//- /a.txt
        The drivers' union will strike on Monday unless the city raises wages.$0
        //- /b.txt
        The drivers' union will strike on Monday if the city raises wages.
        //- /c.txt
        The drivers' union will strike on Monday if the city does not raise wages.`,
        ['c.txt#0: edited'],
      );
    });

    it('Should not match the same statement with a different year', () => {
      check(
        `//- /a.txt
        The new tram line will open to passengers at the end of 2027.$0
        //- /b.txt
        The new tram line will open to passengers at the end of 2029.`,
        [],
      );
    });

    it('Should not hold two dates of different things against a match', () => {
      // 2027 dates the opening, 2031 the ridership goal, which the other source leaves out.
      check(
        `//- /a.txt
        The mayor said the tram line linking the harbour and the airport should open by the end of 2027.$0
        //- /b.txt
        The mayor said the tram line linking the harbour and the airport should open soon and could carry 40,000 riders a day by 2031.`,
        ['b.txt#0: paraphrase'],
      );
    });

    it('Should not let a negation of something unshared block a match', () => {
      check(
        `//- /a.txt
        The agency will open a new inquiry into the ferry crash within 30 days, and this time it will be a hearing, not a paper exercise.$0
        //- /b.txt
        The agency will open a new inquiry into the ferry crash within 30 days.`,
        ['b.txt#0: partial'],
      );
    });

    it('Should not let a negation reach past a subordinating conjunction', () => {
      const breaks = (text: string): string[] => tokenize(text).filter((token) => (token.flags & TokenFlag.ScopeBreak) !== 0).map((token) => text.slice(token.start, token.end));
      assert.deepEqual(breaks('He asked not to be named because staff were told not to talk.'), ['staff']);
      assert.deepEqual(breaks('The line has been closed since May and will not reopen if it rains.'), ['rains']);
      // The source's own anonymity ("asked not to be named because …") says nothing of the statement.
      check(
        `//- /a.txt
        A guard, who asked not to be named because staff were told not to talk, said staff slept on the depot floor all week.$0
        //- /b.txt
        One guard told the local paper that staff had slept on the depot floor all week.
        //- /c.txt
        One guard told the local paper that staff had never slept on the depot floor all week.`,
        ['b.txt#0: paraphrase'],
      );
    });

    it('Should not let a negation reach into the next clause, but still judge its own', () => {
      check(
        `//- /a.txt
        The flood risk is small, but it is not zero, and the river could reach the old town, {@Ana Ruiz} said.$0
        //- /b.txt
        The river could reach the old town, {@Ana Ruiz} said.
        //- /c.txt
        The river could not reach the old town, {@Ana Ruiz} said.`,
        ['b.txt#0: partial'],
      );
    });

    it('Should not match two statements of one speaker that share only the speaker and title', () => {
      check(
        `//- /a.txt
        Harbour board chief executive {@Lena Moss} said the ferries would keep running through the strike.$0
        //- /b.txt
        {@Lena Moss}, chief executive of the harbour board, said the new pier was overdue.`,
        [],
      );
    });

    it('Should take the speaker marker, organisation and relative clause for the speaker, not the statement', () => {
      // A `{@…}` marker is skipped, as the index skips markers.
      const speakerWords = (text: string): string[] =>
        tokenize(text, { start: 0, end: text.length }, {
          speakerStems: new Set(['lena', 'moss']),
          skip: text.includes('{@') ? [{ start: text.indexOf('{@'), end: text.indexOf('}') + 1 }] : [],
        })
          .filter((token) => (token.flags & TokenFlag.Speaker) !== 0)
          .map((token) => token.term);
      assert.deepEqual(speakerWords('Lena Moss of Kelby Harbour Trust said the ferries would keep running.'), ['lena', 'moss', 'kelby', 'harbor', 'trust']);
      assert.deepEqual(speakerWords('Lena Moss, who chairs the Kelby Harbour Trust, said the pier was overdue.'), ['lena', 'moss', 'chair', 'kelby', 'harbor', 'trust']);
      assert.deepEqual(speakerWords('Harbour board chief {@Lena Moss} said the pier was overdue.'), ['harbor', 'board', 'main']);
      // An apposition that ends the sentence, opened by `who` or a determiner; not a clause after a bare comma.
      assert.deepEqual(speakerWords('"We failed," said Lena Moss, who runs the Kelby Harbour Trust.'), ['lena', 'moss', 'run', 'kelby', 'harbor', 'trust']);
      assert.deepEqual(speakerWords('Her agent, Lena Moss, called the dismissal a breach of contract.'), ['agent', 'lena', 'moss']);
      // A title between a cue and the name, and an acronym in brackets.
      assert.deepEqual(speakerWords('The trust will close the pier, according to its chair, Lena Moss.'), ['chair', 'lena', 'moss']);
      assert.deepEqual(speakerWords('Lena Moss, the chair of the Kelby Harbour Trust (KHT), said the pier would close.'), ['lena', 'moss', 'chair', 'kelby', 'harbor', 'trust', 'kht']);
      // A lowercase word after `of` is what the speaker talks about.
      assert.deepEqual(speakerWords('Lena Moss said of the ferries that they would keep running.'), ['lena', 'moss']);
    });

    it('Should flag the same words credited to a different speaker', () => {
      check(
        `//- /a.txt
        The new stadium will cost far more than the public was told, {@Ana Ruiz} said.$0
        //- /b.txt
        The new stadium will cost far more than the public was told, {@Tom Berg} said.`,
        ['b.txt#0: verbatim (speaker differs)'],
      );
    });

    it('Should not flag two names that may be one speaker', () => {
      check(
        `//- /a.txt
        Trains will run every ten minutes from Monday, {@the authority} said.$0
        //- /b.txt
        Trains will run every ten minutes from Monday, {@Riverside Transit Authority} said.`,
        ['b.txt#0: verbatim'],
      );
    });

    it('Should flag a pair of speakers against one of them, not against the same pair', () => {
      check(
        `//- /a.txt
        Trains will run every ten minutes from Monday, {@Ana Ruiz + Tom Berg} said.$0
        //- /b.txt
        Trains will run every ten minutes from Monday, {@Ana Ruiz} said.
        //- /c.txt
        Trains will run every ten minutes from Monday, {@Tom Berg + Ana Ruiz} said.`,
        ['b.txt#0: verbatim (speaker differs)', 'c.txt#0: verbatim'],
      );
    });

    it('Should treat two mouthpieces of one person as one voice, but not as the person', () => {
      check(
        `//- /a.txt
        The minister will visit the flooded villages on Friday, {@Ana Ruiz's office} said.$0
        //- /b.txt
        The minister will visit the flooded villages on Friday, {@Ana Ruiz's spokesperson} said.
        //- /c.txt
        The minister will visit the flooded villages on Friday, {@Ana Ruiz} said.`,
        ['b.txt#0: verbatim', 'c.txt#0: verbatim (speaker differs)'],
      );
    });

    it('Should link a named speaker with a generic body', () => {
      check(
        `//- /a.txt
        {@Ana Ruiz} said the bridge will stay closed to lorries until the repairs are finished in the spring.$0
        //- /b.txt
        The bridge will stay closed to lorries until the repairs are finished in the spring, {@officials} said.
        //- /c.txt
        The bridge will stay closed to lorries until the repairs are finished in the spring, {@Tom Berg} said.`,
        ['b.txt#0: edited', 'c.txt#0: edited (speaker differs)'],
      );
    });

    it('Should link a named speaker with a body described by a common noun, but only on close wording', () => {
      check(
        `//- /a.txt
        {@Halvor Systems} said the faulty firmware had been withdrawn from every depot and replaced overnight.$0
        //- /b.txt
        The faulty firmware has been withdrawn from every depot and replaced overnight, {@the vendor} said.
        //- /c.txt
        The faulty firmware was tested at every depot before it was installed, {@the vendor} said.`,
        ['b.txt#0: edited'],
      );
    });

    it('Should take two descriptions of an unnamed insider of one body for one voice, but not of another body', () => {
      check(
        `//- /a.txt
        The ballots of 40 polling stations were counted a second time on Tuesday, {@a commission official} said.$0
        //- /b.txt
        The ballots of 40 polling stations were counted a second time on Tuesday, {@a functionary of the commission} said.
        //- /c.txt
        The ballots of 40 polling stations were counted a second time on Tuesday, {@a functionary of the ministry} said.`,
        ['b.txt#0: verbatim', 'c.txt#0: verbatim (speaker differs)'],
      );
    });

    it('Should not take an unnamed insider for a named speaker, as it does a generic body', () => {
      check(
        `//- /a.txt
        {@Ana Ruiz} said the bridge will stay closed to lorries until the repairs are finished in the spring.$0
        //- /b.txt
        The bridge will stay closed to lorries until the repairs are finished in the spring, {@a ministry official} said.
        //- /c.txt
        The bridge will stay closed to lorries until the repairs are finished in the spring, {@the ministry} said.`,
        ['b.txt#0: edited (speaker differs)', 'c.txt#0: edited'],
      );
    });

    it('Should take a descriptor that names the other speaker in its own sentence for that speaker', () => {
      // b.txt names the company its descriptor stands for; c.txt, as close in wording, does not.
      check(
        `//- /a.txt
        {@Harbour Freight Lines} said it would cut 300 posts and shut its Marlow depot by the spring to save money.$0
        //- /b.txt
        Freight operator Harbour Freight Lines will shut the depot in Marlow by the spring and 300 jobs will be cut as demand for haulage falls, {@the company} said.
        //- /c.txt
        The depot in Marlow will shut by the spring and 300 jobs will be cut as demand for haulage falls, {@the company} said.`,
        ['b.txt#0: paraphrase'],
      );
    });

    it('Should link a named speaker with a quotation in the outlet voice, but not with the outlet itself', () => {
      const index = new ParallelIndex();
      const add = (id: string, text: string, speaker: string | null): void => {
        const article = parseArticle(`Report ${id}\n\n${text}\n`);
        index.update(id, article, article.sentences.map(() => speaker));
      };
      add('a.txt', 'Ruiz said the bridge will stay closed to lorries until the repairs are finished in the spring.', 'Ana Ruiz');
      add('b.txt', '"The bridge will stay closed to lorries until the repairs are finished in the spring."', null);
      add('c.txt', 'The bridge will stay closed to lorries until the repairs are finished in the spring.', null);
      const sentence = parseArticle('Report a.txt\n\nRuiz said the bridge will stay closed to lorries until the repairs are finished in the spring.\n').sentences.length - 1;
      assert.deepEqual(index.parallelsOf('a.txt', sentence).map(summarize).sort(), ['b.txt#0: quote-vs-indirect', 'c.txt#0: edited (speaker differs)']);
    });

    it("Should match a clause of an outlet's packed lede with another outlet's sentence, but not between unknown or different voices", () => {
      const clauseLinks = (speakers: { packed: string | null | undefined; single: string | null | undefined }): string[] => {
        const index = new ParallelIndex();
        const add = (id: string, text: string, speaker: string | null | undefined): void => {
          const article = parseArticle(`Report ${id}\n\n${text}\n`);
          index.update(id, article, speaker === undefined ? undefined : article.sentences.map(() => speaker));
        };
        add('a.txt', 'Kelbrook has halted production at Marsden, and a lawyer has filed a lawsuit on behalf of 12 families.', speakers.packed);
        add('b.txt', 'Kelbrook has stopped production at Marsden.', speakers.single);
        // Other sources naming the firm and the town, so that the names weigh little.
        add('c.txt', 'Kelbrook bakes bread in Marsden.', null);
        add('d.txt', 'Kelbrook employs 400 people.', null);
        const sentence = parseArticle('Report a.txt\n\nKelbrook has halted production at Marsden.\n').sentences.length - 1;
        return index.parallelsOf('a.txt', sentence).map(summarize);
      };
      assert.deepEqual(clauseLinks({ packed: null, single: null }), ['b.txt#0: partial']);
      assert.deepEqual(clauseLinks({ packed: undefined, single: undefined }), []);
      assert.deepEqual(clauseLinks({ packed: null, single: 'Ana Ruiz' }), []);
    });

    it('Should link a named speaker with reported speech in the outlet voice, but not with a plain statement of it', () => {
      const index = new ParallelIndex();
      const add = (id: string, text: string, speaker: string | null): void => {
        const article = parseArticle(`Report ${id}\n\n${text}\n`);
        index.update(id, article, article.sentences.map(() => speaker));
      };
      add('a.txt', 'Ruiz said the ferry to the island will stop running for the whole of the winter.', 'Ana Ruiz');
      add('b.txt', 'She told reporters the ferry to the island will stop running for the whole of the winter.', null);
      add('c.txt', 'The ferry to the island will stop running for the whole of the winter.', null);
      const sentence = parseArticle('Report a.txt\n\nRuiz said the ferry to the island will stop running for the whole of the winter.\n').sentences.length - 1;
      const found = index.parallelsOf('a.txt', sentence);
      assert.deepEqual(found.map((parallel) => `${parallel.sourceId}: ${parallel.speakerDiffers}`).sort(), ['b.txt: false', 'c.txt: true']);
    });

    it('Should link a clause a packed sentence credits to a second speaker', () => {
      check(
        `//- /a.txt
        The ruling was a victory for the valley, {@Ana Ruiz} said, and it should lead to a review of nine other dam permits granted since 2015, Tom Berg of the river trust said.$0
        //- /b.txt
        {@Tom Berg} said the ruling should lead to a review of nine other dam permits granted since 2015.`,
        ['b.txt#0: partial'],
      );
    });

    it('Should not match a clause of one speaker with the same words of another', () => {
      // Ruiz, not Berg, promised the museum: the clause crediting Berg says something else.
      check(
        `//- /a.txt
        {@Ana Ruiz} said the old ferry terminal will become a museum of the fishing fleet, while Tom Berg said the harbour needs a new breakwater before winter.$0
        //- /b.txt
        The old ferry terminal is to be turned into a museum of the fishing fleet, {@Tom Berg} said.`,
        [],
      );
    });

    it('Should not link moderately similar statements of different speakers', () => {
      check(
        `//- /a.txt
        {@Ana Ruiz} said the stadium should remain a place for the whole city for decades to come.$0
        //- /b.txt
        {@Tom Berg} said the stadium should be a place of sport, not a monument to politicians.`,
        [],
      );
    });
  });

  describe('clusters', () => {
    it('Should cluster a statement across sources and put a packed sentence in two clusters', () => {
      checkClusters(
        `//- /a.txt
        The minister said the government will build two desalination plants on the southern coast and will ban new golf courses in drought areas until 2030.
        //- /b.txt
        The government will build two desalination plants on the southern coast, the minister said.
        //- /c.txt
        New golf courses will be banned in drought areas until 2030, according to the minister.
        //- /d.txt
        Two desalination plants will be built on the southern coast by the government, the minister announced.`,
        [
          ['a.txt#0', 'b.txt#0', 'd.txt#0'],
          ['a.txt#0', 'c.txt#0'],
        ],
      );
    });

    it('Should put a packed sentence in the clusters of both statements it carries', () => {
      checkClusters(
        `//- /a.txt
        {@Ana Ruiz} said the harbour will reopen to cargo ships on Monday, and the old ferry terminal will become a museum of the fishing fleet.
        //- /b.txt
        Cargo vessels may dock in the harbour again from Monday, {@Ana Ruiz} said.
        //- /c.txt
        The ferry terminal, long empty, is to house a fishing fleet museum, {@Ana Ruiz} said.`,
        [
          ['a.txt#0', 'b.txt#0'],
          ['a.txt#0', 'c.txt#0'],
        ],
      );
    });

    it('Should not chain two statements through a sentence that packs both', () => {
      // a.txt packs what b.txt reports in two sentences; c.txt reports the second statement only.
      checkClusters(
        `//- /a.txt
        The mayor said the city should finish the harbour tram line by 2027, and argued that it could double tourist numbers to two million by 2031.
        //- /b.txt
        The city should finish the harbour tram line by 2027, the mayor said. The council met on Monday. The mayor said the tram line could double tourist numbers to two million by 2031.
        //- /c.txt
        The mayor said the harbour tram line could double tourist numbers to two million by 2031, the paper reported.`,
        [
          ['a.txt#0', 'b.txt#0'],
          ['a.txt#0', 'b.txt#2', 'c.txt#0'],
        ],
      );
    });

    it('Should add a passage related to most of a cluster to it, but not one related to a single member', () => {
      // Passages 0, 1 and 2 (sources 0, 1, 2) form a statement; 3 (source 3) is related to two of
      // them without being a parallel of either, 4 (source 4) to one only.
      const links = [
        { a: 0, b: 1, score: 0.9, full: true },
        { a: 1, b: 2, score: 0.8, full: true },
      ];
      const sourceOf = (passage: number): number => passage;
      assert.deepEqual(buildClusters(links, sourceOf, () => false, [3, 0, 3, 2, 4, 1]), [[0, 1, 2, 3]]);
      assert.deepEqual(buildClusters(links, sourceOf, () => false, [3, 0, 4, 1]), [[0, 1, 2]]);
      // Two members of one source back a passage once.
      assert.deepEqual(buildClusters(links, (passage) => (passage === 2 ? 0 : passage), () => false, [3, 0, 3, 2]), [[0, 1], [1, 2]]);
    });

    it('Should not let a passage with other numbers join a cluster, even when they lie outside the shared words', () => {
      // c.txt shares the index's words with both members, but its figures (1.9 percent, not 2.0) stand
      // after the shared words, outside the aligned windows: the whole passages still disagree.
      const members = `//- /a.txt
        {@Ana Ruiz} said the Kelby 40 index closed 2.0 percent higher at 6,418.30 points.
        //- /b.txt
        {@Ana Ruiz} said the Kelby 40 index ended the day 2.0 percent higher at 6,418.30 points.
        //- /c.txt
        `;
      checkClusters(`${members}{@Ana Ruiz} said the Kelby 40 index of leading harbour shares rose 1.9 percent to 6,412.55.`, [['a.txt#0', 'b.txt#0']]);
      // The same passage with the same figures joins.
      checkClusters(`${members}{@Ana Ruiz} said the Kelby 40 index of leading harbour shares rose 2.0 percent to 6,418.30.`, [['a.txt#0', 'b.txt#0', 'c.txt#0']]);
    });

    it('Should not let the speaker\'s name and title alone bring another of their statements into a cluster', () => {
      // d.txt shares the speaker, the title and one word with every member: related by who speaks, not by what.
      checkClusters(
        `//- /a.txt
        Marlow port director {@Ana Ruiz} said the depot had passed every safety inspection.
        //- /b.txt
        Marlow port director {@Ana Ruiz} said the depot passed all of its safety inspections.
        //- /c.txt
        The depot had passed every safety inspection, Marlow port director {@Ana Ruiz} said.
        //- /d.txt
        Marlow port director {@Ana Ruiz} said the depot would open at night.`,
        [['a.txt#0', 'b.txt#0', 'c.txt#0']],
      );
    });

    it('Should not merge statements of different speakers into one cluster', () => {
      checkClusters(
        `//- /a.txt
        {@Ana Ruiz} said the stadium should remain a place for the whole city for decades to come.
        //- /b.txt
        The stadium should remain a place for the whole city for decades to come, {@Ana Ruiz} said.
        //- /c.txt
        {@Tom Berg} said the stadium should be a place of sport for the whole city.`,
        [['a.txt#0', 'b.txt#0']],
      );
    });
    it('Should keep a question out of the statement clusters, but still show its parallels', () => {
      const fixture = `//- /a.txt
        Why did the port authority wait ten weeks to close the northern pier?$0
        //- /b.txt
        The port authority waited ten weeks to close the northern pier, the union said.
        //- /c.txt
        The port authority waited ten weeks before it closed the northern pier.`;
      checkClusters(fixture, [['b.txt#0', 'c.txt#0']]);
      const { index, cursor } = load(fixture);
      assert.ok(cursor !== undefined && index.parallelsOf(cursor.source, cursor.sentence).length > 0);
    });

    it('Should read a sentence as a question only when it ends with a question mark', () => {
      const flagged = (text: string): boolean => (tokenize(text)[0].flags & TokenFlag.Question) !== 0;
      assert.equal(flagged('Will the pier reopen?'), true);
      assert.equal(flagged('“Will the pier reopen?” '), true);
      assert.equal(flagged('She asked whether the pier would reopen.'), false);
      assert.equal(flagged('“Will the pier reopen?” she asked, and nobody answered.'), false);
    });
  });

  describe('incremental updates', () => {
    const fixture = `//- /a.txt
      The regional council approved a new budget for the ferry service on Thursday.$0
      //- /b.txt
      The regional council approved a new budget for the ferry service on Thursday.`;

    it('Should re-index one source when it changes', () => {
      const { index, articles } = load(fixture);
      assert.equal(index.parallelsOf('a.txt', 0).length, 1);
      index.update('b.txt', parseArticle('Report b\n\nThe weather was mild all week across the islands.\n'));
      assert.deepEqual(index.parallelsOf('a.txt', 0), []);
      index.update('b.txt', articles.get('b.txt') as Article);
      assert.deepEqual(index.parallelsOf('a.txt', 0).map(summarize), ['b.txt#0: verbatim']);
    });

    it('Should forget a removed source and ignore unknown ids', () => {
      const { index } = load(fixture);
      index.remove('b.txt');
      index.remove('nope.txt');
      assert.deepEqual(index.parallelsOf('a.txt', 0), []);
      assert.deepEqual(index.parallelsOf('b.txt', 0), []);
      assert.deepEqual(index.sourceIds(), ['a.txt']);
    });

    it('Should stay correct after many replacements (compaction)', () => {
      const { index, articles } = load(fixture);
      for (let round = 0; round < 50; round++) index.update('b.txt', articles.get('b.txt') as Article);
      assert.deepEqual(index.parallelsOf('a.txt', 0).map(summarize), ['b.txt#0: verbatim']);
      assert.equal(index.stats().livePassages, 2);
    });

    // Links are memoised across updates: these ask for every link first, so that the memo is full
    // when a source changes, then check that the edit shows at once on both sides.
    const threeSources = `//- /a.txt
      The regional council approved a new budget for the ferry service on Thursday.

      Harbour workers will strike for two days next month over pensions.
      //- /b.txt
      The regional council approved a new budget for the ferry service on Thursday.
      //- /c.txt
      Harbour workers will strike for two days next month over pensions.`;
    const everyLink = (index: ParallelIndex, articles: ReadonlyMap<string, Article>): string[] =>
      [...articles].flatMap(([name, article]) =>
        article.sentences.flatMap((_, sentence) =>
          index.parallelsOf(name, sentence).map((parallel) => `${name}#${sentence} -> ${summarize(parallel)} @${parallel.span.start}`),
        ),
      );
    const freshLinks = (articles: ReadonlyMap<string, Article>): string[] => {
      const fresh = new ParallelIndex();
      for (const [name, article] of articles) fresh.update(name, article);
      return everyLink(fresh, articles);
    };

    it('Should update an edited source\'s parallels and the links to it at once (memo kept across updates)', () => {
      const { index, articles } = load(threeSources);
      assert.deepEqual(everyLink(index, articles).sort(), freshLinks(articles).sort());
      // The ferry sentence becomes unrelated; a new first paragraph shifts the strike sentence.
      const edited = parseArticle(
        'Report a.txt\n\nFog closed the airport for most of the morning.\n\nThe weather was mild all week across the islands.\n\nHarbour workers will strike for two days next month over pensions.\n',
      );
      index.update('a.txt', edited);
      articles.set('a.txt', edited);
      assert.deepEqual(index.parallelsOf('b.txt', 0), []);
      assert.deepEqual(index.parallelsOf('a.txt', 1), []);
      assert.deepEqual(index.parallelsOf('c.txt', 0).map(summarize), ['a.txt#2: verbatim']);
      assert.deepEqual(index.parallelsOf('a.txt', 2).map(summarize), ['c.txt#0: verbatim']);
      assert.deepEqual(everyLink(index, articles).sort(), freshLinks(articles).sort());
    });

    it('Should link an edited source\'s new sentence from the other sources at once', () => {
      const { index, articles } = load(threeSources);
      const original = articles.get('a.txt') as Article;
      everyLink(index, articles);
      index.update('a.txt', parseArticle('Report a.txt\n\nHarbour workers will strike for two days next month over pensions.\n'));
      assert.deepEqual(index.parallelsOf('b.txt', 0), []);
      assert.deepEqual(index.parallelsOf('c.txt', 0).map(summarize), ['a.txt#0: verbatim']);
      index.update('a.txt', original);
      assert.deepEqual(index.parallelsOf('b.txt', 0).map(summarize), ['a.txt#0: verbatim']);
      assert.deepEqual(index.parallelsOf('c.txt', 0).map(summarize), ['a.txt#1: verbatim']);
      assert.deepEqual(everyLink(index, articles).sort(), freshLinks(articles).sort());
    });

    it('Should renumber links to a source re-set with unchanged passages', () => {
      const { index, articles } = load(threeSources);
      const before = everyLink(index, articles).sort();
      // Same passages at other offsets: links are kept, and their spans follow the new text.
      const moved = parseArticle('Report a.txt\n\n\nThe regional council approved a new budget for the ferry service on Thursday.\n\n\nHarbour workers will strike for two days next month over pensions.\n');
      index.update('a.txt', moved);
      articles.set('a.txt', moved);
      const after = everyLink(index, articles).sort();
      assert.notDeepEqual(after, before);
      assert.deepEqual(after, freshLinks(articles).sort());
      assert.deepEqual(index.parallelsOf('b.txt', 0).map((parallel) => parallel.span.start), [moved.sentences[0].start]);
    });
  });

  describe('persistence', () => {
    const fixture = `//- /a.txt
      Mayor Lena Ortiz said the city will hire 120 new nurses by the end of the year to reduce waiting times at public clinics.$0
      //- /b.txt
      To cut waiting times at public clinics, the city is going to recruit 120 new nurses before the end of the year, Ortiz said.
      //- /c.txt
      The regional council approved a new budget for the ferry service on Thursday.`;

    it('Should answer the same after a serialize round trip', () => {
      const { index } = load(fixture);
      const before = index.parallelsOf('a.txt', 0);
      const result = ParallelIndex.deserialize(index.serialize());
      assert.ok(result.ok);
      assert.deepEqual(result.index.parallelsOf('a.txt', 0), before);
      assert.equal(result.index.contentHash('b.txt'), 'hash-of-b');
      assert.deepEqual(result.index.sourceIds().sort(), ['a.txt', 'b.txt', 'c.txt']);
    });

    it('Should reject corrupt, truncated and foreign blobs', () => {
      const { index } = load(fixture);
      const blob = index.serialize();
      const flipped = blob.slice();
      flipped[blob.length - 7] ^= 0x10;
      const rejected = (data: Uint8Array): string => {
        const result = ParallelIndex.deserialize(data);
        assert.equal(result.ok, false);
        return result.ok ? '' : result.problem;
      };
      assert.match(rejected(flipped), /checksum/);
      assert.match(rejected(blob.slice(0, blob.length - 4)), /length/);
      assert.match(rejected(new Uint8Array(10)), /short/);
      assert.match(rejected(new TextEncoder().encode('{"not":"an index at all, just some JSON text"}')), /magic/);
      const otherVersion = blob.slice();
      new DataView(otherVersion.buffer).setUint32(8, 999, true);
      assert.match(rejected(otherVersion), /version/);
    });

    it('Should accept a blob at an unaligned offset (a Node Buffer slice)', () => {
      const { index } = load(fixture);
      const blob = index.serialize();
      const padded = new Uint8Array(blob.length + 1);
      padded.set(blob, 1);
      assert.ok(ParallelIndex.deserialize(padded.subarray(1)).ok);
    });

    it('Should accept a blob read into a Node Buffer at an aligned offset of a shared pool', () => {
      const { index } = load(fixture);
      const blob = index.serialize();
      const pooled = Buffer.concat([Buffer.alloc(8, 0xff), Buffer.from(blob)]).subarray(8);
      const result = ParallelIndex.deserialize(pooled);
      assert.ok(result.ok, result.ok ? '' : result.problem);
    });
  });

  describe('robustness', () => {
    it('Should never throw on odd articles and answer nothing for unknown sentences', () => {
      const index = new ParallelIndex();
      for (const text of ['', '\uFEFF', 'Only a headline', '\u00a0\u00a0\n\n{@}', '😀 ' .repeat(200), 'a'.repeat(70_000) + '.']) {
        index.update(`x${text.length}`, parseArticle(text));
      }
      assert.deepEqual(index.parallelsOf('x0', 0), []);
      assert.deepEqual(index.parallelsOf('missing', 3), []);
      assert.deepEqual(index.parallelsOf('x0', -1), []);
      assert.ok(Array.isArray(index.clusters()));
    });
  });

  describe('word diff', () => {
    it('Should mark added, removed and common words, ignoring markers, case and curly quotes', () => {
      const own = 'The council {!verified} approved the “new” budget on Thursday.';
      const other = 'the council approved a "new" budget on Friday.';
      const segments = wordDiff(own, { start: 0, end: own.length }, other, { start: 0, end: other.length });
      assert.deepEqual(
        segments.filter((segment) => segment.kind !== 'same').map((segment) => `${segment.kind}:${segment.text.trim()}`),
        ['added:a', 'removed:the', 'added:Friday', 'removed:Thursday'],
      );
      assert.equal(segments.map((segment) => (segment.kind === 'added' ? '' : segment.text)).join(''), 'The council approved the "new" budget on Thursday.');
    });
  });
  describe('clusters at scale', () => {
    // `clusters` shares candidate walks and scores between passages of equal content; each passage
    // must still get exactly the links a query of its own gives, its own source left out.
    const twins = `//- /a.txt
      The council approved the new budget on Thursday after a long debate. Officials expect the library to reopen in May.

      //- /b.txt
      The council approved the new budget on Thursday after a long debate. Officials expect the library to reopen in May.

      //- /c.txt
      The council approved the new budget on Thursday after a long debate. The council approved the new budget on Thursday after a long debate.

      //- /d.txt
      On Thursday the council approved the new budget after a long debate. Residents expect the pool to close in June.
      `;

    it('Should give every passage the links of its own query, whatever clusters computed first', () => {
      const batch = load(twins).index;
      const clusters = batch.clusters();
      const fresh = load(twins).index;
      for (const source of ['a.txt', 'b.txt', 'c.txt', 'd.txt']) {
        for (let sentence = 0; sentence < 4; sentence++) {
          assert.deepEqual(batch.parallelsOf(source, sentence), fresh.parallelsOf(source, sentence), `${source}#${sentence}`);
        }
      }
      assert.ok(clusters.length > 0);
    });

    it('Should not give a passage its twin in the same source as a candidate', () => {
      const { index } = load(twins);
      index.clusters();
      const sources = index.parallelsOf('c.txt', 1).map((parallel) => parallel.sourceId).sort();
      assert.deepEqual(sources, ['a.txt', 'b.txt', 'd.txt']);
    });
  });
});
