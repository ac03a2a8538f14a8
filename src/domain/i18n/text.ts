export const LANGS = ['en', 'zh'] as const
export type Lang = (typeof LANGS)[number]

export function isLang(value: unknown): value is Lang {
  return value === 'en' || value === 'zh'
}

/** Every visible text in a scene is bilingual (checked by LocalizedTextSchema in textSchema.ts). */
export interface LocalizedText {
  en: string
  zh: string
}

export function pick(text: LocalizedText, lang: Lang): string {
  return text[lang]
}
