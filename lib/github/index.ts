/** What the content script needs from the GitHub adapter; everything else in lib/github is internal. */
export { detectForm, isRecoveryFormUrl, pageState, type DetectedForm, type PageState } from './detect';
export { readSnapshot } from './read';
export { applyWrite, settleTimeout, type Settle } from './write';
export { UndoStack } from './undo';
