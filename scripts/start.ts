/**
 * `npm start`: the README's quick start. Builds the extension, then opens the recovery form in Chromium
 * with the extension loaded when there is a display; otherwise says where the build is and how to load it.
 */
import { spawn, spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { FORM_URL } from '../lib/engine/form/definition';

const ROOT = fileURLToPath(new URL('..', import.meta.url));
const EXTENSION_DIR = path.join(ROOT, '.output/chrome-mv3');
const CHROMIUM = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';

const build = spawnSync('npx', ['wxt', 'build'], { cwd: ROOT, stdio: 'inherit' });
if (build.status !== 0) process.exit(build.status ?? 1);

const manual = [
  `The extension is built in ${EXTENSION_DIR}`,
  'To load it: open chrome://extensions, switch on "Developer mode", click "Load unpacked" and pick that folder',
  '(Firefox: npm run build:firefox, then about:debugging → "Load Temporary Add-on" → .output/firefox-mv2/manifest.json).',
  `Then open ${FORM_URL}`,
];

const hasDisplay = Boolean(process.env.DISPLAY || process.env.WAYLAND_DISPLAY);
if (!hasDisplay) {
  console.log(['No display here, so no browser is started.', ...manual].join('\n'));
  process.exit(0);
}
if (!existsSync(CHROMIUM)) {
  console.log(
    [`Chromium is not at ${CHROMIUM} (sudo apt-get install -y chromium, or set CHROMIUM_PATH).`, ...manual].join('\n'),
  );
  process.exit(1);
}

// A fresh profile, so the unpacked extension loads without touching the user's own browser profile.
const profile = mkdtempSync(path.join(tmpdir(), 'pypi-recovery-assistant-'));
console.log(`Starting Chromium with the extension (profile ${profile}); close the window to stop.`);
const browser = spawn(
  CHROMIUM,
  [
    `--user-data-dir=${profile}`,
    `--disable-extensions-except=${EXTENSION_DIR}`,
    `--load-extension=${EXTENSION_DIR}`,
    '--no-first-run',
    '--no-default-browser-check',
    // Chromium refuses to start as root without this (containers, some CI desktops).
    ...(process.getuid?.() === 0 ? ['--no-sandbox'] : []),
    FORM_URL,
  ],
  { stdio: 'inherit' },
);
browser.on('exit', (code) => process.exit(code ?? 0));
