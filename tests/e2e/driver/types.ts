/**
 * A small browser-neutral driver: what a user does in the form's tab and in the panel, and what the
 * extension shows (badge, stored state), the same for Chromium and Firefox. The shared journeys
 * (../journeys.ts) are written against this alone; ./chromium.ts and ./firefox.ts implement it.
 */
export type BrowserName = 'chromium' | 'firefox';

export interface Badge {
  text: string;
  /** `#rrggbb`, lower case. */
  color: string;
}

export interface Driver {
  readonly name: BrowserName;
  /** Opens a github.com path in a new tab and waits until the page's own scripts are ready. */
  open(pathAndQuery: string): Promise<Tab>;
  badge(tabId: number): Promise<Badge>;
  waitForBadge(tabId: number, until: (b: Badge) => boolean, timeoutMs?: number): Promise<Badge>;
  /** What the background stored for the tab (`tab:<id>` in storage.session), or null. */
  tabState(tabId: number): Promise<unknown>;
  /** A value of storage.session, by key. */
  stored(key: string): Promise<unknown>;
  /** The panel page for a tab, opened in a tab of its own (a sidebar's document is out of the protocols' reach). */
  openPanel(tabId: number): Promise<Panel>;
  /** Everything the browser was asked to fetch since launch, from any page, the panel or the background. */
  requests(): readonly string[];
  /**
   * Stops the background and lets the next event start it again, as the browser does: Chrome stops an idle
   * service worker; Firefox restarts the background page when the extension is reloaded (an update).
   */
  restartBackground(): Promise<void>;
  /**
   * The toolbar button as the running extension reports it: its title, and what a click opens (Chrome: the side
   * panel's page, when the button is set to open it; Firefox: the sidebar's page, which the click toggles).
   */
  toolbarButton(): Promise<{ title: string; opens: string | null }>;
  /** The UI language the extension sees (`browser.i18n.getUILanguage()`). */
  uiLanguage(): Promise<string>;
  /** The origins the extension holds now, optional ones included once granted. */
  grantedOrigins(): Promise<string[]>;
  /** The extension's own origin (`chrome-extension://…`, `moz-extension://…`). */
  readonly origin: string;
  close(): Promise<void>;
}

export interface Tab {
  readonly id: number;
  /** Replaces a field's text as typing would (the page sees input events). */
  fill(label: string, text: string): Promise<void>;
  /** Types at the end of a field, key by key. */
  type(label: string, text: string): Promise<void>;
  value(label: string): Promise<string>;
  check(label: string): Promise<void>;
  /** Clicks the button with this text (exact, trimmed), in the page or in the leak guard's prompt. */
  clickButton(name: string): Promise<void>;
  /** The text of the element matching a CSS selector, or null when there is none. */
  text(selector: string): Promise<string | null>;
  /** A number the fixtures count in `<html data-…>` (`submitted`: form submissions that went through). */
  counter(name: string): Promise<number>;
  /** Navigates this tab to a github.com path. */
  goto(pathAndQuery: string): Promise<void>;
  close(): Promise<void>;
}

export interface Panel {
  /** A check's status as the list shows it, or null when the check is not shown. */
  status(checkId: string): Promise<'pass' | 'warn' | 'fail' | null>;
  /** The summary's score, "n/N" like the badge. */
  score(): Promise<string>;
  /** Clicks the button with this text (exact, or a pattern), inside one check's item or anywhere. */
  click(name: string | RegExp, inCheck?: string): Promise<void>;
  /** All the panel's text, as shown. */
  text(): Promise<string>;
  /** The panel page's `lang`. */
  lang(): Promise<string>;
  /** At this window width: what sticks out sideways or is cut off (empty when everything fits). */
  overflowAt(width: number): Promise<string[]>;
  close(): Promise<void>;
}
