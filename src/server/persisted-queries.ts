// Persisted queries as configured from the environment (the protocol is plugins/persisted-queries.ts),
// and the documents known in advance: the explorer's, from the manifest `npm run codegen` writes.
import { join } from 'node:path';
import { ConfigurationError } from '../common/configuration.ts';
import { PROJECT_ROOT } from '../common/paths.ts';
import {
  createMemoryQueryStore,
  DEFAULT_STORE_BYTES,
  type PersistedQueriesOptions,
  readDocumentManifest,
} from './plugins/persisted-queries.ts';

export const EXPLORER_DOCUMENTS_FILE = join(PROJECT_ROOT, 'web/src/gql/persisted-documents.json');

let explorerDocuments: ReadonlyMap<string, string> | undefined;

/** The explorer's documents by hash, read once. */
export function loadExplorerDocuments(): ReadonlyMap<string, string> {
  explorerDocuments ??= readDocumentManifest(EXPLORER_DOCUMENTS_FILE);
  return explorerDocuments;
}

/**
 * CLAIMGRAPH_TRUSTED_DOCUMENTS_ONLY=true: requests without an API key may run only the explorer's
 * documents. CLAIMGRAPH_APQ_STORE_BYTES: how much the in-process store of registered documents keeps.
 */
export function persistedQueriesFromEnv(
  env: NodeJS.ProcessEnv = process.env,
): Pick<PersistedQueriesOptions, 'store' | 'trustedDocumentsOnly'> {
  const trusted = env.CLAIMGRAPH_TRUSTED_DOCUMENTS_ONLY ?? '';
  if (!['', 'true', '1', 'false', '0'].includes(trusted)) {
    throw new ConfigurationError(`CLAIMGRAPH_TRUSTED_DOCUMENTS_ONLY must be true or false, got "${trusted}"`);
  }
  const bytes = env.CLAIMGRAPH_APQ_STORE_BYTES || String(DEFAULT_STORE_BYTES);
  const storeBytes = Number(bytes);
  if (!Number.isInteger(storeBytes) || storeBytes < 1) {
    throw new ConfigurationError(`CLAIMGRAPH_APQ_STORE_BYTES must be a positive whole number, got "${bytes}"`);
  }
  return { trustedDocumentsOnly: trusted === 'true' || trusted === '1', store: createMemoryQueryStore(storeBytes) };
}
