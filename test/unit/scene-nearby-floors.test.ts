import { describe, expect, it } from 'vitest'
import { nearbyFloors } from '../../src/domain/scene/floors.ts'
import { parseScene, type RawSceneFiles } from '../../src/domain/scene/parseScene.ts'
import { generateScene } from '../../scripts/generate-scene/generate.ts'
import { levelsScene } from '../fixtures/levelsScene.ts'

function venueOf(files: { venue: unknown; exhibitors: unknown; sessions: unknown }) {
  const parsed = parseScene(JSON.parse(JSON.stringify({ 'venue.json': files.venue, 'exhibitors.json': files.exhibitors, 'sessions.json': files.sessions })) as RawSceneFiles)
  if (!parsed.ok) throw new Error(JSON.stringify(parsed.issues.slice(0, 2)))
  return parsed.scene.venue
}

describe('the floors built ahead of a switch', () => {
  it('one building: the other level', () => {
    const venue = venueOf(levelsScene())
    const [ground, upper] = [...venue.levels].sort((a, b) => a.ordinal - b.ordinal)
    expect(nearbyFloors(venue, ground!.id)).toEqual([upper!.id])
    expect(nearbyFloors(venue, upper!.id)).toEqual([ground!.id])
  })

  it('a complex: the building’s other levels nearest first, then the shared ground floor once', () => {
    const venue = venueOf(generateScene({ booths: 400, halls: 3, levels: 3 }))
    const b = venue.buildings[1]!.id
    const own = venue.levels.filter((l) => l.buildingId === b).sort((x, y) => x.ordinal - y.ordinal)
    const [g, l1, l2] = own as [(typeof own)[0], (typeof own)[0], (typeof own)[0]]
    // From the ground (one floor with the other buildings' ground levels): that building's levels upwards.
    expect(nearbyFloors(venue, g.id)).toEqual([l1.id, l2.id])
    const fromTop = nearbyFloors(venue, l2.id)
    expect(fromTop).toEqual([l1.id, g.id])
    // Never the floor already shown, never two levels of one floor.
    expect(nearbyFloors(venue, l1.id)).toHaveLength(2)
    expect(nearbyFloors(venue, l1.id)).not.toContain(l1.id)
  })
})
