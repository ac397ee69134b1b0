import { localDate } from '@sanxin/domain';
import { BUSINESS_TIME_ZONE } from '../scheduling';

const clock = new Intl.DateTimeFormat('zh-CN', { timeZone: BUSINESS_TIME_ZONE, hour: '2-digit', minute: '2-digit', hourCycle: 'h23' });
const dayAndClock = new Intl.DateTimeFormat('zh-CN', { timeZone: BUSINESS_TIME_ZONE, month: 'numeric', day: 'numeric', hour: '2-digit', minute: '2-digit', hourCycle: 'h23' });

/** "14:00" today, "12/10 09:00" another day: when a customer may be called, in business time. */
export function callTimeLabel(iso: string, now: Date = new Date()): string {
  const at = new Date(iso);
  return localDate(at, BUSINESS_TIME_ZONE) === localDate(now, BUSINESS_TIME_ZONE) ? clock.format(at) : dayAndClock.format(at);
}

/** An ISO instant as a datetime-local input's value (`2026-12-10T21:00`) in business time. */
export function toLocalInput(iso: string): string {
  const parts = Object.fromEntries(
    new Intl.DateTimeFormat('en-CA', { timeZone: BUSINESS_TIME_ZONE, year: 'numeric', month: '2-digit', day: '2-digit', hour: '2-digit', minute: '2-digit', hourCycle: 'h23' })
      .formatToParts(new Date(iso))
      .map((part) => [part.type, part.value]),
  );
  return `${parts.year}-${parts.month}-${parts.day}T${parts.hour}:${parts.minute}`;
}
