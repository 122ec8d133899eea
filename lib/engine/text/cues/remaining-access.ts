import { EMAIL, words } from './words';
// Not a place told by what is kept there: "searched the wiki where we keep credentials".
const HAVE =
  '(?:i|we) (?:still |do |also |only |can |could |however,? )*(?:have|has|know|remember|retain|(?<!\\b(?:where|in which) (?:i|we) )(?:kept|keep)|control|own|maintain|access)';
const ASSET = `${EMAIL}|password|passwd|pas+w(?:or)?d|pw|credentials|token|api token|api key|repo(?:s|sitor\\w*)?\\b|github|username|domain|organi[sz]ation|[^\\s@]+@[^\\s@]+`;

/** A second factor that still works is access too, but only with "still": "I have a new YubiKey" is not. */
const STILL_WORKING = 'authenticator(?: app)?|(?:2fa|totp|otp|mfa) (?:app|entry)|yubi ?key|security key';

/**
 * Cues that say what access the requester still has (or clearly none). Anchored on "I/we ..." so that
 * "I don't have access" and "I no longer have" do not read as access.
 */
export const CUES: readonly RegExp[] = [
  new RegExp(
    `\\b${HAVE} (?:full |the |my |our |an |a |correct |valid |working |still |access (?:to|for) )*(?:the |my |our |an? )?(?:(?!(?:lost|no|not|never|forgotten|forgot|misplaced|lost)\\b)[\\w.-]+ (?:and |& |\\+ )?)?(?:${ASSET})`,
  ),
  // Not asked or hoped for: "let me know how I can prove ownership", "so I can log in again".
  /(?<!\b(?:how|whether|if|so|so that|once|until|unless|what) )\b(?:i|we) (?:still |also )?(?:can|could|am able to|was able to|were able to)(?:,? however,?)? (?:still )?(?:log ?in(?:to)?|login|sign in(?:to)?|access|recover|confirm|verify|prove|show|commit|push|publish|upload|add (?:a|any) (?:file|commit|tag)|create (?:a|any) (?:file|tag|release))\b/,
  /\b(?:i|we) (?:still )?have (?:full |complete )?access to (?:the |my |this |our )?(?:pypi )?account\b/,
  /\b(?:i|we) still (?:control|own|have access|read|receive|get|log ?in|login|sign in)\b|\b(?:i|we) (?:still )?(?:am |are )?(?:logged|signed) in(?:to)?\b/,
  // "I'm logged in on my desktop still", "im still logged into pypi on my laptop"; not a hope ("whether I'm still
  // signed in somewhere").
  /(?<!\b(?:whether|if|in case|until|unless|once)\b[^.;]{0,30})\b(?:i'm|im|we're) (?:still )?(?:logged|signed) in(?:to)?\b/,
  /\bpassword (?:i|we) (?:still )?(?:remember|know|have)\b|(?<!(?:n't|not|never|no longer|forgot|forgotten) )\b(?:remember|know|recall) (?:the |my )?(?:account )?password\b/,
  /\b(?:e-?mail|password)(?: side)?(?: and (?:the )?(?:e-?mail|password))? (?:is|are) (?:still )?(?:fine|ok|okay|working|good|correct|accessible)\b/,
  new RegExp(
    `\\bstill (?:have|know|remember|control|own)\\W+(?:full |the |my |our |an? |access (?:to|for) )*(?:[\\w.-]+ )?(?:${ASSET}|${STILL_WORKING})`,
  ),
  words(
    'password (?:is )?known|known password|(?:is|are) still mine|reset (?:worked|works|succe\\w*)|did the password reset|2fa is (?:ok|fine|working)|current maintainer|maintainer (?:of|on) (?:the )?(?:github|repo)|(?<!\\b(?:none|nothing|nobody|no one|neither)(?: was| were| is| are)? |\\b(?:whether|in case)\\b[^.;]{0,60})still (?:logged|signed) in|no access (?:to the account )?at all|nothing (?:is )?left|none remains|password is (?:ok|correct|fine|right|valid|known)|username and password is ok|correct password|(?:my )?email is accessible|email (?:still )?works|(?:recovered|secured|regained) (?:my |the )?(?:email|e-mail|password|account email)|received a verification email|(?:which|that) (?:i|we) (?:still )?(?:have|can) access|(?:which|that) (?:i|we) own|own and control|i control|we control',
  ),
  // A reset that reaches the writer shows the mailbox on the account works and the password is theirs again
  // ("the reset link arrives and I set a new password"), however the mail is named; "no email arrives" does not.
  /(?<!\b(?:no|never|not)\b[^.;]{0,20})\b(?:e-?mails?|mails?|links?|letters?|messages?) (?:(?:does|did|still|always|normally|just|also|then) )*(?:arriv(?:es|ed|e)|comes? through|came through|gets? through|(?:is|was) delivered|reach(?:es|ed) (?:me|my (?:inbox|mailbox))|lands? in my (?:inbox|mailbox))\b/,
  /\b(?:i|we) (?:(?:still|do|did|can|always|also|then) )*(?:receive[ds]?|get|got) (?:the |a |my |that )?(?:password )?(?:reset )?(?:e-?mails?|mails?|links?)\b|\b(?:i|we) (?:(?:then|also|successfully|already) )*(?:set|chose|changed|picked|created) (?:a |the |my )?(?:new )?password\b|\bnew password (?:is |was )?(?:accepted|works|worked)\b/,
  // A second factor that still works, and what is "with me" or "mine" ("the registered email is with me").
  /\b(?:2fa|authenticator|totp|security key|yubi ?key|passkey)\b[^.;]{0,30}\bstill (?:works|working|valid|fine|has (?:the )?(?:pypi|entry|account))\b|\breset\b[^.;]{0,20}\b(?:which|that) (?:is )?(?:works|working|worked)\b|\b(?:e-?mail|address|mailbox|password)\b(?: [\w-]+){0,3} (?:is|are) (?:still )?(?:with me|in my hands|under my control)\b/,
  // A password kept where it can be read: "the username and password were saved in our shared password manager".
  /\b(?:password|credentials|login details)\b[^.;]{0,60}\b(?:is|are|was|were) (?:still )?(?:saved|stored|kept) in (?:our|my|the|a) (?:shared |team |company |own )?(?:password manager|vault|keychain|bitwarden|1password|keepass\w*|lastpass)/,
  // Or where it is now: "the password is in our group's shared vault" (not "was in the vault on my stolen laptop").
  /\b(?:password|credentials|login details) (?:is|are) (?:still |safely )?in (?:our|my) (?:\S+ )?(?:shared |team |company |own )?(?:password manager|vault|keychain|bitwarden|1password|keepass\w*|lastpass)\b/,
  // The repository behind the projects, said to be the writer's: "the code is at github.com/x/y and I am owner",
  // "the author of `x` and the owner of the repository", "the admin of the GitHub organisation" (not the
  // organisation on PyPI, reached through the locked account).
  /\b(?:repo\w*|github\.com\/\S+)[^.;]{0,80}\b(?:i am|i'm|we are|we're) (?:the |an? )?(?:sole |only )?(?:owner|admin|administrator)s?\b|\b(?:owner|admin|administrator)s? of (?:the |these |this |both |all |my |our )?(?:github |gitlab )?(?:repo|repositor|org\b|organi[sz]ation)\w*(?!(?: \S+){0,3}? on pypi\b)/,
  // Control of the repository told by what the writer can do there: "I can make a commit with any text", "I'm
  // signed in there", "I have admin rights on the repository", "where we're both admins".
  /\b(?:i|we) (?:still |also )?(?:can|could) (?:\S+ )?(?:make|push|add|create|open) (?:a |an |any |whatever )?(?:\S+ )?(?:commit|change|file|tag|release|pull request)\b|\b(?:i'm|we're|i am|we are) (?:still )?(?:logged|signed) in (?:there|to github|on github)\b|\b(?:have|with) (?:the |full )?(?:admin|owner|write|push|maintainer) (?:rights|access|permissions?) (?:on|to|for|in|of|over) (?:the |that |this |my |our |both |these )?(?:github |gitlab )?(?:repo|repositor|org)\w*|\b(?:we're|we are) (?:both|all|joint) (?:owners?|admins?|maintainers?)\b/,
  // Other languages: "I still remember the password", "I still have".
  /还记得|记得密码|可以登录|仍然可以|还有|覚えて|помню пароль|есть доступ|\b(?:masih ingat|masih bisa|hasło pamiętam|pamiętam hasło|mam dostęp|nog (?:wel )?toegang|heb nog|ho ancora|conosco la password|ich habe noch|zugriff auf|hala\b|ainda tenho|ainda sei|todavía tengo|aún tengo|sigo teniendo|j'ai toujours|je connais|ich habe noch)/,
  // "pw = ****": they know it, even when (rightly) masked.
  /\b(?:pw|pwd|password|passwd) ?[=:] ?\S/,
];
