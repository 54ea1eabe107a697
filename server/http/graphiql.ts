/**
 * GraphiQL, the in-browser GraphQL IDE, served from installed packages (no CDN), so that
 * analysts can explore the schema on a machine without internet. The page itself needs no token;
 * its requests send the browser's token and ask for one when the API answers 401.
 */
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import type { Request, Response, Router } from 'express';
import express from 'express';

const require = createRequire(import.meta.url);
/** A file inside an installed package (the UMD builds are not in the packages' exports maps). */
const packageFile = (name: string, file: string) => join(dirname(require.resolve(`${name}/package.json`)), file);
const ASSETS: Record<string, { path: string; type: string }> = {
  'react.js': { path: packageFile('react', 'umd/react.production.min.js'), type: 'text/javascript' },
  'react-dom.js': { path: packageFile('react-dom', 'umd/react-dom.production.min.js'), type: 'text/javascript' },
  'graphiql.js': { path: packageFile('graphiql', 'graphiql.min.js'), type: 'text/javascript' },
  'graphiql.css': { path: packageFile('graphiql', 'graphiql.min.css'), type: 'text/css' },
};

const DEFAULT_QUERY = `# orgraph: the org graph read from job descriptions.
# Open "Docs" (top left) to explore every type and field.
{
  positions(first: 20) {
    totalCount
    nodes { id title documented unit { name } manager { title } }
  }
}
`;

/**
 * The page's own script, served as a file (/graphiql/setup.js) because the Content-Security-Policy
 * allows no inline script.
 */
function setupScript(endpoint: string): string {
  return `// The token the web client keeps (same origin), or one given as ?token= (removed from the address at once).
const TOKEN_KEY = 'orgraph.token';
const params = new URLSearchParams(location.search);
if (params.get('token')) {
  localStorage.setItem(TOKEN_KEY, params.get('token'));
  params.delete('token');
  history.replaceState(null, '', location.pathname + (params.toString() ? '?' + params : '') + location.hash);
}
/** Sends "Authorization: Bearer <token>"; when the server answers 401, asks for a token and tries again. */
async function fetcher(body, options) {
  for (;;) {
    const token = localStorage.getItem(TOKEN_KEY);
    const headers = { 'content-type': 'application/json', accept: 'application/json', ...(options && options.headers) };
    if (token && !Object.keys(headers).some((h) => h.toLowerCase() === 'authorization')) headers.Authorization = 'Bearer ' + token;
    const response = await fetch(${JSON.stringify(endpoint)}, { method: 'POST', headers, body: JSON.stringify(body) });
    if (response.status !== 401) return response.json();
    const refusal = await response.json().catch(() => ({}));
    const reason = (refusal.errors && refusal.errors[0] && refusal.errors[0].message) || 'This server requires a token.';
    if (token) localStorage.removeItem(TOKEN_KEY);
    const entered = window.prompt(reason + '\\n\\nPaste a token (an administrator makes one with "orgraph token create"). It is kept in this browser.');
    if (!entered || !entered.trim()) return refusal;
    localStorage.setItem(TOKEN_KEY, entered.trim());
  }
}
ReactDOM.createRoot(document.getElementById('graphiql')).render(
  React.createElement(GraphiQL, { fetcher, defaultQuery: ${JSON.stringify(DEFAULT_QUERY)} }),
);
`;
}

const PAGE = `<!doctype html>
<html lang="en">
<head>
<meta charset="utf-8">
<title>orgraph · GraphiQL</title>
<meta name="viewport" content="width=device-width, initial-scale=1">
<link rel="stylesheet" href="/graphiql/graphiql.css">
<link rel="stylesheet" href="/graphiql/page.css">
</head>
<body>
<div id="graphiql">Loading GraphiQL…</div>
<script src="/graphiql/react.js"></script>
<script src="/graphiql/react-dom.js"></script>
<script src="/graphiql/graphiql.js"></script>
<script src="/graphiql/setup.js"></script>
</body>
</html>`;

/** True for a browser navigating to the endpoint (not a GraphQL client). */
export function wantsIde(req: Request): boolean {
  return req.method === 'GET' && !req.query.query && (req.headers.accept ?? '').includes('text/html');
}

export function graphiqlRouter(endpoint: string): Router {
  const router = express.Router();
  const own: Record<string, { body: string; type: string }> = {
    'setup.js': { body: setupScript(endpoint), type: 'text/javascript' },
    'page.css': { body: 'html,body,#graphiql{height:100%;margin:0}\n', type: 'text/css' },
  };
  router.get('/graphiql/:asset', (req: Request, res: Response) => {
    const name = String(req.params.asset);
    if (own[name]) return void res.type(own[name].type).set('Cache-Control', 'no-cache').send(own[name].body);
    const asset = ASSETS[name];
    if (!asset) return void res.status(404).end();
    res.type(asset.type).set('Cache-Control', 'public, max-age=86400').sendFile(asset.path);
  });
  router.get(endpoint, (req, res, next) => (wantsIde(req) ? res.type('html').send(PAGE) : next()));
  return router;
}
