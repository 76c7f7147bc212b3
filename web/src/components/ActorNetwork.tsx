// Who made claims about whom around one actor, drawn as a picture: actors as circles sized by their
// claims, speaker → subject arrows as wide as the claims between them and coloured by their main
// kind. Cytoscape is large: pages load this module lazily (React.lazy), so it is fetched only where a
// graph is drawn. The same actors and links are listed beside the picture, for keyboards and screen
// readers, and the picture itself takes no focus.
import { useApolloClient } from '@apollo/client/react';
import cytoscape from 'cytoscape';
import fcose, { type FcoseLayoutOptions } from 'cytoscape-fcose';
import { useEffect, useEffectEvent, useReducer, useRef, useState } from 'react';
import { Link, useNavigate } from 'react-router';
import type { ClaimKind, ActorNetwork_NetworkFragment as NetworkData } from '../gql/graphql.ts';
import { type FragmentType, getFragmentData, graphql } from '../gql/index.ts';
import { KIND_COLOR, kindLabel } from '../kinds.ts';
import './ActorNetwork.css';

cytoscape.use(fcose);

export const ActorNetworkFragment = graphql(`
  fragment ActorNetwork_network on ActorNetwork {
    actors {
      id
      key
      name
      claimsMade(first: 0) {
        totalCount
      }
      claimsAbout(first: 0) {
        totalCount
      }
    }
    links {
      claimCount
      kinds
      speaker {
        key
      }
      subject {
        key
      }
    }
  }
`);

const ActorNetworkExpansionQuery = graphql(`
  query ActorNetworkExpansion($actor: ID!) {
    actorNetwork(actor: $actor) {
      ...ActorNetwork_network
    }
  }
`);

interface NetworkActor {
  key: string;
  name: string;
  /** Claims by or about the actor, in the whole graph. */
  claims: number;
}

interface NetworkLink {
  id: string;
  speaker: string;
  subject: string;
  claimCount: number;
  /** The kind most of its claims are (the API lists the kinds most frequent first). */
  mainKind: ClaimKind;
  kinds: readonly ClaimKind[];
}

interface Network {
  actors: ReadonlyMap<string, NetworkActor>;
  links: ReadonlyMap<string, NetworkLink>;
  /** Actors whose own links the picture shows (the page's actor, and those expanded). */
  expanded: ReadonlySet<string>;
}

/** The network with the actors and links of `data` added; the same object when nothing is new. */
function withLinks(network: Network, data: NetworkData, around: string): Network {
  const actors = new Map(network.actors);
  const links = new Map(network.links);
  for (const actor of data.actors) {
    if (actors.has(actor.key)) continue;
    actors.set(actor.key, {
      key: actor.key,
      name: actor.name,
      claims: actor.claimsMade.totalCount + actor.claimsAbout.totalCount,
    });
  }
  for (const link of data.links) {
    const id = `${link.speaker.key} → ${link.subject.key}`;
    const mainKind = link.kinds[0];
    if (links.has(id) || !mainKind) continue;
    links.set(id, {
      id,
      speaker: link.speaker.key,
      subject: link.subject.key,
      claimCount: link.claimCount,
      mainKind,
      kinds: link.kinds,
    });
  }
  const expanded = network.expanded.has(around) ? network.expanded : new Set([...network.expanded, around]);
  if (actors.size === network.actors.size && links.size === network.links.size && expanded === network.expanded) {
    return network;
  }
  return { actors, links, expanded };
}

const EMPTY: Network = { actors: new Map(), links: new Map(), expanded: new Set() };

const LABEL_SIZE = 13;
/** The smallest a label may look, in CSS pixels, however far the picture is zoomed out to fit. */
const MIN_LABEL_ON_SCREEN = 10;
/** How wide a label may run before it wraps, in multiples of its font size. */
const LABEL_WIDTH_EMS = 9;

/** Past this many actors the picture gets a taller box, so its labels stay readable. */
const LARGE_NETWORK = 12;

const nodeSize = (claims: number) => Math.min(72, 22 + 6 * Math.sqrt(claims));
const linkWidth = (claimCount: number) => 1 + 1.4 * Math.sqrt(claimCount);

const STYLE: cytoscape.StylesheetJson = [
  {
    selector: 'node',
    style: {
      width: 'data(size)',
      height: 'data(size)',
      'background-color': '#e8edf3',
      'border-width': 2,
      'border-color': '#4d5763',
      label: 'data(name)',
      'font-family': 'system-ui, -apple-system, "Segoe UI", Roboto, "Noto Sans", "DejaVu Sans", sans-serif',
      'font-size': LABEL_SIZE,
      color: '#1d232b',
      'text-valign': 'bottom',
      'text-margin-y': 4,
      'text-wrap': 'wrap',
      'text-max-width': `${LABEL_SIZE * LABEL_WIDTH_EMS}px`,
      'text-background-color': '#ffffff',
      'text-background-opacity': 0.85,
      'text-background-padding': '2px',
    },
  },
  // Rimmed: the picture shows all its links. Filled: the actor the picture is around.
  { selector: 'node.expanded', style: { 'border-color': '#1d232b', 'border-width': 4 } },
  { selector: 'node.focus', style: { 'background-color': '#1d232b', 'font-weight': 'bold' } },
  {
    selector: 'edge',
    style: {
      width: 'data(width)',
      'line-color': 'data(color)',
      'target-arrow-color': 'data(color)',
      'target-arrow-shape': 'triangle',
      'curve-style': 'bezier',
      opacity: 0.9,
    },
  },
];

/** The container, with the cytoscape instance on it: browser tests find a node's position through it. */
type NetworkContainer = HTMLDivElement & { cy?: cytoscape.Core };

export function ActorNetwork(props: {
  network: FragmentType<typeof ActorNetworkFragment>;
  /** The actor the network is around. */
  actor: { key: string; name: string };
}) {
  const data = getFragmentData(ActorNetworkFragment, props.network);
  if (data.links.length === 0) {
    return (
      <p className="empty">No claims by {props.actor.name} about another actor, nor by another actor about them.</p>
    );
  }
  return <NetworkPicture data={data} actor={props.actor} />;
}

function NetworkPicture(props: { data: NetworkData; actor: { key: string; name: string } }) {
  const { data } = props;
  const [network, addLinks] = useReducer(
    (current: Network, added: { data: NetworkData; around: string }) => withLinks(current, added.data, added.around),
    EMPTY,
  );
  const client = useApolloClient();
  const navigate = useNavigate();
  const containerRef = useRef<NetworkContainer>(null);
  const [expanding, setExpanding] = useState<string | null>(null);
  const [status, setStatus] = useState('');
  // The network the picture last finished laying out: the picture is busy until it is the current one.
  const [laidOut, setLaidOut] = useState<Network | null>(null);

  const focusKey = props.actor.key;
  useEffect(() => addLinks({ data, around: focusKey }), [data, focusKey]);

  const expand = async (key: string) => {
    if (expanding !== null || network.expanded.has(key)) return;
    const name = network.actors.get(key)?.name ?? key;
    setExpanding(key);
    try {
      const result = await client.query({ query: ActorNetworkExpansionQuery, variables: { actor: key } });
      if (!result.data) throw new Error('no data');
      const added = getFragmentData(ActorNetworkFragment, result.data.actorNetwork);
      addLinks({ data: added, around: key });
      const fresh = added.links.filter((l) => !network.links.has(`${l.speaker.key} → ${l.subject.key}`)).length;
      setStatus(fresh > 0 ? `Added ${fresh} links of ${name}.` : `${name} has no other links.`);
    } catch {
      setStatus(`The links of ${name} could not be loaded.`);
    } finally {
      setExpanding(null);
    }
  };

  // What the picture's clicks do; effect events, since the instance outlives renders.
  const openActor = useEffectEvent((key: string) => navigate(`/actors/${encodeURIComponent(key)}`));
  const expandActor = useEffectEvent((key: string) => void expand(key));

  useEffect(() => {
    const container = containerRef.current!;
    const cy = cytoscape({
      container,
      style: STYLE,
      // The picture must not take over the page's scrolling or keyboard: no zoom or pan by wheel or
      // drag (it fits itself to its box), no selection.
      userZoomingEnabled: false,
      userPanningEnabled: false,
      boxSelectionEnabled: false,
      autounselectify: true,
      // A network of two or three actors stays at a readable scale rather than filling the box.
      maxZoom: 1.6,
    });
    container.cy = cy;
    cy.on('tap', 'node', (event) => openActor(event.target.id()));
    cy.on('cxttap taphold', 'node', (event) => expandActor(event.target.id()));
    cy.on('mouseover', 'node', () => {
      container.style.cursor = 'pointer';
    });
    cy.on('mouseout', 'node', () => {
      container.style.cursor = '';
    });
    return () => {
      cy.destroy();
      delete container.cy;
    };
  }, []);

  // Adds what is new to the picture and lays it out again: from scratch the first time, from the
  // current positions after an expansion, so the picture grows rather than jumps.
  useEffect(() => {
    const cy = containerRef.current?.cy;
    if (!cy || network.actors.size === 0) return;
    const fresh = cy.nodes().empty();
    let added = 0;
    cy.batch(() => {
      for (const actor of network.actors.values()) {
        if (cy.getElementById(actor.key).nonempty()) continue;
        cy.add({ group: 'nodes', data: { id: actor.key, name: actor.name, size: nodeSize(actor.claims) } });
        added += 1;
      }
      for (const link of network.links.values()) {
        if (cy.getElementById(link.id).nonempty()) continue;
        cy.add({
          group: 'edges',
          data: {
            id: link.id,
            source: link.speaker,
            target: link.subject,
            width: linkWidth(link.claimCount),
            color: KIND_COLOR[link.mainKind],
          },
        });
        added += 1;
      }
      cy.nodes().forEach((node) => {
        node.toggleClass('expanded', network.expanded.has(node.id()));
        node.toggleClass('focus', node.id() === focusKey);
      });
    });
    if (added === 0) {
      setLaidOut(network);
      return;
    }
    const animate = !fresh && !window.matchMedia('(prefers-reduced-motion: reduce)').matches;
    const layout: FcoseLayoutOptions = {
      name: 'fcose',
      // 'proof' keeps labels apart (it counts them in a node's size) and can start from the current positions.
      quality: 'proof',
      randomize: fresh,
      animate,
      animationDuration: 400,
      fit: true,
      padding: 36,
      nodeDimensionsIncludeLabels: true,
      packComponents: false,
      idealEdgeLength: 90,
      nodeRepulsion: 16000,
      stop: () => {
        // A large network is drawn small: its labels grow back to a readable size on screen.
        const fontSize = Math.max(LABEL_SIZE, MIN_LABEL_ON_SCREEN / cy.zoom());
        cy.nodes().style({ 'font-size': fontSize, 'text-max-width': `${fontSize * LABEL_WIDTH_EMS}px` });
        setLaidOut(network);
      },
    };
    // The box may have grown with the network: measure it before fitting the picture to it.
    cy.resize();
    cy.layout(layout).run();
  }, [network, focusKey]);

  const links = [...network.links.values()];
  const kindsShown = [...new Set(links.map((l) => l.mainKind))].sort();
  const actors = [...network.actors.values()].sort((a, b) => b.claims - a.claims || a.name.localeCompare(b.name));
  const nameOf = (key: string) => network.actors.get(key)?.name ?? key;

  return (
    <div className="actor-network">
      <div
        ref={containerRef}
        className={actors.length > LARGE_NETWORK ? 'network-picture large' : 'network-picture'}
        role="img"
        aria-label={`Who made claims about whom around ${props.actor.name}: ${actors.length} actors and ${links.length} links, listed below the picture.`}
        aria-busy={laidOut !== network}
      />
      <p className="network-hint">
        Click an actor to open its page. Right-click or long-press one, or use “Show links” below, to add its own links
        to the picture.
      </p>
      <div className="network-legend">
        <h3>Kinds of claims</h3>
        <ul aria-label="Colours of the links: the main kind of their claims">
          {kindsShown.map((kind) => (
            <li key={kind}>
              <span className="legend-swatch" style={{ background: KIND_COLOR[kind] }} aria-hidden="true" />
              {kindLabel(kind)}
            </li>
          ))}
        </ul>
        <p className="legend-note">
          An arrow goes from the speaker to the actor spoken about; the wider, the more claims. A circle is larger the
          more claims are by or about that actor.
        </p>
      </div>
      <p className="network-status" aria-live="polite">
        {status}
      </p>
      <h3>Actors in the picture</h3>
      <ul className="network-actors">
        {actors.map((actor) => (
          <li key={actor.key}>
            <Link to={`/actors/${encodeURIComponent(actor.key)}`}>{actor.name}</Link>{' '}
            <span className="network-claims">
              {actor.claims} {actor.claims === 1 ? 'claim' : 'claims'}
            </span>{' '}
            {network.expanded.has(actor.key) ? (
              <span className="network-claims">links shown</span>
            ) : (
              <button
                type="button"
                className="secondary small"
                disabled={expanding !== null}
                onClick={() => void expand(actor.key)}
              >
                {expanding === actor.key ? 'Loading…' : 'Show links'}
                <span className="visually-hidden"> of {actor.name}</span>
              </button>
            )}
          </li>
        ))}
      </ul>
      <details className="network-links">
        <summary>The {links.length} links as a list</summary>
        <ul>
          {links.map((link) => (
            <li key={link.id}>
              {nameOf(link.speaker)} → {nameOf(link.subject)}: {link.claimCount}{' '}
              {link.claimCount === 1 ? 'claim' : 'claims'} ({link.kinds.map(kindLabel).join(', ').toLowerCase()})
            </li>
          ))}
        </ul>
      </details>
    </div>
  );
}
