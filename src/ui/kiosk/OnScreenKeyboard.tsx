import type { MouseEvent } from 'react'
import { useT } from '../../state/selectors.ts'

const ROWS = ['1234567890', 'QWERTYUIOP', 'ASDFGHJKL', 'ZXCVBNM'] as const
const MAX_LENGTH = 60

/**
 * Typing without a physical keyboard: Latin letters, digits for booth numbers, space,
 * delete and clear, in keys large enough for a finger. It edits `value` through `onChange`,
 * so it types into whatever search field owns that value. `candidates` (in Chinese: the words
 * the pinyin typed so far spells) show in a row above the keys, as an input method offers
 * them; a tap puts the candidate in the field.
 */
export function OnScreenKeyboard({
  value,
  onChange,
  controls,
  candidates = [],
}: {
  value: string
  onChange: (next: string) => void
  controls?: string
  candidates?: readonly string[]
}) {
  const t = useT()
  const type = (ch: string): void => {
    if (value.length < MAX_LENGTH) onChange(value + ch)
  }
  // Keys never take the focus: the field keeps its caret and screen-reader context.
  const keepFocus = (e: MouseEvent): void => e.preventDefault()
  return (
    <div className="osk" role="group" aria-label={t('kiosk.kbd.label')} data-testid="on-screen-keyboard">
      {candidates.length > 0 && (
        <div className="osk-row osk-candidates" role="group" aria-label={t('kiosk.kbd.candidates')} data-testid="osk-candidates">
          {candidates.map((c) => (
            <button key={c} type="button" className="osk-key osk-candidate" lang="zh" aria-controls={controls} onMouseDown={keepFocus} onClick={() => onChange(c)}>
              {c}
            </button>
          ))}
        </div>
      )}
      {ROWS.map((row) => (
        <div className="osk-row" key={row}>
          {[...row].map((ch) => (
            <button key={ch} type="button" className="osk-key" aria-controls={controls} onMouseDown={keepFocus} onClick={() => type(ch)}>
              {ch}
            </button>
          ))}
        </div>
      ))}
      <div className="osk-row">
        <button type="button" className="osk-key osk-wide" aria-controls={controls} onMouseDown={keepFocus} onClick={() => onChange('')} disabled={!value}>
          {t('kiosk.kbd.clear')}
        </button>
        <button type="button" className="osk-key osk-space" aria-controls={controls} onMouseDown={keepFocus} onClick={() => type(' ')}>
          {t('kiosk.kbd.space')}
        </button>
        <button
          type="button"
          className="osk-key osk-wide"
          aria-controls={controls}
          aria-label={t('kiosk.kbd.backspace')}
          onMouseDown={keepFocus}
          onClick={() => onChange(value.slice(0, -1))}
          disabled={!value}
        >
          <span aria-hidden="true">⌫</span>
        </button>
      </div>
    </div>
  )
}
