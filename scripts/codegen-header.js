// graphql-codegen hook: the client preset ignores extra plugins, so this stamps the
// "generated, do not edit" header on the files it writes. Idempotent.
const fs = require('node:fs');
const HEADER = '// GENERATED FILE, DO NOT EDIT. Regenerate with `npm run codegen` (config: codegen.ts).\n';
// Only code files: the persisted documents manifest is JSON, which has no comments.
for (const file of process.argv.slice(2).filter((f) => /\.tsx?$/.test(f))) {
  const text = fs.readFileSync(file, 'utf8');
  if (!text.startsWith(HEADER)) fs.writeFileSync(file, HEADER + text);
}
