import { describe, expect, it, vi } from 'vitest'
import { runSliced } from '../../src/data/timeSlice.ts'
import { parseScene } from '../../src/domain/scene/parseScene.ts'
import { buildSceneIndex, type SceneIndex } from '../../src/domain/scene/sceneIndex.ts'
import { normalize } from '../../src/domain/search/tokenize.ts'
import { buildSearchIndex, buildSearchIndexAsync, MAX_MATCHES, matchingBoothIds, search, type SearchIndex } from '../../src/domain/search/searchIndex.ts'
import type { SearchResults } from '../../src/domain/search/types.ts'
import { generateScene, rng } from '../../scripts/bench/syntheticExpo.ts'
import { loadDefaultScene } from '../e2e/sceneData.ts'
import { smallScene, toRaw, type SmallScene } from '../fixtures/smallScene.ts'

const scene = loadDefaultScene()
const idx = buildSearchIndex(scene)
const matchedIds = (r: SearchResults, kind: string): Set<string> => new Set(r.matches.filter((m) => m.kind === kind).map((m) => m.id))
const firstOf = (r: SearchResults, kind: string) => r.groups.find((g) => g.kind === kind)?.hits[0]

function fixtureIndex(edit: (s: SmallScene) => void = () => {}): { scene: SceneIndex; idx: SearchIndex } {
  const s = smallScene()
  edit(s)
  const parsed = parseScene(toRaw(s))
  if (!parsed.ok) throw new Error(JSON.stringify(parsed.issues))
  const sceneIndex = buildSceneIndex(parsed.scene)
  return { scene: sceneIndex, idx: buildSearchIndex(sceneIndex) }
}

describe('search ranking', () => {
  it('puts the exhibitor whose whole name is typed first, for every exhibitor, in both languages', () => {
    for (const e of scene.scene.exhibitors) {
      for (const lang of ['en', 'zh'] as const) {
        const r = search(idx, e.name[lang], { lang })
        const top = r.groups[0]?.hits[0]
        expect(top?.entry.id, `${lang}: ${e.name[lang]}`).toBe(e.id)
        expect(top?.tier).toBe(0)
      }
    }
  })

  it('ranks an exact name above names that only contain the word', () => {
    const { idx: small } = fixtureIndex((s) => {
      s.exhibitors.exhibitors.push({
        id: 'robotics',
        name: { en: 'Robotics', zh: '机器人公司' },
        country: 'JP',
        sectors: [],
        boothIds: ['booth-a03'],
        summary: { en: 'Robotics.', zh: '机器人。' },
      })
    })
    const r = search(small, 'robotics', { lang: 'en' })
    const exhibitors = r.groups.find((g) => g.kind === 'exhibitor')!.hits.map((h) => h.entry.id)
    expect(exhibitors[0]).toBe('robotics')
    expect(exhibitors).toContain('acme-robotics')
  })

  it('tolerates a typo: "robtics" finds every exhibitor with Robotics in its name', () => {
    const expected = scene.scene.exhibitors.filter((e) => /robotics/i.test(e.name.en)).map((e) => e.id)
    expect(expected.length).toBeGreaterThan(1)
    const found = matchedIds(search(idx, 'robtics', { lang: 'en' }), 'exhibitor')
    for (const id of expected) expect(found, id).toContain(id)
  })

  it('matches prefixes as typed: "rob" finds every name with a word starting "rob"', () => {
    const expected = scene.scene.exhibitors.filter((e) => normalize(e.name.en).split(/[^\p{L}\p{N}]+/u).some((w) => w.startsWith('rob'))).map((e) => e.id)
    expect(expected.length).toBeGreaterThan(1)
    const r = search(idx, 'rob', { lang: 'en' })
    const found = matchedIds(r, 'exhibitor')
    for (const id of expected) expect(found, id).toContain(id)
    // Word-start matches are listed before anything found another way.
    const listed = r.groups.find((g) => g.kind === 'exhibitor')!.hits
    expect(listed[0]!.tier).toBeLessThanOrEqual(2)
  })

  it('finds every exhibitor, zone and session whose Chinese name contains "数字"', () => {
    for (const q of ['数字', '孪生', '数字孪生']) {
      const r = search(idx, q, { lang: 'zh', limit: 1000 })
      const expectEvery = (kind: string, ids: string[]): void => {
        const found = matchedIds(r, kind)
        for (const id of ids) expect(found, `${q} → ${kind} ${id}`).toContain(id)
      }
      const exhibitors = scene.scene.exhibitors.filter((e) => e.name.zh.includes(q)).map((e) => e.id)
      expect(exhibitors.length, q).toBeGreaterThan(0)
      expectEvery('exhibitor', exhibitors)
      expectEvery('zone', scene.scene.venue.zones.filter((z) => z.name.zh.includes(q)).map((z) => z.id))
      expectEvery('session', scene.scene.sessions.filter((s) => s.title.zh.includes(q)).map((s) => s.id))
      // Names holding the characters come before entries found through a sector or summary.
      const top = r.groups.find((g) => g.kind === 'exhibitor')!.hits[0]!
      expect(top.entry.names.some((n) => n.includes(q))).toBe(true)
    }
  })

  it('does not match Chinese characters that are merely present apart', () => {
    const { idx: small } = fixtureIndex()
    // 贸易 and 数字 both occur in 数字贸易馆, but not "字贸" reversed as "贸字".
    expect(search(small, '贸字', { lang: 'zh' }).total).toBe(0)
    expect(matchedIds(search(small, '字贸', { lang: 'zh' }), 'zone')).toContain('digital-trade')
  })

  it('finds a booth by its label, however it is typed', () => {
    for (const b of scene.scene.venue.booths) {
      for (const q of [b.label, b.label.toLowerCase(), `Booth ${b.label}`, b.label.replace(/^([A-Z]+)/, '$1-')]) {
        const top = firstOf(search(idx, q, { lang: 'en' }), 'booth')
        expect(top?.entry.id, q).toBe(b.id)
        expect(top?.tier, q).toBe(0)
      }
    }
  })

  it('lists the booth before its exhibitor for a label, and lights that booth', () => {
    const ex = scene.scene.exhibitors.find((e) => e.boothIds.length === 1)!
    const label = scene.boothById.get(ex.boothIds[0]!)!.label
    const r = search(idx, label, { lang: 'en' })
    expect(r.groups[0]!.kind).toBe('booth')
    expect(firstOf(r, 'exhibitor')?.entry.id).toBe(ex.id)
    expect(matchingBoothIds(r)).toContain(ex.boothIds[0])
  })

  it('"Germany" (or 德国, or DE) finds every German exhibitor and lights all their booths', () => {
    const german = scene.scene.exhibitors.filter((e) => e.country === 'DE')
    expect(german.length).toBeGreaterThan(1)
    for (const q of ['Germany', 'germany', '德国', 'DE']) {
      const r = search(idx, q, { lang: 'en' })
      const found = matchedIds(r, 'exhibitor')
      for (const e of german) expect(found, `${q}: ${e.id}`).toContain(e.id)
      const lit = new Set(matchingBoothIds(r))
      for (const b of german.flatMap((e) => e.boothIds)) expect(lit, `${q}: ${b}`).toContain(b)
    }
  })

  it('answers "German robotics" with German exhibitors in robotics first', () => {
    const expected = scene.scene.exhibitors.filter((e) => e.country === 'DE' && e.sectors.includes('robotics')).map((e) => e.id)
    expect(expected.length).toBeGreaterThan(0)
    const hits = search(idx, 'german robotics', { lang: 'en' }).groups.find((g) => g.kind === 'exhibitor')!.hits
    expect(hits.slice(0, expected.length).map((h) => h.entry.id).sort()).toEqual([...expected].sort())
  })

  it('finds speakers and chooses their first session', () => {
    const session = [...scene.scene.sessions].filter((s) => s.speakers.length).sort((a, b) => Date.parse(a.start) - Date.parse(b.start))[0]!
    const speaker = session.speakers[0]!
    const hit = firstOf(search(idx, speaker.name.en, { lang: 'en' }), 'speaker')
    expect(hit?.entry.title.en).toBe(speaker.name.en)
    const sessionsOfSpeaker = scene.scene.sessions.filter((s) => s.speakers.some((p) => p.name.en === speaker.name.en))
    expect(hit?.entry.sessionIds).toHaveLength(sessionsOfSpeaker.length)
    expect(hit?.entry.target).toEqual({ kind: 'session', id: hit!.entry.sessionIds[0] })
  })

  it('finds service points by name and by kind, in both languages', () => {
    const restrooms = scene.scene.venue.pois.filter((p) => p.kind === 'restroom').map((p) => p.id)
    for (const q of ['restroom', '洗手间']) {
      const found = matchedIds(search(idx, q, { lang: 'en' }), 'service')
      for (const id of restrooms) expect(found, q).toContain(id)
    }
    const kiosk = scene.scene.venue.kiosks[0]!
    expect(matchedIds(search(idx, kiosk.name.en, { lang: 'en' }), 'service')).toContain(kiosk.id)
  })

  it('returns nothing for an empty query or for words the venue does not have', () => {
    expect(search(idx, '   ', { lang: 'en' }).total).toBe(0)
    expect(search(idx, 'qzxvwjk', { lang: 'en' }).total).toBe(0)
    expect(matchingBoothIds(search(idx, '', { lang: 'en' }))).toEqual([])
  })

  it('lists at most `limit` hits per kind but counts them all', () => {
    const r = search(idx, '数字', { lang: 'zh', limit: 3 })
    for (const g of r.groups) {
      expect(g.hits.length).toBeLessThanOrEqual(3)
      expect(g.total).toBe(r.matches.filter((m) => m.kind === g.kind).length)
    }
  })

  it('falls back to descriptions when names find nothing', () => {
    const { idx: small } = fixtureIndex()
    // "public spaces" is only in Acme Robotics' summary.
    expect(matchedIds(search(small, 'public spaces', { lang: 'en' }), 'exhibitor')).toEqual(new Set(['acme-robotics']))
    expect(matchedIds(search(small, '公共空间', { lang: 'zh' }), 'exhibitor')).toEqual(new Set(['acme-robotics']))
  })

  it('builds in slices for large venues: names first, descriptions after', async () => {
    const { scene: small } = fixtureIndex()
    // Slices of 0 ms: the page gets the main thread back after every step.
    const idx2 = await buildSearchIndexAsync(small, (steps) => runSliced(steps, 0))
    expect(idx2.summariesReady).toBe(false)
    expect(firstOf(search(idx2, 'acme', { lang: 'en' }), 'exhibitor')?.entry.id).toBe('acme-robotics')
    await vi.waitFor(() => expect(idx2.summariesReady).toBe(true))
    expect(matchedIds(search(idx2, 'public spaces', { lang: 'en' }), 'exhibitor')).toContain('acme-robotics')
  })

  it('stays exact-name-first and bounded at expo scale', () => {
    const big = buildSceneIndex(generateScene(6000, rng(7)))
    const bigIdx = buildSearchIndex(big)
    const target = big.scene.exhibitors[4321]!
    const top = search(bigIdx, target.name.en, { lang: 'en' }).groups[0]!.hits[0]!
    expect(top.entry.id).toBe(target.id)
    // A very broad query reports a bounded, flagged count instead of scoring everything.
    const broad = search(bigIdx, 'co', { lang: 'en' })
    expect(broad.total).toBeLessThanOrEqual(MAX_MATCHES)
    expect(broad.groups.length).toBeGreaterThan(0)
    // Building 6,000 exhibitors' index takes ~2 s alone, over 5 s on a loaded runner.
  }, 30_000)
})
