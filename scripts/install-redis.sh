#!/usr/bin/env bash
# Installs Debian's redis-server for the event bus tests (test/helpers/redis.ts starts a private
# one per test file on a free loopback port). Idempotent: does nothing when it is already there.
set -euo pipefail

if command -v redis-server >/dev/null 2>&1; then
  exit 0
fi
if [ "$(id -u)" -ne 0 ]; then
  echo "install-redis: run as root (apt-get install redis-server) or install redis-server yourself" >&2
  exit 1
fi
export DEBIAN_FRONTEND=noninteractive
apt-get update -qq
apt-get install -y -qq redis-server >/dev/null
redis-server --version
