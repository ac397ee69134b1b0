import { act, render, screen } from '@testing-library/react';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { FIRST_SCREEN_SAFETY_MS, resetFirstScreen, useAfterFirstScreen, useMarkFirstScreenShown } from './firstScreen';

const Deferred = ({ onHome }: { onHome: boolean }) => <p>{useAfterFirstScreen(onHome) ? 'deferred parts' : 'waiting'}</p>;
const Greeting = () => {
  useMarkFirstScreenShown();
  return <p>您好</p>;
};

describe('the shell parts that wait for the first screen (decision 0049)', () => {
  afterEach(() => {
    resetFirstScreen();
    vi.useRealTimers();
  });

  it('on the home screen they wait for the greeting, then render after it has been painted', async () => {
    vi.useFakeTimers();
    const { rerender } = render(<Deferred onHome />);
    await act(() => vi.advanceTimersByTimeAsync(FIRST_SCREEN_SAFETY_MS - 100));
    expect(screen.getByText('waiting')).toBeTruthy();
    rerender(
      <>
        <Deferred onHome />
        <Greeting />
      </>,
    );
    expect(screen.getByText('waiting')).toBeTruthy();
    await act(() => vi.advanceTimersByTimeAsync(50));
    expect(screen.getByText('deferred parts')).toBeTruthy();
  });

  it('on the home screen without a greeting (it failed to load) they render after the safety delay', async () => {
    vi.useFakeTimers();
    render(<Deferred onHome />);
    await act(() => vi.advanceTimersByTimeAsync(FIRST_SCREEN_SAFETY_MS + 10));
    expect(screen.getByText('deferred parts')).toBeTruthy();
  });

  it('on any other page they render when the browser is first idle', async () => {
    render(<Deferred onHome={false} />);
    expect(screen.getByText('waiting')).toBeTruthy();
    expect(await screen.findByText('deferred parts')).toBeTruthy();
  });

  it('once the first screen has been shown, a shell mounted later renders them at once', async () => {
    render(<Greeting />);
    render(<Deferred onHome={false} />);
    await screen.findByText('deferred parts');
    render(<Deferred onHome />);
    expect(screen.getAllByText('deferred parts')).toHaveLength(2);
  });
});
