// The one schema builder. Types register themselves on it from their own modules in ./types.
import SchemaBuilder from '@pothos/core';
import DataloaderPlugin from '@pothos/plugin-dataloader';
import RelayPlugin from '@pothos/plugin-relay';
import ValidationPlugin from '@pothos/plugin-validation';
import type { Context } from './context.ts';
import { badUserInput } from './errors.ts';

export const builder = new SchemaBuilder<{
  Context: Context;
  DefaultFieldNullability: false;
  DefaultEdgesNullability: false;
  DefaultNodeNullability: false;
  Connection: { totalCount: number };
  Scalars: {
    Date: { Input: string; Output: string };
    LocalDateTime: { Input: string; Output: string };
  };
}>({
  plugins: [RelayPlugin, DataloaderPlugin, ValidationPlugin],
  defaultFieldNullability: false,
  relay: {
    clientMutationId: 'omit',
    cursorType: 'String',
    edgesFieldOptions: { nullable: false },
    nodeFieldOptions: { nullable: false },
  },
  validation: {
    validationError: (failure) =>
      badUserInput(
        failure.issues
          .map((issue) => {
            const path = (issue.path ?? []).map((p) => (typeof p === 'object' ? p.key : p)).join('.');
            return path ? `${path}: ${issue.message}` : issue.message;
          })
          .join('; '),
      ),
  },
});

builder.globalConnectionField('totalCount', (t) =>
  t.int({ description: 'How many items the connection holds across all its pages.', resolve: (parent) => parent.totalCount }),
);
