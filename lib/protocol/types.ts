/**
 * The protocol's types without its schemas, for the content script: a type import erases to nothing, but
 * importing messages.ts itself from page code would be one edit away from shipping zod to every page.
 */
export type {
  ContentMessage,
  Leak,
  LeaksMessage,
  PanelToContent,
  Snapshot,
  Variant,
  Write,
  WriteResult,
} from './messages';
export type { PingReply } from './replies';
export type { WriteErrorCode } from './write-error';
