import { describe, expect, it, vi } from 'vitest';
import { registerToolbarButton, toolbarAction, type ToolbarApi } from '../../../lib/background/toolbar';

/** A toolbar button's click event, as both browsers shape it. */
function clickable() {
  const listeners: Array<() => void> = [];
  return {
    onClicked: {
      addListener: (l: () => void) => void listeners.push(l),
    } as unknown as ToolbarApi['action']['onClicked'],
    click: () => {
      for (const l of listeners) l();
    },
    listeners,
  };
}

describe('the toolbar button', () => {
  it('in Firefox, toggles the sidebar on every click, from the click itself', async () => {
    const button = clickable();
    const sidebarAction = { toggle: vi.fn(async () => undefined) };
    expect(registerToolbarButton({ sidebarAction, action: { onClicked: button.onClicked } })).toBe('sidebar');
    button.click();
    button.click();
    // Called synchronously in the click: Firefox opens a sidebar only while handling the user's gesture.
    expect(sidebarAction.toggle).toHaveBeenCalledTimes(2);
  });

  it('in Chrome, lets the browser open the side panel on a click and adds no click handler', () => {
    const button = clickable();
    const setPanelBehavior = vi.fn(async () => undefined);
    expect(registerToolbarButton({ sidePanel: { setPanelBehavior }, action: { onClicked: button.onClicked } })).toBe(
      'side-panel',
    );
    expect(setPanelBehavior).toHaveBeenCalledWith({ openPanelOnActionClick: true });
    expect(button.listeners).toHaveLength(0);
  });

  it('does nothing, and throws nothing, where neither a side panel nor a sidebar exists', () => {
    const button = clickable();
    expect(registerToolbarButton({ action: { onClicked: button.onClicked } })).toBe('none');
    expect(() => button.click()).not.toThrow();
  });

  it('a sidebar that refuses to open does not become an unhandled error', async () => {
    const button = clickable();
    const sidebarAction = { toggle: vi.fn(async () => Promise.reject(new Error('not from a user gesture'))) };
    registerToolbarButton({ sidebarAction, action: { onClicked: button.onClicked } });
    const unhandled = vi.fn();
    process.on('unhandledRejection', unhandled);
    button.click();
    await Promise.resolve();
    await new Promise((r) => setImmediate(r));
    process.off('unhandledRejection', unhandled);
    expect(unhandled).not.toHaveBeenCalled();
  });

  it('finds MV3 `action` in Chrome and MV2 `browserAction` in Firefox, and says so when there is neither', () => {
    const action = { setBadgeText: vi.fn() } as never;
    const browserAction = { setBadgeText: vi.fn() } as never;
    expect(toolbarAction({ action })).toBe(action);
    expect(toolbarAction({ browserAction })).toBe(browserAction);
    expect(() => toolbarAction({})).toThrow(/no toolbar button/);
  });
});
