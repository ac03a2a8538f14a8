/**
 * One table per feature, English and Chinese side by side; the type makes a missing Chinese
 * string a compile error, so both languages stay complete.
 */
export interface MessageTable<E extends Record<string, string>> {
  en: E
  zh: { [K in keyof E]: string }
}

export function defineMessages<const E extends Record<string, string>>(table: MessageTable<E>): MessageTable<E> {
  return table
}
