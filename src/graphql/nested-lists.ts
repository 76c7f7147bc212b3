// What a request selects under listed claims, read off its selection before the list is fetched:
// which parts of a claim's row (links, details) it needs, and the claim lists nested under them.
//
// Folding nested claim lists: the lists a request selects under listed claims (a claim's disputes,
// its speaker's other claims, and theirs in turn) are fetched by the statement that lists the
// claims, so a request costs one statement for a claim list and everything nested in it rather than
// one per level. The plan is read off the request's selection, keyed by the path each list will be
// resolved at; a list the plan leaves out (it has a filter or a directive, or arguments that will be
// refused) is fetched by its own resolver as before, one statement for all its parents.
import { type FieldNode, type GraphQLField, getArgumentValues } from 'graphql';
import type { AboutRole } from '../model/vocabulary.ts';
import type { ClaimListRequest, ClaimLists, ClaimOrder, ClaimScope, NestedClaimLists } from '../neo4j/reads/claims.ts';
import type { ClaimRowParts } from '../neo4j/reads/rows.ts';
import { type ConnectionArgs, pageWindow } from './connections.ts';
import { type SelectionRequest, selectedFields } from './selection.ts';

/** Claim lists whose parent is a claim, by field name. */
const LISTS_OF_CLAIM: Record<string, ClaimScope> = {
  disputes: 'disputes',
  disputedBy: 'disputedBy',
  supports: 'supports',
  supportedBy: 'supportedBy',
};

/** Claim lists whose parent is an actor (here: a claim's speaker), by field name. */
const LISTS_OF_ACTOR: Record<string, ClaimScope> = {
  claimsMade: 'spokenBy',
  claimsAbout: 'about',
  claimsCarried: 'carriedBy',
};

/** Arguments a folded list may have; a filter's checks and key lookups stay with its resolver. */
const FOLDABLE_ARGUMENTS = new Set(['first', 'last', 'after', 'before', 'orderBy', 'role']);

function fieldOf(request: SelectionRequest, typeName: 'Claim' | 'Actor', name: string): GraphQLField<unknown, unknown> {
  const type = request.schema.getType(typeName) as { getFields(): Record<string, GraphQLField<unknown, unknown>> };
  return type.getFields()[name]!;
}

/** Claim fields that read a row's details, and actor fields that read a speaker's details. */
const CLAIM_DETAIL_FIELDS = ['quote', 'cue'];
const ACTOR_DETAIL_FIELDS = ['aliases', 'description', 'basedIn'];

/** The names of the fields selected under `nodes`, whatever their response keys. */
function selectedNames(request: SelectionRequest, nodes: readonly FieldNode[]): Map<string, FieldNode[]> {
  const names = new Map<string, FieldNode[]>();
  for (const fields of selectedFields(request, nodes).values()) {
    const name = fields[0]!.name.value;
    names.set(name, [...(names.get(name) ?? []), ...fields]);
  }
  return names;
}

/** The parts of a claim row that the claim fields `nodes` select (through fragments, whatever their type). */
function claimRowPartsSelected(request: SelectionRequest, nodes: readonly FieldNode[]): ClaimRowParts {
  const names = selectedNames(request, nodes);
  const speakerNames = selectedNames(request, names.get('speaker') ?? []);
  return {
    paraphrase: names.has('paraphrase'),
    speaker: names.has('speaker'),
    onBehalfOf: names.has('onBehalfOf'),
    channel: names.has('channel'),
    details: CLAIM_DETAIL_FIELDS.some((name) => names.has(name)),
    stated: names.has('statedOn'),
    speakerDetails: ACTOR_DETAIL_FIELDS.some((name) => speakerNames.has(name)),
    provenance: names.has('provenance'),
  };
}

/** The nodes selected under a connection's edges, however aliased. */
function edgeNodes(request: SelectionRequest): { path: string; nodes: FieldNode[] }[] {
  const found: { path: string; nodes: FieldNode[] }[] = [];
  for (const [edgesKey, edges] of selectedFields(request, request.fieldNodes)) {
    if (edges[0]!.name.value !== 'edges') continue;
    for (const [nodeKey, nodes] of selectedFields(request, edges)) {
      if (nodes[0]!.name.value === 'node') found.push({ path: `${edgesKey}.${nodeKey}`, nodes });
    }
  }
  return found;
}

/** The parts of their rows that the claims of the connection selected by `request` need. */
export function claimRowPartsUnderConnection(request: SelectionRequest): ClaimRowParts {
  return claimRowPartsSelected(
    request,
    edgeNodes(request).flatMap(({ nodes }) => nodes),
  );
}

interface ListArgs extends ConnectionArgs {
  orderBy?: ClaimOrder | null;
  role?: AboutRole | null;
}

function plannedList(
  request: SelectionRequest,
  parentType: 'Claim' | 'Actor',
  nodes: FieldNode[],
  scope: ClaimScope,
  path: string,
): ClaimListRequest | null {
  const [node] = nodes;
  if (!node || nodes.some((n) => (n.directives?.length ?? 0) > 0)) return null;
  if ((node.arguments ?? []).some((argument) => !FOLDABLE_ARGUMENTS.has(argument.name.value))) return null;
  try {
    const args = getArgumentValues(
      fieldOf(request, parentType, node.name.value),
      node,
      request.variableValues,
    ) as ListArgs;
    const listRequest = { ...request, fieldNodes: nodes };
    return {
      scope,
      filter: {},
      order: args.orderBy ?? 'STATED_ON_ASC',
      window: pageWindow(args, listRequest),
      aboutRole: args.role ?? null,
      ...underConnection(listRequest, path),
    };
  } catch {
    return null;
  }
}

/** The lists selected on the claims or actors that `nodes` select, resolved under `path`. */
function listsUnder(
  request: SelectionRequest,
  parentType: 'Claim' | 'Actor',
  nodes: readonly FieldNode[],
  path: string,
): Map<string, ClaimListRequest> {
  const lists = new Map<string, ClaimListRequest>();
  const scopes = parentType === 'Claim' ? LISTS_OF_CLAIM : LISTS_OF_ACTOR;
  for (const [key, fields] of selectedFields(request, nodes)) {
    const scope = scopes[fields[0]!.name.value];
    const plan = scope && plannedList(request, parentType, fields, scope, `${path}.${key}`);
    if (plan) lists.set(`${path}.${key}`, plan);
  }
  return lists;
}

/** The lists nested under the actor that `nodes` select, resolved at `path`. */
export function listsUnderActor(request: SelectionRequest, nodes: readonly FieldNode[], path: string): ClaimLists {
  return listsUnder(request, 'Actor', nodes, path);
}

/** The lists nested under the claims that `nodes` select, and under their speakers, resolved at `path`. */
function listsUnderClaims(request: SelectionRequest, nodes: readonly FieldNode[], path: string): NestedClaimLists {
  const ofSpeaker = new Map<string, ClaimListRequest>();
  for (const [key, fields] of selectedFields(request, nodes)) {
    if (fields[0]!.name.value !== 'speaker') continue;
    for (const [listPath, plan] of listsUnderActor(request, fields, `${path}.${key}`)) ofSpeaker.set(listPath, plan);
  }
  return { ofClaim: listsUnder(request, 'Claim', nodes, path), ofSpeaker };
}

/** What the rows of claims that `nodes` select must bring: their parts and the lists under them. */
export type ClaimRowPlan = Required<Pick<ClaimListRequest, 'nested' | 'parts'>>;

/** The plan for the claims that `nodes` (claim fields) select, resolved at `path`. */
export function underClaims(request: SelectionRequest, nodes: readonly FieldNode[], path: string): ClaimRowPlan {
  return { nested: listsUnderClaims(request, nodes, path), parts: claimRowPartsSelected(request, nodes) };
}

/** The plan for the claims of the claim connection selected at `path`, through every edges/node alias. */
export function underConnection(request: SelectionRequest, path: string): ClaimRowPlan {
  const ofClaim = new Map<string, ClaimListRequest>();
  const ofSpeaker = new Map<string, ClaimListRequest>();
  for (const edge of edgeNodes(request)) {
    const nested = listsUnderClaims(request, edge.nodes, `${path}.${edge.path}`);
    for (const [key, plan] of nested.ofClaim) ofClaim.set(key, plan);
    for (const [key, plan] of nested.ofSpeaker) ofSpeaker.set(key, plan);
  }
  return { nested: { ofClaim, ofSpeaker }, parts: claimRowPartsUnderConnection(request) };
}
