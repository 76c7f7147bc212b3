import { Link } from 'react-router';
import { type FragmentType, getFragmentData, graphql } from '../gql/index.ts';
import { PublishedOn } from './PublishedOn.tsx';
import './EvidenceInSentence.css';

export const EvidenceInSentenceFragment = graphql(`
  fragment EvidenceInSentence_evidence on Evidence {
    key
    text
    prefix
    suffix
    start
    article {
      key
      title
      publishedAt
      outlet {
        name
      }
    }
  }
`);

/** The element id the article page gives an evidence span, so that a link can point at it. */
export function evidenceElementId(evidenceKey: string): string {
  return `evidence-${evidenceKey}`;
}

/** The article page, scrolled to the evidence span. */
export function evidenceHref(articleKey: string, evidenceKey: string): string {
  return `/articles/${encodeURIComponent(articleKey)}#${evidenceElementId(evidenceKey)}`;
}

// A sentence ends at a full stop, question or exclamation mark (and any closing quote) before a
// capital or an opening quote, or at a paragraph break. "U.S. officials" and "Sept. 7" go on.
const SENTENCE_END = /[.!?]["”’)]*\s+(?=[\p{Lu}“"‘(])|\n/gu;
const ENDS_SENTENCE = /[.!?]["”’)]*\s*$/u;

/** The context before the span that belongs to its sentence, and whether it was cut short. */
function sentenceBefore(prefix: string, text: string, reachesBodyStart: boolean): { text: string; cut: boolean } {
  // The span's first character tells whether the prefix's last full stop ends a sentence.
  const last = Array.from(`${prefix}${text.charAt(0)}`.matchAll(SENTENCE_END)).at(-1);
  if (last) return { text: prefix.slice(last.index + last[0].length), cut: false };
  if (reachesBodyStart) return { text: prefix, cut: false };
  // The context starts mid-sentence, perhaps mid-word: keep from the first whole word.
  return { text: prefix.slice(prefix.indexOf(' ') + 1), cut: true };
}

/** The context after the span that belongs to its sentence, and whether it was cut short. */
function sentenceAfter(text: string, suffix: string): { text: string; cut: boolean } {
  if (ENDS_SENTENCE.test(text)) return { text: '', cut: false };
  const end = suffix.matchAll(SENTENCE_END).next().value;
  if (end) return { text: suffix.slice(0, end.index + end[0].length).trimEnd(), cut: false };
  // A full stop at the very end of the context, or a context shorter than the 32 characters the
  // graph keeps (the body ends there): the sentence ends within it.
  if (ENDS_SENTENCE.test(suffix) || suffix.length < 32) return { text: suffix.trimEnd(), cut: false };
  return { text: suffix.slice(0, Math.max(0, suffix.lastIndexOf(' '))), cut: true };
}

/**
 * A piece of evidence as it stands in its sentence, the reported words marked, with a link to the
 * very place in the article.
 */
export function EvidenceInSentence(props: { evidence: FragmentType<typeof EvidenceInSentenceFragment> }) {
  const evidence = getFragmentData(EvidenceInSentenceFragment, props.evidence);
  const before = sentenceBefore(evidence.prefix, evidence.text, evidence.start === evidence.prefix.length);
  const after = sentenceAfter(evidence.text, evidence.suffix);
  return (
    <figure className="evidence-in-sentence">
      <blockquote>
        <p>
          {before.cut && '…'}
          {before.text}
          <mark className="evidence-span">{evidence.text}</mark>
          {after.text}
          {after.cut && '…'}
        </p>
      </blockquote>
      <figcaption>
        In <Link to={evidenceHref(evidence.article.key, evidence.key)}>{evidence.article.title}</Link>
        {evidence.article.outlet && <>, {evidence.article.outlet.name}</>},{' '}
        <PublishedOn at={evidence.article.publishedAt} />
      </figcaption>
    </figure>
  );
}
