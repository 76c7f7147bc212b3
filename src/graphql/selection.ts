// What a request selects under a field, read off its document before the field's data is fetched,
// so that a read fetches only what the answer will show. Fields are collected through fragments
// whatever their type condition and directives: a read may fetch more than is shown, never less.
import { type FieldNode, type GraphQLResolveInfo, Kind, type SelectionSetNode } from 'graphql';

/** The part of a resolver's info that tells what the request selects under the field. */
export type Selection = Pick<GraphQLResolveInfo, 'fieldNodes' | 'fragments'>;

/** A selection with what it takes to read the arguments of the fields selected under it. */
export type SelectionRequest = Selection & Pick<GraphQLResolveInfo, 'schema' | 'variableValues'>;

/** The fields selected under `nodes`, through fragments, grouped by response key. */
export function selectedFields(
  request: Pick<Selection, 'fragments'>,
  nodes: readonly FieldNode[],
): Map<string, FieldNode[]> {
  const fields = new Map<string, FieldNode[]>();
  const visit = (set: SelectionSetNode | undefined) => {
    for (const selection of set?.selections ?? []) {
      if (selection.kind === Kind.FIELD) {
        const key = selection.alias?.value ?? selection.name.value;
        fields.set(key, [...(fields.get(key) ?? []), selection]);
      } else if (selection.kind === Kind.INLINE_FRAGMENT) {
        visit(selection.selectionSet);
      } else {
        visit(request.fragments[selection.name.value]?.selectionSet);
      }
    }
  };
  for (const node of nodes) visit(node.selectionSet);
  return fields;
}

/**
 * Whether the request selects the field at the path `names` below this one (totalCount; links →
 * kinds), under any alias.
 */
export function selectsField(request: Selection, names: readonly string[]): boolean {
  let level: readonly FieldNode[] = request.fieldNodes;
  for (const name of names) {
    level = [...selectedFields(request, level).values()].flat().filter((field) => field.name.value === name);
    if (level.length === 0) return false;
  }
  return true;
}
