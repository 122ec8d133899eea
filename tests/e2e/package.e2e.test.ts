import { execFileSync } from 'node:child_process';
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { EXTENSION_DIR, ROOT } from './harness';

/**
 * The packages as a store would receive them: the Firefox build linted by Mozilla's own linter (the one
 * AMO runs), and both manifests held to least privilege. `npm run test:e2e` builds both first.
 */

const FIREFOX_DIR = path.join(ROOT, '.output/firefox-mv2');
const bin = (name: string) => path.join(ROOT, 'node_modules/.bin', name);
const version = (JSON.parse(readFileSync(path.join(ROOT, 'package.json'), 'utf8')) as { version: string }).version;
const ICON_SIZES = [16, 32, 48, 96, 128];

interface Manifest {
  version: string;
  permissions?: string[];
  host_permissions?: string[];
  optional_host_permissions?: string[];
  optional_permissions?: string[];
  content_security_policy?: string | { extension_pages?: string };
  icons?: Record<string, string>;
}
const manifestOf = (dir: string) => JSON.parse(readFileSync(path.join(dir, 'manifest.json'), 'utf8')) as Manifest;

/** Width and height from a PNG's IHDR chunk. */
function pngSize(file: string): [number, number] {
  const bytes = readFileSync(file);
  expect(bytes.subarray(1, 4).toString('latin1')).toBe('PNG');
  return [bytes.readUInt32BE(16), bytes.readUInt32BE(20)];
}

/** Every JavaScript file of a build, as one string: to look for API calls and remote code. */
function allScripts(dir: string): string {
  const out: string[] = [];
  const walk = (d: string) => {
    for (const entry of readdirSync(d, { withFileTypes: true })) {
      const p = path.join(d, entry.name);
      if (entry.isDirectory()) walk(p);
      else if (/\.(js|html)$/.test(entry.name)) out.push(readFileSync(p, 'utf8'));
    }
  };
  walk(dir);
  return out.join('\n');
}

function expectStoreReady(dir: string, m: Manifest): void {
  expect(m.version).toBe(version);
  expect(Object.keys(m.icons ?? {}).map(Number)).toEqual(ICON_SIZES);
  for (const size of ICON_SIZES) expect(pngSize(path.join(dir, m.icons![String(size)]!))).toEqual([size, size]);
  // No script from anywhere but the package itself: no <script src="http…">, no import("http…").
  const code = allScripts(dir);
  expect(code).not.toMatch(/<script[^>]+src=["']?https?:/i);
  expect(code).not.toMatch(/import\(\s*["']https?:/);
}

describe('the Chrome (MV3) package', () => {
  it('asks only for what it uses, and allows only its own scripts on its pages', () => {
    expect(existsSync(path.join(EXTENSION_DIR, 'manifest.json'))).toBe(true);
    const m = manifestOf(EXTENSION_DIR);
    expectStoreReady(EXTENSION_DIR, m);
    expect(m.permissions).toEqual(['storage', 'sidePanel', 'scripting']);
    expect(m.host_permissions).toEqual(['https://github.com/*']);
    expect(m.optional_host_permissions).toEqual(['https://pypi.org/*']);
    expect(m.content_security_policy).toEqual({ extension_pages: "script-src 'self'; object-src 'self'" });
    // Each permission is used by the built code (a permission nothing calls would be a needless warning).
    const code = allScripts(EXTENSION_DIR);
    // Every stored value is a `session:` item (lib/protocol/storage.ts): storage.session, never local or sync.
    expect(code).toMatch(/`session:\$\{/);
    expect(code).not.toMatch(/[`'"](?:local|sync):/);
    expect(code).toMatch(/sidePanel/);
    expect(code).toMatch(/scripting\.executeScript/);
    expect(code).toMatch(/permissions\.contains/);
  });
});

describe('the Firefox package', () => {
  it('has the same version, icons and strict policy, and no sidePanel/scripting it cannot use', () => {
    const m = manifestOf(FIREFOX_DIR);
    expectStoreReady(FIREFOX_DIR, m);
    expect(m.permissions).toEqual(['storage', 'https://github.com/*']);
    expect(m.optional_permissions).toEqual(['https://pypi.org/*']);
    expect(m.content_security_policy).toBe("script-src 'self'; object-src 'self'");
  });

  it('has an add-on id of its own (a GUID, no borrowed domain) and the oldest Firefox it runs on', () => {
    const gecko = (manifestOf(FIREFOX_DIR) as { browser_specific_settings?: { gecko?: Record<string, unknown> } })
      .browser_specific_settings?.gecko;
    expect(gecko?.id).toMatch(/^\{[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}\}$/);
    expect(gecko?.strict_min_version).toBe('140.0');
  });

  it('passes web-ext lint with no errors', () => {
    let out: string;
    try {
      out = execFileSync(bin('web-ext'), ['lint', '--source-dir', FIREFOX_DIR, '--output', 'json', '--no-input'], {
        cwd: ROOT,
        stdio: 'pipe',
        encoding: 'utf8',
      });
    } catch (error) {
      // web-ext exits non-zero when there are errors; the JSON report is still on stdout.
      out = String((error as { stdout?: string }).stdout ?? '');
    }
    const report = JSON.parse(out) as {
      summary: { errors: number; warnings: number; notices: number };
      errors: { code: string; message: string; file?: string }[];
      warnings: { code: string; file?: string }[];
    };
    const warnings = report.warnings.map((w) => `${w.code} (${w.file ?? 'manifest'})`);
    console.log(
      `web-ext lint: ${report.summary.errors} errors, ${report.summary.warnings} warnings, ${report.summary.notices} notices` +
        (warnings.length ? ` — ${warnings.join('; ')}` : ''),
    );
    expect(report.errors.map((e) => `${e.code}: ${e.message}`)).toEqual([]);
  }, 90_000);
});
