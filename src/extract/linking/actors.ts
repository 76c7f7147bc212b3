// Who the speakers and subjects of an article are in the graph: a mention is matched to an actor
// the run has already proposed, then to a stored actor, by name or alias ("Lavrov", "the White
// House", "U.S."), a person also by family name; only then does it become a new actor, with a kind
// from what the text says of it and a key from its name.
import type { ActorKind } from '../../model/vocabulary.ts';
import type { StoredActorCandidate } from '../../neo4j/reads/matching.ts';
import { nameOfMedium } from '../attribution/media.ts';
import { familyName, nameKey, slugOf } from './names.ts';

/** What an article says of someone: a name, what the extractor took it for, and other ways it named them. */
export interface ActorMention {
  readonly name: string;
  readonly type: 'PERSON' | 'ORGANIZATION' | 'PLACE' | 'GROUP' | 'MEDIUM';
  readonly aliases: readonly string[];
  /** For a place named as an actor: whether the gazetteer knows it as a country. */
  readonly isCountry?: boolean;
}

export interface LinkedActor {
  readonly id: string;
  readonly kind: ActorKind;
  readonly name: string;
  readonly aliases: readonly string[];
  /** Whether the graph holds it already (it is then not written again). */
  readonly stored: boolean;
}

/** Finds stored actors whose names contain any of the given names (one round trip). */
export type StoredActorLookup = (names: readonly string[]) => Promise<Map<string, StoredActorCandidate[]>>;

// Organisations that speak for a state: the White House, the Kremlin, a ministry.
const GOVERNMENT_WORDS =
  /\b(white house|kremlin|pentagon|government|administration|ministry|department|cabinet|state department|foreign office|downing street|presidency)\b/;

export function actorKindOf(mention: ActorMention): ActorKind {
  switch (mention.type) {
    case 'PERSON':
      return 'PERSON';
    case 'GROUP':
      return 'GROUP';
    case 'MEDIUM':
      return 'MEDIA_OUTLET';
    case 'PLACE':
      return mention.isCountry ? 'COUNTRY' : 'GOVERNMENT';
    default:
      if (GOVERNMENT_WORDS.test(nameKey(mention.name))) return 'GOVERNMENT';
      return nameOfMedium(mention.name) ? 'MEDIA_OUTLET' : 'ORGANIZATION';
  }
}

interface Known {
  readonly actor: LinkedActor;
  readonly keys: ReadonlySet<string>;
}

const keysOf = (name: string, aliases: readonly string[]) =>
  new Set([name, ...aliases].map(nameKey).filter((key) => key !== ''));

/**
 * One ingest run's actors: what it proposed so far and what it found stored, so that the same
 * mention in a later article of the run links to the same actor, stored or not.
 */
export class ActorDirectory {
  private readonly entries: Known[] = [];
  private readonly takenIds = new Set<string>();

  constructor(private readonly lookup: StoredActorLookup) {}

  /** Links every mention (in order), asking the graph once for all names not known to the run. */
  async link(mentions: readonly ActorMention[]): Promise<LinkedActor[]> {
    const unknown = mentions.filter((mention) => !this.match(mention));
    const stored = await this.lookup([...new Set(unknown.flatMap((m) => [m.name, familyNameOf(m)]))]);
    for (const candidates of stored.values()) for (const candidate of candidates) this.remember(candidate, true);
    return mentions.map((mention) => this.match(mention) ?? this.propose(mention));
  }

  /** An actor the run has linked or proposed. */
  known(id: string): LinkedActor | undefined {
    return this.entries.find((entry) => entry.actor.id === id)?.actor;
  }

  private match(mention: ActorMention): LinkedActor | undefined {
    const keys = keysOf(mention.name, mention.aliases);
    const kind = actorKindOf(mention);
    const byName = this.entries.find((known) => [...keys].some((key) => known.keys.has(key)));
    if (byName) return byName.actor;
    if (kind !== 'PERSON') return undefined;
    // "Lavrov" after "Sergey Lavrov": a lone family name names a person already met.
    const family = familyName(mention.name);
    const alone = nameKey(mention.name) === family;
    return this.entries.find(
      (known) =>
        known.actor.kind === 'PERSON' &&
        (alone ? familyName(known.actor.name) === family : known.keys.has(family) && keys.size === 1),
    )?.actor;
  }

  private remember(candidate: StoredActorCandidate, stored: boolean): void {
    if (this.takenIds.has(candidate.id)) return;
    this.takenIds.add(candidate.id);
    const actor: LinkedActor = {
      id: candidate.id,
      kind: candidate.kind as ActorKind,
      name: candidate.name,
      aliases: candidate.aliases,
      stored,
    };
    this.entries.push({ actor, keys: keysOf(candidate.name, candidate.aliases) });
  }

  private propose(mention: ActorMention): LinkedActor {
    const kind = actorKindOf(mention);
    const base = slugOf(mention.name) || 'unnamed';
    let id = base;
    for (let n = 2; this.takenIds.has(id); n++) id = `${base}-${n}`;
    const aliases = [...new Set(mention.aliases.filter((alias) => nameKey(alias) !== nameKey(mention.name)))];
    this.remember({ id, kind, name: mention.name, aliases }, false);
    return this.entries.at(-1)!.actor;
  }
}

const familyNameOf = (mention: ActorMention) => (mention.type === 'PERSON' ? familyName(mention.name) : mention.name);
