import { createConnection } from 'mysql2/promise';

/** Creates the benchmark's database (dropping it first when `fresh`). */
export async function ensureDatabase(url: string, options: { fresh?: boolean } = {}): Promise<void> {
  const parsed = new URL(url);
  const name = parsed.pathname.slice(1);
  parsed.pathname = '';
  const connection = await createConnection(parsed.toString());
  if (options.fresh) await connection.query(`DROP DATABASE IF EXISTS \`${name}\``);
  await connection.query(`CREATE DATABASE IF NOT EXISTS \`${name}\` CHARACTER SET utf8mb4 COLLATE utf8mb4_unicode_ci`);
  await connection.end();
}

export async function signIn(url: string, username: string, password: string): Promise<string> {
  const response = await fetch(url, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ query: 'mutation($u: String!, $p: String!) { login(input: { username: $u, password: $p }) { token } }', variables: { u: username, p: password } }),
  });
  return ((await response.json()) as { data: { login: { token: string } } }).data.login.token;
}

export function percentile(values: number[], p: number): number {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.min(sorted.length - 1, Math.floor(p * sorted.length))];
}
