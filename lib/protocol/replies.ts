import { z } from 'zod';
import type {
  ContentMessage,
  LeaksMessage,
  MarkRequest,
  OwnershipRequest,
  PanelToContent,
  PING,
  WriteResult,
} from './messages';
import { OwnershipStateSchema, type OwnershipState } from './storage';

/**
 * What each message is answered with, so a sender gets a typed reply and a receiver cannot answer the
 * wrong thing. Replies cross a border too: the sender parses them with these schemas.
 */

/** The first state of a look-up the panel asked for (it follows the rest in storage). */
export const OwnershipStartReplySchema = z.object({ started: z.boolean(), state: OwnershipStateSchema });
export type OwnershipStartReply = { started: boolean; state: OwnershipState };

export const OwnershipCancelReplySchema = z.object({ cancelled: z.literal(true) });
export type OwnershipCancelReply = z.infer<typeof OwnershipCancelReplySchema>;

/** Whether the mark was stored: false when the tab has no form (nothing to anchor it on). */
export const MarkReplySchema = z.object({ ok: z.boolean() });
export type MarkReply = z.infer<typeof MarkReplySchema>;

type Message = ContentMessage | LeaksMessage | PanelToContent | OwnershipRequest | MarkRequest | typeof PING;

/** What the page's content script has found (lib/page/session.ts). */
export type PingReply = { status: 'unknown' | 'none' | 'form' | 'unrecognised' };

interface Replies {
  snapshot: undefined;
  unrecognised: undefined;
  gone: undefined;
  leaks: undefined;
  'lifecycle:ping': PingReply;
  write: WriteResult;
  'ownership-start': OwnershipStartReply;
  'ownership-cancel': OwnershipCancelReply;
  mark: MarkReply;
}

/** The reply to one message: `ReplyTo<OwnershipRequest>` is the union of the two look-up replies. */
export type ReplyTo<M extends Message> = Replies[M['type']];
