/** The words that tell what kind of clause features.ts is reading: an attempt, an ask, a question, a greeting. */

/** Words that make a clause an attempt. */
export const TRIED =
  /\b(?:tr(?:y|ied|ies|ying)|attempt\w*|check(?:ed|ing)?|look(?:ed|ing)? (?:for|through|in|into)|search\w*|(?:i|we|i've|we've) (?:went|gone|been) through)\b/;

/**
 * A question led by a modal ("could the 2FA be reset so I can enrol again?", "can the address be changed to my
 * own one?") asks for what it names: it neither tells what happened nor what is held.
 */
export const MODAL_QUESTION = /^(?:could|can|would|may) (?:the|my|our|this|that|it|i|we)\b/;

/** An earlier issue's fate: "it was closed as duplicate" tells an attempt, not how the factor was lost. */
export const ISSUE_CLOSED =
  /\bclosed (?:it )?as (?:an? )?(?:duplicate|stale|resolved|completed?|not planned|inactive|spam|invalid)\b/;

/** Words that make a clause an ask. */
export const ASKED =
  /\b(?:please|could you|can you|would you|kindly(?<=(?:^|\b(?:i|we|and|so|but) |, )kindly)|(?:i|we) need (?:your |some )?help|(?:i|we) would be grateful|(?:i'd|we'd) be grateful|(?:i'm|i am|we're|we are) asking|(?:i|we) (?:would )?ask you|(?:i'd|i would|we'd|we would) like|(?:i'd|i would|we'd|we would|would) love to|(?:i'd|i would|we'd|we would|would) (?:really |greatly )?appreciate|i want you|we want you|(?:i|we) need you)\b/;

/** A password or token said to sit somewhere now: "the password is in our group's shared vault". */
export const KEPT_IN =
  /\b(?:password|passphrase|token)s? (?:is|are) (?:still |safely |also )?(?:saved |stored |kept )?(?:in|on) (?:my|our|the)\b/;

/** A doubt or a search, not a claim: "I checked whether a browser was still signed in". */
export const HEDGED = /\b(?:whether|in case)\b/;

/** A greeting names whom the request is for: "Hello PyPI support," is no contact with support. */
export const GREETING = /^(?:hello|hi|hey|dear|greetings|good (?:morning|afternoon|evening|day))\b/;
