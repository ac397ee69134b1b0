#!/usr/bin/env node
// Smoke test of the README's start command: boot with demo data, sign in, list customers, stop.
import { spawn } from 'node:child_process';
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const port = process.env.SMOKE_PORT ?? '4799';
const base = `http://127.0.0.1:${port}`;
const started = Date.now();
const server = spawn('npm', ['start'], {
  cwd: root,
  stdio: 'inherit',
  detached: true,
  env: { ...process.env, PORT: port, SQLITE_PATH: join(mkdtempSync(join(tmpdir(), 'sanxin-smoke-')), 'sanxin.sqlite') },
});

function fail(message) {
  console.error(`smoke: FAILED: ${message}`);
  try {
    process.kill(-server.pid, 'SIGKILL');
  } catch {}
  process.exit(1);
}

async function graphql(query, token) {
  const response = await fetch(`${base}/graphql`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', ...(token ? { authorization: `Bearer ${token}` } : {}) },
    body: JSON.stringify({ query }),
  });
  return response.json();
}

async function waitForHealth(deadline) {
  while (Date.now() < deadline) {
    try {
      if ((await fetch(`${base}/healthz`)).ok) return;
    } catch {}
    await new Promise((resolve) => setTimeout(resolve, 1000));
  }
  fail('the server did not become healthy within 6 minutes (a cold build is part of npm start)');
}

await waitForHealth(started + 360_000);
console.log(`smoke: healthy after ${Math.round((Date.now() - started) / 1000)} s`);
const page = await fetch(`${base}/`);
if (!page.ok || !(await page.text()).includes('<div id="root">')) fail('the console is not served at /');
const login = await graphql('mutation { login(input: { username: "agent", password: "sanxin-demo" }) { token } }');
const token = login.data?.login.token;
if (!token) fail(`sign-in failed: ${JSON.stringify(login.errors)}`);
const list = await graphql('{ customers(page: { limit: 5 }) { total items { name } } }', token);
if (!(list.data?.customers.total >= 200)) fail(`unexpected customers answer: ${JSON.stringify(list)}`);
console.log(`smoke: signed in as agent; ${list.data.customers.total} customers, first: ${list.data.customers.items[0].name}`);
process.kill(-server.pid, 'SIGTERM');
const code = await new Promise((resolve) => server.on('exit', resolve));
console.log(`smoke: stopped (exit ${code})`);
console.log('smoke: 1 passed, 0 failed');
