import { useEffect, useId, useRef, useState, type FormEvent } from 'react'
import { resolvePlace } from '../../domain/routing/targets.ts'
import { WALKING_SPEED_MPS } from '../../domain/routing/route.ts'
import type { SceneIndex } from '../../domain/scene/sceneIndex.ts'
import type { Lang } from '../../domain/i18n/text.ts'
import { useT } from '../../state/selectors.ts'
import { useVenueStore } from '../../state/store.ts'
import { DeepLinkQr } from '../kiosk/DeepLinkQr.tsx'

/** Up to this many booths the start list offers them all; beyond, a booth-number field. */
const MAX_LISTED_BOOTHS = 1500

interface Option {
  id: string
  label: string
}

function startOptions(index: SceneIndex, lang: Lang, kioskId: string | null, hereLabel: string) {
  const v = index.scene.venue
  const entrances: Option[] = v.pois.filter((p) => p.kind === 'entrance').map((p) => ({ id: p.id, label: p.name[lang] }))
  const kiosks: Option[] = v.kiosks.map((k) => ({ id: k.id, label: k.id === kioskId ? `${k.name[lang]} (${hereLabel})` : k.name[lang] }))
  const services: Option[] = v.pois.filter((p) => p.kind !== 'entrance').map((p) => ({ id: p.id, label: p.name[lang] }))
  const booths: Option[] =
    v.booths.length <= MAX_LISTED_BOOTHS
      ? [...v.booths]
          .sort((a, b) => a.label.localeCompare(b.label, 'en', { numeric: true }))
          .map((b) => {
            const ex = index.exhibitorsByBooth.get(b.id)?.[0]
            return { id: b.id, label: ex ? `${b.label} · ${ex.name[lang]}` : b.label }
          })
      : []
  return { entrances, kiosks, services, booths }
}

/**
 * The directions panel: where from (an entrance, a kiosk, a service point or a booth), the
 * step-free option, length and walking time, the steps in order, and Clear route.
 */
export function DirectionsPanel() {
  const t = useT()
  const ids = useId()
  const lang = useVenueStore((s) => s.lang)
  const index = useVenueStore((s) => s.index)
  const mode = useVenueStore((s) => s.mode)
  const kioskId = useVenueStore((s) => (s.mode === 'kiosk' ? s.kioskId : null))
  const from = useVenueStore((s) => s.routeFrom)
  const to = useVenueStore((s) => s.routeTo)
  const accessible = useVenueStore((s) => s.routeAccessible)
  const route = useVenueStore((s) => s.route)
  const error = useVenueStore((s) => s.routeError)
  const setRoute = useVenueStore((s) => s.setRoute)
  const setAccessible = useVenueStore((s) => s.setRouteAccessible)
  const clearRoute = useVenueStore((s) => s.clearRoute)
  const setLevel = useVenueStore((s) => s.setLevel)
  const headingRef = useRef<HTMLHeadingElement>(null)
  const [boothText, setBoothText] = useState('')
  const [boothMiss, setBoothMiss] = useState<string | null>(null)

  // A destination the visitor just asked for: move focus (and the panel's scroll) to the directions.
  useEffect(() => {
    if (to && useVenueStore.getState().routeSource === 'user') headingRef.current?.focus()
  }, [to])

  if (!index || !to || !from) return null
  const toPlace = resolvePlace(index, to)
  const fromPlace = resolvePlace(index, from)
  const opts = startOptions(index, lang, kioskId, t('route.youAreHere'))
  const listed = [opts.entrances, opts.kiosks, opts.services, opts.booths].some((g) => g.some((o) => o.id === from))

  const onBooth = (e: FormEvent): void => {
    e.preventDefault()
    const label = boothText.trim().toLowerCase()
    if (!label) return
    const booth = index.scene.venue.booths.find((b) => b.label.toLowerCase() === label)
    if (!booth) {
      setBoothMiss(boothText.trim())
      return
    }
    setBoothMiss(null)
    setRoute(booth.id, to, { source: 'user' })
  }

  return (
    <section className="directions" aria-labelledby={`${ids}-title`} data-testid="directions">
      <h2 className="panel-title directions-title" id={`${ids}-title`} tabIndex={-1} ref={headingRef}>
        {t('route.directionsTo', { place: toPlace?.name[lang] ?? to })}
      </h2>
      <div className="directions-field">
        <label htmlFor={`${ids}-from`}>{t('route.from')}</label>
        <select id={`${ids}-from`} value={from} onChange={(e) => setRoute(e.target.value, to, { source: 'user' })} data-testid="route-from">
          {!listed && <option value={from}>{fromPlace?.name[lang] ?? from}</option>}
          <Group label={t('route.entrances')} options={opts.entrances} />
          <Group label={t('route.kiosks')} options={opts.kiosks} />
          <Group label={t('route.services')} options={opts.services} />
          <Group label={t('route.booths')} options={opts.booths} />
        </select>
      </div>
      {opts.booths.length === 0 && (
        <form className="directions-field" onSubmit={onBooth}>
          <label htmlFor={`${ids}-booth`}>{t('route.boothNumber')}</label>
          <input
            id={`${ids}-booth`}
            value={boothText}
            onChange={(e) => setBoothText(e.target.value)}
            placeholder={t('route.boothNumberHint', { example: index.scene.venue.booths[0]?.label ?? 'A1' })}
            autoComplete="off"
            maxLength={12}
          />
          {boothMiss && (
            <p className="directions-error" role="alert">
              {t('route.boothUnknown', { label: boothMiss })}
            </p>
          )}
        </form>
      )}
      <label className="directions-check">
        <input type="checkbox" checked={accessible} onChange={(e) => setAccessible(e.target.checked)} data-testid="route-accessible" />
        {t('route.avoidSteps')}
      </label>
      {route ? (
        <>
          <p className="directions-summary" data-testid="route-summary">
            {t('route.summary', { length: route.lengthM, minutes: route.minutes })}
          </p>
          <p className="directions-pace muted">{t('route.pace', { pace: WALKING_SPEED_MPS })}</p>
          <h3 className="directions-steps-title">{t('route.stepsHeading')}</h3>
          <ol className="directions-steps" data-testid="route-steps">
            {route.steps.map((s, i) => (
              <li key={i} data-kind={s.kind} data-level={s.levelId}>
                {route.legs.length > 1 ? (
                  // On a route over several levels each step shows its level (a connector step, the one it goes to).
                  <button type="button" className="route-step" onClick={() => setLevel(s.connector?.toLevelId ?? s.levelId ?? '', 'user')}>
                    {s.text[lang]}
                  </button>
                ) : (
                  s.text[lang]
                )}
              </li>
            ))}
          </ol>
        </>
      ) : (
        <p className="directions-error" role="status">
          {t(error === 'no-step-free-route' ? 'route.noStepFree' : 'route.noRoute')}
        </p>
      )}
      <div className="directions-actions">
        <button type="button" className="directions-clear" onClick={() => clearRoute('user')}>
          {t('route.clear')}
        </button>
      </div>
      {mode === 'kiosk' && route && <DeepLinkQr target={{ kind: 'route', from, to }} />}
    </section>
  )
}

function Group({ label, options }: { label: string; options: Option[] }) {
  if (!options.length) return null
  return (
    <optgroup label={label}>
      {options.map((o) => (
        <option key={o.id} value={o.id}>
          {o.label}
        </option>
      ))}
    </optgroup>
  )
}
