import { defineConfig } from 'vite';
import react from '@vitejs/plugin-react';

// Run with web/ as the root (`vite build web`), so outDir is web/dist.
export default defineConfig({
  plugins: [react()],
  build: {
    outDir: 'dist',
    emptyOutDir: true,
    // elkjs is one big chunk by nature; it is loaded lazily, so its size is not a startup cost.
    chunkSizeWarningLimit: 2000,
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
