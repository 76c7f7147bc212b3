import { Fragment, type KeyboardEvent, type ReactNode, useEffect, useRef, useState } from 'react';
import { Link, useLocation } from 'react-router';
import { type Paragraph, type Piece, paragraphsOf } from '../evidence-passages.ts';
import type { ClaimKind, HighlightedBody_EvidenceFragment } from '../gql/graphql.ts';
import { type FragmentType, getFragmentData, graphql } from '../gql/index.ts';
import { CLAIM_KINDS, KIND_COLOR, kindLabel } from '../kinds.ts';
import { KindBadge } from './KindBadge.tsx';
import './HighlightedBody.css';

export const HighlightedBodyFragment = graphql(`
  fragment HighlightedBody_evidence on Evidence {
    key
    start
    end
    claim {
      key
      kind
      paraphrase
      speaker {
        name
      }
    }
  }
`);

type Claim = HighlightedBody_EvidenceFragment['claim'];

/** The id of a passage's element: the claim page links to `#evidence-<key>`. */
export const passageId = (evidenceKey: string) => `evidence-${evidenceKey}`;

const noteId = (claimKey: string) => `claim-note-${claimKey}`;

/** Long enough for the pointer to cross from a passage onto its card. */
const HIDE_DELAY_MS = 200;

interface Shown {
  claims: Claim[];
  paragraph: number;
  /** Where the card goes, in the body's own coordinates (wide screens only). */
  top: number;
  left: number;
}

/**
 * An article's body with every evidence passage highlighted in its claim's kind colour. Each run
 * of highlighted words links to its claim (the innermost one where claims share words); hovering
 * or focusing it shows who said what, for every claim on those words. The passage the address's
 * `#evidence-<key>` names is scrolled to and marked.
 */
export function HighlightedBody(props: { body: string; evidence: FragmentType<typeof HighlightedBodyFragment>[] }) {
  const evidence = getFragmentData(HighlightedBodyFragment, props.evidence);
  const { body } = props;
  const paragraphs = paragraphsOf(body, evidence);
  const claimOf = new Map(evidence.map((e) => [e.key, e.claim]));
  const claims = [...new Map(evidence.map((e) => [e.claim.key, e.claim])).values()];
  const kinds = CLAIM_KINDS.filter((kind) => claims.some((claim) => claim.kind === kind));

  const target = useTargetPassage();
  const bodyRef = useRef<HTMLDivElement>(null);
  const [shown, setShown] = useState<Shown | null>(null);
  const hideTimer = useRef<ReturnType<typeof setTimeout>>(undefined);
  const keepShown = () => clearTimeout(hideTimer.current);
  const hideSoon = () => {
    clearTimeout(hideTimer.current);
    hideTimer.current = setTimeout(() => setShown(null), HIDE_DELAY_MS);
  };
  useEffect(() => () => clearTimeout(hideTimer.current), []);
  // Escape dismisses the card without moving the focus or the pointer (WCAG 1.4.13).
  const dismissOnEscape = (event: KeyboardEvent) => {
    if (event.key === 'Escape') setShown(null);
  };

  useEffect(() => {
    if (target) document.getElementById(target)?.scrollIntoView({ block: 'center' });
  }, [target]);

  function show(link: HTMLElement, shownClaims: Claim[], paragraph: number, pointerY?: number) {
    keepShown();
    const box = bodyRef.current!.getBoundingClientRect();
    // Under the line the pointer is on (a passage may wrap over several), else under its last line.
    const lines = [...link.getClientRects()];
    const line =
      (pointerY === undefined ? undefined : lines.find((r) => pointerY >= r.top && pointerY <= r.bottom)) ??
      lines.at(-1) ??
      link.getBoundingClientRect();
    setShown({ claims: shownClaims, paragraph, top: line.bottom - box.top + 2, left: line.left - box.left });
  }

  function renderPieces(pieces: Piece[], paragraph: number): ReactNode[] {
    return pieces.map((piece) => {
      const text = body.slice(piece.start, piece.end);
      if (piece.type === 'passage') {
        const id = piece.first ? passageId(piece.key) : undefined;
        return (
          <span key={piece.start} id={id} className={id && id === target ? 'passage is-target' : 'passage'}>
            {renderPieces(piece.children, paragraph)}
          </span>
        );
      }
      if (piece.covering.length === 0) return text;
      const covering = [...new Map(piece.covering.map((key) => claimOf.get(key)!).map((c) => [c.key, c])).values()];
      return (
        <Link
          key={piece.start}
          to={`/claims/${encodeURIComponent(covering[0]!.key)}`}
          className={covering.length > 1 ? 'evidence-link shared' : 'evidence-link'}
          style={highlight(covering.map((c) => c.kind))}
          aria-describedby={covering.map((c) => noteId(c.key)).join(' ')}
          onFocus={(event) => show(event.currentTarget, covering, paragraph)}
          onBlur={hideSoon}
          onMouseEnter={(event) => show(event.currentTarget, covering, paragraph, event.clientY)}
          onMouseLeave={hideSoon}
          onKeyDown={dismissOnEscape}
        >
          {text}
        </Link>
      );
    });
  }

  return (
    <>
      {kinds.length > 0 && <KindLegend kinds={kinds} />}
      <div className="highlighted-body" ref={bodyRef}>
        {paragraphs.map((paragraph: Paragraph, index) => (
          <Fragment key={paragraph.start}>
            <p>{renderPieces(paragraph.pieces, index)}</p>
            {shown?.paragraph === index && (
              <ClaimsCard shown={shown} keep={keepShown} hide={hideSoon} onKeyDown={dismissOnEscape} />
            )}
          </Fragment>
        ))}
        <div hidden>
          {claims.map((claim) => (
            <span key={claim.key} id={noteId(claim.key)}>
              {claim.speaker.name}, {kindLabel(claim.kind).toLowerCase()}: {claim.paraphrase}
            </span>
          ))}
        </div>
      </div>
    </>
  );
}

/** The passage `#evidence-<key>` names, if the address has one. */
function useTargetPassage(): string | null {
  const { hash } = useLocation();
  if (!hash.startsWith(`#${passageId('')}`)) return null;
  try {
    return decodeURIComponent(hash.slice(1));
  } catch {
    return null;
  }
}

/** A light tint of each claim's colour behind the words, underlined in the innermost claim's. */
function highlight(kinds: ClaimKind[]): React.CSSProperties {
  if (kinds.length === 1)
    return { textDecorationColor: KIND_COLOR[kinds[0]!], background: `${KIND_COLOR[kinds[0]!]}24` };
  // Words several claims share are striped with each claim's tint, a little stronger to tell them apart.
  const stripes = kinds.map((kind, i) => `${KIND_COLOR[kind]}40 ${i * 0.4}em ${(i + 1) * 0.4}em`).join(', ');
  return { textDecorationColor: KIND_COLOR[kinds[0]!], background: `repeating-linear-gradient(135deg, ${stripes})` };
}

/** Who said what on the words under the pointer or the focus; paraphrases link to the claims. */
function ClaimsCard({
  shown,
  keep,
  hide,
  onKeyDown,
}: {
  shown: Shown;
  keep: () => void;
  hide: () => void;
  onKeyDown: (event: KeyboardEvent) => void;
}) {
  return (
    // Not a tooltip: it holds links, which the pointer can reach (it stays while hovered).
    // biome-ignore lint/a11y/noStaticElementInteractions: hover and focus keep it open; Escape closes it.
    <div
      className="claims-card"
      style={{ top: shown.top, left: `min(${shown.left}px, 100% - var(--card-width))` }}
      onMouseEnter={keep}
      onMouseLeave={hide}
      onFocus={keep}
      onBlur={hide}
      onKeyDown={onKeyDown}
    >
      {shown.claims.map((claim) => (
        <div key={claim.key} className="claims-card-claim">
          <p>
            <strong>{claim.speaker.name}</strong> <KindBadge kind={claim.kind} />
          </p>
          <p>
            <Link to={`/claims/${encodeURIComponent(claim.key)}`}>{claim.paraphrase}</Link>
          </p>
        </div>
      ))}
    </div>
  );
}

function KindLegend({ kinds }: { kinds: ClaimKind[] }) {
  return (
    <div className="kind-legend">
      <span id="kind-legend-title">Highlighted claims, by kind:</span>
      <ul aria-labelledby="kind-legend-title">
        {kinds.map((kind) => (
          <li key={kind}>
            <span className="kind-swatch" style={highlight([kind])} aria-hidden="true">
              Aa
            </span>
            {kindLabel(kind)}
          </li>
        ))}
      </ul>
    </div>
  );
}
