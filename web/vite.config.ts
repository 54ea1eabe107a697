import { defineConfig } from 'vite';
import react from '@vitejs/plugin-react';

// Run with web/ as the root (`vite build web`), so outDir is web/dist.
export default defineConfig({
  plugins: [react()],
  build: {
    outDir: 'dist',
    emptyOutDir: true,
    // The main chunk (React, React Flow, Apollo Client) is about 700 kB; jsPDF, the largest
    // library, is loaded only when a PDF is exported. Warn only when the main chunk grows past this.
    chunkSizeWarningLimit: 1000,
  },
  worker: { format: 'es' },
  server: {
    // `npm run dev:web` talks to `npm start` (or `node bin/orgraph.js serve`) on :4000.
    proxy: {
      '/graphql': {
        target: 'http://localhost:4000',
        // 502 (not Vite's generic 500) when the API is down, so the client says it is unreachable.
        configure: (proxy) =>
          proxy.on('error', (_error, _req, res) => {
            if ('writeHead' in res && !res.headersSent) res.writeHead(502, { 'content-type': 'text/plain' }).end('orgraph API unreachable');
          }),
      },
      // The HR worklist (CSV) the coverage mode links to.
      '/reports': 'http://localhost:4000',
    },
  },
});
