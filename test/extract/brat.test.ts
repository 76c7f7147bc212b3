// brat standoff in PolNeAR's scheme, on hand-written files: what the corpus does (discontinuous
// spans, Attribution-no-source, repeated Content arguments, notes running over several lines) and
// what a scorer reading our predictions needs (our own output read back unchanged).
import { describe, expect, it } from 'vitest';
import type { Attribution, Span } from '../../src/extract/evaluation/attribution.ts';
import { BratFormatError, parseBrat, serializeBrat } from '../../src/extract/evaluation/brat.ts';

const TEXT =
  '"We will not raise taxes," the governor said on Monday, "not this year."\n' +
  'It is widely believed that the plan will fail.\n' +
  'Critics denied the report. Follow us on Twitter.';

/** The span of a phrase, which must occur once in TEXT. */
function at(phrase: string): Span {
  const start = TEXT.indexOf(phrase);
  if (start < 0 || TEXT.indexOf(phrase, start + 1) >= 0) throw new Error(`"${phrase}" is not once in the text`);
  return [[start, start + phrase.length]];
}

/** A T line for one or more phrases, offsets worked out from TEXT. */
function t(id: string, label: string, ...phrases: string[]): string {
  const fragments = phrases.map((phrase) => at(phrase)[0]!);
  const offsets = fragments.map(([start, end]) => `${start} ${end}`).join(';');
  return `${id}\t${label} ${offsets}\t${fragments.map(([start, end]) => TEXT.slice(start, end)).join(' ')}`;
}

const join = (...spans: Span[]): Span => spans.flat();

describe('parseBrat', () => {
  it('reads attributions with and without a source, discontinuous and in pieces', () => {
    const ann = [
      t('T1', 'Source', 'the governor'),
      t('T2', 'Cue', 'said'),
      // Fragments written out of order, as 128 PolNeAR T lines are.
      t('T3', 'Content', '"not this year."', '"We will not raise taxes,"'),
      t('T4', 'Attribution', 'said'),
      'E1\tAttribution:T4 Content:T3 Cue:T2 Source:T1',
      t('T5', 'Cue', 'widely believed'),
      t('T6', 'Content', 'that the plan'),
      t('T7', 'Content', ' will fail'),
      t('T8', 'Attribution-no-source', 'widely believed'),
      'E2\tAttribution-no-source:T8 Cue:T5 Content:T6 Content2:T7',
      '',
    ].join('\n');
    expect(parseBrat(ann)).toEqual({
      attributions: [
        {
          source: at('the governor'),
          cue: at('said'),
          content: join(at('"We will not raise taxes,"'), at('"not this year."')),
        },
        // Content and Content2 are one content; pieces that touch become one fragment.
        { cue: at('widely believed'), content: at('that the plan will fail') },
      ],
      dropped: [],
    });
  });

  it('skips labels, notes and line breaks that form no attribution, and keeps what PolNeAR means', () => {
    const ann = [
      t('T1', 'Source', 'Critics'),
      // A Cue argument pointing at a T line labelled Discuss still names the cue.
      t('T2', 'Discuss', 'denied'),
      t('T3', 'Content', 'the report'),
      t('T4', 'Attribution', 'denied'),
      'E1\tAttribution:T4 Cue:T2 Content:T3 Source:T1',
      t('T5', 'Discard', 'Follow us on Twitter.'),
      '#1\tAnnotatorNotes T3\tA note that runs',
      'over two lines.',
      // A T line whose text crosses a line break, as three of PolNeAR's do.
      `T6\tContent ${at('on Monday')[0]![0]} ${at('It is')[0]![1]}\ton Monday, "not this year."`,
      'It is',
      // An event without Cue takes its trigger; one without Content is no attribution.
      t('T7', 'Attribution', 'said'),
      'E2\tAttribution:T7 Content:T6 Source:T1',
      t('T8', 'Attribution-no-source', 'widely believed'),
      'E3\tAttribution-no-source:T8 ',
    ].join('\n');
    const { attributions, dropped } = parseBrat(ann);
    expect(attributions).toEqual([
      { source: at('Critics'), cue: at('denied'), content: at('the report') },
      { source: at('Critics'), cue: at('said'), content: [[at('on Monday')[0]![0], at('It is')[0]![1]]] },
    ]);
    expect(dropped).toEqual([{ id: 'E3', reason: 'no Content argument' }]);
  });

  it('names the line of what it cannot read', () => {
    const said = t('T1', 'Cue', 'said');
    const cases: [string, RegExp][] = [
      ['T1\tCue 5 3\tx', /line 1: fragment "5 3" does not end after it starts/],
      ['T1\tCue five\tx', /line 1: malformed text-bound annotation/],
      [`${said}\nE1\tAttribution:T9 Cue:T1 Content:T1`, /line 2: E1 refers to T9, which is not defined/],
      [`${said}\nE1\tQuote:T1 Cue:T1`, /line 2: E1 is not an Attribution or Attribution-no-source/],
      [`${said}\nE1\tAttribution:T1 Speaker:T1`, /line 2: E1 has an argument "Speaker:T1", not Source, Cue or Content/],
      [`${said}\nE1\tAttribution:T1 Content:T1\nstray words`, /line 3: not a brat annotation/],
    ];
    for (const [ann, message] of cases) expect(() => parseBrat(ann), ann).toThrow(message);
    expect(() => parseBrat('T1\tCue five\tx')).toThrow(BratFormatError);
  });
});

describe('serializeBrat', () => {
  const attributions: Attribution[] = [
    {
      source: at('the governor'),
      cue: at('said'),
      content: join(at('"We will not raise taxes,"'), at('"not this year."')),
    },
    { cue: at('widely believed'), content: at('that the plan will fail') },
    // A content across the line break: its text column must stay on one line.
    { source: at('Critics'), cue: at('denied'), content: at('fail.\nCritics') },
  ];

  it("writes PolNeAR's scheme: Source, Cue, Content and a trigger per attribution, joined by an event", () => {
    const offsets = (phrase: string) => at(phrase)[0]!.join(' ');
    const lines = serializeBrat(TEXT, attributions.slice(0, 2)).split('\n');
    expect(lines.slice(0, 5)).toEqual([
      `T1\tSource ${offsets('the governor')}\tthe governor`,
      `T2\tCue ${offsets('said')}\tsaid`,
      `T3\tContent ${offsets('"We will not raise taxes,"')};${offsets('"not this year."')}` +
        '\t"We will not raise taxes," "not this year."',
      `T4\tAttribution ${offsets('said')}\tsaid`,
      'E1\tAttribution:T4 Content:T3 Cue:T2 Source:T1',
    ]);
    expect(lines.slice(5)).toEqual([
      expect.stringMatching(/^T5\tCue \d+ \d+\twidely believed$/),
      expect.stringMatching(/^T6\tContent \d+ \d+\tthat the plan will fail$/),
      expect.stringMatching(/^T7\tAttribution-no-source \d+ \d+\twidely believed$/),
      'E2\tAttribution-no-source:T7 Content:T6 Cue:T5',
      '',
    ]);
  });

  it('reads back what it wrote', () => {
    const ann = serializeBrat(TEXT, attributions);
    expect(ann).toContain('\tfail. Critics\n');
    expect(parseBrat(ann)).toEqual({ attributions, dropped: [] });
  });

  it('refuses a fragment outside the text or empty', () => {
    expect(() => serializeBrat(TEXT, [{ cue: [[0, TEXT.length + 1]], content: at('the report') }])).toThrow(RangeError);
    expect(() => serializeBrat(TEXT, [{ cue: [[4, 4]], content: at('the report') }])).toThrow(/not a non-empty range/);
    expect(() => serializeBrat(TEXT, [{ cue: [], content: at('the report') }])).toThrow(/at least one fragment/);
  });
});
