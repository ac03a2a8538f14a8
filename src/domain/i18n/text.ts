import { z } from 'zod'

export const LANGS = ['en', 'zh'] as const
export type Lang = (typeof LANGS)[number]

export function isLang(value: unknown): value is Lang {
  return value === 'en' || value === 'zh'
}

/** Every visible text in a scene is bilingual; both halves must say something. */
export const LocalizedTextSchema = z.object({
  en: z.string().trim().min(1, { message: 'text needs a non-empty "en"' }),
  zh: z.string().trim().min(1, { message: 'text needs a non-empty "zh"' }),
})
export type LocalizedText = z.infer<typeof LocalizedTextSchema>

export function pick(text: LocalizedText, lang: Lang): string {
  return text[lang]
}
