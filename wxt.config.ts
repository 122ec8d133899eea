import { defineConfig } from 'wxt';
import preact from '@preact/preset-vite';
import { quietScriptStart } from './scripts/quiet-script-start';

export default defineConfig({
  // No auto-imports: every dependency is an import a reader (and the linter's boundaries) can see.
  imports: false,
  // `wxt dev` must not try to launch a browser: headless machines have no display.
  webExt: { disabled: true },
  // quietScriptStart: the content script announces its start without a window message (see the file).
  vite: () => ({ plugins: [preact(), quietScriptStart()] }),
  hooks: {
    // Mozilla's webextension-polyfill for the background and the panel, which answer messages with promises
    // and use the promise API throughout. Not for the content script: it runs on every pypi/support page, and
    // it needs only what both browsers have natively (sendMessage's promise, sendResponse, i18n.getMessage).
    'vite:build:extendConfig': (entrypoints, config) => {
      if (entrypoints.some((e) => e.type === 'content-script')) return;
      const alias = { 'wxt/browser': '@wxt-dev/webextension-polyfill/browser' };
      config.resolve = { ...config.resolve, alias: { ...(config.resolve?.alias as Record<string, string>), ...alias } };
    },
  },
  // AMO's sources zip: what a reviewer needs to rebuild, not the README's screenshots.
  zip: { excludeSources: ['docs/screenshots/**'] },
  manifest: ({ browser }) => ({
    name: '__MSG_extName__',
    description: '__MSG_extDescription__',
    default_locale: 'en',
    // Each one is justified in the README ("Privacy and permissions"). No `tabs`: the host permission already
    // shows github.com URLs, and no other site's URL is needed. `scripting` reconnects open form tabs after an
    // update (background/reconnect.ts); Firefox does that itself.
    permissions: ['storage', ...(browser === 'firefox' ? [] : ['sidePanel', 'scripting'])],
    host_permissions: ['https://github.com/*'],
    optional_host_permissions: ['https://pypi.org/*'],
    // Only the extension's own files may run on its pages (no remote code, no eval, no plugins); WXT writes
    // the MV2 string form for Firefox.
    content_security_policy: { extension_pages: "script-src 'self'; object-src 'self'" },
    // WXT only emits `action` when there is a popup; the badge needs it.
    // Icons: public/icon/<size>.png (drawn in assets/icon.svg, rasterised by `npm run icons`) become `icons`.
    action: { default_title: '__MSG_extName__', default_icon: { 16: 'icon/16.png', 32: 'icon/32.png' } },
    ...(browser === 'firefox' && {
      // MV2 has no optional_host_permissions (WXT drops the key): the pypi.org look-up's origin goes here.
      optional_permissions: ['https://pypi.org/*'],
      browser_specific_settings: {
        gecko: {
          // Ours for good: AMO ties every update to this id. A GUID, so it claims no domain we do not own.
          id: '{b116b6b8-587f-4bda-8ea2-08a15b7ddedc}',
          // The oldest Firefox with everything the extension uses: storage.session (115) and the
          // data_collection_permissions key AMO asks for (140, the current ESR).
          strict_min_version: '140.0',
          data_collection_permissions: { required: ['none'] },
        },
      },
    }),
  }),
});
