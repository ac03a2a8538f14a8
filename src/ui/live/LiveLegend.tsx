import { LEVEL_FROM, LEVEL_GLYPH, LEVELS, STALE_COLOR, levelColor, textOn } from '../../domain/live/levels.ts'
import { useT } from '../../state/selectors.ts'

/**
 * What the zone colours mean. Each level shows its colour, its bar glyph and its word with the
 * range, so the key works without colour vision; grey marks data too old to trust.
 */
export function LiveLegend({ simulated }: { simulated: boolean }) {
  const t = useT()
  return (
    <section className="live-legend" aria-labelledby="live-legend-title">
      <h2 id="live-legend-title" className="live-legend-title">
        {t('live.legend.title')}
        {simulated && <span className="badge">{t('live.legend.simulated')}</span>}
      </h2>
      <ul className="live-legend-levels">
        {LEVELS.map((level, i) => {
          const from = Math.round(LEVEL_FROM[level] * 100)
          const next = LEVELS[i + 1]
          const range = next ? `${from}–${Math.round(LEVEL_FROM[next] * 100)}%` : `≥ ${from}%`
          const bg = levelColor(level)
          return (
            <li key={level} data-level={level}>
              <span className="live-swatch" style={{ background: bg, color: textOn(bg) }} aria-hidden="true">
                {LEVEL_GLYPH[level]}
              </span>
              <span>
                {t(`live.level.${level}`)} <span className="muted">{range}</span>
              </span>
            </li>
          )
        })}
        <li data-level="stale">
          <span className="live-swatch" style={{ background: STALE_COLOR, color: textOn(STALE_COLOR) }} aria-hidden="true">
            ?
          </span>
          <span>{t('live.legend.stale')}</span>
        </li>
      </ul>
      <p className="live-legend-hint muted">{t('live.legend.hint')}</p>
    </section>
  )
}
