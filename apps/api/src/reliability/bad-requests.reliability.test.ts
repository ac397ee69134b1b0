import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { ERROR_CODES } from '@sanxin/domain';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ApiProcess } from './api-process';
import { rawRequest } from './raw-request';

const JSON_TYPE = { 'content-type': 'application/json' };
const aliases = (n: number) => Array.from({ length: n }, (_, i) => `a${i}: __type(name: "Query") { name }`).join(' ');

/** [what, headers, body, the status expected]: every one answered with a JSON GraphQL error and a documented code. */
const BAD_REQUESTS: Array<[string, Record<string, string>, string, number]> = [
  ['malformed JSON', JSON_TYPE, '{"query": ', 400],
  ['null', JSON_TYPE, 'null', 400],
  ['a string', JSON_TYPE, '"{ __typename }"', 400],
  ['a number', JSON_TYPE, '42', 400],
  ['an array (batching is off)', JSON_TYPE, '[{"query":"{ __typename }"}]', 400],
  ['an oversized body', JSON_TYPE, JSON.stringify({ query: '{ __typename }', variables: { x: 'a'.repeat(1_100_000) } }), 413],
  ['another charset', { 'content-type': 'application/json; charset=latin1' }, '{"query":"{ __typename }"}', 415],
  ['no query', JSON_TYPE, '{}', 400],
  ['a query that is not a string', JSON_TYPE, '{"query": 42}', 400],
  ['a GraphQL syntax error', JSON_TYPE, JSON.stringify({ query: '{ me { ' }), 400],
  ['too many tokens', JSON_TYPE, JSON.stringify({ query: `{ ${'__typename '.repeat(3100)} }` }), 400],
  ['too many aliases', JSON_TYPE, JSON.stringify({ query: `{ ${aliases(25)} }` }), 400],
  ['a persisted query whose hash does not match', JSON_TYPE, JSON.stringify({ query: '{ __typename }', extensions: { persistedQuery: { version: 1, sha256Hash: 'abc' } } }), 400],
  ['an unknown persisted query', JSON_TYPE, JSON.stringify({ extensions: { persistedQuery: { version: 1, sha256Hash: 'a'.repeat(64) } } }), 200],
  ['a subscription', JSON_TYPE, JSON.stringify({ query: 'subscription { x }' }), 400],
  ['an unknown field', JSON_TYPE, JSON.stringify({ query: '{ nope }' }), 400],
  ['an unknown operation name', JSON_TYPE, JSON.stringify({ query: '{ __typename }', operationName: 'Nope' }), 400],
  ['variables of the wrong type', JSON_TYPE, JSON.stringify({ query: 'query($id: ID!) { customer(id: $id) { id } }', variables: { id: { a: 1 } } }), 400],
  ['text/plain (CSRF prevention)', { 'content-type': 'text/plain' }, '{"query":"{ __typename }"}', 400],
];

/** What must never leave the server: stack frames, file paths, SQL, Express's HTML error page. */
const LEAKS = /<html|<pre>|\bat \S+ \(|\/work\/|node_modules|\.(js|ts):\d+|\bSELECT\b|\bINSERT\b|sqlite|mysql/i;
const DOCUMENTED: readonly string[] = ERROR_CODES.filter((code) => code !== 'INTERNAL_SERVER_ERROR');

describe('bad requests to the built server (development mode, the default)', () => {
  const dir = mkdtempSync(join(tmpdir(), 'sanxin-bad-requests-'));
  const api = new ApiProcess({ name: 'bad-requests', env: { SQLITE_PATH: join(dir, 'sanxin.sqlite'), ADMIN_DIST: dir, NODE_ENV: 'development' }, logFile: join(dir, 'api.log') });
  beforeAll(() => api.start());
  afterAll(async () => {
    await api.dispose();
    rmSync(dir, { recursive: true, force: true });
  });

  it.each(BAD_REQUESTS)('%s: a JSON GraphQL error with a documented code and no internals', async (_what, headers, body, status) => {
    const answer = await rawRequest(api.url, { headers, body });
    expect(answer.status).toBe(status);
    expect(answer.headers['content-type']).toMatch(/^application\/(graphql-response\+)?json/);
    const json = JSON.parse(answer.body);
    expect(json.errors?.length).toBeGreaterThan(0);
    expect(DOCUMENTED).toContain(json.errors[0].extensions.code);
    expect(answer.body).not.toMatch(LEAKS);
  });

  it('answers an unknown path and method off /graphql without a stack trace either', async () => {
    const answer = await rawRequest(`${api.origin}/graphql`, { method: 'PUT', headers: JSON_TYPE, body: '{}' });
    expect(answer.status).toBeGreaterThanOrEqual(400);
    expect(answer.status).toBeLessThan(500);
    expect(answer.body).not.toMatch(LEAKS);
  });
});
