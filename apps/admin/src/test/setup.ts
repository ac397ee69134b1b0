import '@testing-library/jest-dom/vitest';
import { cleanup, configure } from '@testing-library/react';
import { afterEach, vi } from 'vitest';

// A whole <Admin> needs a few rounds of auth and data promises before the menu appears.
configure({ asyncUtilTimeout: 15_000 });

afterEach(() => {
  cleanup();
  localStorage.clear();
});

// `SANXIN_TEST_NOW` runs the component tests on another date (only Date is faked; timers stay real).
if (process.env.SANXIN_TEST_NOW) {
  vi.useFakeTimers({ now: new Date(process.env.SANXIN_TEST_NOW), toFake: ['Date'], shouldAdvanceTime: true });
}
