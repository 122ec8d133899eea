import { act, renderHook, waitFor } from '@testing-library/preact';
import { beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { useMarks } from '../../components/hooks/use-marks';
import { resetBrowser } from './helpers';

beforeEach(resetBrowser);

describe('useMarks follows the tab the panel shows', () => {
  it('shows a failed mark on the tab it was made on only, and again when that tab comes back', async () => {
    // The background cannot be reached: the mark fails.
    vi.spyOn(fakeBrowser.runtime, 'sendMessage').mockRejectedValue(new Error('no background'));
    const { result, rerender } = renderHook(({ tab }: { tab: number }) => useMarks(tab), {
      initialProps: { tab: 7 },
    });
    act(() => result.current.mark('reason.circumstances', true));
    await waitFor(() => expect(result.current.failed).toBe('reason.circumstances'));

    rerender({ tab: 8 });
    expect(result.current.failed).toBeNull();
    expect(result.current.pending).toBeNull();

    rerender({ tab: 7 });
    expect(result.current.failed).toBe('reason.circumstances');
  });

  it("does not hold another tab's buttons while a mark is on its way", () => {
    vi.spyOn(fakeBrowser.runtime, 'sendMessage').mockReturnValue(new Promise(() => undefined));
    const { result, rerender } = renderHook(({ tab }: { tab: number }) => useMarks(tab), {
      initialProps: { tab: 7 },
    });
    act(() => result.current.mark('reason.attempts', true));
    expect(result.current.pending).toBe('reason.attempts');
    rerender({ tab: 8 });
    expect(result.current.pending).toBeNull();
  });
});
