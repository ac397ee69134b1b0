import { type ChildProcess, spawn } from 'node:child_process';
import { existsSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { runExample } from '../src/example';

const API_MAIN = join(__dirname, '../../../apps/api/dist/main.js');
const READY = /Sanxin is running at http:\/\/localhost:(\d+)\//;

/** The built API (`node apps/api/dist/main.js`) on a fresh SQLite file: it migrates and seeds the demo data. */
function startApi(folder: string): Promise<{ child: ChildProcess; url: string }> {
  if (!existsSync(API_MAIN)) throw new Error(`${API_MAIN} is missing: build the API first (pnpm --filter @sanxin/api build)`);
  const { DATABASE_URL: _mariadb, ...env } = process.env;
  const child = spawn(process.execPath, [API_MAIN], {
    env: { ...env, NODE_ENV: 'development', PORT: '0', SQLITE_PATH: join(folder, 'sanxin.sqlite') },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let output = '';
  return new Promise((resolve, reject) => {
    const onData = (chunk: Buffer) => {
      output += chunk.toString();
      const port = READY.exec(output)?.[1];
      if (port) resolve({ child, url: `http://127.0.0.1:${port}/graphql` });
    };
    child.stdout?.on('data', onData);
    child.stderr?.on('data', onData);
    child.once('exit', (code) => reject(new Error(`the API exited (${code}) while starting:\n${output}`)));
  });
}

// Issue 10, point 7: the example client (Apollo Client 4, codegen from the committed schema) against a started server.
describe('the example client against a started API', () => {
  const folder = mkdtempSync(join(tmpdir(), 'sanxin-example-'));
  let api: { child: ChildProcess; url: string };

  beforeAll(async () => {
    api = await startApi(folder);
  });

  afterAll(() => {
    api?.child.kill('SIGKILL');
    rmSync(folder, { recursive: true, force: true });
  });

  it('pages forward and backward, hears a push within 2 s, and renders every error code from extensions', async () => {
    const lines: string[] = [];
    const report = await runExample({ url: api.url, log: (line) => lines.push(line) });
    console.log(lines.join('\n'));

    // fetchMore appends (forward) and prepends (backward): both equal one page of the same size.
    expect(report.expected).toHaveLength(12);
    expect(report.forward).toEqual(report.expected);
    expect(report.backward).toEqual(report.expected);

    expect(report.push.kind).toBe('INBOX_CHANGED');
    expect(report.push.elapsedMs).toBeLessThan(2000);

    for (const code of ['UNAUTHENTICATED', 'BAD_USER_INPUT', 'CONFLICT', 'FORBIDDEN', 'NOT_FOUND', 'RULE_VIOLATION', 'GRAPHQL_VALIDATION_FAILED']) {
      expect(report.provoked[code], code).toBeDefined();
    }
    expect(report.provoked.BAD_USER_INPUT.en).toMatch(/^BAD_USER_INPUT: Some fields need attention \(page\.after: invalidCursor; #/);
    expect(report.provoked.FORBIDDEN.zhCN).toContain('complaint:assign');

    // Every documented code has its own message in both languages, found from `extensions.code` alone.
    const codes = Object.keys(report.catalog);
    expect(codes).toEqual(expect.arrayContaining(['UNAUTHENTICATED', 'RATE_LIMITED', 'SERVICE_UNAVAILABLE', 'PERSISTED_QUERY_NOT_FOUND', 'BAD_REQUEST']));
    const messages = new Set(codes.map((code) => report.catalog[code].en));
    expect(messages.size).toBe(codes.length);
    for (const code of codes) expect(report.catalog[code].zhCN).toMatch(/[\u4e00-\u9fff]/);
  });
});
