/* What was tried: the verbs and outcomes that tell a recovery step taken, and the searches that found nothing. */

/**
 * A search told by its failure alone ("went through every drawer, no luck"): an attempt here, and, said of codes
 * once kept, that they are not at hand (text/recovery-codes.ts).
 */
export const FRUITLESS = ['no luck', 'to no avail', 'in vain', 'without (?:success|luck)'] as const;

/** Who may be asked for help and answer: "the store won't give it back", "IT says there's nothing to recover". */
const ANSWERERS = [
  'support',
  'helpdesk',
  'desk',
  'provider',
  'carrier',
  'shop',
  'store',
  'it',
  'they',
  'university',
  'employer',
  'company',
  'registrar',
  'airline',
  'school',
  'bank',
  'police',
  'hotel',
  'office',
  'technician',
] as const;

export const ATTEMPT_WORDS = {
  // Verbs of doing, in the forms that tell something done: the nouns beside them ("recovery codes", "this
  // request", "a contact mailbox", "no cloud sync", "the checkbox") name things, and most requests name them.
  attempt: [
    // Misspelt as people type it too: "tryed the transfer".
    'tr(?:y|ied|ies|ying|yed|yied)',
    'attempt\\p{L}*',
    'search\\p{L}*',
    // Looking for something, not "looking after" a project.
    'look(?:ed|ing)? (?:for|through|in|into|at|everywhere|around|up|if|whether)',
    // Done, not habitual or asked: "the mailbox, which I check daily", "please check" tell no attempt.
    'check(?:ed|ing)',
    // Also as writers whose English tells the past in the present: "i check google backup but nothing there".
    '(?:i|we) check (?:my|the|our|all|google|icloud|cloud|backups?|everywhere|email|mail|drive)',
    'followed',
    // A person going through something searched it ("I went through", "and then gone through", "by going
    // through"); "the key went through the wash" is what happened to it, so a noun before it does not count.
    "(?:i|we|i've|we've|he|she|they|have|had|and|then|since|also|by|after|already|even|just|carefully|kindly|did) (?:went|been|gone|going|go) (?:through|thru)",
    // Not "restores": a package that restores diacritics does it, not the writer.
    'restor(?:e|ed|ing|ation)',
    'recovered',
    'contacted',
    // A mail sent, not a list of what is held ("password, email, admin on the repo" reads "email admin").
    'emailed (?:pypi|support|admins?|the admins?)',
    '(?:i|we) email (?:pypi|support|admins?|the admins?)',
    // Found on a search: "I found a screenshot of the setup page".
    'found (?:a|an|the|my|our|some) (?:old )?(?:screenshot|photo|picture|copy|backup|printout|export|setup key|secret|seed|qr code|sheet|file)',
    // A file or a vault opened to look: "I opened the file where I thought I saved the codes".
    'opened (?:the|my|our|a|an) (?:old )?(?:file|folder|notes?|notebook|vault|drawer|box|safe|password manager|backup|archive)',
    // To someone: "wrote down the codes" is no attempt.
    'wrote to',
    // Or straight to a body that could help: "I wrote the university", "wrote my old employer".
    'wrote (?:the|my|our|their) (?:old |former |previous )?(?:university|uni|school|college|employer|company|provider|registrar|host|hosting|carrier|bank|it|helpdesk|admins?|support)',
    // Told in the present by second-language writers: "when I install Authy on my new phone, it is empty".
    '(?:i|we) (?:install|reinstall|restore)',
    // The perfect with the plain verb, as second-language writers make it: "I have install the app on new phone".
    '(?:i|we) (?:have|has|had) (?:already |also )?(?:install|reinstall|restore|check|try|search)',
    // Asked and answered: "IT confirmed there is no backup of that vault".
    'confirmed',
    // Said with emphasis: "I did check my password manager", "(I did ask, afterwards)".
    '(?:i|we) did (?:also )?(?:check|search|look|try|ask|contact|call|email|restore|reinstall|reset)',
    // Someone asked, known by their answer: "the store won't give it back", "university IT won't reopen it", "IT
    // says there's nothing to recover", "the taxi company had nothing".
    // (One entry per answerer: together they stand for more literals than one entry may.)
    ...ANSWERERS.flatMap((who) => [
      `${who} (?:won't|will not|wouldn't|would not|refused to|refuses to|declined to) (?:give|reopen|restore|return|unlock|recover|reactivate|re-enable|hand|send)`,
      `${who} (?:says|said|told me|told us) (?:that )?(?:there's|there is|there was|nothing|they can't|they cannot|they couldn't)`,
    ]),
    '(?:company|shop|store|office|desk|police|airline|station|driver|hotel|venue|they) had nothing',
    // A transfer or a backup that was run and gave nothing: "Smart Switch failed to move anything off it", "the
    // SD card I hoped had a backup turned out to be empty", "its sync never had PyPI in it".
    'failed to (?:move|transfer|restore|copy|bring|migrate|recover|sync|import|read|detect)',
    'turned out (?:to be )?(?:empty|blank)',
    // Found empty, so looked in: "(nothing in my vault)", "there was nothing on the old drive".
    'nothing (?:in|on) (?:my|our|the) (?:old )?(?:vault|password manager|drive|notes|files|backups?|inbox|drawer|safe|keepass|bitwarden|1password|icloud|keychain|mail|email|downloads)',
    // "no recovery codes in my vault or old downloads", "there are no recovery codes in my Bitwarden".
    'no (?:recovery |backup )?codes (?:in|on) (?:my|the) (?:vault|password manager|drive|notes|files|backups?|inbox|drawer|safe|keepass|bitwarden|1password|icloud|keychain|mail|email|downloads)',
    "(?:never|didn't|did not) (?:have|had|hold|held|show|showed) (?:the |my |any )?pypi in (?:it|them|there)",
    "(?:never|didn't|did not) (?:have|had|show|showed) (?:a |any )?pypi (?:entry|entries)",
    // A backup looked into: "the authenticator backup on my new phone didn't include PyPI".
    "(?:didn't|did not|doesn't|does not) (?:include|contain) (?:pypi|it|them|the pypi|my pypi)",
    // A message sent to someone: "I also sent an email to the admin of PyPI", "sent support a message".
    'sent (?:an? |the |my |our )?(?:e-?mails?|mails?|messages?|notes?|letters?) to',
    'sent (?:pypi|support|admins?|them|the admins?) (?:an? )?(?:e-?mail|mail|message)',
    // A reset done, in the words of writers whose English makes or does it: "I made the reset procedure two times".
    '(?:made|did|done|ran|completed|performed) (?:the |a )?(?:password )?reset',
    'reset (?:procedure|process|flow)s?',
    // To the police: "went to the police", "I've been to the police".
    '(?:went|gone|been) to the police',
    // A report made: "police report done", "filed a police report".
    '(?:police|theft|loss) report (?:done|filed|made|submitted|lodged)',
    '(?:filed|made|lodged|submitted) (?:a |the )?(?:police|theft|loss) report',
    // Someone asked and unable: "Authy support can't help", "the carrier could not help".
    "(?:support|helpdesk|help desk|provider|carrier|shop|store|it|they) (?:can't|cannot|couldn't|could not|was unable to|were unable to) help",
    // Told in the present by second-language writers: "already check Google backup", "I ask old company IT".
    '(?:already|also) (?:check|try|search|ask|contact|restore|reinstall)',
    '(?:i|we) (?:ask|contact|call|email) (?:my|the|our|old|former|their|his|her)',
    'asked',
    'called',
    'phoned',
    'rang',
    'locat(?:e|ed|ing)',
    'forgot(?:ten)? password',
    'password resets?',
    'synced',
    'syncing',
    'synchroni[sz](?:ed|ing)',
    'resync\\p{L}*',
    'reach(?:ed)? out',
    'tested',
    'again',
    // An attempt told by its outcome alone: "Authy came up blank on the new phone", "went through every
    // drawer, no luck".
    ...FRUITLESS,
    'no joy',
    'no success',
    'came (?:up|back) (?:empty|blank)',
    '(?:found|turned up) nothing',
    // A restore that brought nothing: "nothing came back", "nothing came across to the new phone".
    'nothing came (?:back|over|across|through)',
    'nothing (?:has |had )?(?:turned up|come up|been found|been handed in)',
    // Someone asked where lost things are handed in: "nobody had handed it in".
    '(?:nobody|no one|anyone|someone) (?:had |has )?handed (?:it |them )?in',
    // A service messaged, the phone's own finder run.
    'messaged',
    'find my (?:iphone |phone |device )?(?:shows|showed|says|said|located|found)',
    // A search that ended: "I couldn't find them", "we did not find the sheet" (a search still going is "can't find").
    "(?:didn't|did not|couldn't|could not|was unable to|were unable to) find",
    // Someone tried and not answered: "the driver never answered my calls", "the shop ignored my emails".
    '(?:answered|returned|ignored|answer|return) (?:my|our) (?:calls?|messages?|e-?mails?|texts?)',
    // Another device looked at: "I verified on my tablet", "not detected anywhere I've plugged it in"; a
    // recovery that was run and failed.
    'verified',
    'plugged it in(?:to)?',
    'digging',
    // A search in the idiom: "I've turned the flat upside down".
    '(?:turned|turning) (?:the|my|our|every) (?:\\p{L}+ )?upside down',
    // Every box gone through after a move: "I've unpacked every box, it isn't there".
    'unpack(?:ed|ing)',
    '(?:recovery|restore|restoring|repair|repairs|the repair) (?:attempts? )?(?:failed|fails)',
    // A wet phone dried the way people do: "I put it in rice for a week".
    '(?:put|left|kept|dried|sat) (?:it|them|the phone|my phone|the \\p{L}+) in (?:a bag of |a bowl of |a tub of |dry |uncooked )?rice',
    'dug',
    // Someone pressed for an answer ("I've chased the airline weekly"); a recovery run that "didn't help".
    'chas(?:ed|ing)',
    "(?:didn't|did not|wouldn't|would not) help",
    // A place that might have it, gone back to or asked: "I went back to the shop", "neither the ward nor the
    // ambulance found it".
    '(?:i|we) went back to (?:the|that)',
    // A repair tried: "I took it to repair", "brought the phone in for repair", "took it to a repair shop".
    '(?:took|brought|taken) (?:it|them|the \\p{L}+|my \\p{L}+) (?:to|in for|into) (?:a |the )?(?:repair\\p{L}*|shop|store|service)',
    'nor (?:the |my |our )?(?:\\p{L}+ |\\p{L}+ \\p{L}+ )found',
    'scour\\p{L}*',
    'hunt\\p{L}*',
    // "installation of the app on the new phone", as a list item of steps taken.
    'install(?:ed|ing|ation)',
    'export(?:ed|ing)?',
    'reset (?:link|email|mail|e-mail)s?',
    'reinstall\\p{L}*',
    'requested',
    'clicked',
    // A route walked again, a place that keeps lost things asked, a go had, a ticket raised, a key imported.
    'retrac\\p{L}*',
    'lost (?:and )?found',
    'lost[ -]property',
    // A person or a thing found by asking around: "we tracked him down", "tracked down the old laptop".
    'tracked (?:\\p{L}+ )?down',
    'lost-and-found',
    '(?:had|have|gave it|give it) a (?:go|try|shot)',
    '(?:had|have|took|taken) a (?:proper |good |thorough |careful |long |quick |close )?look',
    '(?:raised|opened|filed|logged|submitted) (?:a |an )?(?:\\p{L}+ )?(?:ticket|case|issue)',
    'import(?:ed|ing)',
    // An appeal lodged with the mail provider: "I appealed twice, both rejected".
    'appeal(?:ed|led|ing)',
    'decod(?:ed|ing)',
    'versucht',
    'gesucht',
    'probiert',
    'essayé',
    'cherché',
    'tenté',
    'intenté',
    'busqué',
    'probé',
    'tentei',
    'procurei',
    'пытал\\p{L}*',
    'пробовал\\p{L}*',
    'искал\\p{L}*',
    'проверил\\p{L}*',
    '尝试',
    '试过',
    '试了',
    '找过',
    '找了',
    '联系',
    '試し',
    '探し',
    '試みた',
  ],
} as const;
