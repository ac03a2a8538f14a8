/**
 * Label sizes on screen, CSS px, for the label budget (useLabelBudget): measured in the page's
 * own font where a 2D canvas is at hand, so that a label chosen to fit really fits; estimated
 * where none is (Han a full em, other characters ~0.6 em).
 */
export interface LabelFont {
  /** One rem, CSS px: a kiosk's root font is larger, and every label with it. */
  rem: number
  family: string
}

let measurer: CanvasRenderingContext2D | null | undefined

/** The page's font as labels inherit it now (the family changes with the page's language). */
export function labelFont(): LabelFont {
  if (typeof document === 'undefined') return { rem: 16, family: 'sans-serif' }
  const root = getComputedStyle(document.documentElement)
  const rem = parseFloat(root.fontSize)
  return { rem: Number.isFinite(rem) && rem > 0 ? rem : 16, family: root.fontFamily || 'sans-serif' }
}

/** One line of text's width, CSS px, at `em` rem and the given weight. */
export function lineWidth(text: string, em: number, weight: number, font: LabelFont): number {
  const px = em * font.rem
  if (measurer === undefined) measurer = typeof document === 'undefined' ? null : document.createElement('canvas').getContext('2d')
  if (measurer) {
    measurer.font = `${weight} ${px}px ${font.family}`
    return measurer.measureText(text).width
  }
  return estimatedWidth(text, px)
}

/** A line of bold text's width, CSS px, near enough: Han characters a full em, others ~0.6 em. */
export function estimatedWidth(text: string, px: number): number {
  let em = 0
  for (const ch of text) em += /[\u2e80-\u9fff\uac00-\ud7af\uff00-\uffef]/.test(ch) ? 1 : 0.6
  return em * px
}
