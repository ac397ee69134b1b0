import { clockFor } from '../shared/clock';

/**
 * "Now" for tests: the real time, or `SANXIN_TEST_NOW` (running from there) so the whole suite
 * can be run on a weekend, a public holiday, 31 December or 29 February.
 */
const clock = clockFor({ testNow: process.env.SANXIN_TEST_NOW ? new Date(process.env.SANXIN_TEST_NOW) : undefined });

export const testNow = (): Date => clock.now();
