#!/usr/bin/env bash
# `npm run lint`: ESLint (typescript-eslint's strict type-checked rules and the import-cycle check,
# eslint.config.mjs), Prettier's check (.prettierrc.json) and knip (unused files, exports and
# dependencies, knip.jsonc); each also runs alone as `npm run lint:eslint|lint:format|lint:unused`.
# Every check runs even when an earlier one fails, so one run shows everything; the exit status is
# non-zero when any failed.
set -uo pipefail
cd "$(dirname "$0")/.."
failed=()
run() {
  local name=$1; shift
  local start=$SECONDS
  echo "lint: $name"
  "$@" || failed+=("$name")
  echo "lint: $name took $((SECONDS - start)) s"
}
run eslint npm run --silent lint:eslint
run prettier npm run --silent lint:format
run knip npm run --silent lint:unused
if [ ${#failed[@]} -gt 0 ]; then
  echo "lint: failed: ${failed[*]}" >&2
  exit 1
fi
echo "lint: eslint, prettier and knip are clean"
