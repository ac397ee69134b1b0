import { type ChildProcess, spawn } from 'node:child_process';
import { existsSync } from 'node:fs';
import { createServer } from 'node:net';
import { fileURLToPath } from 'node:url';
import mysql from 'mysql2/promise';

const ADMIN_DIR = fileURLToPath(new URL('..', import.meta.url));
const API_MAIN = fileURLToPath(new URL('../../api/dist/main.js', import.meta.url));
/** E2E_ADMIN_DIST serves another build (an older one, to compare timings on the same machine in the same minutes). */
const ADMIN_DIST = process.env.E2E_ADMIN_DIST ?? fileURLToPath(new URL('../dist', import.meta.url));
const STARTUP_TIMEOUT_MS = Number(process.env.E2E_STARTUP_TIMEOUT_MS ?? 60_000);

export interface RunningServer {
  baseUrl: string;
  stop(): Promise<void>;
}

async function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const probe = createServer();
    probe.once('error', reject);
    probe.listen(0, '127.0.0.1', () => {
      const { port } = probe.address() as { port: number };
      probe.close(() => resolve(port));
    });
  });
}

/** A database of its own per run, so the e2e test never sees another run's (or a developer's) data. */
async function withServerConnection<T>(work: (connection: mysql.Connection) => Promise<T>): Promise<T> {
  const connection = await mysql.createConnection(process.env.TEST_DATABASE_URL ?? 'mysql://root@127.0.0.1:3306');
  try {
    return await work(connection);
  } finally {
    await connection.end();
  }
}

function databaseUrl(database: string): string {
  const url = new URL(process.env.TEST_DATABASE_URL ?? 'mysql://root@127.0.0.1:3306');
  url.pathname = `/${database}`;
  return url.toString();
}

async function waitForHealth(baseUrl: string, server: ChildProcess, output: () => string): Promise<void> {
  const deadline = Date.now() + STARTUP_TIMEOUT_MS;
  while (Date.now() < deadline) {
    if (server.exitCode !== null) throw new Error(`The API exited with code ${server.exitCode}:\n${output()}`);
    const healthy = await fetch(`${baseUrl}/healthz`).then(
      (response) => response.status === 200,
      () => false,
    );
    if (healthy) return;
    await new Promise((resolve) => setTimeout(resolve, 250));
  }
  throw new Error(`The API did not answer /healthz within ${STARTUP_TIMEOUT_MS / 1000} s:\n${output()}`);
}

/** Starts the real built API (migrations + demo seed) serving the real built console, on a fresh database; `env` adds configuration. */
export async function startServer(env: Record<string, string> = {}): Promise<RunningServer> {
  for (const [path, hint] of [
    [API_MAIN, 'pnpm --filter @sanxin/api build'],
    [`${ADMIN_DIST}/index.html`, 'pnpm --filter @sanxin/admin build'],
  ]) {
    if (!existsSync(path)) throw new Error(`${path} is missing: run \`${hint}\` first`);
  }
  const database = `sanxin_e2e_${process.pid}`;
  await withServerConnection((connection) =>
    connection.query(`DROP DATABASE IF EXISTS \`${database}\``).then(() =>
      connection.query(`CREATE DATABASE \`${database}\` CHARACTER SET utf8mb4 COLLATE utf8mb4_unicode_ci`),
    ),
  );

  const port = await freePort();
  const baseUrl = `http://127.0.0.1:${port}`;
  let log = '';
  const server = spawn(process.execPath, [API_MAIN], {
    cwd: ADMIN_DIR,
    env: { ...process.env, PORT: String(port), DATABASE_URL: databaseUrl(database), SANXIN_DEMO: '1', ADMIN_DIST, ...env },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  const collect = (chunk: Buffer) => {
    log += chunk;
  };
  server.stdout?.on('data', collect);
  server.stderr?.on('data', collect);

  const stop = async () => {
    if (server.exitCode === null) {
      const exited = new Promise((resolve) => server.once('exit', resolve));
      server.kill('SIGTERM');
      await Promise.race([exited, new Promise((resolve) => setTimeout(resolve, 10_000))]);
      if (server.exitCode === null) server.kill('SIGKILL');
    }
    await withServerConnection((connection) => connection.query(`DROP DATABASE IF EXISTS \`${database}\``));
  };

  try {
    await waitForHealth(baseUrl, server, () => log);
  } catch (error) {
    await stop();
    throw error;
  }
  return { baseUrl, stop };
}
