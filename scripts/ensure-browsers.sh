#!/usr/bin/env bash
# The browser tests drive Debian's Chromium (/usr/bin/chromium, or $CHROMIUM_PATH) and Firefox ESR
# (/usr/bin/firefox-esr, or $FIREFOX_PATH); `npm start` drives Chromium.
# Installs what is missing when run as root (CI, containers); otherwise says how, and fails so the tests do not run blind.
# Usage: ensure-browsers.sh [chromium] [firefox]   (both when none is named)
set -euo pipefail
CHROMIUM="${CHROMIUM_PATH:-/usr/bin/chromium}"
FIREFOX="${FIREFOX_PATH:-/usr/bin/firefox-esr}"
wanted=("$@")
[ ${#wanted[@]} -eq 0 ] && wanted=(chromium firefox)

# The panel is tested in each of its languages, so each browser needs its language packs too (Debian's
# Chromium ships English only; Firefox ESR takes one small package per language).
FIREFOX_LANGS=(de es-es fr ja pt-br ru zh-cn)
missing=()
for b in "${wanted[@]}"; do
  case "$b" in
    chromium)
      [ -x "$CHROMIUM" ] || missing+=(chromium)
      [ -n "${CHROMIUM_PATH:-}" ] || [ -e /usr/lib/chromium/locales/de.pak ] || missing+=(chromium-l10n)
      ;;
    firefox)
      [ -x "$FIREFOX" ] || missing+=(firefox-esr)
      if [ -z "${FIREFOX_PATH:-}" ]; then
        for l in "${FIREFOX_LANGS[@]}"; do
          ls /usr/lib/firefox-esr/browser/extensions/langpack-*@firefox-esr.mozilla.org.xpi 2>/dev/null |
            grep -qi "langpack-$l@" || missing+=("firefox-esr-l10n-$l")
        done
      fi
      ;;
    *) echo "unknown browser: $b" >&2; exit 2 ;;
  esac
done
[ ${#missing[@]} -eq 0 ] && exit 0

if [ "$(id -u)" = "0" ] && command -v apt-get >/dev/null 2>&1; then
  echo "Installing Debian's ${missing[*]} for the browser tests (about a minute each)…"
  apt-get update -qq
  DEBIAN_FRONTEND=noninteractive apt-get install -y -qq "${missing[@]}" >/dev/null
  [ -x "$CHROMIUM" ] || [[ ! " ${missing[*]} " =~ " chromium " ]] || { echo "chromium did not install" >&2; exit 1; }
  [ -x "$FIREFOX" ] || [[ ! " ${missing[*]} " =~ " firefox-esr " ]] || { echo "firefox-esr did not install" >&2; exit 1; }
  exit 0
fi
echo "Needed for the browser tests: ${missing[*]}. Install with 'sudo apt-get install -y ${missing[*]}' (Debian/Ubuntu), or set CHROMIUM_PATH / FIREFOX_PATH." >&2
exit 1
