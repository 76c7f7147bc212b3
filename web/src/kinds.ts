// One palette for claim kinds, shared by badges, article highlights and network links, so a colour
// means the same kind on every page. Colours keep ≥ 4.5:1 contrast on white for text.
import type { ClaimKind } from './gql/graphql.ts';

export const CLAIM_KINDS: readonly ClaimKind[] = [
  'ACCUSATION',
  'APPEAL',
  'ASSERTION',
  'ASSESSMENT',
  'DENIAL',
  'DISMISSAL',
  'PLEDGE',
  'PROPOSAL',
  'REPORT',
  'SPECULATION',
];

export const KIND_COLOR: Record<ClaimKind, string> = {
  ACCUSATION: '#b3261e',
  APPEAL: '#7b4fa0',
  ASSERTION: '#1f5fa8',
  ASSESSMENT: '#00695c',
  DENIAL: '#c2410c',
  DISMISSAL: '#a21caf',
  PLEDGE: '#2f7d32',
  PROPOSAL: '#4d5fa6',
  REPORT: '#55606e',
  SPECULATION: '#8a6d00',
};

export function kindLabel(kind: string): string {
  return kind.charAt(0) + kind.slice(1).toLowerCase().replaceAll('_', ' ');
}
