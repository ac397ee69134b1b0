import { BUSINESS_TIME_ZONE } from './rosterModel';

const instant = new Intl.DateTimeFormat('zh-CN', { timeZone: BUSINESS_TIME_ZONE, year: 'numeric', month: '2-digit', day: '2-digit', hour: '2-digit', minute: '2-digit', hourCycle: 'h23' });

/** An ISO instant in the business time zone: 2026/11/26 20:00. */
export const formatInstant = (iso: string | null | undefined) => (iso ? instant.format(new Date(iso)) : '');
