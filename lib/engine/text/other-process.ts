import { near, words } from './cues/words';

/**
 * Asks that PyPI handles by another process than account recovery (other-ask.ts decides when one is the
 * request's main ask): a name under PEP 541, merged accounts, an organisation, a bigger upload limit, an
 * account kept without a second factor.
 */

const OTHER_PROCESS = words(
  'pep 541|merg(?:e|ing) (?:the |my |our |his |her |their |both |two |these )?(?:\\S+ )?accounts?|merg(?:e|ing) (?:the |my |this |his |her |their )?(?:old |other )?(?:account|one) into|merg(?:e|ing) (?:it|this|them) into|release (?:the |my |our |this |that )?(?:project |package )?name|renam\\w* (?:my |the |our |this )?(?:pypi )?(?:project|package)\\b|(?:change|changing) (?:the |my |our )?(?:project|package) name|name squat\\w*|squatted (?:the |a |my )?(?:name|project|package)|squatting (?:on )?(?:the |a |my )?(?:name|project|package)|no problem with my account|i can log ?in fine|claim (?:the|a|this) (?:name|project|package)|(?:upload|file|file[- ]size|size|per[- ]file|project|storage) (?:limit|cap)|(?:upload|storage|project|size|file|disk|pypi|increased?|raised?|larger|bigger|more) quota|quota (?:increase|raise|request|extension|bump)|(?:create|set up|setup|make|open|start) (?:(?:an|a|the|our|that|this) (?:\\S+ ){0,2}?)?organi[sz]ation|(?:moved|transferred|put|placed) under (?:an |a |the |our |my )?(?:\\S+ )?organi[sz]ation|into (?:an|a|the|our) (?!(?:bitwarden|1password|lastpass|keeper|dashlane|github|gitlab|google|microsoft|slack)\\b)(?:\\S+ )?(?:pypi )?organi[sz]ation|under (?:an|a|the|our) (?:\\S+ )?(?:new )?pypi organi[sz]ation|(?:shut|close) down (?:the|my|this) (?:old |other )?(?:\\S+ )?account|claim (?:it|them) (?:from|with|for|on) (?:the|my|our|a) (?:new|other|second|fresh)|(?:pep 541|name) (?:request|claim)|(?:be|get|have it|have them) (?:moved|transferred) (?:in)?to (?:the|our|an?|my) (?:pypi )?organi[sz]ation|add (?:\\S+ ){0,3}?(?:project|package)s? (?:\\S+ )?to (?:the |our |an? |my )?(?:\\S+ )?organi[sz]ation|(?:name|project|package) (?:\\S+ ){0,4}?(?:is |was )?(?:taken|squatted|occupied|held|blocked) by (?:an? )?(?:empty|abandoned|unused|inactive|dead|placeholder)|take over (?:the |this |that )?(?:name|project|package)|(?:applied|asked|requested|submitted (?:a |an |the |our )?request)(?: \\S+){0,2}? for (?:an? |the |our )?(?:pypi )?organi[sz]ation|organi[sz]ation (?:application|request)|application for (?:an? |the |our )?(?:pypi )?organi[sz]ation|request for (?:the |an? |our |my )?(?:\\S+ )?organi[sz]ation|add `[\\w.-]+`(?: and `[\\w.-]+`)? to (?:the |our |an? |my )?(?:\\S+ )?organi[sz]ation|organi[sz]ation\\b[^.;]{0,60}\\bpending approval|organi[sz]ation (?:\\S+ ){0,4}?to be (?:set up|created|made|approved)|approve (?:our|the|my) organi[sz]ation|add me as (?:an? )?(?:owner|maintainer|collaborator)|(?:remove|drop|take) me (?:off|from) (?:`[\\w.-]+`|(?:the|this|that|our) (?:project|package|organi[sz]ation))|(?:remove (?:me|him|her|them|`[\\w.-]+`)|(?<!\\b(?:asked|was|were|had|has|have) (?:to )?)(?:to be|be|being|get|getting) removed) (?:as|from being) (?:an? |the )?(?:\\S+ )?(?:owner|maintainer|collaborator)|abandoned (?:project|package|name)|(?:please|you|(?:want|like|need) (?:you )?to) (?:\\S+ ){0,2}?reserve (?:the |a |this |that )?(?:project |package )?(?:name|`[\\w.-]+`)|archiv(?:e|ing) (?:the |my |our |this )?(?:project|package|`[\\w.-]+`)|(?:be|been|get) (?:marked |flagged |set )?(?:as )?archived|(?:mark|flag|set)(?: \\S+){0,3}? as archived|(?:give|transfer|assign|hand over) (?:me|us) (?:the|this|that) (?:project |package )?name|allow me to (?:create|re-?register)|(?:like|want|need|request|requesting|asking for)(?: is)? (?:a|an|our) (?:new )?(?:pypi )?organi[sz]ation|make (?:\\S+ ){0,3}?part of (?:the |our |an? |my )?(?:\\S+ )?(?:pypi )?organi[sz]ation|(?:get|getting|obtain|obtaining|acquire|acquiring) (?:the )?(?:project |package )?name `\\w+|(?:project|package) name (?:`[\\w.-]+` )?(?:released|freed)',
);

/** "raise the limit for `pkg` to 400 MB": limits have their own request form. */
const RAISE_LIMIT = near('raise|raising|increase|increasing|bump|lift|extend|higher', 'limit|limits', 4);

/**
 * An account kept without a second factor for good ("remove the 2FA requirement from this account
 * permanently", "exempt our bot account from 2FA"): PyPI requires it of every account, so that is no recovery.
 */
const NO_SECOND_FACTOR =
  /\b(?:2fa|two-factor|mfa|second[- ]factor) (?:requirement|mandate)\b(?: \S+){0,5}? (?:permanently|for good)\b|\b(?:exempt\w*|exemption)\b(?: \S+){0,4}? (?:2fa|two-factor|mfa|second[- ]factor)\b|\bpermanently (?:disable|remove|turn off|switch off|drop|waive)\b(?: \S+){0,2}? (?:2fa|two-factor|mfa|second[- ]factor)\b|\b(?:disable|remove|turn off|switch off|drop|waive)\b(?: \S+){0,2}? (?:2fa|two-factor|mfa|second[- ]factor)\b(?: \S+){0,5}? (?:permanently|for good|forever|altogether)\b|\b(?:remove|removing|drop|dropping|lift|lifting|waive|waiving) (?:the )?(?:2fa|two-factor|mfa|second[- ]factor) requirement\b(?=[^.]*\b(?:bot|ci|automation|robot|service account)\b)/;

const FOR_GOOD_WORDS = /requirement|mandate|exempt|permanently|for good|forever|altogether/;

/** A name in backticks is a name, whatever its words: `notebook-quota` asks for no quota. */
const NAMED = /`[^`\n]{1,100}`/g;

export function asksOtherProcess(sentence: string): boolean {
  const s = sentence.includes('`') ? sentence.replace(NAMED, '`x`') : sentence;
  return (
    OTHER_PROCESS.test(s) ||
    (s.includes('limit') && RAISE_LIMIT.test(s)) ||
    // Each reading of NO_SECOND_FACTOR needs one of these words: looked for plainly first.
    (FOR_GOOD_WORDS.test(s) && NO_SECOND_FACTOR.test(s))
  );
}
