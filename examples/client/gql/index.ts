// GENERATED FILE, DO NOT EDIT. Regenerate with `npm run codegen` (config: codegen.ts).
/* eslint-disable */
export * from "./gql";