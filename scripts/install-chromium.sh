#!/usr/bin/env bash
# Installs Debian's Chromium for the playground's browser test (test/playground/browser.test.ts),
# which drives it with playwright-core. Idempotent: does nothing when it is already there.
# Playwright's own browser download is not used: only Debian's packages are reachable.
set -euo pipefail

if [ -x /usr/bin/chromium ]; then
  exit 0
fi
if [ "$(id -u)" -ne 0 ]; then
  echo "install-chromium: run as root (apt-get install chromium) or install Chromium yourself" >&2
  exit 1
fi
export DEBIAN_FRONTEND=noninteractive
apt-get update -qq
apt-get install -y -qq chromium >/dev/null
/usr/bin/chromium --version
