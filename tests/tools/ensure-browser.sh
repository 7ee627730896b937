#!/usr/bin/env bash
# The end-to-end tests drive Debian's Chromium (Playwright cannot download its
# own browser without internet). Install it when it is missing and we may.
set -euo pipefail
if [ -x /usr/bin/chromium ]; then exit 0; fi
if [ "$(id -u)" = "0" ]; then
  apt-get update -qq && apt-get install -y -qq chromium >/dev/null
elif command -v sudo >/dev/null; then
  sudo apt-get update -qq && sudo apt-get install -y -qq chromium >/dev/null
else
  echo "Chromium ontbreekt: installeer het pakket 'chromium' (apt-get install chromium)." >&2
  exit 1
fi
