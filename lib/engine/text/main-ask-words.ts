/**
 * The words that say which of a request's asks is its main one: the account refused or put off, an ask named
 * as the main one before or after it, getting back in asked at all (other-ask.ts weighs them).
 */

/**
 * Words that name the main ask, wherever it stands: what follows them is what the request is for ("our request
 * is that you move…", "the thing I really want: rename…", "instead of only resetting the 2FA, please…", "recover my
 * account only to delete …").
 */
export const MAIN_ASK =
  /\b(?:(?:that's|that is|this is) my main (?:request|ask)|my main (?:request|ask)|(?:our|my) (?:actual |real )?request(?:,? (?:however|though|then),?)? is|the reason for (?:this|my|our) (?:issue|request|ticket) is|what (?:i|we) (?:really |actually )?(?:want|need)|what (?:i'm|i am|we're|we are) (?:really |actually )?after|(?:my|our) (?:main|real|actual|only) goal is|what would help (?:us )?(?:most|the most)|the (?:whole |real |main )?(?:point|purpose) of (?:this|my|our) (?:issue|request|ticket)|what (?:i|we)(?:'d| would) (?:really |actually )?(?:like|want|need)|all (?:i|we)(?:'d| would)? (?:really )?(?:like|want|need|ask)(?: for)? is|what (?:i'm|i am|we're|we are) (?:really |actually )?asking (?:for|you|is)|the (?:main|real|only) thing (?:i'm|i am|we're|we are) (?:really |actually )?(?:after|asking for|here for)|the (?:only )?thing (?:i|we) (?:really |actually )?want|the (?:main|real|only) thing (?:i|we) (?:really |actually )?need(?: help with)?|the thing (?:i|we) (?:really |actually )?need(?: from you)?(?=:| is\b)|(?:instead of|rather than) (?:only |just )?(?:resetting|recovering|restoring|getting|unlocking)|the (?:real|main|actual) reason (?:i'm|i am|we're|we are) (?:writing|asking|filing)|(?:i|we) (?:don't|do not) (?:actually |really )?(?:need|want) (?:\S+ ){0,4}?(?:back|to keep|restored|recovered|unlocked)|please (?:don't|do not) (?:restore|recover|unlock|reset|reopen)|no need to (?:restore|recover|unlock|reset|reopen|give back)|(?:i'm|i am|we're|we are) not asking (?:to get|for) (?:\S+ )?(?:back|access)|(?:recover|restore|unlock|reopen)\w* (?:\S+ ){0,3}?(?:only|just|solely|purely) (?:to|so (?:that )?(?:i|we) (?:can|could)))\b/;

/**
 * "I don't want this account back", "we do not need the old login restored", "access to the account is not otherwise
 * needed", "I'm fine staying locked out": the account itself is refused.
 */
export const NOT_BACK =
  /\b(?:i|we) (?:don't|do not|no longer|won't|will not) (?:really |actually |even )?(?:need|want) (?:the|this|my|our|that) (?:old |pypi )?(?:account|login|access)(?: itself)? (?:back|restored|recovered|unlocked|any ?more|again|after that|afterwards)\b|\b(?:i'm|i am|we're|we are) (?:fine|ok|okay|happy|content) (?:staying|to stay|remaining|to remain|being) locked out\b|\baccess to (?:the|this|my|our) account is not (?:otherwise |really |actually )?needed\b|\b(?:don't|do not) (?:really )?care (?:about|for) (?:the|this|my|our) (?:old |pypi )?account\b|\brather than (?:getting|regaining|recovering|restoring) (?:back )?(?:access to )?(?:the|this|my|our) (?:old |pypi )?account\b|\b(?:getting|regaining|recovering|restoring) (?:back )?(?:(?:into|in to|access to) (?:the|this|my|our) (?:old |pypi )?account|access|(?:the|this|my|our) (?:old |pypi )?account)(?: back)? (?:is not|isn't) (?:really |actually |even |that )?(?:important|needed|necessary|a priority|the point)\b/;
/** The end of NOT_BACK alone, looked for first: most texts never refuse the account, and this is cheaper to find. */
export const NOT_BACK_TAIL =
  /\b(?:fine|ok|okay|happy|content) (?:staying|to stay|remaining|to remain|being) locked out\b|\b(?:account|login|access)(?: itself)? (?:back|restored|recovered|unlocked|any ?more|again|after that|afterwards|is not (?:otherwise |really |actually )?needed)\b|\bcare (?:about|for) (?:the|this|my|our) (?:old |pypi )?account\b|\brather than (?:getting|regaining|recovering|restoring) (?:back )?(?:access to )?(?:the|this|my|our) (?:old |pypi )?account\b|\b(?:account|access)(?: back)? (?:is not|isn't) (?:really |actually |even |that )?(?:important|needed|necessary|a priority|the point)\b/;

/**
 * The recovery put off or ranked second ("I can sort out the account later", "the 2FA reset itself is less
 * urgent", "what is urgent for me: …"): then whatever else the text asks is its main ask, a clean-up included.
 */
export const RECOVERY_DEFERRED =
  /\b(?:(?:2fa|two-factor|account|recovery|reset|login|log-in|sign-in)(?: (?:side|part|reset|recovery|itself|issue|problem|thing))*(?: \S+){0,3}? (?:can wait|can come (?:later|afterwards?|after that|second|next)|is less urgent|less urgent|is secondary|comes second|(?:i|we) can (?:handle|sort out|deal with|fix|do)(?: \S+){0,2}? (?:later|after|afterwards))|(?:i|we)(?:'ll| can| will| could) (?:sort out|handle|deal with|fix) (?:the |my |our )?(?:own )?(?:account|2fa|two-factor|recovery|reset|rest)(?: \S+){0,3}? (?:later|afterwards?|after that|separately)|(?:2fa|two-factor|account|recovery|reset|rest) (?:i|we)(?:'ll| can| will| could) (?:sort out|handle|deal with|fix)(?: \S+){0,2}? (?:myself|ourselves|later|afterwards?)|(?:i'm|i am|we're|we are) fine (?:sorting|handling|fixing|dealing with)(?: \S+){0,5}? later|(?:don't|do not) need (?:the|my|this) account (?:right )?now|(?:don't|do not) (?:need|want) to (?:use|access|keep) (?:the|my|this) account(?: \S+){0,2}? (?:again|any ?more)|what(?: is|'s) (?:most )?urgent|what (?:i|we) need most(?: urgently)?|the urgent (?:bit|part|thing)|the reason (?:i'm|i am|we're|we are) (?:filing|writing)(?: (?:this|urgently|today|now|here))?(?:(?:,? though,?)? is|(?=:)))\b/;

/** Getting back in, asked: "please reset the 2FA", "I'd like access restored", "help me get back into my account". */
export const RECOVERY_ASKED =
  /\b(?:please|could you|can you|would you|kindly|help me|help us|(?:i|we) (?:need|want|ask)|(?:i'd|i would|we'd|we would) (?:like|appreciate|be grateful)|request(?:ing)?)\b(?: \S+){0,6}? (?:reset\w*|restor\w*|recover\w*|regain\w*|unlock\w*|disabl\w*|remov\w* (?:the |my )?(?:2fa|two-factor|second factor|mfa|totp|security key|authenticator)|turn\w* off|(?:get|getting|have|having) (?:\S+ ){0,3}?back|back (?:in|into|on)|access|log ?in|logging in|sign ?in|signing in|account|2fa)\b/;

/** A clean-up put after the recovery: "after recovering", "after that", "once I'm back in". */
export const AFTERWARDS = /\b(?:after|afterwards|once|then|later)\b/;

/** Words that name the sentence before them as the main ask: "… rename it? That's the main thing I'm after." */
export const SAID_BEFORE =
  /\b(?:that's|that is|this is|it's|it is) (?:\S+ )?(?:really |truthfully |honestly |actually )?(?:the )?main (?:thing|ask|request|point)\b|\b(?:is|that's) what (?:really |actually )?matters\b|\bthat's what (?:i'm|i am|we're|we are) (?:really |actually )?after\b|\b(?:that's|that is) what (?:i|we) (?:really |actually )?(?:need|want)(?: most)?\b|\b(?:that's|that is|this is) the (?:one|only|main) thing (?:i'm|i am|we're|we are) (?:really |actually )?(?:asking for|after)\b|\b(?:that's|that is|this is) (?:my|our) (?:whole |real |actual |only )?(?:request|ask)\b/;
