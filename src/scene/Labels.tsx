import { Html } from '@react-three/drei'
import { useThree } from '@react-three/fiber'
import { useMemo } from 'react'
import { bbox, centroid } from '../domain/geometry/measure.ts'
import { zonePalette } from '../domain/theme/zonePalette.ts'
import type { Lang } from '../domain/i18n/text.ts'
import { translate } from '../domain/i18n/messages.ts'
import type { SceneIndex } from '../domain/scene/sceneIndex.ts'
import type { Booth } from '../domain/scene/schema.ts'
import { LEVEL_GLYPH, LEVELS } from '../domain/live/levels.ts'
import type { ZoneViews } from '../domain/live/views.ts'
import { POI_COLORS, POI_SYMBOL } from './colors.ts'
import { DEFAULT_BOOTH_HEIGHT } from './Booths.tsx'
import { labelFont, lineWidth, type LabelFont } from './labelMetrics.ts'
import { useLabelChoice, type LabelSpot } from './useLabelBudget.ts'

/** A building's or a stacked level's name: placed before all others, clicked to go there. */
export interface PlaceLabel {
  id: string
  kind: 'building' | 'level'
  text: string
  position: [number, number, number]
  /** Its size, metres (the largest on screen are placed first). */
  size: number
  /** The one in view: marked, and not clicked. */
  current: boolean
  onPick?: () => void
}

/** Label budgets per kind: a default-sized venue has room for every label; a huge one only the nearest. */
const PLACE_LABELS = { max: 16, minPx: 0 }
const ZONE_LABELS = { max: 24, minPx: 36 }
const BOOTH_LABELS = { max: 60, minPx: 24 }
/**
 * Close enough that the fascia board's name reads (its type is 0.42–0.9 m: 30 px per metre makes
 * even the smallest ≥ 12 px), a booth's label shows its number only.
 */
const NAMED_BOOTH_LABELS = { ...BOOTH_LABELS, ownNameFromPxPerMetre: 30 }
const POINT_LABELS = { max: 40, minPx: 8 }
/** Points have no footprint: size them like a small stand. */
const POINT_SIZE = 10
/**
 * Label type, rem, as styles.css sets it: .zone-label 0.85rem semibold (.is-compact 0.7rem),
 * .booth-label 0.8rem bold (at least 12 CSS px, so an exhibitor's name reads at the zone view),
 * .zone-live and .zone-occupancy 0.7rem.
 */
const ZONE_EM = 0.85
const COMPACT_EM = 0.7
const SMALL_EM = 0.7
const BOOTH_EM = 0.8
/** A name wraps onto a second line past this width (.booth-label.is-name max-width), rem. */
const BOOTH_NAME_MAX_EM = 8
/** .booth-label: line height 1.2, padding 0.05rem 0.3rem. */
const BOOTH_LINE_EM = BOOTH_EM * 1.2
const BOOTH_PAD_EM = 0.3
/** A canvas narrower than this (an embed, a phone) gets compact zone labels. */
const COMPACT_BELOW_PX = 480

/**
 * Text in the 3D view as HTML overlays: the browser's own fonts render Chinese correctly with no
 * font download. Overlays never take pointer events (clicks belong to the canvas) and are hidden
 * from screen readers, which get the accessible list instead.
 */
export function Labels({
  index,
  lang,
  focusZoneId,
  zonesInSession,
  occupancy = {},
  places = NO_PLACES,
}: {
  index: SceneIndex
  lang: Lang
  focusZoneId: string | null
  zonesInSession: ReadonlySet<string>
  /** Live occupancy per zone: the level in words (not colour alone), e.g. "Busy 82%". */
  occupancy?: ZoneViews
  /** Buildings of the site, levels of the stacked view. */
  places?: readonly PlaceLabel[]
}) {
  const { zones, pois, kiosks } = index.scene.venue
  const compact = useThree((s) => s.size.width < COMPACT_BELOW_PX)
  const focusBooths = useMemo(() => (focusZoneId ? (index.boothsByZone.get(focusZoneId) ?? []) : []), [index, focusZoneId])
  // Each label's size on screen, measured from its text, so that chosen labels never cover
  // one another (useLabelChoice).
  const withOccupancy = Object.keys(occupancy).length > 0
  // Read again with the language: the page's font family follows it.
  const font = useMemo(() => labelFont(), [lang]) // eslint-disable-line react-hooks/exhaustive-deps
  const zoneSpots = useMemo(() => {
    const k = font.rem / 16
    // The occupancy line ("▲ Busy 100%") under the name: as wide as its longest wording.
    const occupancyW = withOccupancy ? lineWidth(`▲ ${longestLevelWord(lang, font)} 100%`, SMALL_EM, 600, font) + 30 * k : 0
    return zones.map((z): LabelSpot => {
      // Name, padding and border, and the "now" tag of a zone in session.
      const nowW = zonesInSession.has(z.id) ? lineWidth(translate(lang, 'session.now'), SMALL_EM, 600, font) + 20 * k : 0
      const width = (name: string): number => Math.max(lineWidth(name, compact ? COMPACT_EM : ZONE_EM, 600, font) + (compact ? 14 : 22) * k + nowW, occupancyW)
      return {
        ...spotOf(z.id, z.footprint, z.height + 1),
        w: width(z.name[lang]),
        ...(z.shortName ? { shortW: width(z.shortName[lang]) } : {}),
        h: ((withOccupancy ? 44 : 26) - (compact ? 6 : 0)) * k,
      }
    })
  }, [zones, lang, withOccupancy, zonesInSession, compact, font])
  const boothSpots = useMemo(
    () => focusBooths.map((b) => boothSpot(b, index.exhibitorsByBooth.get(b.id)?.[0]?.name[lang], font)),
    [focusBooths, index, lang, font],
  )
  const pointSpots = useMemo(
    () => [...pois, ...kiosks].map((p): LabelSpot => ({ id: p.id, x: p.position[0], y: 3.6, z: p.position[1], size: POINT_SIZE, w: 26, h: 26 })),
    [pois, kiosks],
  )
  const placeSpots = useMemo(
    () => places.map((p): LabelSpot => ({ id: p.id, x: p.position[0], y: p.position[1], z: p.position[2], size: p.size, w: lineWidth(p.text, ZONE_EM, 600, font) + 22 * (font.rem / 16), h: 26 * (font.rem / 16) })),
    [places, font],
  )
  // Places (buildings, stacked levels) first, then zones, service points and booths:
  // each gives way to those before it.
  const groups = useMemo(
    () => [
      { spots: placeSpots, ...PLACE_LABELS },
      { spots: zoneSpots, ...ZONE_LABELS },
      { spots: pointSpots, ...POINT_LABELS },
      // Booths with an exhibitor before free ones, so that names win over bare numbers.
      { spots: boothSpots.filter((s) => s.shortW !== undefined), ...NAMED_BOOTH_LABELS },
      { spots: boothSpots.filter((s) => s.shortW === undefined), ...BOOTH_LABELS },
    ],
    [placeSpots, zoneSpots, pointSpots, boothSpots],
  )
  const shown = useLabelChoice(groups, focusZoneId)
  const show = (id: string): boolean => shown.has(id)
  return (
    <group name="labels">
      {places.map((p) => {
        if (!show(p.id)) return null
        const pick = p.current ? undefined : p.onPick
        return (
          // Clicked with the pointer only: keyboard users have the building picker and the level buttons.
          <Html key={p.id} position={p.position} center zIndexRange={[30, 21]} style={{ pointerEvents: pick ? 'auto' : 'none' }}>
            <div className={`place-label is-${p.kind}${p.current ? ' is-current' : ''}${pick ? ' is-pickable' : ''}`} aria-hidden="true" data-place={p.id} onClick={pick}>
              {p.text}
            </div>
          </Html>
        )
      })}
      {zones.map((z) => {
        const form = shown.get(z.id)
        if (!form) return null
        const [x, zz] = centroid(z.footprint)
        const name = form === 'short' && z.shortName ? z.shortName[lang] : z.name[lang]
        return (
          <Html key={z.id} position={[x, z.height + 1, zz]} center zIndexRange={[20, 10]} style={{ pointerEvents: 'none' }}>
            <div className={`zone-label${z.id === focusZoneId ? ' is-focus' : ''}${compact ? ' is-compact' : ''}`} aria-hidden="true" style={{ borderColor: zonePalette(z.color).theme }} data-zone={z.id} data-form={form}>
              {name}
              {zonesInSession.has(z.id) && <span className="zone-live">{translate(lang, 'session.now')}</span>}
              <OccupancyTag view={occupancy[z.id]} lang={lang} />
            </div>
          </Html>
        )
      })}
      {focusBooths.map((b) => {
        const form = shown.get(b.id)
        if (!form) return null
        const box = index.boothBox.get(b.id)!
        // The exhibitor's name where it fits, else the booth's number.
        const name = form === 'full' ? index.exhibitorsByBooth.get(b.id)?.[0]?.name[lang] : undefined
        return (
          <Html
            key={b.id}
            position={[(box.minX + box.maxX) / 2, (b.height ?? DEFAULT_BOOTH_HEIGHT) + 0.3, (box.minZ + box.maxZ) / 2]}
            center
            zIndexRange={[9, 0]}
            style={{ pointerEvents: 'none' }}
          >
            <div className={`booth-label${name ? ' is-name' : ''}`} aria-hidden="true" data-booth={b.id}>
              {name ?? b.label}
            </div>
          </Html>
        )
      })}
      {pois.filter((p) => show(p.id)).map((p) => (
        <Html key={p.id} position={[p.position[0], 3.6, p.position[1]]} center zIndexRange={[9, 0]} style={{ pointerEvents: 'none' }}>
          <div className="poi-label" aria-hidden="true" title={p.name[lang]} style={{ background: POI_COLORS[p.kind] }}>
            {POI_SYMBOL[p.kind]}
          </div>
        </Html>
      ))}
      {kiosks.filter((k) => show(k.id)).map((k) => (
        <Html key={k.id} position={[k.position[0], 3.6, k.position[1]]} center zIndexRange={[9, 0]} style={{ pointerEvents: 'none' }}>
          <div className="poi-label poi-kiosk" aria-hidden="true" title={`${translate(lang, 'kiosk.label')}: ${k.name[lang]}`}>
            {POI_SYMBOL.kiosk}
          </div>
        </Html>
      ))}
    </group>
  )
}

const NO_PLACES: readonly PlaceLabel[] = []

function longestLevelWord(lang: Lang, font: LabelFont): string {
  const w = (t: string): number => lineWidth(t, SMALL_EM, 600, font)
  return LEVELS.map((l) => translate(lang, `live.level.${l}`)).reduce((a, b) => (w(b) > w(a) ? b : a))
}

function OccupancyTag({ view, lang }: { view: ZoneViews[string] | undefined; lang: Lang }) {
  if (!view) return null
  if (view.stale)
    return (
      <span className="zone-occupancy" data-level="stale">
        {translate(lang, 'live.level.stale')}
      </span>
    )
  return (
    <span className="zone-occupancy" data-level={view.level} style={{ borderColor: view.color }}>
      <span aria-hidden="true">{LEVEL_GLYPH[view.level]}</span> {translate(lang, `live.level.${view.level}`)} {view.percent}%
    </span>
  )
}

/**
 * A booth's label: its exhibitor's name (wrapped onto two lines when long), or where that does not
 * fit, or the booth is free, its number.
 */
function boothSpot(b: Booth, name: string | undefined, font: LabelFont): LabelSpot {
  const spot = spotOf(b.id, b.footprint, (b.height ?? DEFAULT_BOOTH_HEIGHT) + 0.3)
  const pad = 2 * BOOTH_PAD_EM * font.rem
  const line = BOOTH_LINE_EM * font.rem + 0.1 * font.rem
  const numberW = lineWidth(b.label, BOOTH_EM, 700, font) + pad
  if (!name) return { ...spot, w: numberW, h: line }
  const nameW = lineWidth(name, BOOTH_EM, 700, font)
  // max-width holds the padding (border-box); a pixel spare for rounding, or the browser wraps.
  const maxW = BOOTH_NAME_MAX_EM * font.rem
  return nameW + pad + 1 <= maxW
    ? { ...spot, w: nameW + pad + 1, h: line, shortW: numberW, shortH: line }
    : { ...spot, w: maxW, h: line * 2 - 0.1 * font.rem, shortW: numberW, shortH: line }
}

function spotOf(id: string, footprint: readonly (readonly [number, number])[], y: number): Omit<LabelSpot, 'w' | 'h'> {
  const [x, z] = centroid(footprint)
  const b = bbox(footprint)
  return { id, x, y, z, size: Math.hypot(b.maxX - b.minX, b.maxZ - b.minZ) }
}
