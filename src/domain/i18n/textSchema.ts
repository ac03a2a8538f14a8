import { z } from 'zod'
import type { LocalizedText } from './text.ts'

/** Every visible text in a scene is bilingual; both halves must say something. */
export const LocalizedTextSchema = z.object({
  en: z.string().trim().min(1, { message: 'text needs a non-empty "en"' }),
  zh: z.string().trim().min(1, { message: 'text needs a non-empty "zh"' }),
}) satisfies z.ZodType<LocalizedText>
