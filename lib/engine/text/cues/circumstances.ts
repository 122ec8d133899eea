import { EMAIL, PHONE, TWO_FA, near, words } from './words';
const MONTH =
  'january|february|march|april|may|june|july|august|september|october|november|december|jan|feb|mar|apr|jun|jul|aug|sep|sept|oct|nov|dec';

/** Cues that say HOW or WHEN the loss happened. Restating the loss ("lost my key") is not one of them. */
export const CUES: readonly RegExp[] = [
  // The phone (not "the 2FA device") was lost, stolen, broken, reset or replaced.
  near(
    'lost|lose|stolen|stole|broke|broken|died|dead|drowned|dropped|damaged|cracked|fell|water|sea|wiped|reset|resetting|restored|restore|factory|formatted|replaced|switched|switch|changed|change|upgrad\\w*|new|transfer\\w*|migrat\\w*|gone|missing|hand back|handed back|had to return|returned|river|lake|sea|ocean|water|toilet|pool|overboard|sold|bricked|bootloop|boot loop|os update|system update|software update',
    PHONE,
    6,
  ),
  near(
    'discontinued|end of life|no longer supported|stopped supporting|logged out|lost the tokens|lost all',
    TWO_FA,
    6,
  ),
  /\bleft (?:there |it |them |that job |the job )?in (?:19|20)\d\d\b/,
  near('cancel+ed|expired|deactivated|lost|stolen|changed', 'sim|sim card|phone number|number', 3),
  near('closed|shut down|deactivated|deleted|expired|disabled|terminated', '(?:19|20)\\d\\d', 3),
  near(
    'died|dead|broke|broken|stolen|lost|crashed|wiped|reset|replaced|fell|damaged|handed back|returned',
    'laptop|computer|tablet|ipad|pc|macbook|notebook',
    6,
  ),
  near(
    'reset|resetting|wiped|factory|formatted|replaced|switched|switch|changed|change|upgrad\\w*|new|transfer\\w*|migrat\\w*|restored',
    'device',
    3,
  ),
  // A security key that broke or stopped working, or was lost somewhere ("I bought a new key" is the remedy).
  near(
    "broke|broken|snapped|damaged|stopped working|won't work|doesn't work|not working|no longer working|failed|travel\\w*|stolen|previous",
    'yubi ?key\\w*|security key|solo ?keys?|usb|key',
    4,
  ),
  // The app itself lost its data (not "a key, no TOTP as backup": a second factor, not the app's copy), by some
  // event: "I lost the data of my OTP app" restates the loss and says neither how nor when.
  near(
    'crash\\w*|uninstall\\w*|reinstall\\w*|deleted|deleting|removed|wiped|erased|disappeared|vanished|empty|history|duplicated|(?<!as |as a |(?:restored|restore|restoring|imported|import|importing|loaded|load|recovered|decrypted)(?: \\S+){0,3} )backup(?! ?codes?| password| passphrase| phrase| (?:totp|key|factor|method|device|phone|app|authenticator|2fa|option)s?\\b)|backing up|backed up|migrat\\w*|transfer\\w*|update|updating',
    `${TWO_FA}`,
    5,
  ),
  // Email lost with a job, a school, a domain; or typed wrong at sign-up.
  words(
    "left (?:the|my|our|that|a) (?:company|job|employer|university|school|organi[sz]ation|team|firm)|leaving (?:the|my|our) (?:company|job|employer|university|school|organi[sz]ation|team|firm)|left in \\d{4}|who left|laid off|contract ended|my contract|closed down|shut down|went bankrupt|out of business|switched (?:email )?providers?|changed providers?|by mistake|by accident|accidentally|while cleaning|washing machine|washer|dryer|water damage|spilled|flood|office move|during (?:a|an|our|the|my) (?:move|trip|travel|holiday|vacation|relocation)|while (?:travel\\w*|moving|abroad|living abroad)|quit|(?<!\\b(?:a|am|i'm|now|being) )retired|graduated|graduation|phd|switch(?:ed)? (?:my )?employer|changed jobs?|new job|former employer|no longer work|don't work|dont work|do not work at|(?:previous|old|former|another) (?:company|employer|job)(?:'s)? (?:e-?mail|address|mailbox|inbox|account|domain)|in (?:my |the |a )?(?:previous|old|former) (?:company|job|employer)|(?<!\\b(?:is|are) (?:my|our|the) )(?:company (?:address|email|e-mail|mail account|email account)|work (?:email|address)|school email|university email)|domain (?:has |had )?expired|expired domain|(?:e-?mail|address|mailbox|account) (?:has |had |was )?expired|moved (?:from|to|abroad|country)|moving (?:from|to|abroad)|relocat\\w*|emigrat\\w*|new country|(?:lab|company|startup|university|school|department|group|employer) (?:was )?(?:closed|shut)|staffing|employee|our dev|developer left",
  ),
  near('typo|mistake|mistyped|misspel\\w*|wrong|incorrect|error|inadvertently|period|undeliverable', EMAIL, 6),
  near('not verified|never verified|unverified', 'creat\\w*|registration|sign ?up|signed up', 8),
  // Time: a long gap, or a moment.
  words(
    "long time|a while|(?:\\d+|a|an|one|two|three|few|a few|couple of|a couple of|several) (?:days?|weeks?|months?) ago|last (?:monday|tuesday|wednesday|thursday|friday|saturday|sunday|weekend)|(?:earlier )?this (?:week|month|year)|years ago|since \\d{4}|inactivity|inactive|haven't logged|have not logged|not logged in|last (?:week|month|year|night)|for the last|yesterday|tonight|this morning|recently|today",
  ),
  // Years without logging in, not years of using or keeping something: "has used it for a few years now" says
  // nothing of when the loss happened.
  /(?<!\b(?:use|used|using|uses|maintained|maintaining|maintain|developed|developing|had|have|has|run|running|published|publishing|worked on|relied on|owned) (?:the (?:package|project|library|tool|account) |\S+ )?for (?:a |the )?(?:last |past )?)\b(?:many|several|few|two|three|four|five|\d+) years\b/,
  near(
    MONTH,
    'lost|stolen|broke|broken|reset|changed|left|since|died|wiped|moved|move|update|ended|closed|shut|graduated|switched|replaced|fell|happened|expired|snapped',
    5,
  ),
  near('registered|signed up|sign up|created the account|created my account|account was created', '(?:19|20)\\d\\d', 4),
  // Other languages: a phone, a factory reset, a move or a month named in the request.
  /手机|出厂|换了|丢了|被偷|zepsu|zalany|w zeszłym|telefoon|wasmachine|vorige maand|スマートフォン|スマホ|携帯|壊れ|機種変更|телефон|смартфон|январ|феврал|апрел|июн|июл|август|сентябр|октябр|ноябр|декабр|\b(?:hp saya|kereta|bulan lalu|cambiato telefono|resettato|venduto|novembre|gennaio|febbraio|aprile|maggio|giugno|luglio|settembre|ottobre|dicembre|telefonumu|değiştirdim|urlaub|teléfono|telefone|celular|móvil|téléphone|formei|graduei|viaje|viagem|voyage|reise|agosto|septiembre|setembro|janeiro|fevereiro|março|junho|julho|outubro|novembro|dezembro|enero|febrero|marzo|mayo|junio|julio|octubre|noviembre|diciembre|janvier|février|juillet|août|septembre|octobre|décembre|januar|februar|märz|oktober|dezember)/,
  near("unable to receive|can't receive|cannot receive|no longer receive", 'sms|text message|phone call|call', 3),
  // Something happened TO the device, app or mailbox: "my phone got bricked", "the mailbox was deactivated".
  /\b(?:phone|mobile|handset|iphone|android|laptop|computer|tablet|ipad|watch|smartwatch|sim|number|mailbox|inbox|email account|e-mail account|domain|alias)s? (?:was|got|were|has been|had been|have been) (?!(?:used|linked|registered|created|set|setup|enabled|added|associated|connected|verified|configured|generated)\b)[a-z]{3,}(?:ed|en)\b/,
  // Someone did it: "IT wiped my laptop", "the carrier ported my number".
  /\b(?:it|employer|company|shop|repair shop|carrier|provider|university|school|admin|administrator|mdm|apple|google|microsoft) (?:\S+ )?(?:wiped|reset|erased|locked|deactivated|deleted|closed|disabled|removed|replaced|ported|cancel+ed|revoked)\b/,
  // Attacks explain the loss by themselves.
  words('hacked|hack|compromised|attacker|malware|phish\\w*|breach|backdoor\\w*'),
  words('network error|server error|while creating|middle of creating|thought they share'),
];
