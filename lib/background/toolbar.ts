import { browser } from 'wxt/browser';
import type { BadgeView } from '../engine/badge';

/**
 * The toolbar button, the one place that knows the browsers differ: Chrome's MV3 `action` and side panel,
 * Firefox's MV2 `browserAction` and sidebar.
 */

/** What we use of the toolbar button; MV3 `action` and MV2 `browserAction` both have it. */
type Action = Pick<typeof browser.action, 'setBadgeText' | 'setTitle' | 'setBadgeBackgroundColor' | 'onClicked'>;

/** Firefox's sidebar API is not in WXT's (Chrome-shaped) browser types; only what we call. */
interface FirefoxSidebar {
  toggle(): Promise<void>;
}

/** `action` where the manifest has it (MV3), `browserAction` where it does not (Firefox MV2). */
/** Where the button's API may hang: WXT types only MV3's `action`, Firefox MV2 has `browserAction` at run time. */
type ActionHost = { action?: Action; browserAction?: Action };

export function toolbarAction(api: ActionHost = browser as unknown as ActionHost): Action {
  const action = api.action ?? api.browserAction;
  if (!action) throw new Error('PyPI Recovery Assistant: the manifest declares no toolbar button');
  return action;
}

/** Sets (or, with null, clears) what one tab's toolbar button shows. */
export async function showBadge(tabId: number, view: BadgeView | null, fallbackTitle: string): Promise<void> {
  const action = toolbarAction();
  // Text before colour: in between, a full score may show amber for an instant, never green on a partial one.
  await action.setBadgeText({ tabId, text: view?.text ?? '' });
  await Promise.all([
    action.setTitle({ tabId, title: view?.title ?? fallbackTitle }),
    view ? action.setBadgeBackgroundColor({ tabId, color: view.color }) : Promise.resolve(),
  ]);
}

export interface ToolbarApi {
  sidePanel?: { setPanelBehavior?: (behavior: { openPanelOnActionClick: boolean }) => Promise<void> };
  sidebarAction?: FirefoxSidebar;
  action: Pick<Action, 'onClicked'>;
}

/**
 * Chrome: the button opens the side panel (set on every worker start: cheap, and survives updates).
 * Firefox: it toggles the sidebar, from the click itself (a user gesture, so nothing is awaited first).
 */
export function registerToolbarButton(api: ToolbarApi = toolbarApi()): 'side-panel' | 'sidebar' | 'none' {
  if (api.sidePanel?.setPanelBehavior) {
    api.sidePanel.setPanelBehavior({ openPanelOnActionClick: true }).catch(() => undefined);
    return 'side-panel';
  }
  const sidebar = api.sidebarAction;
  if (!sidebar) return 'none';
  api.action.onClicked.addListener(() => void sidebar.toggle().catch(() => undefined));
  return 'sidebar';
}

function toolbarApi(): ToolbarApi {
  const b = browser as unknown as Omit<ToolbarApi, 'action'> & ActionHost;
  return { sidePanel: b.sidePanel, sidebarAction: b.sidebarAction, action: toolbarAction(b) };
}
