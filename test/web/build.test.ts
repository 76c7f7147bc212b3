// The explorer's build, checked without a browser: the generated operation types match the SDL
// and the documents (like the SDL test), and the first page stays within its JavaScript budget with
// the graph library left out of it.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { generate } from '@graphql-codegen/cli';
import { describe, expect, it } from 'vitest';
import { FIRST_PAGE_BUDGET_BYTES, measureBundle } from '../../scripts/bundle-sizes.ts';
import { PROJECT_ROOT } from '../../src/common/paths.ts';
import codegenConfig from '../../web/codegen.ts';

describe('the explorer build', () => {
  it('has committed exactly the operation types `npm run codegen` generates', async () => {
    const outputs = (await generate({ ...codegenConfig, cwd: PROJECT_ROOT, silent: true }, false)) as {
      filename: string;
      content: string;
    }[];
    expect(outputs.length).toBeGreaterThan(3);
    for (const output of outputs) {
      const committed = readFileSync(join(PROJECT_ROOT, output.filename), 'utf8');
      expect(committed, `${output.filename} is stale: run npm run codegen`).toBe(output.content);
    }
  });

  it('keeps the first page under its budget, without the graph library', () => {
    // dist/web is built by `npm test`'s pretest step.
    const report = measureBundle();
    expect(report.firstPage.gzipBytes).toBeLessThanOrEqual(FIRST_PAGE_BUDGET_BYTES);
    expect(report.firstPage.files.length).toBeGreaterThan(0);
    for (const file of report.firstPage.files) {
      expect(readFileSync(join(PROJECT_ROOT, 'dist/web', file), 'utf8')).not.toContain('cytoscape');
    }
  });
});
