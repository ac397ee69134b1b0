import { type ChildProcess, spawn } from 'node:child_process';
import { createWriteStream } from 'node:fs';
import { join } from 'node:path';

const MAIN = join(__dirname, '../../main.js');

/** One `node dist/main.js`, as an operator runs it, with its output in a log file. */
export class ApiProcess {
  readonly url: string;
  readonly lines: string[] = [];
  private child: ChildProcess | null = null;

  constructor(
    readonly name: string,
    readonly port: number,
    private readonly env: Record<string, string>,
    private readonly logFile: string,
  ) {
    this.url = `http://127.0.0.1:${port}/graphql`;
  }

  /** Resolves when it serves, rejects when it exits first (or is not serving in `timeoutMs`). */
  start(timeoutMs = 300_000): Promise<void> {
    const log = createWriteStream(this.logFile);
    const child = spawn(process.execPath, [MAIN], { env: { ...process.env, PORT: String(this.port), ...this.env }, stdio: ['ignore', 'pipe', 'pipe'] });
    this.child = child;
    return new Promise((resolve, reject) => {
      const timer = setTimeout(() => reject(new Error(`${this.name} is not serving after ${timeoutMs / 1000} s; see ${this.logFile}`)), timeoutMs);
      const onOutput = (chunk: Buffer) => {
        log.write(chunk);
        for (const line of chunk.toString().split('\n')) {
          if (line) this.lines.push(line);
          if (line.includes('Sanxin is running')) {
            clearTimeout(timer);
            resolve();
          }
        }
      };
      child.stdout?.on('data', onOutput);
      child.stderr?.on('data', onOutput);
      child.once('exit', (code, signal) => {
        clearTimeout(timer);
        this.child = null;
        reject(new Error(`${this.name} exited (${signal ?? code}) while starting; see ${this.logFile}`));
      });
    });
  }

  get running(): boolean {
    return this.child !== null;
  }

  async stop(): Promise<void> {
    const child = this.child;
    if (!child) return;
    const exited = new Promise((resolve) => child.once('exit', resolve));
    child.kill('SIGTERM');
    await Promise.race([exited, new Promise((resolve) => setTimeout(resolve, 30_000)).then(() => child.kill('SIGKILL'))]);
  }
}
