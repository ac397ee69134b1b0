import { type ChildProcess, execFileSync, spawn } from 'node:child_process';
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { createConnection } from 'mysql2/promise';
import { isRoot, loopbackServerConfig } from '../throwaway-mariadb';

const MARIADBD = process.env.MARIADBD ?? '/usr/sbin/mariadbd';
const INSTALL_DB = process.env.MARIADB_INSTALL_DB ?? 'mariadb-install-db';
export const GALERA_PROVIDER = process.env.GALERA_PROVIDER ?? '/usr/lib/galera/libgalera_smm.so';

/**
 * A MariaDB Galera cluster on loopback, for the Galera check only: `size` mariadbd nodes with
 * data directories under `baseDir`, SQL on basePort+1…, group communication on basePort+11…, IST
 * on basePort+21…, SST on basePort+31…. Node 1 bootstraps the cluster; the others join it by
 * state transfer (rsync).
 */
export class GaleraCluster {
  readonly nodes: GaleraNode[];

  constructor(
    private readonly baseDir: string,
    basePort: number,
    size: number,
  ) {
    const peers = Array.from({ length: size }, (_, i) => `127.0.0.1:${basePort + 11 + i}`).join(',');
    this.nodes = Array.from({ length: size }, (_, i) => new GaleraNode(i + 1, join(baseDir, `node${i + 1}`), basePort, peers));
  }

  /** Starts the nodes one after another, each synced with the cluster before the next joins. */
  async start(): Promise<void> {
    if (isRoot()) execFileSync('chown', ['mysql:mysql', this.baseDir]);
    const [first, ...others] = this.nodes;
    first.initialize();
    await first.start(['--wsrep-new-cluster']);
    for (const node of others) {
      node.prepareEmpty();
      await node.start();
    }
  }

  async stop(): Promise<void> {
    await Promise.all(this.nodes.map((node) => node.stop()));
  }
}

export class GaleraNode {
  readonly port: number;
  private process: ChildProcess | null = null;
  private readonly config: string;

  constructor(
    readonly index: number,
    private readonly dir: string,
    basePort: number,
    peers: string,
  ) {
    this.port = basePort + index;
    this.config = join(dir, 'my.cnf');
    mkdirSync(dir, { recursive: true });
    writeFileSync(
      this.config,
      `${loopbackServerConfig(dir, this.port)}
binlog_format=ROW
default_storage_engine=InnoDB
innodb_autoinc_lock_mode=2
innodb_buffer_pool_size=128M
innodb_flush_log_at_trx_commit=2
wsrep_on=ON
wsrep_provider=${GALERA_PROVIDER}
wsrep_cluster_name=sanxin-galera-check
wsrep_cluster_address=gcomm://${peers}
wsrep_node_name=node${index}
wsrep_node_address=127.0.0.1:${basePort + 10 + index}
wsrep_sst_method=rsync
wsrep_sst_receive_address=127.0.0.1:${basePort + 30 + index}
wsrep_provider_options="gmcast.listen_addr=tcp://127.0.0.1:${basePort + 10 + index};ist.recv_addr=127.0.0.1:${basePort + 20 + index};gcache.size=256M"
`,
    );
  }

  url(database: string): string {
    return `mysql://root@127.0.0.1:${this.port}/${database}`;
  }

  /** The first node: a fresh system database. */
  initialize(): void {
    this.prepareEmpty();
    execFileSync(INSTALL_DB, [`--defaults-file=${this.config}`, '--auth-root-authentication-method=normal', '--skip-test-db'], { stdio: 'ignore' });
    this.chownToServer();
  }

  /** A joiner: an empty data directory, filled by state transfer. */
  prepareEmpty(): void {
    mkdirSync(join(this.dir, 'data'), { recursive: true });
    this.chownToServer();
  }

  async start(extraArgs: string[] = []): Promise<void> {
    const child = spawn(MARIADBD, [`--defaults-file=${this.config}`, ...extraArgs], { stdio: 'ignore' });
    this.process = child;
    let exited: string | null = null;
    child.once('exit', (code, signal) => {
      exited = `exited (${signal ?? code})`;
    });
    for (const deadline = Date.now() + 180_000; Date.now() < deadline; await sleep(500)) {
      if (exited) throw new Error(`node ${this.index} ${exited}; see ${join(this.dir, 'error.log')}\n${this.errorLogTail()}`);
      if ((await this.state()) === 'Synced') return;
    }
    throw new Error(`node ${this.index} did not sync in 3 minutes; see ${join(this.dir, 'error.log')}`);
  }

  /** kill -9: no shutdown, no flush; the cluster goes on without it. */
  kill(): void {
    this.process?.kill('SIGKILL');
    this.process = null;
  }

  /** After a kill -9: recovers the last committed position from InnoDB, then rejoins by incremental state transfer. */
  async restart(): Promise<void> {
    execFileSync(MARIADBD, [`--defaults-file=${this.config}`, '--wsrep-recover'], { stdio: 'ignore' });
    const recovered = [...this.errorLog().matchAll(/WSREP: Recovered position: (\S+)/g)].at(-1)?.[1];
    if (!recovered) throw new Error(`node ${this.index}: no recovered position in its error log`);
    await this.start([`--wsrep-start-position=${recovered}`]);
  }

  async stop(): Promise<void> {
    const child = this.process;
    this.process = null;
    if (!child || child.exitCode !== null) return;
    const exited = new Promise((resolve) => child.once('exit', resolve));
    child.kill('SIGTERM');
    await Promise.race([exited, sleep(60_000).then(() => child.kill('SIGKILL'))]);
  }

  async state(): Promise<string | null> {
    try {
      const connection = await createConnection({ host: '127.0.0.1', port: this.port, user: 'root' });
      try {
        const [rows] = (await connection.query("SHOW STATUS LIKE 'wsrep_local_state_comment'")) as unknown as [Array<{ Value: string }>];
        return rows[0]?.Value ?? null;
      } finally {
        await connection.end();
      }
    } catch {
      return null;
    }
  }

  /** Running as root, mariadbd drops to `mysql`, and so do the state-transfer scripts: it owns the data. */
  private chownToServer(): void {
    if (isRoot()) execFileSync('chown', ['-R', 'mysql:mysql', this.dir]);
  }

  private errorLog(): string {
    const path = join(this.dir, 'error.log');
    return existsSync(path) ? readFileSync(path, 'utf8') : '';
  }

  private errorLogTail(): string {
    return this.errorLog().split('\n').slice(-15).join('\n');
  }
}

export function sleep(ms: number): Promise<void> {
  return new Promise((resolve) => setTimeout(resolve, ms));
}
