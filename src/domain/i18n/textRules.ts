/**
 * Rules for text a venue author writes and visitors read (names, labels, titles, summaries):
 * scene files come from spreadsheets and other people's systems, and a name made of a
 * zero-width space, a right-to-left override that flips the rest of a line, or a control
 * character that breaks a calendar file must be stopped at the door, with a clear reason.
 */

/** Kinds of text and their caps, in characters (code points). */
export const TEXT_CAPS = { name: 200, short: 40, label: 12, long: 2000 } as const
export type TextKind = keyof typeof TEXT_CAPS

export interface TextProblem {
  rule: 'text-no-control' | 'text-no-bidi-override' | 'text-visible' | 'text-length'
  message: string
}

/** Explicit embeddings, overrides and isolates: they reorder the text around them. */
const BIDI_CONTROL = /[\u202A-\u202E\u2066-\u2069]/u
/** C0 and C1 controls; long texts may break lines and indent (newline, carriage return, tab). */
const CONTROL = /\p{Cc}/u
const CONTROL_BUT_LINE_BREAKS = /(?![\n\r\t])\p{Cc}/u
/** Something that draws ink: a letter, digit, punctuation or symbol (not spaces or marks alone). */
const VISIBLE = /[\p{L}\p{N}\p{P}\p{S}]/u
/**
 * Characters that draw nothing (Unicode's default-ignorables: zero-width space and joiners, word
 * joiner, bidi marks, soft hyphen, variation selectors, byte-order mark, Hangul fillers…).
 * Removed before text is compared, so "A01" followed by a zero-width space is "A01".
 */
const INVISIBLE = /\p{Default_Ignorable_Code_Point}/gu

/** What is wrong with `text` as a text of this kind, or null. */
export function textProblem(text: string, kind: TextKind): TextProblem | null {
  const control = kind === 'long' ? CONTROL_BUT_LINE_BREAKS : CONTROL
  const c = control.exec(text)
  if (c) return { rule: 'text-no-control', message: `text contains the control character U+${hex(c[0])}${kind === 'long' ? ' (only line breaks and tabs are allowed)' : ''}` }
  const b = BIDI_CONTROL.exec(text)
  if (b) return { rule: 'text-no-bidi-override', message: `text contains the bidirectional override U+${hex(b[0])}, which reorders what follows it` }
  if (!VISIBLE.test(text)) return { rule: 'text-visible', message: 'text needs at least one visible character (not only spaces or invisible characters)' }
  const cap = TEXT_CAPS[kind]
  const length = codePoints(text)
  if (length > cap) return { rule: 'text-length', message: `text is ${length} characters long; at most ${cap}` }
  return null
}

/** The form two texts are compared in: NFC, invisible characters removed, outer spaces trimmed. */
export function comparableText(text: string): string {
  return text.normalize('NFC').replace(INVISIBLE, '').trim()
}

function hex(ch: string): string {
  return ch.codePointAt(0)!.toString(16).toUpperCase().padStart(4, '0')
}

function codePoints(text: string): number {
  let n = 0
  for (const _ of text) n++
  return n
}
