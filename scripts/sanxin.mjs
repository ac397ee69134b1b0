#!/usr/bin/env node
// The root commands (`npm start`, `npm test`, …) for a machine with only Node 20 and npm:
// fetch pnpm through npx when it is missing, install the workspace when needed, then run the task.
import { spawn, spawnSync } from 'node:child_process';
import { existsSync, statSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const PNPM_VERSION = '10.34.8';
const env = { ...process.env, TURBO_TELEMETRY_DISABLED: '1', DO_NOT_TRACK: '1' };

function pnpmCommand() {
  const probe = spawnSync('pnpm', ['--version'], { encoding: 'utf8' });
  return probe.status === 0 && probe.stdout.trim().startsWith('10.') ? ['pnpm'] : ['npx', '--yes', `pnpm@${PNPM_VERSION}`];
}

function run(command, args, options = {}) {
  const result = spawnSync(command, args, { cwd: root, stdio: 'inherit', env, ...options });
  if (result.status !== 0) process.exit(result.status ?? 1);
}

function pnpm(...args) {
  const options = typeof args.at(-1) === 'object' ? args.pop() : {};
  const [command, ...prefix] = pnpmCommand();
  run(command, [...prefix, ...args], options);
}

function ensureInstalled() {
  const marker = join(root, 'node_modules/.pnpm/lock.yaml');
  const lockfile = join(root, 'pnpm-lock.yaml');
  if (existsSync(marker) && statSync(marker).mtimeMs >= statSync(lockfile).mtimeMs) return;
  pnpm('install', '--frozen-lockfile');
}

/** Runs a long-lived process and passes Ctrl-C / SIGTERM on to it, so it can shut down gracefully. */
function serve(command, args) {
  const child = spawn(command, args, { cwd: root, stdio: 'inherit', env });
  for (const signal of ['SIGINT', 'SIGTERM']) process.on(signal, () => child.kill(signal));
  child.on('exit', (code, signal) => process.exit(code ?? (signal ? 0 : 1)));
}

const TEST_DATES = [
  '2027-03-13T02:00:00Z', // Saturday 10:00 in Shanghai
  '2026-10-01T03:00:00Z', // 国庆节, 11:00
  '2026-12-31T15:30:00Z', // 31 December, 23:30
  '2028-02-29T01:00:00Z', // 29 February, 09:00
];

const tasks = {
  start() {
    ensureInstalled();
    pnpm('exec', 'turbo', 'run', 'build', '--filter=@sanxin/api', '--filter=@sanxin/admin', '--output-logs=errors-only');
    serve(process.execPath, ['apps/api/dist/main.js']);
  },
  dev() {
    ensureInstalled();
    pnpm('exec', 'turbo', 'run', 'dev', '--filter=@sanxin/api', '--filter=@sanxin/admin');
  },
  test() {
    ensureInstalled();
    pnpm('exec', 'turbo', 'run', 'test', '--concurrency=1', ...process.argv.slice(3));
  },
  /** The whole suite again on dates that break date-dependent tests: a weekend, a public holiday, New Year's Eve, a leap day. */
  'test:dates'() {
    ensureInstalled();
    for (const date of TEST_DATES) {
      console.log(`\n== npm test with SANXIN_TEST_NOW=${date}`);
      pnpm('exec', 'turbo', 'run', 'test', '--concurrency=1', { env: { ...env, SANXIN_TEST_NOW: date } });
    }
  },
  'db:migrate'() {
    ensureInstalled();
    pnpm('exec', 'turbo', 'run', 'build', '--filter=@sanxin/api', '--output-logs=errors-only');
    run(process.execPath, ['apps/api/dist/db/cli.js', 'migrate']);
  },
  'db:seed'() {
    ensureInstalled();
    pnpm('exec', 'turbo', 'run', 'build', '--filter=@sanxin/api', '--output-logs=errors-only');
    run(process.execPath, ['apps/api/dist/db/cli.js', 'seed', ...process.argv.slice(3)]);
  },
};

const task = tasks[process.argv[2]];
if (!task) {
  console.error(`Usage: node scripts/sanxin.mjs ${Object.keys(tasks).join('|')}`);
  process.exit(2);
}
task();
