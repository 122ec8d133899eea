import { describe, expect, it } from 'vitest';
import type { CheckId } from '../../../lib/engine/form/schema';
import { statusOf } from './rules-helpers';

/** The status of one check for a reason, with every box ticked. */
const status = (reason: string, id: CheckId) => statusOf(id, reason);

/** Every fact a complete request gives but what was tried, so each case adds only the words it is about. */
const LOST = 'My tablet with the authenticator slid off a ferry deck near Split on 2 July.';
const HELD = 'I know my password and the account address is my everyday mailbox.';
const OWNED = 'I publish `ferry-times` from github.com/adria-dev/ferry-times.';
const NO_CODES = 'I never kept the recovery codes.';

describe('a step told by what came of it', () => {
  it('a request that tells no step at all still warns', () => {
    expect(status(`${LOST} ${NO_CODES} ${HELD} ${OWNED}`, 'reason.attempts')).toBe('warn');
  });

  it.each([
    'I sent the tablet to a data recovery lab, and they could not read the storage chip.',
    'I took it to a small electronics repair shop in town; no luck.',
    'I did not find the setup QR code in any of my screenshots.',
    'The ferry company never answered my emails about the lost property.',
    'My password manager has nothing for PyPI either.',
    'The cloud backup of the tablet doesn’t include the authenticator.',
    'Our home server backups stop in 2023, a year before I turned on 2FA.',
    'My brother kindly tried from his own laptop, with the same result.',
    'What I already did: went through the help pages and the FAQ.',
    'Earlier this year I opened an issue about it, which was closed as stale.',
    'Installation of the authenticator on the replacement tablet: it came back with no accounts.',
    'I entered the old setup key in an authenticator on my new phone, but its codes are refused.',
    'Cloud sync was never on, so the authenticator on the replacement tablet was empty.',
    'The coastguard took a report, but nothing has turned up.',
    'I asked at the harbour office twice; nobody had handed it in.',
    'I messaged the PyPI admins on the forum before I found this form.',
    'Find My Device showed it offline since that afternoon.',
    'I have chased the ferry operator every week since then.',
    "The tablet maker's cloud restore didn't help: the app came back empty.",
    'No backup anywhere, after going through my desk drawers and old notebooks.',
    'Neither the ferry crew nor the port office found it.',
    'I went back to the ferry terminal the next morning.',
    'I took it to a repair shop in Split, but they could not get the data off it.',
    'I wrote my old employer about the tablet, and they never answered.',
    'I did look in my password manager, and there is nothing for PyPI in it.',
    'The phone shop will not give the old tablet back, since it went in for a trade-in.',
    'The ferry office said there was nothing in their lost items.',
    'The migration tool failed to copy anything from the old tablet.',
    'The memory card I was counting on for a backup turned out to be blank.',
    'The authenticator’s cloud sync never had PyPI in it.',
    'No codes were ever saved (went through my drawers and both laptops).',
    'I never printed the codes, and there is nothing in my password manager either.',
    'There are no recovery codes in my KeePass file or my downloads.',
    'I restored my new tablet from the cloud backup, and the authenticator came back without PyPI.',
  ])('names a step taken: %s', (said) => {
    expect(status(`${LOST} ${said} ${NO_CODES} ${HELD} ${OWNED}`, 'reason.attempts')).toBe('pass');
  });

  it.each([
    'The battery was empty when it was fished out, and it never turned on again.',
    'The old tablet went back to the shop under the trade-in deal.',
    'It is a small library that restores accents in scanned Croatian texts.',
    'When I turned on 2FA I clicked through the recovery code page without saving anything.',
    'Before selling it I restored my tablet to factory settings.',
    'I have reinstalled Linux on the laptop twice since then.',
  ])('what happened to the device is not a step: %s', (said) => {
    expect(status(`${LOST} ${said} ${NO_CODES} ${HELD} ${OWNED}`, 'reason.attempts')).toBe('warn');
  });
});

describe('codes once kept, then lost', () => {
  it('a note that held the codes and was deleted leaves none at hand', () => {
    const said = 'I put the recovery codes in a phone note, but I deleted that note during a spring clean.';
    expect(status(`${LOST} I searched my notes app. ${said} ${HELD} ${OWNED}`, 'recovery_codes.consistent')).toBe(
      'pass',
    );
  });

  it('a card that "lives in" a wallet holds them', () => {
    const said = 'I wrote the eight codes on an index card that lives in my wallet.';
    expect(status(`${LOST} The recovery codes exist. ${said} ${HELD} ${OWNED}`, 'recovery_codes.consistent')).toBe(
      'fail',
    );
  });

  it('a note that still holds them contradicts the ticked box', () => {
    const said = 'I put the recovery codes in a phone note, and that note is still there.';
    expect(status(`${LOST} I searched my notes app. ${said} ${HELD} ${OWNED}`, 'recovery_codes.consistent')).toBe(
      'fail',
    );
  });
});

describe('asks that are not regaining the account', () => {
  const story = `${LOST} I restored the tablet backup, but PyPI was not in it. ${NO_CODES} ${HELD} ${OWNED}`;

  it.each([
    'Frankly I would rather you deleted the old account, and I will sign up again.',
    'The point of this request: please take down version 3.0 of ferry-times, it ships a broken schedule.',
    'Please raise the file size cap for `ferry-times`; the new wheels are 180 MB.',
    'What I am after is to be removed as a maintainer of `ferry-times`.',
    'I do not want the account back; please give `ferry-times` to the harbour authority instead.',
    'Please mark the project `ferry-times` as archived.',
    'Could you reserve the name `ferry-routes` for me until the summer?',
    'Please switch off two-factor on this account for good, it only runs our nightly uploads.',
    'I need the account address changed to my colleague Ana’s, who is taking over from me.',
    'My main goal is to get `ferry-times` under our club’s PyPI organisation; the login itself is secondary.',
    'What would help most is removing the 2FA requirement from this account, which only a bot uses.',
    'Honestly, deleting `ferry-times` entirely would be fine by me; nobody installs it.',
    'Please transfer the account to my colleague Ana, I am leaving the club next week.',
  ])('the main ask is something else: %s', (said) => {
    expect(status(`${story}\n\n${said}`, 'scope.recovery')).toBe('fail');
  });

  it.each([
    'Years ago I asked to be removed as a maintainer of a friend’s project, and that went fine.',
    'I wanted to reserve a name for my thesis code, which is why I opened the account.',
    'I would like you to reset the 2FA rather than me burning the codes one by one.',
    'I do not need the old tablet back; the insurer already replaced it.',
    'My cousin could not go to the lost property office in my place.',
    'Please transfer the account to me; the volunteer who set it up has left the club.',
  ])('still a recovery: %s', (said) => {
    expect(status(`${story}\n\n${said}`, 'scope.recovery')).toBe('pass');
  });
});
