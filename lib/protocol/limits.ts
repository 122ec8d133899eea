/**
 * The longest text field a message may carry. One number for the page (which cuts a field to it before
 * sending), the message schemas and the zod-free guards of the content script: if they disagreed, the
 * page's fingerprint of a long text would never match the background's report, and the leak guard would
 * hold every submission of it for its full wait. No imports, so the content script can take it.
 */
export const MAX_FIELD = 1_000_000;
