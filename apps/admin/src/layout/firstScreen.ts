import { useEffect, useState } from 'react';

/**
 * The first screen after signing in is the home screen's greeting (decision 0049). The shell's
 * lower-priority parts (the menu's entries, 我的待办's count and its push socket, 未读公告, the
 * holiday notice) wait until it has been painted, so they no longer render and fetch before it on a
 * slow machine. The home screen opens the gate; on any other page the browser's first idle moment
 * does; on the home screen a safety timer does if the greeting never comes.
 */
let shown = false;
const waiting = new Set<() => void>();

/** How long the home screen may take before the deferred parts render anyway. */
export const FIRST_SCREEN_SAFETY_MS = 10_000;

export function markFirstScreenShown(): void {
  if (shown) return;
  shown = true;
  for (const open of waiting) open();
  waiting.clear();
}

/** For tests: as on a fresh page load. */
export function resetFirstScreen(): void {
  shown = false;
}

type Cancel = () => void;

/** requestIdleCallback where the browser has it (not jsdom, older Safari), else the next task. */
function whenIdle(run: () => void, timeout: number): Cancel {
  if (typeof window.requestIdleCallback === 'function') {
    const id = window.requestIdleCallback(run, { timeout });
    return () => window.cancelIdleCallback(id);
  }
  const id = window.setTimeout(run, 1);
  return () => window.clearTimeout(id);
}

/** Called by the home screen once its greeting is on the page: the gate opens after that frame is painted. */
export function useMarkFirstScreenShown(): void {
  useEffect(() => {
    let cancel: Cancel | undefined;
    // rAF runs before the paint; the idle moment after it (the home screen's counts are then on
    // their way) lets the greeting reach the screen before the deferred parts take the main thread.
    const frame = window.requestAnimationFrame(() => {
      cancel = whenIdle(markFirstScreenShown, 500);
    });
    return () => {
      window.cancelAnimationFrame(frame);
      cancel?.();
    };
  }, []);
}

/**
 * False until the first screen has been painted. `onHome`: whether the page shown is the home
 * screen (which opens the gate itself); elsewhere the gate opens when the browser is first idle.
 */
export function useAfterFirstScreen(onHome: boolean): boolean {
  const [open, setOpen] = useState(shown);
  useEffect(() => {
    if (open) return;
    const opened = () => setOpen(true);
    waiting.add(opened);
    if (shown) opened();
    const cancel = onHome ? timeoutCancel(markFirstScreenShown, FIRST_SCREEN_SAFETY_MS) : whenIdle(markFirstScreenShown, 1_000);
    return () => {
      waiting.delete(opened);
      cancel();
    };
  }, [open, onHome]);
  return open;
}

function timeoutCancel(run: () => void, ms: number): Cancel {
  const id = window.setTimeout(run, ms);
  return () => window.clearTimeout(id);
}
