import { createHash } from 'node:crypto';
import { execFileSync } from 'node:child_process';
import { cpSync, existsSync, mkdirSync, mkdtempSync, readdirSync, realpathSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';

/** Debian's Firefox ESR, unless the environment names another. */
export const FIREFOX = process.env.FIREFOX_PATH ?? '/usr/bin/firefox-esr';

let templateDir: string | undefined;
/** Where the profile template is: worked out once per run (asking Firefox its version starts a process). */
function profileTemplate(): string {
  templateDir ??= templatePath();
  return templateDir;
}

/**
 * A profile Firefox has started once, copied for each launch: a new profile costs Firefox a few seconds of
 * first-run work. Kept in the temp folder, keyed by the Firefox version and the language packs installed
 * beside it (a profile started before a pack was installed does not see it).
 */
function templatePath(): string {
  const version = execFileSync(FIREFOX, ['--version'], { encoding: 'utf8' }).trim().replace(/\W+/g, '-');
  const packsDir = path.join(path.dirname(realpathSync(FIREFOX)), 'browser/extensions');
  const packs = existsSync(packsDir) ? readdirSync(packsDir).sort().join(',') : '';
  const key = createHash('sha256').update(packs).digest('hex').slice(0, 8);
  return path.join(tmpdir(), `pra-firefox-profile-${version}-${key}`);
}

/** A fresh profile folder for one launch, started from the template when there is one. */
export function newProfile(): string {
  const profile = mkdtempSync(path.join(tmpdir(), 'pra-firefox-'));
  if (existsSync(profileTemplate())) cpSync(profileTemplate(), profile, { recursive: true });
  return profile;
}

/** After the first launch: its profile becomes the template for the next ones. */
export function keepAsTemplate(profile: string): void {
  const template = profileTemplate();
  if (existsSync(template)) return;
  mkdirSync(template, { recursive: true });
  // Not its prefs: a launch's own settings (its UI language) must not carry over to the next.
  cpSync(profile, template, { recursive: true, filter: (src) => !/lock$|prefs\.js$|user\.js$/i.test(src) });
}
