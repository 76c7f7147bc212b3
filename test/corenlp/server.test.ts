// The local CoreNLP server, for real: started from the Maven-resolved jars, asked to annotate, stopped.
// Not in `npm test` yet (vitest.config.ts excludes test/corenlp): whether CoreNLP joins the suite
// waits on the attribution extractor. Run it with a vitest config of its own that includes this file.
import { connect } from 'node:net';
import { networkInterfaces } from 'node:os';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  ATTRIBUTION_PIPELINE,
  annotate,
  type CoreNLPDocument,
  CoreNLPError,
} from '../../src/extract/corenlp/client.ts';
import { type LocalCoreNLP, startLocalCoreNLP } from '../../src/extract/corenlp/server.ts';

// Curly quotes, an em dash, an accented name and a character outside the BMP: offsets must still
// index this very string.
const TEXT =
  'KYIV (AP) — José Manuel Albares told reporters on Tuesday that Spain “will not back down.” 🇪🇸\n' +
  'Angela Merkel said the talks had failed';

function accepts(host: string, port: number): Promise<boolean> {
  return new Promise((resolveAccepts) => {
    const socket = connect({ host, port });
    socket.once('connect', () => {
      socket.destroy();
      resolveAccepts(true);
    });
    socket.once('error', () => resolveAccepts(false));
  });
}

describe('the local CoreNLP server', () => {
  let server: LocalCoreNLP;
  let document: CoreNLPDocument;

  beforeAll(async () => {
    server = await startLocalCoreNLP({
      instance: process.env.CORENLP_TEST_INSTANCE || 'test',
      port: Number(process.env.CORENLP_TEST_PORT || 19191),
      properties: ATTRIBUTION_PIPELINE.properties,
      preload: ATTRIBUTION_PIPELINE.annotators,
      log: () => {},
    });
    document = await annotate(server.url, TEXT, ATTRIBUTION_PIPELINE);
  }, 240_000);

  afterAll(async () => {
    await server?.stop();
  });

  it('listens on 127.0.0.1 only, although the server itself binds every interface', async () => {
    const port = Number(new URL(server.url).port);
    expect(await accepts('127.0.0.1', port)).toBe(true);
    // The machine's other addresses (link-local ones need a scope and are left out).
    const outside = Object.values(networkInterfaces())
      .flat()
      .filter((address) => address && !address.internal && !address.address.startsWith('fe80:'))
      .map((address) => address!.address);
    for (const address of outside) expect(await accepts(address, port), address).toBe(false);
  });

  it('gives token offsets that index the text exactly, a sentence per paragraph at least', () => {
    const tokens = document.sentences.flatMap((sentence) => sentence.tokens);
    expect(tokens.length).toBeGreaterThan(20);
    for (const token of tokens) {
      expect(TEXT.slice(token.characterOffsetBegin, token.characterOffsetEnd)).toBe(token.originalText);
    }
    const secondParagraph = TEXT.indexOf('Angela');
    expect(document.sentences.at(-1)!.tokens[0]!.characterOffsetBegin).toBe(secondParagraph);
  });

  it('finds the people named, with offsets into the text', () => {
    const people = document.sentences
      .flatMap((sentence) => sentence.entitymentions ?? [])
      .filter((mention) => mention.ner === 'PERSON');
    expect(people.map((mention) => mention.text)).toEqual(['José Manuel Albares', 'Angela Merkel']);
    for (const mention of people) {
      expect(TEXT.slice(mention.characterOffsetBegin, mention.characterOffsetEnd)).toBe(mention.text);
    }
  });

  it('parses who said: the speaker is the subject of the speech verb', () => {
    const last = document.sentences.at(-1)!;
    const word = (index: number) => last.tokens[index - 1]!.word;
    const subjects = last
      .basicDependencies!.filter((edge) => edge.dep === 'nsubj' && word(edge.governor) === 'said')
      .map((edge) => word(edge.dependent));
    expect(subjects).toEqual(['Merkel']);
    expect(last.enhancedPlusPlusDependencies!.length).toBeGreaterThan(0);
  });

  it('stops, and a request to a stopped server says it is not answering', async () => {
    await server.stop();
    expect(() => process.kill(server.pid, 0)).toThrow();
    await expect(annotate(server.url, 'Hello.', ATTRIBUTION_PIPELINE)).rejects.toThrow(
      new CoreNLPError(`CoreNLP at ${server.url} is not answering (ECONNREFUSED). Start it with npm run corenlp.`),
    );
  });
});
