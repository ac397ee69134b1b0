import { dirname, join } from 'node:path';
import type { Express, NextFunction, Request, Response } from 'express';

/** Where the explorer's files are served; all of them come from node_modules, none from a CDN. */
const BASE = '/explorer';
const ASSETS: Record<string, { module: string; file: string; type: string }> = {
  'react.js': { module: 'react', file: 'umd/react.production.min.js', type: 'text/javascript' },
  'react-dom.js': { module: 'react-dom', file: 'umd/react-dom.production.min.js', type: 'text/javascript' },
  'graphiql.js': { module: 'graphiql', file: 'graphiql.min.js', type: 'text/javascript' },
  'graphiql.css': { module: 'graphiql', file: 'graphiql.min.css', type: 'text/css' },
};

/** No inline script: the page stays valid under a strict Content-Security-Policy. */
const START = `const fetcher = GraphiQL.createFetcher({ url: '/graphql', headers: { 'apollo-require-preflight': 'true' } });
ReactDOM.createRoot(document.getElementById('graphiql')).render(React.createElement(GraphiQL, { fetcher, defaultEditorToolsVisibility: true }));
`;

export const EXPLORER_HTML = `<!doctype html>
<html lang="zh-CN">
<head>
  <meta charset="utf-8">
  <title>Sanxin API · GraphiQL</title>
  <link rel="stylesheet" href="${BASE}/graphiql.css">
  <style>body { margin: 0; } #graphiql { height: 100vh; }</style>
</head>
<body>
  <div id="graphiql">Loading…</div>
  <script src="${BASE}/react.js"></script>
  <script src="${BASE}/react-dom.js"></script>
  <script src="${BASE}/graphiql.js"></script>
  <script src="${BASE}/start.js"></script>
</body>
</html>
`;

/**
 * The development explorer (GraphiQL) at GET /graphql for a browser, working offline: its page
 * and files are served from this process (GraphiQL's UMD build and React 18's, from node_modules).
 * Apollo's own landing page, which loads from a CDN, is turned off (app.ts). Not in production.
 * It runs on the viewer's session cookie (sign in through the console first) or a Bearer token
 * typed in its headers pane.
 */
export function serveExplorer(app: Express): void {
  app.get('/graphql', (req: Request, res: Response, next: NextFunction) => {
    const isBrowserPage = req.accepts(['application/json', 'application/graphql-response+json', 'text/html']) === 'text/html';
    if (!isBrowserPage || 'query' in req.query || 'extensions' in req.query) return next();
    res.type('html').send(EXPLORER_HTML);
  });
  app.get(`${BASE}/start.js`, (_req, res) => {
    res.type('text/javascript').send(START);
  });
  for (const [name, asset] of Object.entries(ASSETS)) {
    const path = join(dirname(require.resolve(`${asset.module}/package.json`)), asset.file);
    app.get(`${BASE}/${name}`, (_req, res) => {
      // pnpm keeps packages under node_modules/.pnpm: a dot folder, which sendFile refuses unless told.
      res.type(asset.type).sendFile(path, { maxAge: '1d', dotfiles: 'allow' });
    });
  }
}
