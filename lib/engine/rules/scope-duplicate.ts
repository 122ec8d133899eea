import { words, type Cue } from '../text/cues/words';
import { said } from '../words';
import { pass, verdict, type Rule } from './types';

/**
 * Real requests often follow up an earlier issue by opening a new one ("following up on #3983"). A second
 * issue goes to the back of the queue and splits the conversation, so say so before it is filed.
 */
const EARLIER_ISSUE: readonly Cue[] = [
  /(?:^|\s)#\d{2,6}\b/,
  /\bgithub\.com\/pypi\/support\/issues\/\d+/,
  words(
    'following up|follow up|follow-up|(?:my|the|an|a) (?:previous|earlier|last|first|other|old) (?:issue|ticket|request)|(?:opened|filed|created|submitted) (?:an|another|a) (?:issue|ticket|request) (?:before|earlier|already)|second time|again (?:because|since) (?:no|nobody)|still waiting|no (?:response|reply|answer) (?:yet|so far)',
  ),
];

export const scopeDuplicate: Rule = {
  id: 'scope.duplicate',
  scored: false,
  run(_request, text) {
    // Said in the writer's own story (past it lies pasted material, links to other issues included).
    if (!EARLIER_ISSUE.some((c) => c.test(text.story))) return pass(said('why_duplicate_pass'));
    return verdict('warn', said('why_duplicate_warn'));
  },
};
