#!/usr/bin/env bash
# `npm run lint`: ESLint (typescript-eslint's strict type-checked rules and the import-cycle check,
# eslint.config.mjs), Prettier's check (.prettierrc.json) and knip (unused files, exports and
# dependencies, knip.jsonc); each also runs alone as `npm run lint:eslint|lint:format|lint:unused`.
# The three run side by side (ESLint takes one core; Prettier and knip share the other) and each
# runs to the end, so one run shows everything; their outputs are printed in turn, and the exit
# status is non-zero when any failed.
set -uo pipefail
cd "$(dirname "$0")/.."
out="$(mktemp -d)"
trap 'rm -rf "$out"' EXIT
checks=(eslint format unused)
start=$SECONDS
for check in "${checks[@]}"; do
  (
    begun=$SECONDS
    npm run --silent "lint:$check" > "$out/$check.log" 2>&1
    status=$?
    echo "$status $((SECONDS - begun))" > "$out/$check.status"
  ) &
done
wait
failed=()
for check in "${checks[@]}"; do
  read -r status took < "$out/$check.status"
  echo "lint:$check (${took} s)"
  cat "$out/$check.log"
  [ "$status" -eq 0 ] || failed+=("$check")
done
echo "lint: $((SECONDS - start)) s in all"
if [ ${#failed[@]} -gt 0 ]; then
  echo "lint: failed: ${failed[*]}" >&2
  exit 1
fi
echo "lint: eslint, prettier and knip are clean"
