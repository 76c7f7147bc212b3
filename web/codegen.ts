// Typed operations for the explorer from the committed SDL: `npm run codegen` writes web/src/gql/;
// test/web/build.test.ts fails when what is committed there drifts from what this produces.
// Every selection gets its __typename here, as Apollo Client's cache would add it, so the documents
// the explorer sends are exactly those of web/src/gql/persisted-documents.json (hash → document),
// which the server knows in advance and, in trusted-documents mode, runs alone.
import { createHash } from 'node:crypto';
import type { CodegenConfig } from '@graphql-codegen/cli';
import { addTypenameSelectionDocumentTransform } from '@graphql-codegen/client-preset';

const config: CodegenConfig = {
  schema: 'schema/schema.graphql',
  documents: ['web/src/**/*.tsx', 'web/src/**/*.ts', '!web/src/gql/**'],
  ignoreNoDocuments: false,
  generates: {
    'web/src/gql/': {
      preset: 'client',
      presetConfig: {
        fragmentMasking: { unmaskFunctionName: 'getFragmentData' },
        // The hash as automatic persisted queries name a document: SHA-256 in hex, without the
        // preset's `sha256:` prefix. Each document carries it as __meta__.hash (web/src/apollo.ts).
        persistedDocuments: {
          hashAlgorithm: (document: string) => createHash('sha256').update(document).digest('hex'),
        },
      },
      documentTransforms: [addTypenameSelectionDocumentTransform],
      config: {
        enumsAsTypes: true,
        scalars: { Date: 'string', LocalDateTime: 'string' },
        useTypeImports: true,
      },
    },
    'web/src/gql/possible-types.ts': { plugins: ['fragment-matcher'], config: { useExplicitTyping: true } },
  },
};

export default config;
