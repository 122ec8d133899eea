#!/usr/bin/env bash
# The browser tests and `npm start` drive Debian's Chromium (/usr/bin/chromium, or $CHROMIUM_PATH).
# Installs it when run as root (CI, containers); otherwise says how, and fails so the tests do not run blind.
set -euo pipefail
CHROMIUM="${CHROMIUM_PATH:-/usr/bin/chromium}"
if [ -x "$CHROMIUM" ]; then
  exit 0
fi
if [ "$(id -u)" = "0" ] && command -v apt-get >/dev/null 2>&1; then
  echo "Chromium not found at $CHROMIUM; installing the Debian package (about a minute)…"
  apt-get update -qq
  DEBIAN_FRONTEND=noninteractive apt-get install -y -qq chromium >/dev/null
  [ -x "$CHROMIUM" ] && exit 0
fi
echo "Chromium is needed at $CHROMIUM: install it with 'sudo apt-get install -y chromium' (Debian/Ubuntu), or set CHROMIUM_PATH to a Chromium binary." >&2
exit 1
