import { useT } from '../../state/selectors.ts'
import { useVenueStore } from '../../state/store.ts'
import { countryName, safeHttpUrl } from '../format.ts'
import { DeepLinkQr } from '../kiosk/DeepLinkQr.tsx'
import { QrCode } from '../kiosk/QrCode.tsx'
import { StarButton } from '../find/StarButton.tsx'
import { DirectionsButton } from '../route/DirectionsButton.tsx'
import { ExhibitorLogo } from './ExhibitorLogo.tsx'

/** The exhibitor card. Exhibitor text is data, rendered as text; only http(s) links are links. */
export function ExhibitorCard({ exhibitorId, headingLevel = 2 }: { exhibitorId: string; headingLevel?: 2 | 3 }) {
  const t = useT()
  const lang = useVenueStore((s) => s.lang)
  const index = useVenueStore((s) => s.index)
  const select = useVenueStore((s) => s.select)
  // A kiosk never leaves the app: the website travels on the visitor's phone instead.
  const kiosk = useVenueStore((s) => s.mode === 'kiosk')
  const ex = index?.exhibitorById.get(exhibitorId)
  if (!index || !ex) return null
  const url = safeHttpUrl(ex.website)
  const booths = ex.boothIds.map((id) => index.boothById.get(id)).filter((b) => b !== undefined)
  const zone = booths[0] ? index.zoneById.get(booths[0].zoneId) : undefined
  const Heading = headingLevel === 2 ? 'h2' : 'h3'
  return (
    <article className="details exhibitor-card" aria-labelledby={`ex-${ex.id}`}>
      {ex.logo && <ExhibitorLogo exhibitorId={ex.id} />}
      <Heading className="panel-title" id={`ex-${ex.id}`} tabIndex={-1}>
        {ex.name[lang]}
      </Heading>
      <DirectionsButton targetId={ex.id} />
      <StarButton kind="exhibitor" id={ex.id} name={ex.name[lang]} />
      <dl className="facts">
        <dt>{t('panel.country')}</dt>
        <dd>{countryName(ex.country, lang)}</dd>
        <dt>{t('panel.sectors')}</dt>
        <dd>{ex.sectors.map((s) => index.scene.sectors.find((x) => x.id === s)?.name[lang] ?? s).join(' · ')}</dd>
        <dt>{t('panel.location')}</dt>
        <dd>
          {booths.map((b) => (
            <button key={b.id} type="button" className="link-button" onClick={() => select({ kind: 'booth', id: b.id })}>
              {t('panel.booth', { label: b.label })}
            </button>
          ))}
          {zone && (
            <>
              {' · '}
              <button type="button" className="link-button" onClick={() => select({ kind: 'zone', id: zone.id })}>
                {zone.name[lang]}
              </button>
            </>
          )}
        </dd>
        {url && (
          <>
            <dt>{t('panel.website')}</dt>
            <dd>
              {kiosk ? (
                <QrCode value={url.href} label={t('kiosk.qr.website', { host: url.host })} size={160} testId="website-qr" />
              ) : (
                <a href={url.href} target="_blank" rel="noopener noreferrer nofollow" className="external-link">
                  {t('panel.websiteOpens', { host: url.host })}
                </a>
              )}
            </dd>
          </>
        )}
      </dl>
      <p className="summary">{ex.summary[lang]}</p>
      <DeepLinkQr target={{ kind: 'selection', selection: { kind: 'exhibitor', id: ex.id } }} />
    </article>
  )
}
