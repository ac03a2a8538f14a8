/**
 * The synthetic expo scenes (npm run generate:scene): deterministic, valid under the same rules
 * the app applies, and still valid at Canton-Fair scale (70,000 booths). Counters, not times:
 * the 70,000-booth validation time is printed for the record, never asserted.
 */
import { describe, expect, it } from 'vitest'
import { createSceneAssembler, PART_SIZE, sceneMessages } from '../../src/data/sceneTransfer.ts'
import { parseScene, type RawSceneFiles } from '../../src/domain/scene/parseScene.ts'
import { buildSceneIndex, sceneIndexSteps } from '../../src/domain/scene/sceneIndex.ts'
import { generateScene, type GeneratedScene } from '../../scripts/generate-scene/generate.ts'

function raw(g: GeneratedScene): RawSceneFiles {
  // Through JSON, as the files on disk would be.
  return JSON.parse(JSON.stringify({ 'venue.json': g.venue, 'exhibitors.json': g.exhibitors, 'sessions.json': g.sessions })) as RawSceneFiles
}

describe('generated expo scenes', () => {
  it('are deterministic: the same booth count and seed give the same bytes; another seed other names', () => {
    const a = JSON.stringify(generateScene({ booths: 600 }))
    const b = JSON.stringify(generateScene({ booths: 600 }))
    const c = generateScene({ booths: 600, seed: 7 })
    expect(a).toBe(b)
    expect(JSON.stringify(c)).not.toBe(a)
    // The floor plan is the seed-independent part: same booths, other exhibitors.
    expect(c.venue.booths).toEqual(JSON.parse(a).venue.booths)
    expect(c.exhibitors.exhibitors.map((e) => e.name.en)).not.toEqual(JSON.parse(a).exhibitors.exhibitors.map((e: { name: { en: string } }) => e.name.en))
  })

  it.each([100, 2_500, 10_000])('%i booths validate, with one exhibitor per booth, every zone kind, entrances and three days of sessions', (n) => {
    const g = generateScene({ booths: n })
    const result = parseScene(raw(g))
    if (!result.ok) throw new Error(`invalid: ${JSON.stringify(result.issues.slice(0, 5))}`)
    const { venue, exhibitors, sessions } = result.scene
    expect(venue.booths).toHaveLength(n)
    expect(exhibitors).toHaveLength(n)
    expect(new Set(exhibitors.flatMap((e) => e.boothIds)).size).toBe(n)
    expect(venue.model).toBeUndefined()
    const kinds = new Set(venue.zones.map((z) => z.kind))
    expect(kinds).toEqual(new Set(['pavilion', 'trade-zone', 'stage']))
    expect(venue.pois.filter((p) => p.kind === 'entrance').length).toBeGreaterThanOrEqual(2)
    expect(venue.kiosks.length).toBeGreaterThanOrEqual(1)
    const days = new Set(sessions.map((s) => s.start.slice(0, 10)))
    expect([...days].sort()).toEqual(['2024-04-15', '2024-04-16', '2024-04-17'])
    // Bilingual and fictional: both halves filled, Chinese names in Han script.
    for (const e of exhibitors.slice(0, 50)) expect(e.name.zh).toMatch(/\p{Script=Han}/u)
    expect(new Set(exhibitors.map((e) => e.country)).size).toBeGreaterThan(n >= 2_500 ? 5 : 1)
  })

  it('lays out several hall blocks side by side once a venue is large', () => {
    const small = generateScene({ booths: 100 })
    const large = generateScene({ booths: 10_000 })
    const halls = (g: GeneratedScene) => new Set(g.venue.zones.map((z) => z.id.split('-zone-')[0]!.replace(/-stage$/, '')))
    expect(halls(small).size).toBe(1)
    expect(halls(large).size).toBeGreaterThan(2)
  })

  it('the 70,000-booth scene validates', { timeout: 180_000 }, () => {
    const t0 = performance.now()
    const g = generateScene({ booths: 70_000 })
    const t1 = performance.now()
    const result = parseScene(raw(g))
    const t2 = performance.now()
    console.log(`70,000 booths: generated in ${Math.round(t1 - t0)} ms, validated (JSON round trip + schema + cross-checks) in ${Math.round(t2 - t1)} ms`)
    if (!result.ok) throw new Error(`invalid: ${JSON.stringify(result.issues.slice(0, 5))}`)
    expect(result.scene.venue.booths).toHaveLength(70_000)
    expect(result.scene.exhibitors).toHaveLength(70_000)
    expect(new Set(result.scene.venue.booths.map((b) => b.label)).size).toBe(70_000)
  })
})

describe('scene transfer from the worker', () => {
  it('sends big lists in parts no larger than PART_SIZE and reassembles the same scene', () => {
    const g = generateScene({ booths: 5_000 })
    const result = parseScene(raw(g))
    if (!result.ok) throw new Error('invalid')
    const messages = [...sceneMessages({ scene: result.scene, migratedFrom: result.migratedFrom, warnings: [], sceneId: 'gen', revision: null, manifestUrl: null })]
    expect(messages[0]!.type).toBe('head')
    expect(messages.at(-1)!.type).toBe('done')
    const parts = messages.filter((m) => m.type === 'part')
    expect(parts.length).toBeGreaterThanOrEqual(Math.ceil(5_000 / PART_SIZE) * 2)
    for (const p of parts) expect(p.items.length).toBeLessThanOrEqual(PART_SIZE)
    const assembler = createSceneAssembler()
    // Each message crosses the boundary by structured clone, as postMessage does.
    for (const m of messages) if (m.type === 'head' || m.type === 'part') assembler.accept(structuredClone(m))
    expect(assembler.result().scene).toEqual(result.scene)
  })

  it('builds the scene index in many small steps with the same result as in one go', () => {
    const g = generateScene({ booths: 3_000 })
    const result = parseScene(raw(g))
    if (!result.ok) throw new Error('invalid')
    const steps = sceneIndexSteps(result.scene, 500)
    let yields = 0
    let r = steps.next()
    while (!r.done) {
      yields++
      r = steps.next()
    }
    expect(yields).toBeGreaterThanOrEqual(12)
    const once = buildSceneIndex(result.scene)
    expect([...r.value.boothById.keys()]).toEqual([...once.boothById.keys()])
    expect(r.value.exhibitorsByZone.get(result.scene.venue.zones[1]!.id)?.length).toBe(once.exhibitorsByZone.get(result.scene.venue.zones[1]!.id)?.length)
    expect([...r.value.sessionsByZone.keys()]).toEqual([...once.sessionsByZone.keys()])
  })
})
