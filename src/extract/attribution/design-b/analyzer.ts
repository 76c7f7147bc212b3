// Design B: the analysis from Stanford CoreNLP (mapping.ts), which adds a dependency parse and,
// optionally, coreference chains to what design A has. The server is the one at CORENLP_URL, or a
// local one (.corenlp/design-b) started on the first text and stopped by close(): loading its models
// takes half a minute and gigabytes, which nothing should pay for until a text needs them.
import { tcpPort } from '../../../common/configuration.ts';
import { type AnnotationRequest, ATTRIBUTION_PIPELINE, annotate } from '../../corenlp/client.ts';
import { type LocalCoreNLP, startLocalCoreNLP } from '../../corenlp/server.ts';
import type { Analyzer } from '../analysis.ts';
import { analysisFromCoreNLP } from './mapping.ts';

/** The attribution pipeline with statistical coreference, which resolves mentions over the parse. */
const COREFERENCE_PIPELINE = {
  annotators: [...ATTRIBUTION_PIPELINE.annotators, 'coref'],
  properties: { ...ATTRIBUTION_PIPELINE.properties, 'coref.algorithm': 'statistical' },
} as const satisfies AnnotationRequest;

export interface CoreNLPAnalyzerOptions {
  readonly design: string;
  readonly coreference: boolean;
  /** A running server; without it a local one is started. */
  readonly url?: string;
}

export function coreNLPAnalyzer(options: CoreNLPAnalyzerOptions): Analyzer {
  const pipeline = options.coreference ? COREFERENCE_PIPELINE : ATTRIBUTION_PIPELINE;
  let local: Promise<LocalCoreNLP> | undefined;
  const serverUrl = async (): Promise<string> => {
    if (options.url) return options.url;
    local ??= startLocalCoreNLP({
      instance: `design-${options.design}`,
      port: tcpPort(process.env.CORENLP_PORT, 9100, 'CORENLP_PORT'),
      properties: pipeline.properties,
      preload: pipeline.annotators,
    });
    return (await local).url;
  };
  return {
    design: options.design,
    analyze: async (text) => analysisFromCoreNLP(text, await annotate(await serverUrl(), text, pipeline)),
    serverPid: async () => (local ? (await local).pid : undefined),
    close: async () => {
      const started = local;
      local = undefined;
      if (started) await (await started).stop();
    },
  };
}

const url = process.env.CORENLP_URL || undefined;

export const designB = coreNLPAnalyzer({ design: 'b', coreference: false, ...(url && { url }) });
export const designBWithCoreference = coreNLPAnalyzer({ design: 'b-coref', coreference: true, ...(url && { url }) });
