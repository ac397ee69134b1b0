import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { releaseLease, takeLease } from '../../db/lease';
import { startTestApp, type TestApp } from '../../test/test-app';
import { PushEvent } from './push-event.entity';
import { PushEventKind } from './push.enums';
import { PUSH_EVENT_RETENTION_MS, purgeOldPushEvents } from './push.job';
import { publishPush } from './push.service';

// Issue 10 / decision 0014: the push_event outbox does not grow for ever.
describe('purging old push events', () => {
  let t: TestApp;
  beforeAll(async () => {
    t = await startTestApp();
  });
  afterAll(() => t.close());

  it('deletes the events past the retention under its lease, keeps the newer ones, and skips while another process holds the lease', async () => {
    const now = t.clock.now();
    const at = (msAgo: number) => new Date(now.getTime() - msAgo);
    const event = { kind: PushEventKind.INBOX_CHANGED, recipientRole: 'DEPT_MANAGER' };
    await t.dataSource.transaction(async (tx) => {
      await publishPush(tx, at(PUSH_EVENT_RETENTION_MS + 60_000), [event, event]);
      await publishPush(tx, at(PUSH_EVENT_RETENTION_MS - 60_000), [event]);
      await publishPush(tx, now, [event]);
    });
    const count = () => t.dataSource.getRepository(PushEvent).count();
    const before = await count();

    const held = await takeLease(t.dataSource, 'push-event-purge', 60_000);
    if (!held) throw new Error('the lease should be free');
    expect(await purgeOldPushEvents(t.dataSource, now)).toBe(0);
    expect(await count()).toBe(before);
    await releaseLease(t.dataSource, held);

    expect(await purgeOldPushEvents(t.dataSource, now)).toBe(2);
    expect(await count()).toBe(before - 2);
    const left = await t.dataSource.getRepository(PushEvent).find();
    expect(left.every((row) => row.at.getTime() >= now.getTime() - PUSH_EVENT_RETENTION_MS)).toBe(true);
  });
});
