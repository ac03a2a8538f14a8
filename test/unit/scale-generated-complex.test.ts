/**
 * `generate:scene -- --halls H --levels L`: a complex of several buildings with levels that
 * validates under the app's rules, spreads its booths over every floor, and that routing crosses
 * (by escalator, or by lift when avoiding steps). The one-hall output stays as it was.
 */
import { describe, expect, it } from 'vitest'
import { route } from '../../src/domain/routing/route.ts'
import { parseScene, type RawSceneFiles } from '../../src/domain/scene/parseScene.ts'
import { buildSceneIndex } from '../../src/domain/scene/sceneIndex.ts'
import type { Scene } from '../../src/domain/scene/schema.ts'
import { generateScene, type GeneratedScene } from '../../scripts/generate-scene/generate.ts'

function parsed(g: GeneratedScene): Scene {
  // Through JSON, as the files on disk would be.
  const raw = JSON.parse(JSON.stringify({ 'venue.json': g.venue, 'exhibitors.json': g.exhibitors, 'sessions.json': g.sessions })) as RawSceneFiles
  const r = parseScene(raw)
  if (!r.ok) throw new Error(`invalid: ${JSON.stringify(r.issues.slice(0, 5))}`)
  return r.scene
}

describe('a generated complex of buildings and levels', () => {
  const HALLS = 3
  const LEVELS = 2
  const BOOTHS = 900
  const scene = parsed(generateScene({ booths: BOOTHS, halls: HALLS, levels: LEVELS }))
  const venue = scene.venue

  it('validates, with every building on its own levels and the booths spread over every floor', () => {
    expect(venue.id).toBe(`expo-${BOOTHS}-${HALLS}x${LEVELS}`)
    expect(venue.buildings).toHaveLength(HALLS)
    expect(venue.levels).toHaveLength(HALLS * LEVELS)
    for (const b of venue.buildings) expect(venue.levels.filter((l) => l.buildingId === b.id).map((l) => l.ordinal)).toEqual([0, 1])
    const perLevel = venue.levels.map((l) => venue.booths.filter((b) => b.levelId === l.id).length)
    expect(perLevel.reduce((a, b) => a + b)).toBe(BOOTHS)
    expect(Math.max(...perLevel) - Math.min(...perLevel)).toBeLessThanOrEqual(1)
    // One exhibitor per booth, wherever it stands; labels unique across the whole complex.
    expect(scene.exhibitors).toHaveLength(BOOTHS)
    expect(new Set(venue.booths.map((b) => b.label)).size).toBe(BOOTHS)
    // Doors to the outside on the ground levels only, each building its own.
    const entranceLevels = new Set(venue.pois.filter((p) => p.kind === 'entrance').map((p) => p.levelId))
    expect([...entranceLevels].sort()).toEqual(venue.levels.filter((l) => l.ordinal === 0).map((l) => l.id).sort())
    // Every floor has a kiosk.
    for (const l of venue.levels) expect(venue.kiosks.some((k) => k.levelId === l.id), l.id).toBe(true)
  })

  it('joins the levels of each building by escalators up and down, stairs and a lift', () => {
    for (const b of venue.buildings) {
      const mine = venue.connectors.filter((c) => c.stops.every((s) => venue.levels.find((l) => l.id === s.levelId)!.buildingId === b.id))
      expect(mine.map((c) => `${c.kind}${c.direction ? `-${c.direction}` : ''}`).sort()).toEqual(['escalator-down', 'escalator-up', 'lift', 'stairs'])
    }
    expect(venue.connectors).toHaveLength(HALLS * 4)
  })

  it('routes from a kiosk in the first building to a booth upstairs in the last: escalator, or lift without steps', () => {
    const index = buildSceneIndex(scene)
    const first = venue.levels.find((l) => l.buildingId === venue.buildings[0]!.id && l.ordinal === 0)!
    const upstairs = venue.levels.find((l) => l.buildingId === venue.buildings.at(-1)!.id && l.ordinal === 1)!
    const kiosk = venue.kiosks.find((k) => k.levelId === first.id)!
    const booth = venue.booths.findLast((b) => b.levelId === upstairs.id)!
    const connectorKinds = (accessible: boolean) => {
      const r = route(index, kiosk.id, booth.id, { accessible })
      expect(r, `route (accessible: ${accessible})`).not.toBeNull()
      expect(r!.legs.at(-1)!.levelId).toBe(upstairs.id)
      return r!.steps.flatMap((s) => (s.connector ? [s.connector.kind] : []))
    }
    expect(connectorKinds(false)).toEqual(['escalator'])
    expect(connectorKinds(true)).toEqual(['lift'])
  })

  it('leaves the one-hall scene as it was', () => {
    expect(JSON.stringify(generateScene({ booths: 600, halls: 1, levels: 1 }))).toBe(JSON.stringify(generateScene({ booths: 600 })))
    expect(generateScene({ booths: 600 }).venue.levels).toHaveLength(1)
  })

  it('refuses fewer booths than floors', () => {
    expect(() => generateScene({ booths: 5, halls: 3, levels: 2 })).toThrow(/6 floors need at least as many booths/)
  })
})
