// The scores on tiny made-up documents, every expected value worked out by hand in the comments.
import { describe, expect, it } from 'vitest';
import type { Attribution, Span } from '../../src/extract/evaluation/attribution.ts';
import { countDocument, prf, scoreDocument, scoreDocuments } from '../../src/extract/evaluation/score.ts';
import { tokenize, tokensOf } from '../../src/extract/evaluation/tokens.ts';

/** The span of a phrase, which must occur once in the text. */
function at(text: string, phrase: string): Span {
  const start = text.indexOf(phrase);
  if (start < 0 || text.indexOf(phrase, start + 1) >= 0) throw new Error(`"${phrase}" is not once in "${text}"`);
  return [[start, start + phrase.length]];
}

/** An attribution from its phrases; no source when `source` is null. */
function attribution(text: string, source: string | null, cue: string, content: string): Attribution {
  return { ...(source !== null && { source: at(text, source) }), cue: at(text, cue), content: at(text, content) };
}

const scores = (precision: number, recall: number) => ({
  precision: expect.closeTo(precision, 10),
  recall: expect.closeTo(recall, 10),
  f1: expect.closeTo(precision + recall > 0 ? (2 * precision * recall) / (precision + recall) : 0, 10),
});

describe('tokens', () => {
  it('are runs of letters and digits, or single other characters, each knowing its line', () => {
    const text = "Clinton's plan, he said.\n“Yes.”";
    expect(tokenize(text).map(({ start, end }) => text.slice(start, end))).toEqual([
      'Clinton',
      "'",
      's',
      'plan',
      ',',
      'he',
      'said',
      '.',
      '“',
      'Yes',
      '.',
      '”',
    ]);
    expect(tokenize(text).map((token) => token.line)).toEqual([0, 0, 0, 0, 0, 0, 0, 0, 1, 1, 1, 1]);
  });

  it('of a span are those with a character inside it, whitespace at its edges aside', () => {
    const text = 'Smith said taxes will rise.';
    const tokens = tokenize(text);
    expect(tokensOf(tokens, [[5, 11]])).toEqual([1]); // " said "
    expect(tokensOf(tokens, [[8, 13]])).toEqual([1, 2]); // "id ta"
    expect(
      tokensOf(tokens, [
        [0, 5],
        [11, 16],
      ]),
    ).toEqual([0, 2]); // "Smith", "taxes"
    expect(tokensOf(tokens, [[5, 6]])).toEqual([]);
  });
});

describe('scoreDocument', () => {
  // Tokens: Smith0 said1 taxes2 will3 rise4 .5 Jones6 denied7 that8 ,9 according10 to11 aides12 .13
  const text = 'Smith said taxes will rise. Jones denied that, according to aides.';
  const gold = [attribution(text, 'Smith', 'said', 'taxes will rise'), attribution(text, 'Jones', 'denied', 'that,')];
  // The first attribution is right but for the full stop its content takes in; the second is wrong.
  const predicted = [
    attribution(text, 'Smith', 'said', 'taxes will rise.'),
    attribution(text, 'aides', 'according to', 'Jones denied that'),
  ];

  it('gives exact, linked and overlap scores that differ as their definitions do', () => {
    expect(scoreDocument({ text, gold, predicted })).toEqual({
      // Spans per role: source gold {Smith, Jones}, predicted {Smith, aides}: 1 of 2 either way.
      // Cue {said, denied} against {said, according to}: 1 of 2. Content: no span identical.
      exact: { source: scores(1 / 2, 1 / 2), cue: scores(1 / 2, 1 / 2), content: scores(0, 0) },
      // Per attribution: the first has its cue, and its source beside a cue that overlaps gold's;
      // its content misses by the full stop. The second matches nothing.
      linked: { source: scores(1 / 2, 1 / 2), cue: scores(1 / 2, 1 / 2), content: scores(0, 0) },
      // Tokens: source {0, 12} against {0, 6}: 1 shared. Cue {1, 10, 11} against {1, 7}: 1 shared,
      // P 1/3, R 1/2. Content {2, 3, 4, 5, 6, 7, 8} against {2, 3, 4, 8, 9}: 4 shared, P 4/7, R 4/5.
      overlap: { source: scores(1 / 2, 1 / 2), cue: scores(1 / 3, 1 / 2), content: scores(4 / 7, 4 / 5) },
    });
  });

  it('counts a right source on the wrong cue as exact but not as linked', () => {
    const misattached = [attribution(text, 'Jones', 'according to', 'taxes will rise')];
    const { exact, linked } = scoreDocument({ text, gold, predicted: misattached });
    expect(exact.source).toEqual(scores(1, 1 / 2));
    expect(linked.source).toEqual(scores(0, 0));
    // The content has the right tokens but hangs on a cue overlapping neither gold cue.
    expect(exact.content).toEqual(scores(1, 1 / 2));
    expect(linked.content).toEqual(scores(0, 0));
  });

  it('ignores whitespace around a span, not a missing word', () => {
    const loose = [
      attribution(text, 'Smith ', ' said ', ' taxes will rise'),
      attribution(text, 'Jones', 'denied', 'that'),
    ];
    const { exact } = scoreDocument({ text, gold, predicted: loose });
    expect(exact.source).toEqual(scores(1, 1));
    expect(exact.cue).toEqual(scores(1, 1));
    // "that" is not "that,": 1 of the 2 contents.
    expect(exact.content).toEqual(scores(1 / 2, 1 / 2));
  });

  it('matches an absent source with an absent source only when linked, as citron does', () => {
    const passive = 'It is said that the plan will fail.';
    const unsourced = [attribution(passive, null, 'is said', 'that the plan will fail')];
    const counts = countDocument({ text: passive, gold: unsourced, predicted: unsourced });
    expect(counts.exact.source).toEqual({ predicted: 0, gold: 0, matchedPredicted: 0, matchedGold: 0 });
    expect(counts.linked.source).toEqual({ predicted: 1, gold: 1, matchedPredicted: 1, matchedGold: 1 });
    const sourced = [attribution(passive, 'It', 'is said', 'that the plan will fail')];
    expect(scoreDocument({ text: passive, gold: unsourced, predicted: sourced }).linked.source).toEqual(scores(0, 0));
  });

  it('counts a source shared by two attributions once, except when linked', () => {
    // Tokens: Jones0 said1 taxes2 will3 rise4 and5 added6 that7 jobs8 would9 go10 .11
    const shared = 'Jones said taxes will rise and added that jobs would go.';
    const twice = [
      attribution(shared, 'Jones', 'said', 'taxes will rise'),
      attribution(shared, 'Jones', 'added', 'that jobs would go'),
    ];
    const once = [attribution(shared, 'Jones', 'said', 'taxes will rise')];
    const { exact, linked, overlap } = scoreDocument({ text: shared, gold: twice, predicted: once });
    expect(exact.source).toEqual(scores(1, 1));
    expect(overlap.source).toEqual(scores(1, 1));
    // The second gold attribution's cue overlaps no predicted cue.
    expect(linked.source).toEqual(scores(1, 1 / 2));
  });

  it('scores each piece of a discontinuous span, and each line of a span across lines, as CofeNet does', () => {
    // Tokens: "0 We1 will2 win3 ,4 "5 Ann6 said7 ,8 "9 in10 May11 .12 "13 | Then14 she15 left16 .17
    const split = '"We will win," Ann said, "in May."\nThen she left.';
    const speaker = { source: at(split, 'Ann'), cue: at(split, 'said') };
    const gold = [{ ...speaker, content: [...at(split, '"We will win,"'), ...at(split, '"in May."')] }];
    const halfQuote = [{ ...speaker, content: at(split, '"We will win,"') }];
    const { exact, overlap } = scoreDocument({ text: split, gold, predicted: halfQuote });
    // Two gold pieces, one found; tokens 0-5 of 0-5 and 9-13.
    expect(exact.content).toEqual(scores(1, 1 / 2));
    expect(overlap.content).toEqual(scores(1, 6 / 11));
    // One fragment over the line break is two spans, one per line: predicting the first line finds one.
    const acrossLines = [{ ...speaker, content: at(split, '"in May."\nThen') }];
    const firstLine = [{ ...speaker, content: at(split, '"in May."') }];
    expect(scoreDocument({ text: split, gold: acrossLines, predicted: firstLine }).exact.content).toEqual(
      scores(1, 1 / 2),
    );
  });

  it('gives 0 where nothing was predicted, or nothing was to be found', () => {
    const nothing = scoreDocument({ text, gold, predicted: [] });
    expect(nothing.exact.cue).toEqual(scores(0, 0));
    expect(scoreDocument({ text, gold: [], predicted }).overlap.content).toEqual(scores(0, 0));
  });
});

describe('scoreDocuments', () => {
  it('micro-averages: sums the counts of all documents, then scores them', () => {
    const first = 'Smith said taxes will rise.';
    const second = 'Jones denied it. Brown added more. Green agreed too.';
    const right = [attribution(first, 'Smith', 'said', 'taxes will rise')];
    const missed = [
      attribution(second, 'Jones', 'denied', 'it'),
      attribution(second, 'Brown', 'added', 'more'),
      attribution(second, 'Green', 'agreed', 'too'),
    ];
    const documents = [
      { text: first, gold: right, predicted: right },
      { text: second, gold: missed, predicted: [] },
    ];
    // 1 cue found of 4: recall 1/4 (the mean of the documents' recalls would be 1/2); precision 1/1.
    expect(scoreDocuments(documents).exact.cue).toEqual(scores(1, 1 / 4));
  });
});

describe('prf', () => {
  it('takes precision from the predicted side and recall from the gold side', () => {
    expect(prf({ predicted: 4, gold: 5, matchedPredicted: 3, matchedGold: 2 })).toEqual(scores(3 / 4, 2 / 5));
  });
});
