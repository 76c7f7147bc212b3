// The JSON-LD @context every document of this server carries inline (nothing to fetch), and the
// server's own vocabulary for what schema.org and PROV-O have no term for: a claim that disputes or
// supports another, a claim's kind and cue. The vocabulary is served at /vocab, so its terms resolve.

/** Where the vocabulary lives on a server: its terms are `${vocabularyUrl(origin)}#disputes`… */
export function vocabularyUrl(origin: string): string {
  return `${origin}/vocab`;
}

export function jsonLdContext(origin: string) {
  return {
    '@vocab': 'https://schema.org/',
    prov: 'http://www.w3.org/ns/prov#',
    oa: 'http://www.w3.org/ns/oa#',
    xsd: 'http://www.w3.org/2001/XMLSchema#',
    rdfs: 'http://www.w3.org/2000/01/rdf-schema#',
    claimgraph: `${vocabularyUrl(origin)}#`,
  };
}

interface Term {
  name: string;
  type: 'rdfs:Class' | 'rdf:Property';
  comment: string;
}

const TERMS: readonly Term[] = [
  {
    name: 'Group',
    type: 'rdfs:Class',
    comment: 'Actors spoken of together without being an organisation: "foreign experts".',
  },
  { name: 'kind', type: 'rdf:Property', comment: 'What kind of statement a claim is: ACCUSATION, DENIAL, PLEDGE…' },
  {
    name: 'cue',
    type: 'rdf:Property',
    comment: 'The attribution verb an article reports a claim with: said, scoffed…',
  },
  { name: 'origin', type: 'rdf:Property', comment: 'CURATED (put in by people) or EXTRACTED (found by a machine).' },
  { name: 'confidence', type: 'rdf:Property', comment: 'How sure the extractor was of an extracted claim, 0 to 1.' },
  { name: 'onBehalfOf', type: 'rdf:Property', comment: 'Whom the speaker spoke for (Kirby for the White House).' },
  { name: 'channel', type: 'rdf:Property', comment: 'The medium a claim reached the press through.' },
  { name: 'disputes', type: 'rdf:Property', comment: 'The claim contradicts the other claim.' },
  { name: 'disputedBy', type: 'rdf:Property', comment: 'The other claim contradicts this claim.' },
  { name: 'supports', type: 'rdf:Property', comment: 'The claim bears the other claim out.' },
  { name: 'supportedBy', type: 'rdf:Property', comment: 'The other claim bears this claim out.' },
];

/** The vocabulary itself, as JSON-LD: what /vocab answers. */
export function vocabularyDocument(origin: string) {
  const base = vocabularyUrl(origin);
  return {
    '@context': { ...jsonLdContext(origin), rdf: 'http://www.w3.org/1999/02/22-rdf-syntax-ns#' },
    '@graph': [
      {
        '@id': base,
        'rdfs:label': 'claimgraph vocabulary',
        'rdfs:comment': 'Terms for who said what about whom that schema.org and PROV-O lack.',
      },
      ...TERMS.map((term) => ({
        '@id': `claimgraph:${term.name}`,
        '@type': term.type,
        'rdfs:label': term.name,
        'rdfs:comment': term.comment,
        'rdfs:isDefinedBy': { '@id': base },
      })),
    ],
  };
}
