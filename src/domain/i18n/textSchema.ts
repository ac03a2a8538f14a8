import { z } from 'zod'
import type { LocalizedText } from './text.ts'
import { textProblem, type TextKind } from './textRules.ts'

/**
 * One half of a bilingual text: trimmed, not empty, and within the text rules for its kind
 * (textRules.ts). A broken rule is a custom issue carrying the rule's name in `params.rule`,
 * which the scene report prints instead of zod's generic code.
 */
function textIn(kind: TextKind, lang: string) {
  return z
    .string()
    .trim()
    .min(1, { message: `text needs a non-empty "${lang}"` })
    .superRefine((value, ctx) => {
      if (value === '') return // already reported as empty
      const problem = textProblem(value, kind)
      if (problem) ctx.addIssue({ code: 'custom', message: problem.message, params: { rule: problem.rule } })
    })
}

function localized(kind: TextKind) {
  return z.object({ en: textIn(kind, 'en'), zh: textIn(kind, 'zh') }) satisfies z.ZodType<LocalizedText>
}

/** Every visible text in a scene is bilingual; both halves must say something. Names and titles. */
export const LocalizedTextSchema = localized('name')
/** What fits on a label or a lift button ("L2" / "2F"). */
export const ShortTextSchema = localized('short')
/** Summaries and highlights: may break lines. */
export const LongTextSchema = localized('long')

/** A single-language text of `kind` (a booth's printed label). */
export const textSchema = (kind: TextKind) => textIn(kind, 'text')
