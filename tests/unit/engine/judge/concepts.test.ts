import { describe, expect, it } from 'vitest';
import { conceptsIn } from '../../../../lib/engine/judge/concepts';
import { CONCEPT_NAMES, CONCEPTS } from '../../../../lib/engine/judge/lexicon';
import { MOST_LITERALS, expand } from '../../../../lib/engine/judge/lexicon-pattern';

const literals = (pattern: string) =>
  expand(pattern).map((parts) => parts.map((p) => p.text + (p.stem ? '*' : '')).join(' '));

describe("the lexicon's little pattern language", () => {
  it('expands optional letters, alternatives, character classes and stems into literal words', () => {
    expect(literals('keys?')).toEqual(['key', 'keys']);
    expect(literals('two[- ]?step')).toEqual(['twostep', 'two-step', 'two step']);
    expect(literals('(?:lost|left) (?:my )?phone')).toEqual([
      'lost phone',
      'lost my phone',
      'left phone',
      'left my phone',
    ]);
    expect(literals('verif\\p{L}*')).toEqual(['verif*']);
  });

  it('keeps every entry of the lexicon whole: none stands for so many phrases that its tail is cut', () => {
    const cut = CONCEPT_NAMES.flatMap((c) =>
      (CONCEPTS[c] as readonly string[]).filter((pattern) => expand(pattern).length >= MOST_LITERALS),
    );
    expect(cut).toEqual([]);
  });

  it('reads the last alternatives of a long entry as well as the first', () => {
    expect(conceptsIn('the phone slid into the fjord')).toContain('event');
    expect(conceptsIn('the technician said there was nothing left on it')).toContain('attempt');
  });
});

describe('reading the concepts of a clause', () => {
  const has = (text: string, ...concepts: string[]) =>
    expect([...conceptsIn(text)]).toEqual(expect.arrayContaining(concepts));
  const lacks = (text: string, concept: string) => expect([...conceptsIn(text)]).not.toContain(concept);

  it('reads a password manager as a vault, not as the password', () => {
    has('the seed lived in my password manager', 'vault');
    lacks('the seed lived in my password manager', 'password');
    has('i still know the password', 'password');
  });

  it('reads a postal or network address as no mailbox', () => {
    lacks('the tool checks shipping addresses for typos', 'email');
    lacks('i moved and my home address changed', 'email');
    has('the address on my pypi account is dead', 'email');
  });

  it('reads "past" as a time only where it is one', () => {
    has('over the past two weeks', 'relative');
    has('this worked in the past', 'relative');
    lacks('i cannot get past the two-factor step', 'relative');
  });

  it('reads "since" before the writer as a reason, and elsewhere as a time', () => {
    lacks('since i no longer have that phone, i cannot sign in', 'relative');
    lacks("since we've lost the key the account is closed to us", 'relative');
    has('ever since i moved abroad the codes fail', 'relative');
    has('since the update the app is empty', 'relative');
  });

  it('hears no theft in steps the writer has taken, and still hears one in a thing taken', () => {
    lacks('steps taken so far', 'event');
    lacks('i have already taken every step the help page lists', 'event');
    has('my backpack was taken from the train', 'event');
    has('someone has taken the laptop with the key in it', 'event');
  });

  it('hears the ask, not an event, in "help me remove" and in the mail a reset sends', () => {
    lacks('i hope you can help me remove the second factor', 'event');
    lacks('the reset mail lands in the mailbox i lost', 'event');
    has('the phone was reset by the shop', 'event');
  });

  it('hears an attempt in what was done, not in the things named beside it', () => {
    for (const done of [
      'i looked for the sheet in every drawer',
      'i phoned the provider',
      'we contacted their help desk',
      'i synced the clock',
      'i installed the app on the new phone',
      'i have been through my old notebooks',
      'tried: two browsers and a password reset',
      'went through both old phones and a drawer of notebooks',
    ])
      has(done, 'attempt');
    for (const named of [
      'i never saved the recovery codes',
      'the form made me tick the checkbox',
      'i have been looking after these packages since 2015',
      'went through a divorce this year and moved flat',
      'the address is our contact mailbox',
      'there was no cloud sync',
      'this request is about my own account',
    ])
      lacks(named, 'attempt');
  });

  it("reads another thing's password, and a password reset, as no word about the account's password", () => {
    lacks("authy's backup password was never set", 'password');
    lacks('the password reset link goes to the dead domain', 'password');
    has('i still know the password', 'password');
  });

  it('reads "have" before a past participle as a tense, not as something held', () => {
    lacks('i have lost the password and the mailbox', 'retain');
    lacks('the key has been stolen', 'retain');
    has('i have the password', 'retain');
  });

  it('hears no attempt in what was done to something ("it cannot be restored")', () => {
    lacks('the provider says the mailbox cannot be restored', 'attempt');
    has('i restored the phone from its backup', 'attempt');
  });

  it('hears no attempt in a deed still to come, a courtesy, or a screen skipped', () => {
    lacks("once i'm back in i will set up a second key", 'attempt');
    lacks("i'll look through the garage at the weekend", 'attempt');
    lacks('many thanks for looking into this', 'attempt');
    lacks('i clicked past the page that offered them', 'attempt');
    lacks('so that this never happens again', 'attempt');
    has('i looked through the garage twice', 'attempt');
    has('i tried the old laptop again', 'attempt');
  });

  it('hears an attempt told by someone else or by its failure, and none in a noun "check"', () => {
    has('our former admin kindly went through her old backups', 'attempt');
    has('it is not detected anywhere i have plugged it in', 'attempt');
    has("the app's own recovery failed twice", 'attempt');
    lacks('it fell out of my bag at the airport security check', 'attempt');
  });

  it('reads "was still" as then, not now, and "plus" as "and", not a negation', () => {
    lacks('the account was still registered with the old address', 'still');
    has('the account is still registered with my address', 'still');
    lacks('the project is `tidecalc` (plus `tidecalc-cli`)', 'negation');
  });

  it('hears a check on another device in "verified", not the state of an address', () => {
    has('i verified on my work laptop and it is not there either', 'attempt');
    lacks('the verified address is still mine', 'attempt');
    lacks('mail to my verified address still arrives', 'attempt');
  });

  it('reads a day and month in figures as a date, and a version number as none', () => {
    has('the phone died on 14.03.2026', 'date');
    has('on 3/5 the key snapped', 'date');
    lacks('the last upload was 2.0.0', 'date');
    lacks('version 1.4.2 went out in spring', 'date');
  });

  it('reads times joined by a hyphen or written the ISO way', () => {
    has('the battery died in mid-july', 'month');
    has('it broke in late-2025', 'date');
    has('2026-08: we moved offices', 'date');
    has('on 2026-08-14 it was stolen', 'date');
    lacks('we asked at the lost-and-found desk', 'restate');
  });

  it('tells a person going through their things from a key that went through the wash', () => {
    lacks('the yubikey went through a hot wash', 'attempt');
    has('the yubikey went through a hot wash', 'event');
    has('we confirmed it by going through the handover folder', 'attempt');
    has('i have since gone through every backup i own', 'attempt');
  });

  it('finds what was kept, with "still", in plain English and in other languages', () => {
    has('both are still under my control', 'still', 'retain');
    has('the password still works', 'password', 'still', 'retain');
    has('eu ainda tenho a senha', 'still', 'retain', 'password');
  });

  it('hears a key that went through the wash, or storage an update cleared, as something that happened', () => {
    has('the yubikey went through the washing machine', 'event');
    has('the firmware update cleared the tpm', 'event');
    has('i sent the phone back for repair', 'event');
    // Clearing cookies is something tried, not what happened.
    expect(conceptsIn('i tried clearing cookies').has('event')).toBe(false);
  });

  it('hears a burglary, and things taken in it, as events', () => {
    has('the flat was burgled while we were away', 'event');
    has('my laptop bag was taken from the car', 'event');
  });

  it('tells an event from restating the loss', () => {
    has('the phone slipped into the canal and died', 'phone', 'event');
    has('i misplaced the key', 'restate');
    lacks('i misplaced the key', 'event');
  });

  it('reads "password reset" as something tried, not something that happened', () => {
    lacks('i went through the password reset twice', 'event');
    has('after a factory reset the app was empty', 'event');
  });

  it('reads dates however they are written', () => {
    for (const when of ['on 2026-09-14', 'around 14/09', 'the 3rd', 'in kw 12', 'in 2024']) has(when, 'date');
    for (const when of ['on 17 june', 'sept. 9', 'the 2nd of may', 'by november 30th']) has(when, 'date');
    // "may" before a number is as often the verb.
    expect(conceptsIn('you may 2 times try').has('date')).toBe(false);
    has('just before christmas', 'season');
    has('shortly after pycon', 'occasion');
  });

  it('finds negation in contractions and in other languages', () => {
    has("i don't have it", 'negation');
    has('ich habe es nicht mehr', 'negation');
    has('我没有恢复码', 'negation');
  });
});
