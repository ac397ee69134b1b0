import { type ChildProcess, spawn } from 'node:child_process';
import { createWriteStream, existsSync, mkdtempSync, type WriteStream } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

/** The built API: `src/reliability` and `dist/reliability` are both two levels below the package. */
export const API_MAIN = join(__dirname, '../../dist/main.js');

const READY = /Sanxin is running at http:\/\/localhost:(\d+)\//;

export interface ApiProcessOptions {
  /** A label for messages and the log file name. */
  name: string;
  /** 0 (the default) lets the system choose; the port actually bound is read from the start-up line. */
  port?: number;
  /** Added to this process's environment (DATABASE_URL, SQLITE_PATH, SHUTDOWN_GRACE_SECONDS, …). */
  env?: Record<string, string>;
  /** Where its stdout and stderr go; a file in a fresh temporary folder by default. */
  logFile?: string;
}

/**
 * One `node dist/main.js`, as an operator runs it, with its output in a log file and in `lines`.
 * The reliability suite and the Galera check drive the real built server through it: start, wait until
 * healthy, signal, kill -9, and read what it logged.
 */
export class ApiProcess {
  readonly name: string;
  readonly lines: string[] = [];
  readonly logFile: string;
  port: number;
  /** How the last run ended: the exit code, or the signal that ended it. */
  exit: { code: number | null; signal: NodeJS.Signals | null } | null = null;
  private child: ChildProcess | null = null;
  private exited: Promise<void> = Promise.resolve();
  private readonly env: Record<string, string>;
  private log: WriteStream | null = null;
  private lineWaiters: Array<{ pattern: RegExp; resolve: (line: string) => void }> = [];

  constructor(options: ApiProcessOptions);
  /** The Galera check's form: name, port, environment, log file. */
  constructor(name: string, port: number, env: Record<string, string>, logFile: string);
  constructor(first: ApiProcessOptions | string, port?: number, env?: Record<string, string>, logFile?: string) {
    const options: ApiProcessOptions = typeof first === 'string' ? { name: first, port, env, logFile } : first;
    this.name = options.name;
    this.port = options.port ?? 0;
    this.env = options.env ?? {};
    this.logFile = options.logFile ?? join(mkdtempSync(join(tmpdir(), 'sanxin-api-')), `${options.name.replace(/\W+/g, '-')}.log`);
  }

  get origin(): string {
    return `http://127.0.0.1:${this.port}`;
  }

  /** The GraphQL endpoint. */
  get url(): string {
    return `${this.origin}/graphql`;
  }

  get running(): boolean {
    return this.child !== null;
  }

  get pid(): number | undefined {
    return this.child?.pid;
  }

  /** Resolves when it serves, rejects when it exits first (or is not serving in `timeoutMs`). */
  start(timeoutMs = 300_000): Promise<void> {
    if (this.child) return Promise.reject(new Error(`${this.name} is already running`));
    if (!existsSync(API_MAIN)) return Promise.reject(new Error(`${API_MAIN} is missing: build the API first (pnpm --filter @sanxin/api build)`));
    this.log ??= createWriteStream(this.logFile, { flags: 'a' });
    this.exit = null;
    const child = spawn(process.execPath, [API_MAIN], {
      env: { ...process.env, NODE_ENV: 'development', PORT: String(this.port), ...this.env },
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    this.child = child;
    let pending = '';
    const onOutput = (chunk: Buffer) => {
      this.log?.write(chunk);
      const text = pending + chunk.toString();
      const parts = text.split('\n');
      pending = parts.pop() ?? '';
      for (const line of parts) this.addLine(line);
    };
    child.stdout?.on('data', onOutput);
    child.stderr?.on('data', onOutput);
    this.exited = new Promise((resolve) =>
      child.once('exit', (code, signal) => {
        if (pending) this.addLine(pending);
        this.exit = { code, signal };
        this.child = null;
        resolve();
      }),
    );
    return new Promise((resolve, reject) => {
      const timer = setTimeout(() => reject(new Error(`${this.name} is not serving after ${timeoutMs / 1000} s; see ${this.logFile}`)), timeoutMs);
      this.waitForLine(READY, timeoutMs).then(
        (line) => {
          clearTimeout(timer);
          this.port = Number(READY.exec(line)?.[1] ?? this.port);
          resolve();
        },
        () => undefined,
      );
      void this.exited.then(() => {
        clearTimeout(timer);
        reject(new Error(`${this.name} exited (${this.exit?.signal ?? this.exit?.code}) while starting; see ${this.logFile}`));
      });
    });
  }

  /** Resolves with the first line (already logged or to come) that matches; rejects after `timeoutMs`. */
  waitForLine(pattern: RegExp, timeoutMs = 30_000): Promise<string> {
    const seen = this.lines.find((line) => pattern.test(line));
    if (seen) return Promise.resolve(seen);
    return new Promise((resolve, reject) => {
      const waiter = {
        pattern,
        resolve: (line: string) => {
          clearTimeout(timer);
          resolve(line);
        },
      };
      const timer = setTimeout(() => {
        this.lineWaiters = this.lineWaiters.filter((w) => w !== waiter);
        reject(new Error(`${this.name} logged no line matching ${pattern} in ${timeoutMs / 1000} s; see ${this.logFile}`));
      }, timeoutMs);
      this.lineWaiters.push(waiter);
    });
  }

  /** Polls /healthz until it answers 200 with the database up. */
  async waitHealthy(timeoutMs = 30_000): Promise<void> {
    const deadline = Date.now() + timeoutMs;
    let last = 'no answer';
    while (Date.now() < deadline) {
      if (!this.child) throw new Error(`${this.name} is not running; see ${this.logFile}`);
      try {
        const response = await fetch(`${this.origin}/healthz`, { signal: AbortSignal.timeout(2_000) });
        last = `${response.status} ${await response.text()}`;
        if (response.ok) return;
      } catch (error) {
        last = error instanceof Error ? error.message : String(error);
      }
      await new Promise((resolve) => setTimeout(resolve, 200));
    }
    throw new Error(`${this.name} is not healthy after ${timeoutMs / 1000} s (last: ${last}); see ${this.logFile}`);
  }

  /** Sends a signal and returns at once; `waitForExit` tells how it ended. */
  signal(signal: NodeJS.Signals): void {
    this.child?.kill(signal);
  }

  /** Resolves with how it ended, or rejects if it is still running after `timeoutMs`. */
  async waitForExit(timeoutMs = 30_000): Promise<{ code: number | null; signal: NodeJS.Signals | null }> {
    if (!this.child && this.exit) return this.exit;
    let timer: NodeJS.Timeout | undefined;
    const timeout = new Promise<never>((_, reject) => {
      timer = setTimeout(() => reject(new Error(`${this.name} still runs ${timeoutMs / 1000} s after it was told to stop; see ${this.logFile}`)), timeoutMs);
    });
    try {
      await Promise.race([this.exited, timeout]);
    } finally {
      clearTimeout(timer);
    }
    return this.exit ?? { code: null, signal: null };
  }

  /** Asks it to stop (SIGTERM by default) and waits; kills it with SIGKILL after `timeoutMs`. */
  async stop(signal: NodeJS.Signals = 'SIGTERM', timeoutMs = 30_000): Promise<{ code: number | null; signal: NodeJS.Signals | null } | null> {
    if (!this.child) return this.exit;
    this.signal(signal);
    try {
      return await this.waitForExit(timeoutMs);
    } catch {
      return this.kill9();
    }
  }

  /** kill -9: no shutdown at all, as a crash or the OOM killer would end it. */
  async kill9(): Promise<{ code: number | null; signal: NodeJS.Signals | null } | null> {
    if (!this.child) return this.exit;
    this.signal('SIGKILL');
    await this.exited;
    return this.exit;
  }

  /** Stops it if it still runs and closes the log file (for `afterAll`). */
  async dispose(): Promise<void> {
    await this.kill9();
    await new Promise<void>((resolve) => (this.log ? this.log.end(resolve) : resolve()));
    this.log = null;
  }

  private addLine(line: string): void {
    if (!line) return;
    this.lines.push(line);
    for (const waiter of this.lineWaiters.filter((w) => w.pattern.test(line))) {
      this.lineWaiters = this.lineWaiters.filter((w) => w !== waiter);
      waiter.resolve(line);
    }
  }
}
