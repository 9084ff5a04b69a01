#!/usr/bin/env bash
# Installs the Debian packages the tests drive, when missing: Chromium for the playground's
# browser tests (driven with playwright-core; Playwright's own browser download is not used, only
# Debian's packages are reachable) and redis-server for the tests of several replicas
# (test/helpers/redis.ts starts a private one per test file on a free loopback port).
# Idempotent: installs nothing when both are there, and updates the package lists at most once.
set -euo pipefail

missing=()
[ -x /usr/bin/chromium ] || missing+=(chromium)
command -v redis-server >/dev/null 2>&1 || missing+=(redis-server)
if [ "${#missing[@]}" -eq 0 ]; then
  exit 0
fi
if [ "$(id -u)" -ne 0 ]; then
  echo "install-test-services: run as root (apt-get install ${missing[*]}) or install them yourself" >&2
  exit 1
fi
export DEBIAN_FRONTEND=noninteractive
apt-get update -qq
apt-get install -y -qq "${missing[@]}" >/dev/null
/usr/bin/chromium --version
redis-server --version
