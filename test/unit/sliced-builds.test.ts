/**
 * The walkable network and the search index are built in steps the app spreads over short
 * tasks (issue 8: no long main-thread task after load). Built that way they must be exactly
 * what the one-go builds give: the same routes, the same unreachable places, the same search
 * results — and a large venue must really be cut into many steps.
 */
import { describe, expect, it } from 'vitest'
import { runSliced } from '../../src/data/timeSlice.ts'
import { buildNetwork, cachedNetwork, networkFor, networkForSteps, networkSteps, type WalkNetwork } from '../../src/domain/routing/network.ts'
import { unreachable, unreachableSteps } from '../../src/domain/routing/reachability.ts'
import { route } from '../../src/domain/routing/route.ts'
import { parseScene, type RawSceneFiles } from '../../src/domain/scene/parseScene.ts'
import { buildSceneIndex, type SceneIndex } from '../../src/domain/scene/sceneIndex.ts'
import { builtSearchIndex, prepareSearchIndex } from '../../src/domain/search/engine.ts'
import { buildSearchIndex, fullSearchIndexSteps, search, searchIndexSteps, type SearchIndex } from '../../src/domain/search/searchIndex.ts'
import type { SearchResults } from '../../src/domain/search/types.ts'
import { sortSteps, type StepRunner, type Steps } from '../../src/domain/steps.ts'
import { generateScene } from '../../scripts/generate-scene/generate.ts'
import { loadDefaultScene } from '../e2e/sceneData.ts'
import { stepsHallFiles } from '../fixtures/routingScenes.ts'
import { smallScene, toRaw } from '../fixtures/smallScene.ts'

function indexOf(files: RawSceneFiles): SceneIndex {
  const parsed = parseScene(files)
  if (!parsed.ok) throw new Error(JSON.stringify(parsed.issues.slice(0, 3)))
  return buildSceneIndex(parsed.scene)
}

/** A generated venue, through JSON as its files would be; a fresh scene index each call. */
function generated(booths: number): () => SceneIndex {
  const g = generateScene({ booths })
  const files = JSON.parse(JSON.stringify({ 'venue.json': g.venue, 'exhibitors.json': g.exhibitors, 'sessions.json': g.sessions })) as RawSceneFiles
  return () => indexOf(files)
}

const fixture = (): SceneIndex => indexOf(toRaw(smallScene()))
const big = generated(3000)

/** Runs steps straight through, counting the yields. */
function counted<T>(steps: Steps<T>): { value: T; yields: number } {
  let yields = 0
  for (;;) {
    const r = steps.next()
    if (r.done) return { value: r.value, yields }
    yields++
  }
}

/** Sliced the way the app runs it, with 1 ms slices so even a small build yields often. */
const sliced = <T>(steps: Steps<T>): Promise<T> => runSliced(steps, 1)

describe('sortSteps', () => {
  const cmp = (a: [string, number], b: [string, number]): number => (a[0] < b[0] ? -1 : a[0] > b[0] ? 1 : 0)

  it.each([0, 1, 7, 2047, 2048, 2049, 4097, 25_000])('sorts %i items exactly as a (stable) native sort does', (n) => {
    let seed = n + 1
    const next = (): number => (seed = (seed * 1103515245 + 12345) % 2 ** 31)
    // Few distinct keys: many ties, whose order only a stable sort keeps.
    const items: [string, number][] = Array.from({ length: n }, (_, i) => [`k${next() % 97}`, i])
    const expected = [...items].sort(cmp)
    const { value, yields } = counted(sortSteps(items, cmp))
    expect(value).toBe(items)
    expect(items).toEqual(expected)
    if (n > 4096) expect(yields).toBeGreaterThan(3)
  })
})

// The 3,000-booth venue parses and builds twice per case: ~4 s alone, over 5 s on a loaded CI runner.
describe('walkable network in steps', { timeout: 30_000 }, () => {
  const sameNetwork = (a: WalkNetwork, b: WalkNetwork): void => {
    const { buildMs: _a, ...restA } = a
    const { buildMs: _b, ...restB } = b
    expect(restA).toEqual(restB)
  }

  it.each([
    ['the small fixture', fixture],
    ['the default scene', () => buildSceneIndex(loadDefaultScene().scene)],
    ['a 3,000-booth generated venue', big],
  ])('equals the one-go build for %s', (_, make) => {
    const venue = make().scene.venue
    sameNetwork(counted(networkSteps(venue)).value, buildNetwork(venue))
  })

  it('is cut into many steps for a large venue, and counts only its working time', () => {
    const { value, yields } = counted(networkSteps(big().scene.venue))
    expect(yields).toBeGreaterThan(50)
    expect(value.buildMs).toBeGreaterThan(0)
  })

  it('gives the same routes and unreachable places when built in slices', async () => {
    for (const make of [fixture, big]) {
      const oneGo = make()
      const inSlices = make()
      const list = await sliced(unreachableSteps(inSlices))
      expect(cachedNetwork(inSlices)).not.toBeNull()
      expect(list).toEqual(unreachable(oneGo))
      const v = oneGo.scene.venue
      const ids = [...v.pois.map((p) => p.id), ...v.kiosks.map((k) => k.id), ...v.booths.filter((_, i) => i % Math.ceil(v.booths.length / 12) === 0).map((b) => b.id), v.zones[0]!.id]
      for (let i = 0; i + 1 < ids.length; i++) {
        expect(route(inSlices, ids[i]!, ids[i + 1]!)).toEqual(route(oneGo, ids[i]!, ids[i + 1]!))
        expect(route(inSlices, ids[i + 1]!, ids[i]!, { accessible: true })).toEqual(route(oneGo, ids[i + 1]!, ids[i]!, { accessible: true }))
      }
    }
  })

  it('lists the same cut-off places in slices as in one go', async () => {
    const files = stepsHallFiles({ closeEastGap: true, sealed: true })
    const list = await sliced(unreachableSteps(indexOf(files)))
    expect(list).toContainEqual({ kind: 'poi', id: 'cafe-north', path: '$.pois[1]', why: 'cut-off' })
    expect(list).toEqual(unreachable(indexOf(files)))
  })

  it('is built once per scene: a caller arriving mid-build finishes that build, not a second one', async () => {
    const full = counted(networkSteps(big().scene.venue)).yields
    const index = big()
    const first = networkForSteps(index)
    for (let i = 0; i < 10; i++) expect(first.next().done).toBe(false)
    expect(cachedNetwork(index)).toBeNull()
    // A second driver (a route asked for synchronously, say) advances the same build…
    const second = counted(networkForSteps(index))
    expect(second.yields).toBe(full - 10)
    // …and the first one, resumed, ends with that very network.
    const rest = first.next()
    expect(rest).toEqual({ done: true, value: second.value })
    expect(rest.value).toBe(second.value)
    expect(networkFor(index)).toBe(second.value)

    // The same between a sliced build and a synchronous call made while it runs.
    const other = big()
    const inFlight = sliced(networkForSteps(other))
    expect(cachedNetwork(other)).toBeNull()
    const now = networkFor(other)
    expect(await inFlight).toBe(now)
  })
})

/** What a visitor sees of a search: groups, hits, order, scores, totals and lit booths. */
function seen(r: SearchResults) {
  return {
    query: r.query,
    total: r.total,
    capped: r.capped,
    groups: r.groups.map((g) => ({ kind: g.kind, total: g.total, hits: g.hits.map((h) => [h.entry.key, h.tier, h.score]) })),
    matches: r.matches.map((m) => m.key),
    boothIds: r.boothIds,
  }
}

function queriesFor(index: SceneIndex): string[] {
  const { scene } = index
  const ex = scene.exhibitors
  const picks = ex.filter((_, i) => i % Math.max(1, Math.floor(ex.length / 25)) === 0)
  return [
    ...picks.flatMap((e) => [e.name.en, e.name.zh, e.name.en.slice(0, 3), e.name.en.slice(0, 5).toLowerCase(), `${e.name.en.slice(0, 6)}x`]),
    ...scene.venue.booths.slice(0, 10).map((b) => b.label),
    ...scene.venue.zones.map((z) => z.name.en),
    ...scene.sessions.slice(0, 10).flatMap((s) => [s.title.en, ...s.speakers.map((p) => p.name.en)]),
    ...scene.venue.pois.slice(0, 5).map((p) => p.name.zh),
    'germany robotics',
    'China',
    'restroom',
    'public spaces',
    'co',
    'robt',
    'booth B1',
    '展位',
  ]
}

describe('search index in steps', { timeout: 30_000 }, () => {
  it.each([
    ['the small fixture', fixture],
    ['the default scene', () => buildSceneIndex(loadDefaultScene().scene)],
    ['a 3,000-booth generated venue', big],
  ])('answers every query exactly as the one-go build, for %s', async (_, make) => {
    const scene = make()
    const oneGo = buildSearchIndex(scene)
    const inSlices: SearchIndex = await sliced(fullSearchIndexSteps(scene))
    expect(inSlices.summariesReady).toBe(true)
    expect(inSlices.names).toEqual(oneGo.names)
    expect(inSlices.labels).toEqual(oneGo.labels)
    for (const q of queriesFor(scene)) {
      for (const lang of ['en', 'zh'] as const) expect(seen(search(inSlices, q, { lang }))).toEqual(seen(search(oneGo, q, { lang })))
    }
  })

  it('is cut into many steps for a large venue, names before descriptions', () => {
    const scene = big()
    const { value, yields } = counted(searchIndexSteps(scene))
    expect(yields).toBeGreaterThan(scene.scene.exhibitors.length)
    expect(value.index.summariesReady).toBe(false)
    const target = scene.scene.exhibitors[1234]!
    expect(search(value.index, target.name.en, { lang: 'en' }).groups[0]!.hits[0]!.entry.id).toBe(target.id)
    expect(counted(value.summarySteps).yields).toBeGreaterThan(1000)
    expect(value.index.summariesReady).toBe(true)
  })

  it('is built once per scene however many ask, with the runner the caller gives', async () => {
    const scene = fixture()
    let runs = 0
    const run: StepRunner = (steps) => {
      runs++
      return sliced(steps)
    }
    const a = prepareSearchIndex(scene, run)
    const b = prepareSearchIndex(scene, run)
    expect(b).toBe(a)
    expect(builtSearchIndex(scene)).toBeNull()
    const index = await a
    expect(runs).toBe(1)
    expect(builtSearchIndex(scene)).toBe(index)
    // A small venue waits for its descriptions too: they answer at once.
    expect(index.summariesReady).toBe(true)
    expect(await prepareSearchIndex(scene, run)).toBe(index)
    expect(runs).toBe(1)
  })
})
