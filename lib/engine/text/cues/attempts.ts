import { CODES, TWO_FA, followedBy, near, words } from './words';
/** Cues that say what the requester already tried. Typing the failing code at the login prompt is not one. */
export const CUES: readonly RegExp[] = [
  // Looked for the codes or the setting.
  near(
    // Not half of a compound: "valid-looking codes" were not looked for.
    "(?:can't|cannot|can not|couldn't|could not|unable to|not able to) find(?! (?:where|how|the (?:place|field|option|page|button|setting)s?) (?:to|i|we)\\b)|how to find|found|searched|search|(?<!-)looked|(?<!-)looking|checked",
    `${CODES}|codes|them|those|option|any way|anywhere|places|settings|ui|backup`,
    5,
  ),
  // Password managers and backups where codes or secrets may live.
  // A password manager named next to a search, or as the place the codes were not.
  near(
    "checked|searched|looked|look|search|tried|not in|nothing in|wasn't in|isn't in|do not have|don't have|doesn't have|does not have|didn't have|did not have|has none|had none|has nothing|had nothing|not there|confirmed|confirms|verified",
    '1password|bitwarden|vaultwarden|valt warden|keepass\\w*|lastpass|dashlane|password manager',
    6,
  ),
  words(
    "(?:checked|searched|looked (?:in|through)|restor\\w* from|from) (?:my |the )?(?:icloud|google drive)|(?:icloud|google drive) (?:backup|restore)|(?:icloud|google drive)(?: \\S+){0,2} (?:does not|doesn't|did not|didn't) have|(?:find|found)(?: \\S+){0,8} (?:in|on) (?:my |the )?(?:icloud|google drive)|backups?(?: [\\w-]+){0,3}? (?:did|does|do) not|backups?(?: [\\w-]+){0,3}? (?:didn't|doesn't|don't)|backups?(?: [\\w-]+){0,3}? (?:stops?|stopped|ends?|ended|predates?|pre-dates?) |reset password (?:mail|email|link)|restore from|restored from|restored (?:a|the|my) backup|did the password reset|password reset (?:mail|email)|reset (?:mail|email)|not responding|no response from|doesn't answer|does not answer|tried to restore|asked (?:me )?for (?:my |the |a )?(?:old )?phone number|except pypi|pypi is not there|no pypi entry|in (?:the )?settings|tried to change|was sure|automatic (?:date|time)|date (?:&|and) time|time ?zone|tried (?:the |several |two |multiple |all |different )?codes|searched everywhere|search everywhere|looked everywhere|checked everywhere",
  ),
  // Reinstalling the app is an attempt; reinstalling the phone's system is what went wrong.
  followedBy('reinstall\\w*|re-install\\w*', `(?:the )?(?:${TWO_FA}|app)`, 2),
  // The password-reset and recovery flows.
  near(
    "tried|try|trying|attempted|attempt|when i|could not|couldn't|can't|cannot|unable to|not able to|wants|requires",
    // "recovery" is the flow here, not the codes: "recovery codes when I set up 2FA" tells no attempt. A passive
    // ("it could not be retrieved") names nobody who tried.
    '(?<!\\b(?:be|who|which) )(?:reset|recover|recovery(?! (?:codes?|keys?)\\b)|retriev\\w*)',
    4,
  ),
  words(
    "password reset (?:now )?(?:wants|asks|requires|says|sends|sent|goes|went|works|worked|fails|failed|didn't|did not|doesn't|does not|is not|isn't)|(?:tried|attempted|tried to use) (?:a |the )?password reset|recover (?:my |the )?password|(?<!\\b(?:he|she|they|who|which|someone|somebody|please|kindly|you|to|factory|(?:my|our|the|his|her|their) \\w+)(?: (?:has|have|had))?(?: (?:since|then|already|just|also))? )reset it|recovery flow|recovery process|login flow|through any means|any means|any way of|no option|on my own(?! (?:[\\w.-]+ )?(?:domain|server|site|website|address|e-?mail|mail|mailbox|name|account|phone|device|laptop|computer|machine|key|repo\\w*|company|business|project|time|initiative|behalf)s?\\b)",
  ),
  // Recovery codes that were tried and rejected.
  near(
    'login with|log in with|logging in with|login using|log in using|tried|used|using|press|pressed|invalid|expired|rejected|error|found|already been used|says',
    CODES,
    8,
  ),
  followedBy(CODES, "don't work|do not work|doesn't work|not working|didn't work|stopped working", 6),
  words('tried each|tried all|tried them|each of them'),
  // A password reset done, not asked for ("please reset my password"): "I reset the password in May", "I used
  // the password reset last week".
  words(
    "(?:i|we|i've|i have|we've|we have|i also|we also|and) (?:\\S+ )?reset (?:my |the |our )?(?:pypi )?password|(?:used|did|requested|went through|completed|followed) (?:the |a )?password reset",
  ),
  // Earlier contact with support, other devices, time sync, the app's own recovery.
  words(
    "last ticket|previous ticket|earlier ticket|previous issue|following up|follow up|emailed|contacted|support@pypi\\S*|admin@pypi\\S*|another device|(?<!\\b(?:no|any) )other devices?|old phone still|time sync\\w*|(?<!(?:not|never|wasn't|weren't|isn't|hadn't|didn't|haven't|nothing was|none of it) )synced|sync the time|clock|unable to receive|could not receive|tried to use|tried using|(?:have tried|i tried|we tried|i've tried|already tried|i also tried)(?! to (?:(?:log ?in|login|sign in)\\b(?! (?:with|using|from|on|via|through)\\b)|(?:publish|upload|release|push|deploy|cut|make (?:a )?release)\\b))",
  ),
  words('same totp|share same|matching account|resend|re-send|resent|requested (?:a )?new (?:link|email|code)'),
  // Someone who answered was asked: "Samsung support confirmed the data can't be restored", "the ISP says no".
  /\b(?:support|isp|provider|registrar|carrier|help ?desk|it department|it team|vendor|university|employer|bank|shop|store)\b(?: [\w-]+){0,2} (?:confirmed|says|said|told (?:me|us)|replied|answered|wrote back|explained)\b/,
  // Someone who had the factor or the device was asked, and answered: "she confirmed the entry is gone".
  /\b(?:he|she|they) (?:has |had |have )?(?:confirmed|checked and confirmed|double-checked)\b/,
  // Another service's own recovery, run and answered: "Microsoft's recovery form says the account no longer exists".
  /\b(?:recovery|reset|restore) (?:form|page|tool|wizard|process|flow)s? (?:\S+ ){0,2}?(?:says|said|told|showed|shows|returned|rejected|refused|failed|gave)\b/,
  // The loss reported where it might be undone: "made a report to the police, but it was not found", "opened a
  // claim with the courier". A cue, not a word of the lexicon: the sentence that reports it often tells the loss
  // too ("my bag was taken, I reported it to the police"), and the lexicon's attempts are not read as the story.
  /\b(?:(?:made|filed|opened|raised|submitted|lodged) (?:a |an )?(?:[\w-]+ )?(?:report|claim|complaint)|reported (?:it |the [\w-]+ )?(?:to|missing|stolen|lost))\b/,
  // The device taken to someone who might recover it, or another service's app signed in to on the new device:
  // "I took the phone to the service centre", "on my new phone I logged in to Google Authenticator".
  /\b(?:(?:took|brought|bring|carried|sent) (?:it|them|the \w+|my \w+)|(?:gave|handed) (?:it|them)) to (?:a |the |an )?(?:[\w-]+ ){0,2}?(?:repair shop|shop|service(?: cent(?:er|re))?|technician|repairer|store|lab|counter|stall|kiosk)\b|\b(?:logged|signed) (?:in|into|in to) (?:\S+ ){0,2}?(?:authenticator|authy|google|icloud|microsoft|bitwarden|1password|keychain|2fas|aegis)\b/,
  // Someone asked who could not help: "I went back to the shop, they could not help", "the carrier couldn't
  // restore it" (a helper's refusal means the writer asked).
  /\b(?:they|the (?:shop|store|carrier|staff|technician|provider|operator|vendor|seller))\b(?: \w+){0,2}? (?:could not|couldn't|can't|cannot|can not|were unable to|was unable to) (?:help|fix|repair|recover|restore|revive|retrieve|do anything)\b/,
  // A shop or a technician given the device: "the repair shop couldn't get anything off the board".
  /\b(?:repair shop|shop|technician|repairer|service cent(?:er|re))\b(?: [\w-]+){0,3} (?:couldn't|could not|was unable to|were unable to|failed to|managed to|tried to)\b/,
  // A restore or a file opened and found empty: "the new phone's authenticator was empty" (a flat battery or a
  // blank screen is what went wrong, not something looked in).
  // (What came before is looked at only once "empty" has matched: a look-behind first would run at every character.)
  /\b(?:was|were|came up|turned out) (?:completely |totally |just )?empty\b(?<!\b(?:battery|screen|display|tank|phone|it)(?:'s)? (?:was|were|came up|turned out) (?:completely |totally |just )?empty)/,
  // An attempt told by its outcome: "I reached for my backup key, only to find it was never registered".
  /\bonly to (?:find|discover|learn|see|realise|realize)\b/,
  // A secret kept from the setup, put into a new app: "typed it into a new authenticator", "import it into a
  // fresh app" (the codes it then gives may still be refused: it was tried all the same).
  /\b(?:typed|type|added|add|imported|import|entered|enter|scanned|scan|loaded|load|put) (?:it|that|this|the (?:old |original |saved )?(?:setup |secret )?key|the secret|the qr(?: code)?)\b[^.;]{0,30}?\b(?:into|in|to) (?:a|an|the|my) (?:[\w-]+ ){0,3}?(?:new|fresh|another|second|different)\b/,
  // The app's own recovery run: "I did the Authy recover on the new phone".
  /\b(?:i|we) (?:did|ran|went through|used) (?:the |a |an )?(?:[\w-]+ )?recover(?:y)?\b(?! codes?\b)/,
  // Other languages: "I tried".
  /intent[ée]|tentei|j'ai essay|versucht|пытал|пробовал|尝试|试过|试了|試した|aradım|denedim|探した|sudah coba|ho provato/,
  // An earlier issue number; `#` is not a word character, so it is matched on its own.
  /(?:^|\s)#\d{2,6}\b/,
];
