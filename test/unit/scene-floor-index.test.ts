import { describe, expect, it } from 'vitest'
import { floorIndex, floorKeys, floorVenue } from '../../src/domain/scene/floors.ts'
import { parseScene, type RawSceneFiles } from '../../src/domain/scene/parseScene.ts'
import { buildSceneIndex, kindOfId, placePoint } from '../../src/domain/scene/sceneIndex.ts'
import { generateScene } from '../../scripts/generate-scene/generate.ts'

function complex() {
  const files = generateScene({ booths: 600, halls: 3, levels: 3 })
  const parsed = parseScene(JSON.parse(JSON.stringify({ 'venue.json': files.venue, 'exhibitors.json': files.exhibitors, 'sessions.json': files.sessions })) as RawSceneFiles)
  if (!parsed.ok) throw new Error(JSON.stringify(parsed.issues.slice(0, 2)))
  return buildSceneIndex(parsed.scene)
}

describe('a floor’s index', () => {
  it('answers every lookup of its own things as a full index of that floor would', () => {
    const site = complex()
    const keys = floorKeys(site.scene.venue)
    expect(keys.length).toBeGreaterThan(1)
    for (const levelId of keys) {
      const floor = floorIndex(site, levelId)
      const full = buildSceneIndex({ ...site.scene, venue: floorVenue(site.scene.venue, levelId) })
      const { zones, booths, pois, kiosks } = full.scene.venue
      expect(floor.scene.venue.booths.map((b) => b.id)).toEqual(booths.map((b) => b.id))
      for (const b of booths) {
        expect(floor.boothIndex.get(b.id)).toBe(full.boothIndex.get(b.id))
        expect(floor.boothBox.get(b.id)).toEqual(full.boothBox.get(b.id))
        expect(floor.exhibitorsByBooth.get(b.id) ?? []).toEqual(full.exhibitorsByBooth.get(b.id) ?? [])
      }
      for (const z of zones) {
        expect(floor.boothsByZone.get(z.id) ?? []).toEqual(full.boothsByZone.get(z.id) ?? [])
        expect(floor.exhibitorsByZone.get(z.id) ?? []).toEqual(full.exhibitorsByZone.get(z.id) ?? [])
        expect(floor.sessionsByZone.get(z.id) ?? []).toEqual(full.sessionsByZone.get(z.id) ?? [])
      }
      for (const id of [...zones, ...booths, ...pois, ...kiosks].map((x) => x.id)) {
        expect(kindOfId(floor, id)).toBe(kindOfId(full, id))
        expect(placePoint(floor, id)).toEqual(placePoint(full, id))
      }
      // Things of other floors are not the floor's.
      const elsewhere = site.scene.venue.booths.find((b) => !full.boothById.has(b.id))!
      expect(floor.boothById.has(elsewhere.id)).toBe(false)
    }
  })

  it('shares the site’s exhibitor maps instead of copying them per floor', () => {
    const site = complex()
    for (const levelId of floorKeys(site.scene.venue)) {
      const floor = floorIndex(site, levelId)
      expect(floor.exhibitorById).toBe(site.exhibitorById)
      expect(floor.exhibitorsByBooth).toBe(site.exhibitorsByBooth)
      expect(floor).toBe(floorIndex(site, levelId))
    }
  })
})
