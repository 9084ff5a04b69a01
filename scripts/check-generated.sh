#!/usr/bin/env bash
# CI check: the committed generated files must be exactly what the generators produce from the
# committed inputs (the pinned stripe package, schema/preview, schema/sources, codegen.ts).
# Regenerates both, then fails listing every file that changed or appeared.
set -euo pipefail
cd "$(dirname "$0")/.."

npm run --silent generate
npm run --silent codegen

changed="$(git status --porcelain --untracked-files=all -- schema/generated examples/client/gql)"
if [ -n "$changed" ]; then
  echo "check-generated: generated files are out of date with their inputs:" >&2
  echo "$changed" >&2
  echo "Run \`npm run generate && npm run codegen\` and commit the result." >&2
  exit 1
fi
echo "check-generated: schema/generated and examples/client/gql are up to date."
