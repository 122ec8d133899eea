import type { Rule } from './types';
import { usernamePresent } from './username-present';
import { usernameFormat } from './username-format';
import { reasonPresent } from './reason-present';
import { reasonLostFactor } from './reason-lost-factor';
import { reasonCircumstances } from './reason-circumstances';
import { reasonAttempts } from './reason-attempts';
import { reasonRemainingAccess } from './reason-remaining-access';
import { reasonOwnershipProof } from './reason-ownership-proof';
import { scopeRecovery } from './scope-recovery';
import { scopeDuplicate } from './scope-duplicate';
import { languageEnglish } from './language-english';
import { ackChecked, cocChecked, recoveryCodesChecked } from './checkboxes';
import { recoveryCodesConsistent } from './recovery-codes-consistent';
import { privacySecrets } from './privacy-secrets';
import { privacyEmail } from './privacy-email';

/** Every check, in the order the checklist shows them (the form's order, privacy last). */
export const RULES: readonly Rule[] = [
  usernamePresent,
  usernameFormat,
  reasonPresent,
  reasonLostFactor,
  reasonCircumstances,
  reasonAttempts,
  reasonRemainingAccess,
  reasonOwnershipProof,
  scopeRecovery,
  scopeDuplicate,
  languageEnglish,
  recoveryCodesChecked,
  recoveryCodesConsistent,
  cocChecked,
  ackChecked,
  privacySecrets,
  privacyEmail,
];
