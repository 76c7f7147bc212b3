import type { ClaimKind } from '../gql/graphql.ts';
import { KIND_COLOR, kindLabel } from '../kinds.ts';

export function KindBadge({ kind }: { kind: ClaimKind }) {
  return (
    <span className="kind-badge" style={{ borderColor: KIND_COLOR[kind], color: KIND_COLOR[kind] }}>
      {kindLabel(kind)}
    </span>
  );
}
