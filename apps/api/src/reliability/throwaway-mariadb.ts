import { type ChildProcess, execFileSync, spawn } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { createConnection } from 'mysql2/promise';

const MARIADBD = process.env.MARIADBD ?? '/usr/sbin/mariadbd';
const INSTALL_DB = process.env.MARIADB_INSTALL_DB ?? 'mariadb-install-db';

/** A loopback port nobody listens on right now. */
export async function freePort(): Promise<number> {
  const server = createServer();
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const address = server.address();
  await new Promise<void>((resolve) => server.close(() => resolve()));
  return typeof address === 'object' && address ? address.port : 0;
}

/**
 * A MariaDB of the test's own, in a throwaway data directory on a loopback port, that the test may
 * freeze (SIGSTOP: connections open, nothing answered, as a hung server or a stalled disk behaves)
 * and thaw. The shared server at 3306 is never hurt.
 */
export class ThrowawayMariaDb {
  port = 0;
  private process: ChildProcess | null = null;
  private readonly dir = mkdtempSync(join(tmpdir(), 'sanxin-mariadb-'));
  private readonly config = join(this.dir, 'my.cnf');

  url(database: string): string {
    return `mariadb://root@127.0.0.1:${this.port}/${database}`;
  }

  async start(): Promise<void> {
    this.port = await freePort();
    mkdirSync(join(this.dir, 'data'), { recursive: true });
    writeFileSync(
      this.config,
      `${loopbackServerConfig(this.dir, this.port)}
innodb_buffer_pool_size=64M
innodb_log_file_size=16M
innodb_flush_log_at_trx_commit=2
`,
    );
    // Running as root, mariadbd drops to `mysql`: it must own its directory.
    if (isRoot()) execFileSync('chown', ['-R', 'mysql:mysql', this.dir]);
    execFileSync(INSTALL_DB, [`--defaults-file=${this.config}`, '--auth-root-authentication-method=normal', '--skip-test-db'], { stdio: 'ignore' });
    const child = spawn(MARIADBD, [`--defaults-file=${this.config}`], { stdio: 'ignore' });
    this.process = child;
    let exited: string | null = null;
    child.once('exit', (code, signal) => {
      exited = `exited (${signal ?? code})`;
    });
    for (const deadline = Date.now() + 60_000; Date.now() < deadline; await new Promise((resolve) => setTimeout(resolve, 300))) {
      if (exited) throw new Error(`mariadbd ${exited}; see ${join(this.dir, 'error.log')}\n${this.errorLogTail()}`);
      if (await this.answers()) return;
    }
    throw new Error(`mariadbd does not answer after 60 s; see ${join(this.dir, 'error.log')}`);
  }

  async createDatabase(name: string): Promise<void> {
    const connection = await createConnection({ host: '127.0.0.1', port: this.port, user: 'root' });
    await connection.query(`CREATE DATABASE \`${name}\` CHARACTER SET utf8mb4 COLLATE utf8mb4_unicode_ci`);
    await connection.end();
  }

  /** SIGSTOP: the server keeps its sockets and answers nothing. */
  freeze(): void {
    this.process?.kill('SIGSTOP');
  }

  thaw(): void {
    this.process?.kill('SIGCONT');
  }

  /** kill -9 (nothing in it is worth a clean shutdown) and the data directory removed. */
  async stop(): Promise<void> {
    const child = this.process;
    this.process = null;
    if (child && child.exitCode === null) {
      const exited = new Promise((resolve) => child.once('exit', resolve));
      child.kill('SIGCONT');
      child.kill('SIGKILL');
      await exited;
    }
    rmSync(this.dir, { recursive: true, force: true });
  }

  private async answers(): Promise<boolean> {
    try {
      const connection = await createConnection({ host: '127.0.0.1', port: this.port, user: 'root', connectTimeout: 2_000 });
      await connection.end();
      return true;
    } catch {
      return false;
    }
  }

  private errorLogTail(): string {
    const path = join(this.dir, 'error.log');
    return existsSync(path) ? readFileSync(path, 'utf8').split('\n').slice(-15).join('\n') : '';
  }
}

/** The `[mariadbd]` lines every loopback test server has: its files under `dir`, utf8mb4, loopback only. */
export function loopbackServerConfig(dir: string, port: number): string {
  return `[mariadbd]
datadir=${join(dir, 'data')}
socket=${join(dir, 'mariadbd.sock')}
pid-file=${join(dir, 'mariadbd.pid')}
log-error=${join(dir, 'error.log')}
port=${port}
bind-address=127.0.0.1
${isRoot() ? 'user=mysql' : ''}
skip-name-resolve
character-set-server=utf8mb4
collation-server=utf8mb4_unicode_ci`;
}

export function isRoot(): boolean {
  return process.getuid?.() === 0;
}
