import { describe, expect, it } from 'vitest';
import { statusOf } from '../rules-helpers';

const REST =
  'I looked through my password manager and my old laptop for the recovery codes, without luck. I still know my password and read the mail sent to the account. I maintain `wicker-io` (github.com/wicker-lab/wicker-io).';

/**
 * A writer who says they cannot tell when or how the factor was lost has not told it, however much of their
 * year they tell around it: the move, the new job or the illness is the life around the loss.
 */
describe('how and when, beside a year told at length', () => {
  it.each([
    "It has been a hard year: we moved from Porto to Oslo last spring and I started a new job in June. The authenticator app with my PyPI entry is no longer on my phone, and I honestly can't say when it went.",
    'Our flat flooded in February and my father was in hospital for weeks after that. Quite apart from all that, my security key has gone missing; I have no idea when I last saw it.',
    'Lost: the phone with my authenticator. I really cannot tell you when or where. 2026 was a blur: a wedding, a house move, twins.',
    'My sister was married in Goa this spring and I spent a month there helping out. My Solo key is not on my keyring any more; when it slipped off, or where, I could not say.',
    "We changed countries over the summer and the kids started a new school. The authenticator entry for PyPI is gone, and I can't say why, or since when, as I rarely publish.",
    'Two house moves and a broken wrist made 2026 a long year. My YubiKey is not where I keep it, and I have no idea what became of it.',
    'My mother moved in with us over the winter and the spare room was cleared out. The PyPI entry is no longer in my authenticator, and I do not know what happened or when.',
    "I spent most of the autumn walking the Camino and then visiting cousins in Galicia. Back at my desk, the Solo key is nowhere. Whether it fell out of a pack somewhere or never left the house, I honestly don't know.",
    "After a long posting in Nairobi I came home in March. My security key is lost, and I can't pin it to any point of the posting.",
    "The renovation took all summer and half the house was in storage. My key is gone and I can't tell when; it may well have been missing before the builders came.",
  ])('fails a loss the writer cannot date, told beside their life: %s', (story) => {
    expect(statusOf('reason.circumstances', `${story} ${REST}`)).toBe('fail');
  });

  it.each([
    "My phone was stolen from my bag on a tram in Oslo last spring; I can't say exactly which day.",
    "We moved to Oslo in April and the box with my security key never arrived; I don't know how the movers lost it.",
    "I don't know what happened to the app exactly, but it was empty after my phone updated itself on the night of 3 May.",
  ])('passes a loss told with its cause, even beside a doubt: %s', (story) => {
    expect(statusOf('reason.circumstances', `${story} ${REST}`)).toBe('pass');
  });
});

describe('not knowing how to use something', () => {
  it('is no doubt about when the factor was lost', () => {
    const reason = `My phone was stolen on a tram on 2 May, with the authenticator on it. I have my recovery codes but I'm not sure how to enter them. ${REST}`;
    expect(statusOf('reason.circumstances', reason)).toBe('pass');
  });
});

/**
 * A life told beside the loss dates it only when the text ties the two together ("since the move", "somewhere in
 * all of that") or tells what was done with the lost thing.
 */
describe('a life told beside the loss, tied to it or not', () => {
  it.each([
    'I was off work with pneumonia for most of the winter. The authenticator app for PyPI is no longer on my phone.',
    'My grandmother died in October and I spent weeks in Krakow with my family. I do not have my security key any more.',
    'Some background: I am arranging a cousin’s christening in Cork this month, so I am stretched thin. I no longer have the authenticator app.',
    'My daughter was born three weeks ago, so forgive the short note. I have misplaced the Solo key registered on my PyPI account.',
  ])('fails a life that is never tied to the loss: %s', (story) => {
    expect(statusOf('reason.circumstances', `${story} ${REST}`)).toBe('fail');
  });

  it.each([
    'We moved from Bergen to Tromsø in March. Since the move the PyPI sign-in stops at the 2FA prompt and my authenticator shows no entry.',
    'We moved from Bergen to Tromsø in March. I packed my security key in one of the boxes, and it is not among the ones I have unpacked.',
    'I was in hospital from 2 to 20 February 2026. Somewhere in all of that the authenticator entry for PyPI went missing.',
  ])('passes a life the text ties to the loss: %s', (story) => {
    expect(statusOf('reason.circumstances', `${story} ${REST}`)).toBe('pass');
  });
});

/** What is still to come, or why the account is needed now, says nothing of how or when the factor went. */
describe('how and when, beside a date still to come or the reason for the hurry', () => {
  it.each([
    'I no longer have my authenticator app. I am on parental leave until October, so my replies may be slow.',
    'The authenticator with my PyPI entry is gone. Our move to Lisbon is in two weeks, so I would like this settled first.',
    'I no longer have my authenticator. I need to cut a release of `wicker-io` because a dependency broke it last week.',
    'We are in the middle of moving from Graz to Linz, and on top of that I have to sort out PyPI. The authenticator app is gone.',
    'I am getting married on Sunday and had hoped to tag a release before the honeymoon. My security key is lost.',
  ])('fails: %s', (story) => {
    expect(statusOf('reason.circumstances', `${story} ${REST}`)).toBe('fail');
  });

  it.each([
    'I have been on parental leave since May, and in the first week of it my phone with the authenticator was stolen.',
    'I need to cut a release because my phone with the authenticator was stolen on a tram on 3 May and users wait.',
  ])('passes a loss told beside the plan or the hurry: %s', (story) => {
    expect(statusOf('reason.circumstances', `${story} ${REST}`)).toBe('pass');
  });
});

/** The project's own history is told as proof of ownership: it dates the project, not the loss of the factor. */
describe("how and when, beside the project's history", () => {
  it.each([
    'I began `wicker-io` as a thesis tool in Leeds, long before it had users. My authenticator app is gone.',
    'Some background on the library, so you know it is mine: it started as a fork of an older parser when the format changed in 2019. I no longer have my security key.',
  ])('fails: %s', (story) => {
    expect(statusOf('reason.circumstances', `${story} ${REST}`)).toBe('fail');
  });

  it('passes a history that tells years away from the account', () => {
    const story =
      'I published `wicker-io` in 2019 and then did not sign in to PyPI for four years; the authenticator app went with my old phone.';
    expect(statusOf('reason.circumstances', `${story} ${REST}`)).toBe('pass');
  });
});
