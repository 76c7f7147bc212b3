// The cue lexicon: which words introduce an attribution, and what kind of claim each makes. The kinds
// are the claim graph's (model/vocabulary.ts): a cue names the speech act the reporter chose ("denied",
// "scoffed", "urged"), which kinds.ts may sharpen from the content or the source. Lemmas are wink's and
// CoreNLP's alike (lower case, "said" → "say"). A cue of several words lists them as lemmas joined by
// spaces ("shrug off", "call on"); the longest match wins, so "call on" is an appeal where "call" alone
// ("called the talks useful") is an assessment.
//
// The seed's curated cue → kind pairs, and where this table differs (kinds.ts covers each difference):
//   said → ACCUSATION, ASSERTION, ASSESSMENT, DENIAL, REPORT (the table says ASSERTION; the kind of a
//     bare "said" comes from what was said and who said it), according to → ASSERTION, has accused →
//     ACCUSATION, shrugged off → DISMISSAL, scoffed → DISMISSAL, added → DISMISSAL (content: "rumors"),
//     has steadfastly denied → DENIAL, charged → ACCUSATION, speculation → SPECULATION, reported → REPORT,
//     speculate → SPECULATION, called for → APPEAL, expressed his resolve → PLEDGE, described →
//     ASSESSMENT, stressed → ASSERTION, told reporters → PROPOSAL (content: "he supports holding talks").
import type { ClaimKind } from '../../model/vocabulary.ts';

export interface CueEntry {
  readonly kind: ClaimKind;
  /**
   * A verb of saying: it introduces direct quotes and may follow its source ("…, said Smith"). The
   * others report a stance or a belief ("believes", "backs") and take a clause or an object only.
   */
  readonly speech: boolean;
  /**
   * Whether a noun phrase after the cue can be the content ("denied the report", "endorsed the mayor").
   * Cues of saying and believing need a clause or a quote: "said the word" and "knew the area" report nothing.
   */
  readonly object: boolean;
}

function entries(kind: ClaimKind, speech: boolean, object: boolean, lemmas: string): [string, CueEntry][] {
  return lemmas.split(',').map((lemma) => [lemma.trim(), { kind, speech, object }]);
}

/** Verb cues, by lemma. */
export const VERB_CUES: ReadonlyMap<string, CueEntry> = new Map([
  ...entries(
    'ASSERTION',
    true,
    false,
    'say, tell, add, state, note, explain, write, tweet, post, declare, insist, stress, emphasize, ' +
      'argue, claim, assert, maintain, concede, recall, respond, ' +
      'reply, answer, comment, remark, observe, point out, testify, continue, ' +
      'recount, quip, joke, boast, brag, ask, counter, retort, contend, go on to say, make clear, ' +
      'indicate, inform, assure, remind, complain, lament, email, retweet, shout, yell, chant, scream, bemoan, ' +
      'quote',
  ),
  // Saying something about a topic: the topic is the content ("discussed the plan", "cited the poll").
  ...entries(
    'ASSERTION',
    true,
    true,
    'announce, confirm, acknowledge, admit, mention, reveal, disclose, discuss, cite, address, highlight, tout, ' +
      'outline, echo, voice, express, share, release, publish, detail, talk about, speak about, speak of, ' +
      'refer to, point to, apologize for, reiterate, repeat, invoke, reference, ask about, comment on, ' +
      'focus on, touch on, joke about, boast of, boast about, brag about, worry about',
  ),
  ...entries('DENIAL', true, true, 'deny, reject, refute, dispute, rebut, contradict, disavow'),
  ...entries(
    'DISMISSAL',
    true,
    true,
    'dismiss, scoff, shrug off, brush off, brush aside, wave off, wave away, laugh off, ridicule, mock, deride',
  ),
  ...entries('DISMISSAL', false, false, 'decline, refuse'),
  ...entries(
    'ACCUSATION',
    true,
    true,
    'accuse, charge, allege, blame, criticize, condemn, denounce, attack, slam, blast, fault, decry, ' +
      'castigate, lambaste, lambast, rebuke, assail, rail against',
  ),
  ...entries(
    'ASSESSMENT',
    true,
    true,
    'describe, call, praise, conclude, estimate, assess, characterize, label, dub, portray, challenge, ' +
      'recognize, applaud, welcome, thank, hail, embrace, credit, commend, congratulate, laud',
  ),
  ...entries(
    'ASSESSMENT',
    false,
    true,
    'oppose, support, back, endorse, favor, prefer, question, defend, vote for, vote against',
  ),
  ...entries(
    'ASSESSMENT',
    false,
    false,
    'believe, think, consider, feel, view, see, regard, deem, judge, find, know, doubt, agree, disagree, ' +
      'fear, worry, understand, realize, suspect, determine, rule',
  ),
  ...entries('SPECULATION', true, false, 'speculate, suggest, predict, guess, hypothesize, wonder, forecast, warn'),
  ...entries('SPECULATION', true, true, 'warn of, warn about'),
  ...entries(
    'SPECULATION',
    false,
    false,
    'expect, anticipate, hope, imagine, suppose, seem, appear, imply, signal, project',
  ),
  ...entries('REPORT', true, true, 'report'),
  ...entries('REPORT', false, false, 'show, learn'),
  ...entries('PLEDGE', true, true, 'promise, pledge, vow, swear, guarantee, commit, express resolve, threaten'),
  ...entries('PROPOSAL', true, true, 'propose, recommend, advocate, offer'),
  ...entries('PROPOSAL', false, false, 'want, wish, plan, intend, seek, aim, decide'),
  ...entries(
    'APPEAL',
    true,
    true,
    'urge, call on, call for, appeal, demand, request, implore, press, plead, exhort, encourage, beg, ' +
      'push for, ask for',
  ),
]);

/**
 * Nouns that carry an attribution: "X's claim that …", "speculation about …", "in a statement, X said".
 * Kept short: most nouns of saying ("comments", "remarks") name what was said without stating it.
 */
export const NOUN_CUES: ReadonlyMap<string, CueEntry> = new Map([
  ...entries('ASSERTION', true, false, 'statement, claim, assertion, argument, comment, testimony, announcement'),
  ...entries('ACCUSATION', true, false, 'allegation, accusation, charge, criticism'),
  ...entries('DENIAL', true, false, 'denial'),
  ...entries('SPECULATION', false, false, 'speculation, prediction, warning, fear, expectation, belief, view'),
  ...entries('REPORT', true, false, 'report'),
  ...entries('PLEDGE', true, false, 'promise, pledge, vow'),
  ...entries('PROPOSAL', true, false, 'proposal, plan, offer'),
  ...entries('APPEAL', true, false, 'call, appeal, demand, request, plea'),
]);

/** "according to X": the one preposition cue, an assertion unless its source is a report (kinds.ts). */
export const ACCORDING_TO: CueEntry = { kind: 'ASSERTION', speech: true, object: false };
