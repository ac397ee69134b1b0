import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startTestApp, type TestApp } from '../test/test-app';

describe('the development explorer (GraphiQL, offline)', () => {
  let t: TestApp;
  beforeAll(async () => {
    t = await startTestApp();
  });
  afterAll(() => t.close());

  it('answers a browser at GET /graphql with a page whose every asset is on this origin, and serves them', async () => {
    const page = await fetch(`${t.url}/graphql`, { headers: { accept: 'text/html,application/xhtml+xml,*/*;q=0.8' } });
    expect(page.status).toBe(200);
    expect(page.headers.get('content-type')).toContain('text/html');
    const html = await page.text();
    const references = [...html.matchAll(/(?:src|href)="([^"]+)"/g)].map((m) => m[1]);
    expect(references.length).toBeGreaterThanOrEqual(5);
    for (const reference of references) {
      expect(reference, 'same origin').toMatch(/^\/[^/]/);
      const asset = await fetch(`${t.url}${reference}`);
      expect(asset.status, reference).toBe(200);
      const text = await asset.text();
      expect(text, `${reference} loads nothing from a CDN`).not.toMatch(/(?:src|href)=["']https?:|@import\s+url\(["']?https?:|unpkg\.com|jsdelivr\.net|cdnjs\.|apollographql\.com/);
    }
    expect(html).not.toMatch(/https?:\/\//);
    expect(html).not.toContain('<script>');
  });

  it('leaves GraphQL over GET and POST to the API, without Apollo’s CDN landing page', async () => {
    const query = await fetch(`${t.url}/graphql?query=${encodeURIComponent('{ __typename }')}`, { headers: { 'apollo-require-preflight': 'true' } });
    expect(await query.json()).toEqual({ data: { __typename: 'Query' } });
    const json = await fetch(`${t.url}/graphql`, { headers: { accept: 'application/json' } });
    expect(await json.text()).not.toContain('apollo-server-landing-page');
  });
});

describe('in production', () => {
  let t: TestApp;
  beforeAll(async () => {
    t = await startTestApp({ NODE_ENV: 'production' });
  });
  afterAll(() => t.close());

  it('serves no explorer', async () => {
    const page = await fetch(`${t.url}/graphql`, { headers: { accept: 'text/html' } });
    expect(await page.text()).not.toContain('graphiql');
    // (a built console, if present, answers unknown paths with its own page: never GraphiQL's script)
    expect(await (await fetch(`${t.url}/explorer/graphiql.js`)).text()).not.toContain('GraphiQL');
  });
});
