/**
 * What an id looks like, without zod: the URL parser in the entry chunk needs this rule, and
 * importing it from schema.ts would pull the whole schema library into the first download.
 */
export const KEBAB_CASE = /^[a-z0-9]+(?:-[a-z0-9]+)*$/
