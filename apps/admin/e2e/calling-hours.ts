/**
 * Imported first (before ./browser) by an end-to-end file whose flow logs outbound calls or
 * follow-up attempts: those are refused in the customers' rest hours (12:00–14:00, evenings, nights,
 * Shanghai time), so the run starts on a Wednesday at 10:00 in Shanghai, inside the morning calling
 * window. The API under test inherits the variable (server.ts passes the environment on) and
 * browser.ts reads it when it is imported, after this; a time set outside the run still wins.
 */
export const CALLING_HOURS_NOW = '2026-12-09T10:00:00+08:00';
process.env.SANXIN_TEST_NOW ??= CALLING_HOURS_NOW;
