import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { ERROR_CODES } from '@sanxin/domain';
import Database from 'better-sqlite3';
import { buildSchema } from 'graphql';
import { DEMO_PASSWORD } from '../../db/seed/demo-data';
import { ApiProcess } from '../api-process';
import { rawRequest } from '../raw-request';
import { Random, schemaRequest } from './schema-requests';

/**
 * `pnpm --filter @sanxin/api fuzz` (after a build): N requests (FUZZ_REQUESTS, default 10,000) generated
 * from schema.graphql, as four roles and signed out, about one in ten a malformed body, against the built
 * server on a throwaway SQLite with demo data. Prints how many answers had no JSON body, no documented
 * code, a leak (stack trace, file path, SQL, a table name) or a 5xx. Not a CI test: a run takes minutes.
 */
const REQUESTS = Number(process.env.FUZZ_REQUESTS ?? 10_000);
const SEED = Number(process.env.FUZZ_SEED ?? 17);
const CONCURRENCY = 8;
const ROLES = ['agent', 'leader', 'manager', 'admin'];
/** The one list of documented codes (the domain's, published as errorCatalog); INTERNAL_SERVER_ERROR is counted apart, as a failure. */
const DOCUMENTED = new Set<string>(ERROR_CODES.filter((code) => code !== 'INTERNAL_SERVER_ERROR'));
const LEAK = /\bat \S+ \(|\/work\/|\/home\/|node_modules|\.(js|ts):\d+|\b(SELECT|INSERT INTO|UPDATE \w+ SET|DELETE FROM)\b|SQLITE_|\bER_[A-Z_]+|QueryFailedError/;

/** The database's own table names with an underscore (plain words such as `customer` appear in honest messages). */
function tableNamePattern(sqlitePath: string): RegExp {
  const db = new Database(sqlitePath, { readonly: true });
  const names = (db.prepare("SELECT name FROM sqlite_master WHERE type = 'table'").all() as Array<{ name: string }>).map((t) => t.name).filter((n) => n.includes('_'));
  db.close();
  return new RegExp(`\\b(${names.join('|')})\\b`);
}

let tables = /$^/;

const MALFORMED: Array<(random: Random) => { headers: Record<string, string>; body: string }> = [
  () => ({ headers: { 'content-type': 'application/json' }, body: '{"query": ' }),
  () => ({ headers: { 'content-type': 'application/json' }, body: 'null' }),
  () => ({ headers: { 'content-type': 'application/json' }, body: '"{ me { id } }"' }),
  () => ({ headers: { 'content-type': 'application/json' }, body: '[{"query":"{ me { id } }"}]' }),
  () => ({ headers: { 'content-type': 'application/json; charset=latin1' }, body: '{"query":"{ me { id } }"}' }),
  () => ({ headers: { 'content-type': 'application/json' }, body: JSON.stringify({ query: '{ me { id } }', variables: { x: 'a'.repeat(1_100_000) } }) }),
  (r) => ({ headers: { 'content-type': 'application/json' }, body: JSON.stringify({ query: `{ ${'me { id } '.repeat(1 + r.int(400))} }` }) }),
  (r) => ({ headers: { 'content-type': 'application/json' }, body: JSON.stringify({ query: `{ me { ${'{'.repeat(r.int(50))}` }) }),
  () => ({ headers: { 'content-type': 'application/json' }, body: JSON.stringify({ query: 'subscription { me }' }) }),
  () => ({ headers: { 'content-type': 'application/json' }, body: JSON.stringify({ query: '{ me { id } }', extensions: { persistedQuery: { version: 1, sha256Hash: 'x' } } }) }),
  (r) => ({ headers: { 'content-type': 'application/json' }, body: Buffer.from(Array.from({ length: 64 }, () => r.int(256))).toString('latin1') }),
  () => ({ headers: { 'content-type': 'text/plain' }, body: '{"query":"{ me { id } }"}' }),
];

interface Figures {
  requests: number;
  malformed: number;
  noJson: number;
  noDocumentedCode: number;
  leaks: number;
  status5xx: number;
  internalErrors: number;
  codes: Map<string, number>;
  examples: string[];
}

async function main(): Promise<void> {
  const dir = mkdtempSync(join(tmpdir(), 'sanxin-fuzz-'));
  const api = new ApiProcess({ name: 'fuzz', env: { SQLITE_PATH: join(dir, 'sanxin.sqlite'), ADMIN_DIST: dir, NODE_ENV: 'development' }, logFile: join(dir, 'api.log') });
  const figures: Figures = { requests: 0, malformed: 0, noJson: 0, noDocumentedCode: 0, leaks: 0, status5xx: 0, internalErrors: 0, codes: new Map(), examples: [] };
  const started = Date.now();
  try {
    await api.start();
    const schema = buildSchema(readFileSync(join(__dirname, '../../../schema.graphql'), 'utf8'));
    const tokens: Array<string | undefined> = [undefined];
    for (const username of ROLES) tokens.push(await signIn(api, username));
    const ids = await knownIds(api, tokens[3] as string);
    tables = tableNamePattern(join(dir, 'sanxin.sqlite'));
    const random = new Random(SEED);
    let sent = 0;
    const worker = async () => {
      while (sent < REQUESTS) {
        sent += 1;
        const token = random.pick(tokens);
        const malformed = random.chance(0.1);
        const request = malformed
          ? random.pick(MALFORMED)(random)
          : { headers: { 'content-type': 'application/json' }, body: JSON.stringify(schemaRequest(schema, random, ids)) };
        if (token) request.headers = { ...request.headers, authorization: `Bearer ${token}` };
        await send(api, request, malformed, figures);
      }
    };
    await Promise.all(Array.from({ length: CONCURRENCY }, worker));
  } finally {
    await api.stop();
    await api.dispose();
    rmSync(dir, { recursive: true, force: true });
  }
  const codes = [...figures.codes].sort((a, b) => b[1] - a[1]).map(([code, n]) => `${code} ${n}`).join(', ');
  console.log(`fuzz: ${figures.requests} requests (${figures.malformed} malformed) as ${ROLES.join(', ')} and signed out, seed ${SEED}, in ${Math.round((Date.now() - started) / 1000)} s`);
  console.log(`  answers without a JSON body: ${figures.noJson}`);
  console.log(`  errors without a documented code: ${figures.noDocumentedCode} (INTERNAL_SERVER_ERROR: ${figures.internalErrors})`);
  console.log(`  answers with a stack trace, path, SQL or table name: ${figures.leaks}`);
  console.log(`  5xx: ${figures.status5xx}`);
  console.log(`  error codes: ${codes}`);
  for (const example of figures.examples) console.log(`  e.g. ${example}`);
  if (figures.noJson + figures.noDocumentedCode + figures.leaks + figures.status5xx > 0) process.exitCode = 1;
}

async function send(api: ApiProcess, request: { headers: Record<string, string>; body: string }, malformed: boolean, figures: Figures): Promise<void> {
  figures.requests += 1;
  if (malformed) figures.malformed += 1;
  const note = (what: string, detail: string) => {
    if (figures.examples.length < 10) figures.examples.push(`${what}: ${request.body.slice(0, 160)} → ${detail.slice(0, 240)}`);
  };
  let answer: Awaited<ReturnType<typeof rawRequest>>;
  try {
    answer = await rawRequest(api.url, { headers: request.headers, body: request.body });
  } catch (error) {
    figures.noJson += 1;
    note('no answer', String(error));
    return;
  }
  if (answer.status >= 500 && answer.status !== 503) {
    figures.status5xx += 1;
    note(`HTTP ${answer.status}`, answer.body);
  }
  if (LEAK.test(answer.body) || tables.test(answer.body)) {
    figures.leaks += 1;
    note('leak', answer.body);
  }
  let body: { errors?: Array<{ extensions?: { code?: string } }> };
  try {
    body = JSON.parse(answer.body);
  } catch {
    figures.noJson += 1;
    note('not JSON', answer.body);
    return;
  }
  for (const error of body.errors ?? []) {
    const code = String(error.extensions?.code ?? 'NO_CODE');
    figures.codes.set(code, (figures.codes.get(code) ?? 0) + 1);
    if (code === 'INTERNAL_SERVER_ERROR') figures.internalErrors += 1;
    if (!DOCUMENTED.has(code)) {
      figures.noDocumentedCode += 1;
      note(code, answer.body);
    }
  }
}

async function signIn(api: ApiProcess, username: string): Promise<string> {
  const answer = await rawRequest(api.url, {
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ query: 'mutation($u: String!, $p: String!) { login(input: { username: $u, password: $p }) { token } }', variables: { u: username, p: DEMO_PASSWORD } }),
  });
  return JSON.parse(answer.body).data.login.token;
}

/** Real ids, so some generated requests reach existing records rather than NOT_FOUND. */
async function knownIds(api: ApiProcess, token: string): Promise<string[]> {
  const answer = await rawRequest(api.url, {
    headers: { 'content-type': 'application/json', authorization: `Bearer ${token}` },
    body: JSON.stringify({ query: '{ customers(page: { limit: 20 }) { items { id } } staffList: staffMembers(page: { limit: 20 }) { items { id } } }' }),
  });
  const data = JSON.parse(answer.body).data ?? {};
  return [...(data.customers?.items ?? []), ...(data.staffList?.items ?? [])].map((item: { id: string }) => item.id);
}

main().catch((error) => {
  console.error(error);
  process.exit(1);
});
