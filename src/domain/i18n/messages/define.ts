/**
 * A language's half of a table, keyed like the English one: typing a Chinese table as
 * `Translation<typeof xxxEn>` makes a missing or unknown key a compile error, so both
 * languages stay complete while living in separate modules (and so separate chunks).
 */
export type Translation<E extends Record<string, string>> = { [K in keyof E]: string }

/**
 * A table needed in both languages at once, English and Chinese side by side (the type makes
 * a missing Chinese string a compile error). Only for strings that must be at hand in both
 * languages — see bilingual.ts; the rest is per language (en/, zh/).
 */
export interface MessageTable<E extends Record<string, string>> {
  en: E
  zh: Translation<E>
}

export function defineMessages<const E extends Record<string, string>>(table: MessageTable<E>): MessageTable<E> {
  return table
}
