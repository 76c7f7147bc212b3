// Synthetic news at scale: a deterministic stream of GraphBatch chunks shaped like a real news graph,
// for load and query tests from ten thousand to millions of claims.
//
// The shape follows what the seed shows and real news has: a few actors speak and are spoken about
// far more than most (Zipf-ranked popularity), articles report several claims each, about a tenth of
// the claims are reported again by later articles, and a few claims dispute or support earlier ones.
// Every evidence text is cut from its article body at the stored offsets, with 32 characters of
// context, exactly as the seed's annotations are located.
//
// The output depends only on the claim count and the seed. Entities come first (locations, then
// actors, then events, each after what it refers to), then articles in publication order; the batch
// size only decides where that stream is cut, so the graph is the same whatever the batch size.
// Only the entities (a few percent of the claim count) and a short window of recent claims are held
// in memory, never the graph.
import { setImmediate as yieldToEventLoop } from 'node:timers/promises';
import {
  type ActorRecord,
  type ArticleRecord,
  type ClaimRecord,
  type EventRecord,
  type EvidenceRecord,
  emptyGraphBatch,
  type FuzzyDate,
  type GraphBatch,
  type LocationRecord,
} from '../model/graph.ts';
import type { AboutRole, ActorKind, ClaimKind, DatePrecision, LocationKind } from '../model/vocabulary.ts';

export interface GenerateOptions {
  /** Claims to generate; every other count follows from it (see planNews). */
  claims: number;
  /** Seeds the PRNG: the same seed and claim count give the same graph. */
  seed: number;
  /** Claims per batch. An article is never split, so a batch may hold a few more. */
  batchClaims: number;
}

export interface NewsPlan {
  countries: number;
  locations: number;
  actors: number;
  events: number;
}

/** Characters of context kept on each side of an evidence span, as in src/ingest/annotations.ts. */
const CONTEXT_CHARS = 32;

/** Exponent of the popularity law: the actor of rank r is picked with weight 1 / r^s. */
const ZIPF_EXPONENT = 1.0;
/** Share of claims that later articles report again. */
const REREPORTED_SHARE = 0.1;
/** New claims per article: 3 to 9, 6 on average. */
const MIN_CLAIMS_PER_ARTICLE = 3;
const MAX_CLAIMS_PER_ARTICLE = 9;
const MEAN_CLAIMS_PER_ARTICLE = (MIN_CLAIMS_PER_ARTICLE + MAX_CLAIMS_PER_ARTICLE) / 2;
/** Articles are spread over these years; statement and event dates fall in the same span. */
const FIRST_YEAR = 2019;
const YEARS = 6;
const DAY_MS = 86_400_000;
const SPAN_START_MS = Date.UTC(FIRST_YEAR, 0, 1);
const SPAN_MS = Date.UTC(FIRST_YEAR + YEARS, 0, 1) - SPAN_START_MS;

// ---------------------------------------------------------------------------------------------
// Randomness: sfc32 (Doty-Humphrey's small fast counter, 128-bit state), seeded through splitmix32.
// Each part of the generator draws from its own stream, so changing how articles are written does
// not reshuffle the actors.

class Random {
  private a: number;
  private b: number;
  private c: number;
  private d: number;

  constructor(seed: number, stream: string) {
    let state = (seed ^ hashString(stream)) >>> 0;
    const splitmix32 = () => {
      state = (state + 0x9e3779b9) | 0;
      let z = state;
      z = Math.imul(z ^ (z >>> 16), 0x85ebca6b);
      z = Math.imul(z ^ (z >>> 13), 0xc2b2ae35);
      return (z ^ (z >>> 16)) >>> 0;
    };
    this.a = splitmix32();
    this.b = splitmix32();
    this.c = splitmix32();
    this.d = splitmix32();
    for (let i = 0; i < 12; i++) this.next();
  }

  /** A float in [0, 1). */
  next(): number {
    const t = (((this.a + this.b) | 0) + this.d) | 0;
    this.d = (this.d + 1) | 0;
    this.a = this.b ^ (this.b >>> 9);
    this.b = (this.c + (this.c << 3)) | 0;
    this.c = (this.c << 21) | (this.c >>> 11);
    this.c = (this.c + t) | 0;
    return (t >>> 0) / 4294967296;
  }

  /** An integer in [0, n). */
  below(n: number): number {
    return Math.floor(this.next() * n);
  }

  /** An integer in [min, max]. */
  between(min: number, max: number): number {
    return min + this.below(max - min + 1);
  }

  chance(p: number): boolean {
    return this.next() < p;
  }

  pick<T>(items: readonly T[]): T {
    return items[this.below(items.length)]!;
  }

  shuffle<T>(items: T[]): T[] {
    for (let i = items.length - 1; i > 0; i--) {
      const j = this.below(i + 1);
      [items[i], items[j]] = [items[j]!, items[i]!];
    }
    return items;
  }
}

function hashString(text: string): number {
  let hash = 0x811c9dc5;
  for (let i = 0; i < text.length; i++) hash = Math.imul(hash ^ text.charCodeAt(i), 0x01000193);
  return hash >>> 0;
}

/** Draws keys with probability proportional to their weights. */
class Weighted<K extends string> {
  private readonly keys: K[];
  private readonly cumulative: number[] = [];

  constructor(weights: Readonly<Record<K, number>>) {
    this.keys = Object.keys(weights) as K[];
    let total = 0;
    for (const key of this.keys) {
      total += weights[key];
      this.cumulative.push(total);
    }
  }

  draw(rng: Random): K {
    const target = rng.next() * this.cumulative[this.cumulative.length - 1]!;
    let i = 0;
    while (this.cumulative[i]! <= target) i++;
    return this.keys[i]!;
  }
}

/** Draws ranks 0..size-1 with weight 1 / (rank + 1)^s: a few ranks get most of the draws. */
class ZipfRanks {
  private readonly cumulative: Float64Array;

  constructor(size: number, exponent = ZIPF_EXPONENT) {
    this.cumulative = new Float64Array(size);
    let total = 0;
    for (let rank = 0; rank < size; rank++) {
      total += 1 / (rank + 1) ** exponent;
      this.cumulative[rank] = total;
    }
  }

  draw(rng: Random): number {
    const target = rng.next() * this.cumulative[this.cumulative.length - 1]!;
    let low = 0;
    let high = this.cumulative.length - 1;
    while (low < high) {
      const middle = (low + high) >>> 1;
      if (this.cumulative[middle]! > target) high = middle;
      else low = middle + 1;
    }
    return low;
  }
}

/** Items ranked by popularity: drawing favours the first ones, as readers' attention does. */
class Popular<T> {
  private readonly ranks: ZipfRanks;
  constructor(readonly items: readonly T[]) {
    if (items.length === 0) throw new Error('a popularity ranking needs at least one item');
    this.ranks = new ZipfRanks(items.length);
  }
  draw(rng: Random): T {
    return this.items[this.ranks.draw(rng)]!;
  }
}

// ---------------------------------------------------------------------------------------------
// Ids: fixed-width numbers, so an entity keeps its id whatever the claim count.

const id = (prefix: string, width: number) => (index: number) => `gen-${prefix}-${String(index).padStart(width, '0')}`;
const countryId = id('country', 3);
const placeId = id('place', 5);
const actorId = id('actor', 6);
const eventId = id('event', 5);
const articleId = id('article', 6);
const claimId = id('claim', 7);

/** How many entities a graph of `claims` claims gets: the pools grow with it, more slowly. */
export function planNews(claims: number): NewsPlan {
  const countries = Math.min(150, Math.round(12 + claims / 10_000));
  const placesPerCountry = Math.max(4, Math.round(claims / 250 / countries));
  return {
    countries,
    locations: countries * (1 + placesPerCountry),
    actors: Math.round(150 + claims / 25),
    events: Math.round(15 + claims / 400),
  };
}

// ---------------------------------------------------------------------------------------------
// Words.

const SYLLABLES = [
  'ka',
  'lo',
  'mir',
  'dan',
  'vel',
  'sor',
  'tan',
  'bri',
  'gal',
  'hen',
  'ost',
  'ru',
  'zel',
  'mar',
  'nor',
  'pe',
  'quin',
  'ra',
  'sel',
  'tor',
  'ul',
  'vin',
  'wes',
  'ya',
  'dor',
  'fen',
  'gri',
  'har',
  'is',
  'jan',
  'bel',
  'cor',
  'des',
  'el',
  'fa',
  'ko',
  'lin',
  'mo',
  'na',
  'ob',
  'pra',
  'sa',
  'te',
  'vo',
  'zan',
];
const COUNTRY_ENDINGS = ['ia', 'land', 'stan', 'ova', 'ar', 'ania', 'esh', 'ica', 'or'];
const CITY_ENDINGS = ['', '', 'grad', 'burg', 'ville', 'polis', 'ovo', 'abad', 'heim'];
const COMPASS = ['Northern', 'Southern', 'Eastern', 'Western', 'Central', 'Upper', 'Lower', 'Coastal'];
const FIRST_NAMES = [
  'Anna',
  'Boris',
  'Chen',
  'Dmitri',
  'Elena',
  'Farid',
  'Greta',
  'Hassan',
  'Ines',
  'Jonas',
  'Kim',
  'Lena',
  'Marco',
  'Nadia',
  'Omar',
  'Petra',
  'Quentin',
  'Rosa',
  'Sergei',
  'Tomas',
  'Uma',
  'Viktor',
  'Wen',
  'Yusuf',
  'Zara',
  'Amir',
  'Beatriz',
  'Carlos',
  'Daria',
  'Emil',
  'Fatima',
  'Goran',
  'Hana',
  'Ivan',
  'Julia',
  'Kofi',
];
const GOVERNMENT_BODIES = [
  'Foreign Ministry',
  'Defense Ministry',
  'Presidential Office',
  'Interior Ministry',
  'Trade Ministry',
  'Prime Minister’s Office',
  'Finance Ministry',
  'Energy Ministry',
];
const ORGANIZATION_KINDS = [
  'Security Council',
  'Energy Agency',
  'Defense Institute',
  'Trade Union',
  'Election Commission',
  'Human Rights League',
  'Shipping Authority',
  'Research Center',
  'People’s Party',
  'Central Bank',
  'Chamber of Commerce',
  'Nuclear Agency',
];
const ORGANIZATION_QUALIFIERS = ['National', 'Federal', 'Independent', 'United', 'Democratic', 'Maritime'];
const OUTLET_NAMES = ['Times', 'Herald', 'Post', 'Tribune', 'Gazette', 'Courier', 'Daily', 'Broadcasting'];
const AFFILIATION_ROLES: Record<ActorKind, readonly string[]> = {
  PERSON: ['adviser'],
  ORGANIZATION: ['chair', 'member', 'spokesperson', 'director'],
  GOVERNMENT: ['minister', 'spokesperson', 'adviser', 'deputy minister'],
  COUNTRY: ['president', 'ambassador', 'prime minister'],
  MEDIA_OUTLET: ['correspondent', 'editor'],
  GROUP: ['member'],
};
const MONTHS = [
  'January',
  'February',
  'March',
  'April',
  'May',
  'June',
  'July',
  'August',
  'September',
  'October',
  'November',
  'December',
];
const WEEKDAYS = ['Sunday', 'Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday', 'Saturday'];

function word(rng: Random, syllables: number): string {
  let text = '';
  for (let i = 0; i < syllables; i++) text += rng.pick(SYLLABLES);
  return text.charAt(0).toUpperCase() + text.slice(1);
}

/** Draws names until one is new, so datelines and countries are unambiguous. */
function uniqueName(rng: Random, taken: Set<string>, make: () => string): string {
  for (let attempt = 0; ; attempt++) {
    const name = attempt < 20 ? make() : `${make()} ${word(rng, 2)}`;
    if (!taken.has(name)) {
      taken.add(name);
      return name;
    }
  }
}

/** "Kalorstan News Agency" → "KNA": the short name a dateline gives in parentheses. */
function acronym(name: string): string {
  return name
    .split(/\s+/)
    .filter((part) => /^[A-Z]/.test(part))
    .map((part) => part[0])
    .join('');
}

const capitalize = (text: string) => text.charAt(0).toUpperCase() + text.slice(1);
const isoDate = (ms: number) => new Date(ms).toISOString().slice(0, 10);
const isoLocalDateTime = (ms: number) => new Date(ms).toISOString().slice(0, 19);

function withCommas(n: number): string {
  return String(n).replace(/\B(?=(\d{3})+(?!\d))/g, ',');
}

/** A date of the span at a random precision, stored as the first day of its period. */
function fuzzyDay(rng: Random, ms: number, precisions: Weighted<DatePrecision>): FuzzyDate {
  const precision = precisions.draw(rng);
  const day = isoDate(ms);
  const date = precision === 'DAY' ? day : precision === 'MONTH' ? `${day.slice(0, 7)}-01` : `${day.slice(0, 4)}-01-01`;
  return { date, precision };
}

// ---------------------------------------------------------------------------------------------
// The world: places, actors and events, written before any article refers to them.

interface Place {
  id: string;
  name: string;
  kind: LocationKind;
}

interface Actor {
  id: string;
  name: string;
  kind: ActorKind;
  /** The government or organization a person speaks for, when any. */
  principalId: string | null;
}

/** The entities to write, and the same ranked by popularity for the articles to draw from. */
interface World {
  locations: LocationRecord[];
  actors: ActorRecord[];
  events: EventRecord[];
  popularPlaces: Popular<Place>;
  /** Cities, for datelines. */
  popularCities: Popular<Place>;
  /** Every actor: the first ones speak and are spoken about the most. */
  popularActors: Popular<Actor>;
  popularOutlets: Popular<Actor & { alias: string }>;
  popularEvents: Popular<{ id: string; name: string }>;
  /** For background sentences, which name people and institutions without linking them. */
  people: Actor[];
  institutions: Actor[];
}

const PLACE_KINDS = new Weighted<'CITY' | 'PORT' | 'SETTLEMENT'>({ CITY: 5, PORT: 2, SETTLEMENT: 2 });

function buildPlaces(
  rng: Random,
  plan: NewsPlan,
): { locations: LocationRecord[]; countries: Place[]; capitals: Place[] } {
  const names = new Set<string>();
  const locations: LocationRecord[] = [];
  const countries: Place[] = [];
  const capitals: Place[] = [];
  const placesPerCountry = plan.locations / plan.countries - 1;
  const subPlaces: LocationRecord[] = [];
  let placeIndex = 0;
  for (let c = 0; c < plan.countries; c++) {
    const country: Place = {
      id: countryId(c),
      name: uniqueName(rng, names, () => word(rng, rng.between(1, 2)) + rng.pick(COUNTRY_ENDINGS)),
      kind: 'COUNTRY',
    };
    const latitude = rng.between(-40, 60) + rng.next();
    const longitude = rng.between(-170, 170) + rng.next();
    countries.push(country);
    locations.push({ ...country, latitude, longitude, withinId: null });
    // A region or two per country; cities, ports and settlements inside a region or the country.
    const regions: string[] = [];
    for (let p = 0; p < placesPerCountry; p++) {
      const kind: LocationKind = p < 1 ? 'CITY' : p < 3 || rng.chance(0.1) ? 'REGION' : PLACE_KINDS.draw(rng);
      const stem = () => word(rng, rng.between(2, 3));
      const name = uniqueName(rng, names, () =>
        kind === 'REGION'
          ? `${rng.pick(COMPASS)} ${country.name}`
          : kind === 'PORT'
            ? `Port ${stem()}`
            : `${stem()}${kind === 'SETTLEMENT' ? rng.pick(['ovo', 'dorf', 'ino']) : rng.pick(CITY_ENDINGS)}`,
      );
      const record: LocationRecord = {
        id: placeId(placeIndex++),
        name,
        kind,
        latitude: latitude + (rng.next() - 0.5) * 6,
        longitude: longitude + (rng.next() - 0.5) * 6,
        withinId: kind !== 'REGION' && regions.length > 0 && rng.chance(0.6) ? rng.pick(regions) : country.id,
      };
      if (kind === 'REGION') regions.push(record.id);
      if (p === 0) capitals.push({ id: record.id, name, kind });
      subPlaces.push(record);
    }
  }
  // Countries first, then regions, then the rest: every place comes after the one it lies in.
  const order: Record<LocationKind, number> = { COUNTRY: 0, REGION: 1, CITY: 2, PORT: 2, SETTLEMENT: 2 };
  subPlaces.sort((a, b) => order[a.kind] - order[b.kind]);
  locations.push(...subPlaces);
  return { locations, countries, capitals };
}

function buildActors(
  rng: Random,
  plan: NewsPlan,
  countries: Place[],
  capitals: Place[],
  cityIds: string[],
): ActorRecord[] {
  const names = new Set<string>();
  const records: ActorRecord[] = [];
  const add = (kind: ActorKind, name: string, fields: Partial<ActorRecord> = {}) => {
    records.push({
      id: fields.id ?? actorId(records.length),
      kind,
      name,
      aliases: fields.aliases ?? [],
      description: fields.description ?? null,
      basedInId: fields.basedInId ?? null,
      affiliations: fields.affiliations ?? [],
    });
  };
  const countryOf = () => rng.below(countries.length);
  // Countries are both a place and an actor under one id, as in the seed.
  for (const country of countries) {
    add('COUNTRY', country.name, {
      id: country.id,
      description: `The state of ${country.name}.`,
      basedInId: country.id,
    });
  }
  const governments = Math.min(countries.length * GOVERNMENT_BODIES.length, Math.round(plan.actors * 0.08));
  for (let g = 0; g < governments; g++) {
    const c = g % countries.length;
    const body = GOVERNMENT_BODIES[Math.floor(g / countries.length) % GOVERNMENT_BODIES.length]!;
    add('GOVERNMENT', `${countries[c]!.name} ${body}`, {
      aliases: [`the ${body}`],
      description: `The ${body.toLowerCase()} of ${countries[c]!.name}.`,
      basedInId: capitals[c]!.id,
      affiliations: [{ actorId: countries[c]!.id, role: 'government' }],
    });
  }
  const organizations = Math.round(plan.actors * 0.15);
  for (let o = 0; o < organizations; o++) {
    const c = countryOf();
    const international = rng.chance(0.15);
    const kind = rng.pick(ORGANIZATION_KINDS);
    const name = uniqueName(rng, names, () =>
      international
        ? `International ${kind} of ${word(rng, 2)}`
        : `${countries[c]!.name} ${rng.pick(ORGANIZATION_QUALIFIERS)} ${kind}`,
    );
    add('ORGANIZATION', name, {
      aliases: [acronym(name)],
      description: international
        ? `An international ${kind.toLowerCase()}.`
        : `A ${kind.toLowerCase()} in ${countries[c]!.name}.`,
      basedInId: international ? rng.pick(cityIds) : capitals[c]!.id,
      affiliations: !international && rng.chance(0.3) ? [{ actorId: countries[c]!.id, role: 'state body' }] : [],
    });
  }
  const outlets = Math.max(6, Math.round(plan.actors * 0.012));
  for (let o = 0; o < outlets; o++) {
    const c = countryOf();
    const name = uniqueName(rng, names, () =>
      rng.chance(0.3) ? `${countries[c]!.name} News Agency` : `${word(rng, 2)} ${rng.pick(OUTLET_NAMES)}`,
    );
    add('MEDIA_OUTLET', name, {
      aliases: [acronym(name)],
      description: `A news outlet based in ${countries[c]!.name}.`,
      basedInId: capitals[c]!.id,
    });
  }
  const groups = Math.round(plan.actors * 0.05);
  for (let g = 0; g < groups; g++) {
    const country = countries[countryOf()]!.name;
    const name = uniqueName(rng, names, () =>
      rng.pick([
        `${country} officials`,
        `Unnamed ${country} sources`,
        `Opposition lawmakers in ${country}`,
        `Analysts in ${country}`,
        `Protesters in ${word(rng, 2)}`,
        `Western diplomats in ${country}`,
      ]),
    );
    add('GROUP', name, { description: `An unnamed collective: ${name.toLowerCase()}.` });
  }
  // People last: most of them speak for one of the institutions above.
  const institutions = records.filter((r) => r.kind !== 'GROUP');
  while (records.length < plan.actors) {
    const surname = word(rng, rng.between(2, 3));
    const name = `${rng.pick(FIRST_NAMES)} ${surname}`;
    const affiliations: ActorRecord['affiliations'] = [];
    for (let a = rng.chance(0.65) ? rng.between(1, 2) : 0; a > 0; a--) {
      const institution = rng.pick(institutions);
      if (affiliations.some((x) => x.actorId === institution.id)) continue;
      affiliations.push({ actorId: institution.id, role: rng.pick(AFFILIATION_ROLES[institution.kind]) });
    }
    const first = affiliations[0];
    const employer = first && institutions.find((i) => i.id === first.actorId);
    add('PERSON', name, {
      aliases: [surname],
      description: employer
        ? `${capitalize(first.role)}, ${employer.name}.`
        : `A commentator from ${countries[countryOf()]!.name}.`,
      basedInId: rng.chance(0.5) ? rng.pick(cityIds) : null,
      affiliations,
    });
  }
  return records;
}

/** Long-running events are often known only to the month or year; others mostly to the day. */
const UMBRELLA_PRECISIONS = new Weighted<DatePrecision>({ DAY: 3, MONTH: 4, YEAR: 3 });
const EVENT_PRECISIONS = new Weighted<DatePrecision>({ DAY: 6, MONTH: 3, YEAR: 1 });

function buildEvents(rng: Random, plan: NewsPlan, locations: LocationRecord[], actors: Popular<Actor>): EventRecord[] {
  const byKind = (kinds: LocationKind[]) => locations.filter((l) => kinds.includes(l.kind));
  const cities = byKind(['CITY']);
  const ports = byKind(['PORT', 'CITY']);
  const regions = byKind(['REGION', 'COUNTRY']);
  const countries = byKind(['COUNTRY']);
  const events: EventRecord[] = [];
  // The first tenth are long-running umbrellas (conflicts, crises) that later events belong to.
  const umbrellas = Math.max(2, Math.round(plan.events / 10));
  for (let e = 0; e < plan.events; e++) {
    const umbrella = e < umbrellas;
    const startMs = SPAN_START_MS + rng.below(umbrella ? SPAN_MS / 2 : SPAN_MS);
    const start = fuzzyDay(rng, startMs, umbrella ? UMBRELLA_PRECISIONS : EVENT_PRECISIONS);
    const year = start.date.slice(0, 4);
    const kind = umbrella
      ? 'conflict'
      : rng.pick(['summit', 'election', 'shipments', 'talks', 'protests', 'exercises']);
    const places: EventRecord['places'] = [];
    let name: string;
    let description: string;
    if (kind === 'conflict') {
      const region = rng.pick(regions);
      places.push({ locationId: region.id, role: 'VENUE' });
      name = `${region.name} ${rng.pick(['conflict', 'crisis', 'border dispute', 'blockade'])}`;
      description = `The long-running ${name}, which began in ${year}.`;
    } else if (kind === 'shipments') {
      const from = rng.pick(ports);
      const to = rng.pick(ports);
      places.push({ locationId: from.id, role: 'ORIGIN' });
      if (to.id !== from.id) places.push({ locationId: to.id, role: 'DESTINATION' });
      name = `${from.name}–${to.name} shipments`;
      description = `Cargo shipments from ${from.name} to ${to.name} reported in ${year}.`;
    } else if (kind === 'election') {
      const country = rng.pick(countries);
      places.push({ locationId: country.id, role: 'VENUE' });
      name = `${country.name} general election of ${year}`;
      description = `The general election held in ${country.name} in ${year}.`;
    } else {
      const city = rng.pick(kind === 'exercises' ? regions : cities);
      places.push({ locationId: city.id, role: 'VENUE' });
      name = `${city.name} ${kind} of ${year}`;
      description = `The ${kind} in ${city.name} in ${year}.`;
    }
    const participants: EventRecord['participants'] = [];
    for (let p = rng.between(1, 4); p > 0; p--) {
      const actor = actors.draw(rng);
      if (participants.some((x) => x.actorId === actor.id)) continue;
      participants.push({
        actorId: actor.id,
        role: rng.pick(['host', 'delegation', 'mediator', 'organizer', 'participant', 'observer']),
      });
    }
    const endsMs = startMs + rng.between(1, 40) * DAY_MS;
    events.push({
      id: eventId(e),
      name,
      description,
      start,
      end:
        !umbrella && rng.chance(0.4)
          ? { date: isoDate(Math.max(endsMs, Date.parse(start.date))), precision: 'DAY' }
          : null,
      // Only an earlier umbrella, so a parent is always written before its parts.
      partOfId: !umbrella && rng.chance(0.3) ? eventId(rng.below(umbrellas)) : null,
      places,
      participants,
    });
  }
  return events;
}

function buildWorld(seed: number, plan: NewsPlan): World {
  const rng = new Random(seed, 'world');
  const { locations, countries, capitals } = buildPlaces(rng, plan);
  const cityRecords = locations.filter((l) => l.kind === 'CITY');
  const actors = buildActors(
    rng,
    plan,
    countries,
    capitals,
    cityRecords.map((c) => c.id),
  );

  const employerKinds = new Set<ActorKind>(['GOVERNMENT', 'ORGANIZATION', 'COUNTRY']);
  const kindOf = new Map(actors.map((a) => [a.id, a.kind]));
  const asActor = (record: ActorRecord): Actor => ({
    id: record.id,
    name: record.name,
    kind: record.kind,
    principalId: record.affiliations.find((a) => employerKinds.has(kindOf.get(a.actorId)!))?.actorId ?? null,
  });
  const ranked = rng.shuffle(actors.map(asActor));
  const popularActors = new Popular(ranked);
  const outlets = actors
    .filter((a) => a.kind === 'MEDIA_OUTLET')
    .map((record) => ({ ...asActor(record), alias: record.aliases[0]! }));
  const events = buildEvents(rng, plan, locations, popularActors);
  const toPlace = (l: LocationRecord): Place => ({ id: l.id, name: l.name, kind: l.kind });
  return {
    locations,
    actors,
    events,
    popularPlaces: new Popular(rng.shuffle(locations.map(toPlace))),
    popularCities: new Popular(rng.shuffle(cityRecords.map(toPlace))),
    popularActors,
    popularOutlets: new Popular(rng.shuffle(outlets)),
    popularEvents: new Popular(rng.shuffle(events.map((e) => ({ id: e.id, name: e.name })))),
    people: ranked.filter((a) => a.kind === 'PERSON'),
    institutions: ranked.filter((a) => a.kind === 'GOVERNMENT' || a.kind === 'ORGANIZATION'),
  };
}

// ---------------------------------------------------------------------------------------------
// What claims say. A proposition template names its subject {S}; {T} is an actor merely mentioned,
// {A} the one addressed or targeted; {L} a place, {E} an event, {N} a number. The claim's ABOUT,
// CONCERNS links are exactly the slots its template fills.

const PROPOSITIONS: Record<ClaimKind, readonly string[]> = {
  ASSERTION: [
    '{S} has moved {N} troops to {L}',
    '{S} is preparing to hold talks with {T} in {L}',
    '{S} has increased its exports to {T} by {N} percent',
    'the {E} ended without an agreement between {S} and {T}',
  ],
  ACCUSATION: [
    '{S} has delivered more than {N} containers of munitions to {T}',
    '{S} is violating the sanctions imposed during the {E}',
    '{S} has detained {N} journalists in {L}',
    '{S} interfered in the {E} on behalf of {T}',
  ],
  DENIAL: ['{S} supplied weapons to {T}', '{S} played a role in the {E}', '{S} has troops stationed in {L}'],
  DISMISSAL: [
    '{S} is planning an attack on {L}',
    '{S} is building a naval base near {L}',
    '{S} secretly funded {T} during the {E}',
  ],
  ASSESSMENT: [
    '{S} is seeking advanced weapons technology from {T}',
    '{S} will not meet the commitments it made at the {E}',
    'the {E} has weakened the position of {S}',
  ],
  REPORT: [
    '{N} people were killed in fighting near {L}',
    '{S} and {T} signed a trade agreement in {L}',
    'a fire broke out at a depot of {S} in {L}',
  ],
  SPECULATION: [
    '{S} may send more munitions to {T} before winter',
    '{S} could call early elections after the {E}',
    '{S} might be preparing to leave the talks with {T}',
  ],
  PLEDGE: [
    '{S} will send {N} million dollars in aid to {T}',
    '{S} will respect the outcome of the {E}',
    '{S} will open a consulate in {L}',
  ],
  PROPOSAL: [
    '{S} and {A} should hold talks in {L}',
    'a joint commission with {S} should investigate the {E}',
    '{S} should host a peace conference with {A}',
  ],
  APPEAL: [
    '{A} should release the journalists detained in {L}',
    '{A} must withdraw its forces from {L}',
    '{A} should stop the shipments to {S}',
  ],
};

/** Attribution verbs before a that-clause, and after a direct quote. */
const CUES: Record<ClaimKind, { that: readonly string[]; quote: readonly string[] }> = {
  ASSERTION: { that: ['said', 'stated', 'told reporters'], quote: ['said', 'added'] },
  ACCUSATION: { that: ['alleged', 'charged', 'claimed'], quote: ['charged', 'said'] },
  DENIAL: { that: ['denied', 'rejected claims'], quote: ['insisted', 'said'] },
  DISMISSAL: { that: ['scoffed at reports', 'dismissed claims'], quote: ['scoffed'] },
  ASSESSMENT: { that: ['believes', 'said it believes', 'assessed'], quote: ['said'] },
  REPORT: { that: ['reported'], quote: ['reported'] },
  SPECULATION: { that: ['speculated', 'suggested'], quote: ['suggested'] },
  PLEDGE: { that: ['pledged', 'vowed', 'promised'], quote: ['vowed', 'promised'] },
  PROPOSAL: { that: ['proposed', 'suggested'], quote: ['proposed'] },
  APPEAL: { that: ['urged', 'demanded'], quote: ['urged'] },
};

const PARAPHRASE_VERBS: Record<ClaimKind, string> = {
  ASSERTION: 'states',
  ACCUSATION: 'alleges',
  DENIAL: 'denies',
  DISMISSAL: 'dismisses as unfounded reports',
  ASSESSMENT: 'believes',
  REPORT: 'reports',
  SPECULATION: 'speculates',
  PLEDGE: 'pledges',
  PROPOSAL: 'proposes',
  APPEAL: 'calls for action so',
};

const CLAIM_KINDS = new Weighted<ClaimKind>({
  ASSERTION: 24,
  ACCUSATION: 12,
  DENIAL: 8,
  DISMISSAL: 5,
  ASSESSMENT: 12,
  REPORT: 12,
  SPECULATION: 6,
  PLEDGE: 7,
  PROPOSAL: 6,
  APPEAL: 8,
});
const STATED_PRECISIONS = new Weighted<DatePrecision>({ DAY: 75, MONTH: 18, YEAR: 7 });

const HEADLINE_VERBS: Record<ClaimKind, string> = {
  ASSERTION: 'says',
  ACCUSATION: 'accuses',
  DENIAL: 'denies claims about',
  DISMISSAL: 'dismisses reports about',
  ASSESSMENT: 'weighs in on',
  REPORT: 'reports on',
  SPECULATION: 'speculates about',
  PLEDGE: 'pledges support amid',
  PROPOSAL: 'proposes talks with',
  APPEAL: 'appeals to',
};

const BACKGROUND: readonly string[] = [
  '{O} did not respond to a request for comment.',
  '{P} made a two-day trip to {C} this week.',
  'Talks in {C} are expected to resume next month.',
  'The {E} has drawn wide attention in the region.',
  '{C} has been at the center of the dispute since {Y}.',
  'Officials declined to give further details.',
  'The claims could not be independently verified.',
  'Satellite images published this week showed increased activity near {C}.',
  '{P} is expected to travel to {C} later this month.',
];

/** What a later article needs to report a claim again. */
interface ReportedClaim {
  id: string;
  speakerId: string;
  speakerName: string;
  proposition: string;
  quote: string | null;
}

interface Sentence {
  text: string;
  /** The claim this sentence is evidence for. */
  claimId?: string;
}

/** How many of the latest claims a new claim may dispute or support. */
const RECENT_CLAIMS = 500;

/** Writes articles one after another and keeps the recent claims later articles echo or answer. */
class Newsroom {
  private readonly rng: Random;
  /** A week in, so that what was said days before the first article still falls in the span. */
  private publishedMs = SPAN_START_MS + 7 * DAY_MS;
  private readonly meanGapMs: number;
  private articleIndex = 0;
  private claimIndex = 0;
  /** The most recent claims (a ring), for disputes and supports. */
  private readonly recent: ReportedClaim[] = [];
  private recentNext = 0;
  /** Claims due to be reported again, keyed by the article index that will. */
  private readonly echoes = new Map<number, ReportedClaim[]>();

  constructor(
    seed: number,
    private readonly world: World,
    private readonly totalClaims: number,
  ) {
    this.rng = new Random(seed, 'articles');
    this.meanGapMs = SPAN_MS / Math.max(1, totalClaims / MEAN_CLAIMS_PER_ARTICLE);
  }

  get claimsWritten(): number {
    return this.claimIndex;
  }

  /** The next article with its new claims, their evidence, re-reported claims' evidence and links. */
  nextArticle(into: GraphBatch): void {
    const rng = this.rng;
    const index = this.articleIndex++;
    const id = articleId(index);
    this.publishedMs += Math.floor(this.meanGapMs * (0.5 + rng.next()) + rng.below(3600) * 1000);
    const outlet = this.world.popularOutlets.draw(rng);
    const dateline = this.world.popularCities.draw(rng);

    const fresh = Math.min(
      this.totalClaims - this.claimIndex,
      rng.between(MIN_CLAIMS_PER_ARTICLE, MAX_CLAIMS_PER_ARTICLE),
    );
    const sentences: Sentence[] = [];
    let headline = '';
    for (let n = 0; n < fresh; n++) {
      const { claim, sentence, speaker, subject } = this.newClaim(into);
      if (n === 0) headline = `${speaker} ${HEADLINE_VERBS[claim.kind]} ${subject}`;
      sentences.push({ text: sentence, claimId: claim.id });
    }
    const echoed = this.echoes.get(index) ?? [];
    this.echoes.delete(index);
    for (const earlier of echoed) {
      sentences.push({ text: this.echoSentence(earlier), claimId: earlier.id });
    }
    for (let n = rng.between(2, 4); n > 0; n--) {
      sentences.splice(1 + rng.below(sentences.length), 0, { text: this.backgroundSentence() });
    }

    // The body: the dateline opens the first paragraph; paragraphs of one or two sentences.
    const datelineText = dateline.name.toUpperCase();
    let body = `${datelineText} (${outlet.alias}) — `;
    const spans: { claimId: string; start: number; end: number }[] = [];
    sentences.forEach((sentence, i) => {
      if (i > 0) body += i % 2 === 1 && rng.chance(0.5) ? ' ' : '\n';
      const start = body.length;
      body += sentence.text;
      if (sentence.claimId) spans.push({ claimId: sentence.claimId, start, end: body.length });
    });
    for (const span of spans) {
      into.evidence.push({
        id: `${span.claimId}@${id}:${span.start}-${span.end}`,
        claimId: span.claimId,
        articleId: id,
        text: body.slice(span.start, span.end),
        start: span.start,
        end: span.end,
        prefix: body.slice(Math.max(0, span.start - CONTEXT_CHARS), span.start),
        suffix: body.slice(span.end, span.end + CONTEXT_CHARS),
      } satisfies EvidenceRecord);
    }
    into.articles.push({
      id,
      title: headline,
      publishedAt: isoLocalDateTime(this.publishedMs),
      datelineText,
      body,
      sourceFile: `generated/${id}`,
      outletId: outlet.id,
      datelineLocationId: dateline.id,
    } satisfies ArticleRecord);
  }

  private newClaim(into: GraphBatch): { claim: ClaimRecord; sentence: string; speaker: string; subject: string } {
    const rng = this.rng;
    const world = this.world;
    const id = claimId(this.claimIndex++);
    const speaker = world.popularActors.draw(rng);
    const kind: ClaimKind = speaker.kind === 'MEDIA_OUTLET' && rng.chance(0.8) ? 'REPORT' : CLAIM_KINDS.draw(rng);
    const template = rng.pick(PROPOSITIONS[kind]);

    const about: ClaimRecord['about'] = [];
    const aboutActor = (role: AboutRole): string => {
      for (;;) {
        const actor = world.popularActors.draw(rng);
        if (actor.id !== speaker.id && !about.some((a) => a.actorId === actor.id)) {
          about.push({ actorId: actor.id, role });
          return actor.name;
        }
      }
    };
    const locationIds: string[] = [];
    const eventIds: string[] = [];
    const subject = aboutActor('SUBJECT');
    const proposition = template.replace(/\{([STALEN])\}/g, (_, slot: string) => {
      switch (slot) {
        case 'S':
          return subject;
        case 'T':
          return aboutActor('MENTIONED');
        case 'A':
          return aboutActor('TARGET');
        case 'L': {
          const place = world.popularPlaces.draw(rng);
          if (!locationIds.includes(place.id)) locationIds.push(place.id);
          return place.name;
        }
        case 'E': {
          const event = world.popularEvents.draw(rng);
          if (!eventIds.includes(event.id)) eventIds.push(event.id);
          return event.name;
        }
        default:
          return withCommas(rng.pick([12, 40, 150, 300, 1000, 2500, 10000]) + rng.below(10) * 10);
      }
    });

    const stated = this.statedDate();
    const quoted = rng.chance(0.3);
    const channel = speaker.kind !== 'MEDIA_OUTLET' && rng.chance(0.08) ? world.popularOutlets.draw(rng) : null;
    const when = stated?.text ? ` ${stated.text}` : '';
    let cue: string;
    let sentence: string;
    let quote: string | null = null;
    if (channel) {
      cue = 'told';
      sentence = `${speaker.name} told ${channel.name}${when} that ${proposition}.`;
    } else if (quoted) {
      cue = rng.pick(CUES[kind].quote);
      quote = capitalize(proposition);
      sentence = `“${quote},” ${speaker.name} ${cue}${when}.`;
    } else {
      cue = rng.pick(CUES[kind].that);
      sentence = `${speaker.name} ${cue}${when} that ${proposition}.`;
    }

    const claim: ClaimRecord = {
      id,
      kind,
      paraphrase: `${speaker.name} ${PARAPHRASE_VERBS[kind]} that ${proposition}.`,
      quote,
      cue,
      stated,
      speakerId: speaker.id,
      onBehalfOfId: speaker.principalId && rng.chance(0.5) ? speaker.principalId : null,
      channelId: channel?.id ?? null,
      about,
      locationIds,
      eventIds,
      confidence: null,
    };
    into.claims.push(claim);

    const reported: ReportedClaim = { id, speakerId: speaker.id, speakerName: speaker.name, proposition, quote };
    this.answer(into, claim, reported);
    if (rng.chance(REREPORTED_SHARE)) {
      // Reported again by one later article, sometimes by two or three.
      for (let n = rng.chance(0.3) ? rng.between(2, 3) : 1; n > 0; n--) {
        const due = this.articleIndex + rng.below(40);
        const list = this.echoes.get(due) ?? [];
        if (!list.some((e) => e.id === id)) list.push(reported);
        this.echoes.set(due, list);
      }
    }
    this.recent[this.recentNext] = reported;
    this.recentNext = (this.recentNext + 1) % RECENT_CLAIMS;
    return { claim, sentence, speaker: speaker.name, subject };
  }

  /** Denials and dismissals often dispute a recent claim; a few claims back one up. */
  private answer(into: GraphBatch, claim: ClaimRecord, reported: ReportedClaim): void {
    const rng = this.rng;
    if (this.recent.length === 0) return;
    const disputes = claim.kind === 'DENIAL' || claim.kind === 'DISMISSAL' ? rng.chance(0.3) : rng.chance(0.005);
    const supports = !disputes && ['ASSERTION', 'ASSESSMENT', 'REPORT'].includes(claim.kind) && rng.chance(0.05);
    if (!disputes && !supports) return;
    const other = rng.pick(this.recent);
    if (other.speakerId === reported.speakerId) return;
    if (disputes) {
      into.disputes.push({
        fromId: claim.id,
        toId: other.id,
        rationale: `${reported.speakerName} rejects ${other.speakerName}’s claim that ${other.proposition}.`,
      });
    } else {
      into.supports.push({
        fromId: claim.id,
        toId: other.id,
        rationale: `${reported.speakerName} backs ${other.speakerName}’s account that ${other.proposition}.`,
      });
    }
  }

  /** When the claim was made, in the article's words: mostly days before publication. */
  private statedDate(): ClaimRecord['stated'] {
    const rng = this.rng;
    if (rng.chance(0.12)) return null;
    const daysBefore = rng.below(7);
    const ms = this.publishedMs - daysBefore * DAY_MS;
    const date = new Date(ms);
    const precision = STATED_PRECISIONS.draw(rng);
    if (precision === 'DAY') {
      const text =
        daysBefore === 0
          ? `on ${WEEKDAYS[date.getUTCDay()]}`
          : rng.chance(0.7)
            ? `on ${WEEKDAYS[date.getUTCDay()]}`
            : null;
      return { date: isoDate(ms), precision, text };
    }
    if (precision === 'MONTH') {
      return { date: `${isoDate(ms).slice(0, 7)}-01`, precision, text: `in ${MONTHS[date.getUTCMonth()]}` };
    }
    return { date: `${date.getUTCFullYear()}-01-01`, precision, text: 'this year' };
  }

  private echoSentence(earlier: ReportedClaim): string {
    const rng = this.rng;
    if (earlier.quote) return `“${earlier.quote},” ${earlier.speakerName} said earlier.`;
    const lead = rng.pick(['Earlier, ', 'As previously reported, ', 'Last week, ', '']);
    return `${lead}${earlier.speakerName} said that ${earlier.proposition}.`;
  }

  private backgroundSentence(): string {
    const rng = this.rng;
    const world = this.world;
    return rng.pick(BACKGROUND).replace(/\{([OPCEY])\}/g, (_, slot: string) => {
      switch (slot) {
        case 'O':
          return `The ${rng.pick(world.institutions).name}`;
        case 'P':
          return rng.pick(world.people).name;
        case 'C':
          return world.popularCities.draw(rng).name;
        case 'E':
          return world.popularEvents.draw(rng).name;
        default:
          return String(FIRST_YEAR + rng.below(YEARS));
      }
    });
  }
}

/** How often the generator lets the event loop run, so a write in flight keeps moving. */
const ARTICLES_BETWEEN_YIELDS = 64;

/**
 * The news graph of `claims` claims as a stream of batches: the entities first (in batches of at
 * most `batchClaims` records), then the articles with their claims and evidence. Write each batch
 * before the next one: a batch may refer to anything an earlier batch holds.
 */
export async function* generateNews(options: GenerateOptions): AsyncGenerator<GraphBatch> {
  const { claims, seed, batchClaims } = options;
  if (!Number.isInteger(claims) || claims < 1) throw new RangeError(`claims must be a positive integer, got ${claims}`);
  if (!Number.isInteger(batchClaims) || batchClaims < 1) {
    throw new RangeError(`batchClaims must be a positive integer, got ${batchClaims}`);
  }
  const world = buildWorld(seed, planNews(claims));

  const entities: [keyof GraphBatch, readonly unknown[]][] = [
    ['locations', world.locations],
    ['actors', world.actors],
    ['events', world.events],
  ];
  let batch = emptyGraphBatch();
  let size = 0;
  for (const [field, records] of entities) {
    for (const record of records) {
      (batch[field] as unknown[]).push(record);
      if (++size === batchClaims) {
        yield batch;
        batch = emptyGraphBatch();
        size = 0;
      }
    }
  }
  if (size > 0) yield batch;

  const newsroom = new Newsroom(seed, world, claims);
  batch = emptyGraphBatch();
  for (let articles = 1; newsroom.claimsWritten < claims; articles++) {
    newsroom.nextArticle(batch);
    if (batch.claims.length >= batchClaims) {
      yield batch;
      batch = emptyGraphBatch();
    }
    if (articles % ARTICLES_BETWEEN_YIELDS === 0) await yieldToEventLoop();
  }
  if (batch.articles.length > 0) yield batch;
}
