// The explorer's build: web/ → dist/web/, served by the API server at `/` (see
// src/server/plugins/explorer.ts). Everything the pages need is bundled: no CDN, no remote font.
import { fileURLToPath } from 'node:url';
import react from '@vitejs/plugin-react';
import { defineConfig } from 'vite';

export default defineConfig({
  root: fileURLToPath(new URL('.', import.meta.url)),
  plugins: [react()],
  build: {
    outDir: fileURLToPath(new URL('../dist/web', import.meta.url)),
    emptyOutDir: true,
    // The bundle budget is checked by scripts/bundle-sizes.ts against the manifest.
    manifest: true,
    reportCompressedSize: true,
    // The graph library is one chunk of its own (about 600 KB, 175 KB gzipped), loaded only by pages
    // that draw a graph; scripts/bundle-sizes.ts holds the budget that matters, the first page's.
    chunkSizeWarningLimit: 700,
  },
  server: {
    // `vite --config web/vite.config.ts` for front-end work against `npm start` on port 4000.
    proxy: { '/graphql': 'http://localhost:4000', '/ready': 'http://localhost:4000' },
  },
});
