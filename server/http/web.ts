/**
 * The org chart web client (web/, built by Vite into web/dist) served from the same port as the
 * API. Any other page a browser asks for gets index.html, so links such as /?position=… and
 * reloads work; the client reads its state from the URL.
 */
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import express, { type NextFunction, type Request, type Response, type Router } from 'express';

export const WEB_DIST_DIR = fileURLToPath(new URL('../../web/dist/', import.meta.url));

/** Paths that belong to the API, GraphiQL, the reports and the uploads, never to the client. */
const NOT_CLIENT = /^\/(graphql|graphiql|reports|imports)(\/|$)/;

export function webRouter(distDir: string = WEB_DIST_DIR): Router {
  const router = express.Router();
  const indexFile = join(distDir, 'index.html');

  // Hashed file names under assets/ never change content, so browsers may keep them.
  router.use(
    '/assets',
    express.static(join(distDir, 'assets'), { immutable: true, maxAge: '1y', index: false, fallthrough: true }),
  );
  router.use(express.static(distDir, { index: false, maxAge: 0 }));

  router.use((req: Request, res: Response, next: NextFunction) => {
    if (req.method !== 'GET' && req.method !== 'HEAD') return next();
    // Only a browser navigating gets the page (and `/` always does); a missing script stays a 404.
    const navigating = (req.headers.accept ?? '').includes('text/html') && !NOT_CLIENT.test(req.path);
    if (req.path !== '/' && !navigating) return next();
    // Checked on each request, so a client built after the server started is picked up.
    if (!existsSync(indexFile)) {
      res
        .status(503)
        .type('text/plain')
        .send('The orgraph web client has not been built. Run `npm run build:web` (or start with `npm start`, which builds it), then reload.\nThe GraphQL API is at /graphql.\n');
      return;
    }
    res.set('Cache-Control', 'no-cache').sendFile(indexFile);
  });
  return router;
}
