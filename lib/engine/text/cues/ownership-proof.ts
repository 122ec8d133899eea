import { words, type Cue } from './words';
const NAME = '[`\'"][a-z0-9][\\w.-]{0,60}[`\'"]';
const PROJECT_WORDS =
  'package|packages|project|projects|library|libraries|repo|repos|repository|repositories|module|publish\\w*|release\\w*|maintain\\w*|author|owns?|move|transfer\\w*|fix|upload\\w*';
/** Hyphened words of plain English, and a word a project noun follows ("open-source libraries"): not names. */
const COMMON_HYPHENED =
  'open-source|closed-source|two-factor|2-factor|e-mail|well-known|long-term|short-term|so-called|real-time|third-party|self-hosted|command-line|re-\\w+|co-\\w+|non-\\w+|pre-\\w+|self-\\w+|well-\\w+|full-time|part-time|\\w+-(?:digit|number|step|factor|time|up|in|on|off|out|down|to-\\w+)|back-up|set-up|wi-fi|x-ray|add-on|built-in|plug-in|up-to-date|day-to-day|old-school|in-house|on-call';
const PROJECT_NOUNS =
  'libraries|library|packages|package|projects|project|tools|tool|code|software|apps?|scripts?|modules?';
/** Words that name a project when a bare name follows them. */
const BARE_PROJECT_WORDS =
  'package|packages|project|projects|library|libraries|tool|script|module|modules|publish|published|publishes|publishing|own|owns|maintain|maintains|maintaining|upload|uploads|uploaded|uploading|released|publisher of|uploader of|wrote|written|authored|created|built|developed';
const EMAIL_ADDRESS = /[^\s@<>()[\]"'`]+@[a-z0-9-]+(?:\.[a-z0-9-]+)+/;
const EMAIL_ADDRESSES = new RegExp(EMAIL_ADDRESS.source, 'g');
/** Words just before an address that make it a way to reach the writer, not the account's own address. */
const CONTACT_AFTER = /^\W*(?:if you need|(?:for|to) (?:contact|reach)|in case you need)/;
const CONTACT =
  /(?:contact|reach|write to|e-?mail|message) me\b|\bme at\b|\b(?:new|current|correct|other|alternative|backup|secondary) (?:e-?mail|address|one)\b|\bonly have access to\b|\bcorrect one is\b|\bif you need\b/;

/**
 * An address in the text ties the writer to the account when it is (or may be) the account's own:
 * "registered with x@…", "my email x@…". One given only as a way to reach them ("contact me at",
 * "my new address") says nothing about the account.
 */
function namesAccountEmail(norm: string): boolean {
  if (!norm.includes('@')) return false;
  EMAIL_ADDRESSES.lastIndex = 0;
  for (let m = EMAIL_ADDRESSES.exec(norm); m; m = EMAIL_ADDRESSES.exec(norm)) {
    const before = norm.slice(Math.max(0, m.index - 40), m.index);
    const after = norm.slice(m.index + m[0].length, m.index + m[0].length + 40);
    if (!CONTACT.test(before) && !CONTACT_AFTER.test(after)) return true;
  }
  return false;
}

/** Cues that offer some proof of ownership: named projects, repositories, releases, the account's email or organisation. */
export const CUES: readonly Cue[] = [
  { test: namesAccountEmail },
  // "an address at example.org", "our group mailbox on example.org": the account email's domain names an organisation.
  /\b(?:address|e-?mail|mailbox|inbox|alias|domain)(?: address)? (?:at|on|with|under|from) @?[a-z0-9-]+(?:\.[a-z0-9-]+)*\.[a-z]{2,}\b/,
  /\b(?:projects|packages|libraries)\s*\([a-z0-9]/,
  // "the repo owner/name", "github repo me/tool": a repository by its path.
  /\b(?:repo|repository|github|gh)(?: repo)?:? [a-z0-9][\w-]*\/[a-z0-9][\w.-]+/,
  // An answer to "Proof:" that is a project's name: "Proof: pixelbrook-ui".
  /\bproof(?: of ownership)?:\s*[`'"]?[a-z][a-z0-9]*(?:[-_.][a-z0-9]+)+/,
  /\b(?:package|project|library|program|programme|tool|module|script|app) (?:on (?:pypi|github) )?(?:is |was )?(?:called|named) [`'"]?[a-z0-9][\w.-]{2,}/,
  // A quoted or backticked name next to a word that makes it a project.
  new RegExp(`\\b(?:${PROJECT_WORDS})\\W+(?:\\S+ ){0,3}?${NAME}|${NAME}\\W*(?:\\S+ ){0,3}?(?:${PROJECT_WORDS})\\b`),
  /\b(?:projects?|packages?|libraries|repositories|repos?)(?: on (?:pypi|github|gitlab))?(?: are| is)? ?: ?[`'"]?[a-z0-9]/,
  // Where it lives, then its name: "it's on PyPI as tide-tables", "on GitHub under owner/name", "the code is on
  // GitHub too, owner/name".
  /\bon (?:pypi|github|gitlab|codeberg)(?: too| also)? (?:as|under|at|named|called):? [`'"]?[a-z0-9][\w.]*(?:[-_/][\w.]+)+/,
  /\b(?:github|gitlab|codeberg)\b(?:,? [^\s/]+){0,4}?,? \(?[a-z0-9][\w-]*\/[a-z0-9][\w.-]+/,
  // "my package is tide-tables", "our packages are `a` and `b`"; not "my packages are used by many people".
  /\b(?:my|our) (?:package|project|library)s? (?:is|are) (?:called |named )?(?!(?:used|popular|widely|downloaded|important|critical|small|large|old|new|not|also|still|very|quite|really|being|a|an|the|now|mostly|all|both|on|in|hosted|published|listed|available|public|private|open|free|maintained|depended|relied|pretty|fairly|rather|actively|archived|abandoned|unmaintained|installed|needed|affected|stuck|blocked|waiting|pending|at|of|for|from|under|by|with|here|there|what|why|how|where|safe|fine|ok|okay)\b)[`'"]?[a-z0-9]|\bthe (?:package|project|library) (?:is|was|called|named) [a-z0-9][\w.-]*-[\w.-]+/,
  // Other languages: "my package is `x`".
  /(?:paket|pakket|paquet|pacote|paquete|pacchetto|progetto|projekt|projet|proyecto|projeto|пакет|проект|项目|パッケージ|プロジェクト)[^.\n]{0,30}?(?:[`'"]|是\s*|\s)[a-z0-9][\w]*[-_][\w-]+/,
  // "our example.org domain", "the domain example.org": the account email's domain.
  /\b[a-z0-9-]+(?:\.[a-z0-9-]+)*\.[a-z]{2,} domain\b|\bdomain[:,]? [a-z0-9-]+(?:\.[a-z0-9-]+)*\.[a-z]{2,}\b/,
  // Releases by their versions ("releases 1.0 to 1.4 of x were uploaded from this account"), and a commit or a tag
  // offered in the project's repository ("I can push a commit to the repository to prove it").
  /\breleases? v?\d+\.\d+|\b(?:push|make|add|create) (?:a |an )?(?:commit|tag|file|branch)\b(?: \S+){0,3}? (?:repo|repository|repositories|project)\b/,
  /\bmy (?:pip |pypi |python )?(?:package|project|library) (?!(?:is|was|that|which|for|to|on|in|and|or|but|with|from|under|has|had|will|can|releases?)\b)[a-z][\w.-]{2,40}/,
  /\b(?:pypi\.org\/project|github\.com(?!\/user-attachments|\/pypi\/support)|gitlab\.com|bitbucket\.org|codeberg\.org|readthedocs\.io)\/[\w.-]+/,
  // A project named without quotes, as people who do not write code often do: "the account owns the packages
  // fjord-tides and solheim-utils", "one small package, kidsbot-moves", "I published the package lakeprobe".
  // A bare name counts when it looks like one (joined by hyphens, dots or underscores) or right after a verb
  // of owning and a project word.
  new RegExp(
    `\\b(?:${BARE_PROJECT_WORDS})\\b[,:]? (?:[a-z]+[,:]? ){0,5}?\\(?(?!(?:${COMMON_HYPHENED})\\b)[a-z][a-z0-9]*(?:[-_.][a-z0-9]+)+\\b(?!\\.[a-z]| (?:${PROJECT_NOUNS})\\b)`,
  ),
  /\b(?:published|publish|own|owns|maintain|maintains|wrote|released|uploaded) (?:the |a |one |my |our |this )?(?:small |little )?(?:pypi |python )?(?:package|project|library|module) (?!(?:is|was|that|which|for|to|on|in|and|or|but|with|from|under|has|had|will|can|it|as)\b)[a-z][a-z0-9_-]{2,40}\b/,
  // Repositories named by their owner: "the repos are under the acme-tools organisation", "the code is on GitHub
  // under the acme organisation, which I own".
  /\b(?:repos?|repositories|code|source)\b (?:is |are |lives? |sits? )?(?:hosted )?(?:on (?:github|gitlab|codeberg) )?(?:under|in) (?:the |my |our )?(?!(?:my|our|the|a|an|his|her|their|its|this|that|github|gitlab|personal|own|work|company|old|new)\b)[a-z0-9][\w.-]* (?:organi[sz]ation|org|account|group)\b/,
  // "The GitHub is owner/name", "the GitHub repository (owner/name)".
  /\bgithub(?: repo| repository)?(?: is| at)? \(?[a-z0-9][\w-]*\/[a-z0-9][\w.-]+/,
  // "the package `foo`", "my project "bar"", "projects: a, b".
  new RegExp(`\\b(?:package|project|library|repository|module)s? (?:name(?:d)? |called |under the name )?${NAME}`),
  // "maintainer of `x`" names it; "the only maintainer of my projects" does not.
  words(
    "following (?:projects|packages|repositories|repos|libraries)|only project|github organi[sz]ation|under the name|(?:maintainers?|authors?|owners?) of(?! (?:my|our|all|all my|the|these|those|several|some|a few|many|both)(?: own)? (?:projects?|packages?|librar(?:y|ies)|repos?|repositor(?:y|ies)|tools|code)\\b)|sole owner|release tags?|released version|version \\d+\\.\\d+|(?:latest|up to) v?\\d+\\.\\d+|identity card|id card|passport|driver's licen[cs]e|matching account|the user|with the user|personal account|original email|company \\((?!which|that|who)|organi[sz]ation (?:account|named|called)",
  ),
  /\b(?:my|our|the) [a-z0-9][\w./-]{2,40}(?: [a-z0-9][\w./-]{2,40})? (?:package|project|library)\b(?<!\b(?:first|pypi|pip|python|own|old|new|main|other|only|personal|entire|whole|same|this|that|open source|github|year|school|class|course|thesis|side|pet|hobby|research|student|university|college|semester|capstone|graduation) (?:package|project|library))/,
];

/** An email address written in the username box is the account's own address: proof, if nothing else is. */
export function givesAccountEmail(username: string): boolean {
  return username.includes('@');
}
