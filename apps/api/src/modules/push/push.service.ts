import type { DataSource, EntityManager } from 'typeorm';
import { MoreThan } from 'typeorm';
import type { Viewer } from '../../shared/viewer';
import { PushEvent } from './push-event.entity';
import type { PushEventKind } from './push.enums';

export interface PushDraft {
  kind: PushEventKind;
  recipientId?: string | null;
  recipientRole?: string | null;
  complaintId?: string | null;
}

/**
 * Records events in the caller's transaction: they exist exactly when the change they report was
 * committed, and a transaction run again after a conflict writes them once (its first try rolled back).
 */
export async function publishPush(tx: EntityManager, at: Date, drafts: readonly PushDraft[]): Promise<void> {
  const rows = drafts
    .filter((d) => d.recipientId || d.recipientRole)
    .map((d) => ({ at, kind: d.kind, recipientId: d.recipientId ?? null, recipientRole: d.recipientRole ?? null, complaintId: d.complaintId ?? null }));
  if (rows.length) await tx.insert(PushEvent, rows);
}

/** How often a process with subscribers reads the outbox, and how long a missing id may still be an uncommitted transaction. */
const POLL_MS = 250;
const GAP_MS = 5_000;
const BATCH = 500;

type Listener = (event: PushEvent) => void;

/**
 * One per process and database: polls `push_event` while anyone listens and hands each new row to
 * the listeners. Ids are taken at insert but become visible at commit, so a later id can appear
 * before an earlier one: the cursor stays below a missing id until it shows up or GAP_MS passes
 * (a rolled-back transaction leaves a hole for good), and rows already handed out are remembered.
 */
export class PushHub {
  private readonly listeners = new Set<Listener>();
  private timer: NodeJS.Timeout | null = null;
  private cursor = 0;
  private readonly delivered = new Set<number>();
  private readonly gapSince = new Map<number, number>();
  private polling: Promise<void> = Promise.resolve();

  constructor(private readonly dataSource: DataSource) {}

  /** The events `accept` lets through, from now on, as the async iterator a GraphQL subscription returns. */
  listen(accept: (event: PushEvent) => boolean): AsyncIterableIterator<PushEvent> {
    const queue: PushEvent[] = [];
    let wake: (() => void) | null = null;
    let done = false;
    const listener: Listener = (event) => {
      if (!accept(event)) return;
      queue.push(event);
      wake?.();
    };
    const ready = this.add(listener);
    const iterator: AsyncIterableIterator<PushEvent> = {
      [Symbol.asyncIterator]: () => iterator,
      next: async () => {
        await ready;
        while (!queue.length && !done) await new Promise<void>((resolve) => (wake = resolve));
        wake = null;
        const value = queue.shift();
        return value ? { value, done: false } : { value: undefined, done: true };
      },
      return: async () => {
        done = true;
        this.remove(listener);
        wake?.();
        return { value: undefined, done: true };
      },
    };
    return iterator;
  }

  private async add(listener: Listener): Promise<void> {
    this.listeners.add(listener);
    if (this.timer) return;
    // Start after what is already there: a subscriber hears changes from now on.
    const [{ max }] = await this.dataSource.query('SELECT MAX(id) AS max FROM push_event');
    this.cursor = Number(max ?? 0);
    this.timer = setInterval(() => {
      this.polling = this.polling.then(() => this.poll()).catch((error) => console.warn(`[push] poll failed: ${error instanceof Error ? error.message : error}`));
    }, POLL_MS);
    this.timer.unref();
  }

  private remove(listener: Listener): void {
    this.listeners.delete(listener);
    if (this.listeners.size || !this.timer) return;
    clearInterval(this.timer);
    this.timer = null;
    this.delivered.clear();
    this.gapSince.clear();
  }

  private async poll(): Promise<void> {
    const rows = await this.dataSource.getRepository(PushEvent).find({ where: { id: MoreThan(this.cursor) }, order: { id: 'ASC' }, take: BATCH });
    for (const row of rows) {
      if (this.delivered.has(row.id)) continue;
      this.delivered.add(row.id);
      for (const listener of this.listeners) listener(row);
    }
    const last = rows.at(-1)?.id ?? this.cursor;
    const now = Date.now();
    while (this.cursor < last) {
      const next = this.cursor + 1;
      if (!this.delivered.has(next)) {
        const since = this.gapSince.get(next) ?? now;
        this.gapSince.set(next, since);
        if (now - since < GAP_MS) break;
      }
      this.delivered.delete(next);
      this.gapSince.delete(next);
      this.cursor = next;
    }
  }
}

const hubs = new WeakMap<DataSource, PushHub>();

/** The process's hub for this database (one per app: tests run several apps in a process). */
export function pushHub(dataSource: DataSource): PushHub {
  let hub = hubs.get(dataSource);
  if (!hub) {
    hub = new PushHub(dataSource);
    hubs.set(dataSource, hub);
  }
  return hub;
}

/** An event is for the viewer when it names them, or their role. */
export const isFor = (viewer: Viewer, event: PushEvent) => event.recipientId === viewer.id || (event.recipientRole != null && event.recipientRole === viewer.role);
