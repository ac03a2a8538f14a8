import { describe, expect, it } from 'vitest'
import {
  directoryBoothIds,
  facetCounts,
  facetTotals,
  facetValues,
  filterExhibitors,
  sortExhibitors,
} from '../../src/domain/directory/directory.ts'
import { NO_FILTERS, type DirectoryFilters } from '../../src/domain/directory/filters.ts'
import { parseScene } from '../../src/domain/scene/parseScene.ts'
import { buildSceneIndex } from '../../src/domain/scene/sceneIndex.ts'
import { loadDefaultScene } from '../e2e/sceneData.ts'
import { smallScene, toRaw } from '../fixtures/smallScene.ts'

const scene = loadDefaultScene()
const zonesOf = (boothIds: string[]) => new Set(boothIds.map((b) => scene.boothById.get(b)!.zoneId))

describe('directory filters', () => {
  it('filters by zone, country and sector together', () => {
    const zone = 'future-industries'
    const filters: DirectoryFilters = { zone, country: 'DE', sector: null }
    const expected = scene.scene.exhibitors.filter((e) => e.country === 'DE' && zonesOf(e.boothIds).has(zone)).map((e) => e.id)
    expect(filterExhibitors(scene, filters).map((e) => e.id)).toEqual(expected)
    expect(filterExhibitors(scene, NO_FILTERS)).toHaveLength(scene.scene.exhibitors.length)
  })

  it('counts each value over the other active filters, not its own', () => {
    const filters: DirectoryFilters = { zone: 'future-industries', country: 'CN', sector: null }
    const counts = facetCounts(scene, filters)
    // Countries: counted within the zone, whatever country is chosen.
    const inZone = scene.scene.exhibitors.filter((e) => zonesOf(e.boothIds).has('future-industries'))
    for (const c of new Set(scene.scene.exhibitors.map((e) => e.country)))
      expect(counts.country.get(c) ?? 0, c).toBe(inZone.filter((e) => e.country === c).length)
    // Zones: counted among Chinese exhibitors.
    for (const z of scene.scene.venue.zones) {
      const n = scene.scene.exhibitors.filter((e) => e.country === 'CN' && zonesOf(e.boothIds).has(z.id)).length
      expect(counts.zone.get(z.id) ?? 0, z.id).toBe(n)
    }
    // Sectors: within the zone and the country.
    for (const s of scene.scene.sectors) {
      const n = inZone.filter((e) => e.country === 'CN' && e.sectors.includes(s.id)).length
      expect(counts.sector.get(s.id) ?? 0, s.id).toBe(n)
    }
    const totals = facetTotals(scene, filters)
    expect(totals.country).toBe(inZone.length)
    expect(totals.sector).toBe(filterExhibitors(scene, filters).length)
  })

  it('offers only values that occur, zones in venue order', () => {
    const zones = facetValues(scene, 'zone')
    expect(zones).toEqual(scene.scene.venue.zones.filter((z) => scene.exhibitorsByZone.has(z.id)).map((z) => z.id))
    expect(new Set(facetValues(scene, 'country'))).toEqual(new Set(scene.scene.exhibitors.map((e) => e.country)))
  })

  it('lights the booths of the listed exhibitors (within the chosen zone)', () => {
    const filters: DirectoryFilters = { zone: null, country: 'DE', sector: null }
    const expected = new Set(scene.scene.exhibitors.filter((e) => e.country === 'DE').flatMap((e) => e.boothIds))
    expect(new Set(directoryBoothIds(scene, filterExhibitors(scene, filters), filters))).toEqual(expected)
  })
})

describe('directory sort', () => {
  const s = smallScene()
  s.venue.booths.push({ id: 'booth-a10', zoneId: 'smart-city', levelId: 'level-1', label: 'A10', footprint: [[10, 10], [13, 10], [13, 13], [10, 13]] })
  s.venue.booths.push({ id: 'booth-a2', zoneId: 'smart-city', levelId: 'level-1', label: 'A2', footprint: [[14, 10], [17, 10], [17, 13], [14, 13]] })
  s.exhibitors.exhibitors.push(
    { id: 'zeta-labs', name: { en: 'Zeta Labs', zh: '阿尔法实验室' }, country: 'CN', sectors: [], boothIds: ['booth-a10'], summary: { en: 'x', zh: 'x' } },
    { id: 'alpha-works', name: { en: 'aardvark works', zh: '泽塔工坊' }, country: 'CN', sectors: [], boothIds: ['booth-a2'], summary: { en: 'x', zh: 'x' } },
  )
  const parsed = parseScene(toRaw(s))
  if (!parsed.ok) throw new Error(JSON.stringify(parsed.issues))
  const small = buildSceneIndex(parsed.scene)
  const all = small.scene.exhibitors

  it('sorts names per language, ignoring case (Chinese by pinyin)', () => {
    const en = sortExhibitors(small, all, 'name', 'en').map((e) => e.id)
    expect(en.indexOf('alpha-works')).toBe(0)
    expect(en.at(-1)).toBe('zeta-labs')
    const zh = sortExhibitors(small, all, 'name', 'zh').map((e) => e.name.zh)
    const collator = new Intl.Collator('zh-CN')
    expect(zh).toEqual([...zh].sort(collator.compare))
    // 阿 (ā) before 泽 (zé).
    expect(zh.indexOf('阿尔法实验室')).toBeLessThan(zh.indexOf('泽塔工坊'))
  })

  it('sorts booth labels as numbers: A2 before A10', () => {
    const byBooth = sortExhibitors(small, all, 'booth', 'en').map((e) => e.id)
    expect(byBooth.indexOf('alpha-works')).toBeLessThan(byBooth.indexOf('zeta-labs'))
    expect(byBooth[0]).toBe('acme-robotics') // A01
  })
})
