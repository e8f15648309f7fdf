// The public dashboard: a static site over the output of `npm run build:data`
// (public/data, written by scripts/build-site-data.ts before `astro build`).
import { defineConfig } from 'astro/config';

export default defineConfig({
  srcDir: './src/site',
  output: 'static',
  trailingSlash: 'always',
  build: { format: 'directory', inlineStylesheets: 'always' },
  // No dev toolbar, no telemetry-like prefetching: the built site fetches only its own files.
  devToolbar: { enabled: false },
  vite: {
    build: { assetsInlineLimit: 0, chunkSizeWarningLimit: 2000 },
    worker: { format: 'es' },
  },
});
