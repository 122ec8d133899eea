import { defineConfig } from 'wxt';
import preact from '@preact/preset-vite';

export default defineConfig({
  modules: ['@wxt-dev/webextension-polyfill'],
  // `wxt dev` must not try to launch a browser: headless machines have no display.
  webExt: { disabled: true },
  vite: () => ({ plugins: [preact()] }),
  manifest: ({ browser }) => ({
    name: '__MSG_extName__',
    description: '__MSG_extDescription__',
    default_locale: 'en',
    permissions: ['storage', 'tabs', ...(browser === 'firefox' ? [] : ['sidePanel'])],
    host_permissions: ['https://github.com/*'],
    optional_host_permissions: ['https://pypi.org/*'],
    // WXT only emits `action` when there is a popup; the badge needs it.
    action: { default_title: '__MSG_extName__' },
    ...(browser === 'firefox' && {
      // MV2 has no optional_host_permissions (WXT drops the key): the pypi.org look-up's origin goes here.
      optional_permissions: ['https://pypi.org/*'],
      browser_specific_settings: {
        gecko: {
          id: 'pypi-recovery-assistant@example.org',
          data_collection_permissions: { required: ['none'] },
        },
      },
    }),
  }),
});
