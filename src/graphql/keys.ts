// Arguments that name an entity accept either its readable key ("sergey-lavrov", handy in the
// playground) or its global ID (what Apollo Client has in its cache).
import { decodeGlobalID } from '@pothos/plugin-relay';
import { ACTOR_KIND_LABEL, type ActorKind } from '../model/vocabulary.ts';
import { badUserInput } from './errors.ts';

/** The concrete GraphQL type of each actor kind: the same name as its Neo4j label. */
export const ACTOR_TYPENAME_BY_KIND: Readonly<Record<ActorKind, string>> = ACTOR_KIND_LABEL;

/** The concrete GraphQL types an actor's global ID may name. */
export const ACTOR_TYPENAMES = Object.values(ACTOR_TYPENAME_BY_KIND);

const OUR_TYPES = new Set([...ACTOR_TYPENAMES, 'Article', 'Location', 'Event', 'Claim', 'Evidence']);

const KEY = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;

type GlobalID = { typename: string; id: string };

/** The type and key inside a global ID, or null when the value is not one. */
function decodedGlobalID(value: string): GlobalID | null {
  try {
    return decodeGlobalID(value);
  } catch {
    return null;
  }
}

/** The key behind a key or global ID; a global ID of another type, or neither form, is an error. */
export function keyOf(value: string, typenames: readonly string[], argument: string): string {
  if (KEY.test(value)) return value;
  const decoded = decodedGlobalID(value);
  if (!decoded || !OUR_TYPES.has(decoded.typename)) {
    throw badUserInput(`${argument}: "${value.slice(0, 80)}" is neither a key (like "sergey-lavrov") nor a global ID`, {
      argument,
    });
  }
  if (!typenames.includes(decoded.typename)) {
    throw badUserInput(`${argument}: expected the ID of a ${typenames.join(' or ')}, got a ${decoded.typename} ID`, {
      argument,
    });
  }
  return decoded.id;
}

export const keysOf = (values: readonly string[] | null | undefined, typenames: readonly string[], argument: string) =>
  values == null ? values : values.map((value) => keyOf(value, typenames, argument));

/** Whether a value is a key ("sergey-lavrov") rather than a global ID. */
export const isKey = (value: string) => KEY.test(value);

/**
 * The entity a global ID of ours names, its type given as "Actor" for every kind of actor (an
 * actor's kind, and so its global ID, may change); null when the value is no such ID.
 */
export function entityOfGlobalID(value: string): { typename: string; key: string } | null {
  const decoded = decodedGlobalID(value);
  if (!decoded || !OUR_TYPES.has(decoded.typename)) return null;
  return { typename: ACTOR_TYPENAMES.includes(decoded.typename) ? 'Actor' : decoded.typename, key: decoded.id };
}

/**
 * The relay plugin's decoder for node and nodes: its own throws uncoded errors ("Invalid global
 * ID", "X has not been implemented"), while a malformed ID or one of a type we lack is the client's.
 */
export function decodeOurGlobalID(value: string): GlobalID {
  const decoded = decodedGlobalID(value);
  if (!decoded) throw badUserInput(`"${value.slice(0, 80)}" is not a global ID of this API`);
  if (!OUR_TYPES.has(decoded.typename)) {
    throw badUserInput(`the global ID "${value.slice(0, 80)}" names no node type of this API`);
  }
  return decoded;
}
