/**
 * The hall model (`npm run build:models`): a valid, deterministic, small GLB of the venue's
 * architecture whose walls open where the entrances are and whose columns stay out of the way.
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs'
import path from 'node:path'
import { fileURLToPath } from 'node:url'
import type { Document, Node as GltfNode } from '@gltf-transform/core'
import validator from 'gltf-validator'
import { beforeAll, describe, expect, it } from 'vitest'
import { bbox } from '../../src/domain/geometry/measure.ts'
import { containsPoint, polygonsOverlap, rect } from '../../src/domain/geometry/polygon.ts'
import type { Point2 } from '../../src/domain/geometry/types.ts'
import { planColumns, COLUMN_SIZE } from '../../src/domain/model/columnPlan.ts'
import { buildHallParts } from '../../scripts/models/hallParts.ts'
import { hallLayout, inMainAisle } from '../../src/domain/model/hallLayout.ts'
import { distanceToSegment } from '../../src/domain/model/planGeometry.ts'
import { planStage } from '../../src/domain/model/stagePlan.ts'
import type { Venue } from '../../src/domain/scene/schema.ts'
import { buildHallGlb, modelIO } from '../../scripts/models/hallGlb.ts'
import { loadVenueFile } from '../../scripts/models/loadVenue.ts'

const ROOT = fileURLToPath(new URL('../../', import.meta.url))
const FIXTURE = path.join(ROOT, 'test/fixtures/model-venue/venue.json')
const TIMEOUT = 60_000

function load(file: string): Venue {
  const r = loadVenueFile(file)
  if (!r.ok) throw new Error(`${file}: ${JSON.stringify(r.issues, null, 2)}`)
  return r.venue
}

/** Every scene under scenes/ whose venue names a model: those are built and committed. */
function scenesWithModels(): { id: string; venue: Venue; model: string }[] {
  const dir = path.join(ROOT, 'scenes')
  if (!existsSync(dir)) return []
  return readdirSync(dir, { withFileTypes: true })
    .filter((d) => d.isDirectory() && existsSync(path.join(dir, d.name, 'venue.json')))
    .map((d) => ({ id: d.name, venue: load(path.join(dir, d.name, 'venue.json')) }))
    .flatMap((s) => (s.venue.model ? [{ ...s, model: s.venue.model }] : []))
    .sort((a, b) => a.id.localeCompare(b.id))
}

type Vec3 = [number, number, number]

function transform(m: ArrayLike<number>, p: Vec3): Vec3 {
  const [x, y, z] = p
  return [
    m[0]! * x + m[4]! * y + m[8]! * z + m[12]!,
    m[1]! * x + m[5]! * y + m[9]! * z + m[13]!,
    m[2]! * x + m[6]! * y + m[10]! * z + m[14]!,
  ]
}

/** World-space vertex positions of a mesh node, decoded and dequantized. */
function worldPositions(node: GltfNode): Vec3[] {
  const mesh = node.getMesh()
  if (!mesh) return []
  const m = node.getWorldMatrix()
  const out: Vec3[] = []
  for (const prim of mesh.listPrimitives()) {
    const pos = prim.getAttribute('POSITION')!
    const el: number[] = []
    for (let i = 0; i < pos.getCount(); i++) {
      pos.getElement(i, el)
      out.push(transform(m, [el[0]!, el[1]!, el[2]!]))
    }
  }
  return out
}

/** World-space triangles of a mesh node. */
function worldTriangles(node: GltfNode): [Vec3, Vec3, Vec3][] {
  const mesh = node.getMesh()
  if (!mesh) return []
  const m = node.getWorldMatrix()
  const out: [Vec3, Vec3, Vec3][] = []
  for (const prim of mesh.listPrimitives()) {
    const pos = prim.getAttribute('POSITION')!
    const idx = prim.getIndices()!.getArray()!
    const el: number[] = []
    const at = (i: number): Vec3 => {
      pos.getElement(i, el)
      return transform(m, [el[0]!, el[1]!, el[2]!])
    }
    for (let t = 0; t + 2 < idx.length; t += 3) out.push([at(idx[t]!), at(idx[t + 1]!), at(idx[t + 2]!)])
  }
  return out
}

async function decode(glb: Uint8Array): Promise<Document> {
  return (await modelIO()).readBinary(glb)
}

function nodeNamed(doc: Document, name: string): GltfNode {
  const node = doc.getRoot().listNodes().find((n) => n.getName() === name)
  if (!node) throw new Error(`no node "${name}"`)
  return node
}

interface Built {
  venue: Venue
  glb: Uint8Array
  doc: Document
}

async function build(venue: Venue): Promise<Built> {
  const glb = await buildHallGlb(venue)
  return { venue, glb, doc: await decode(glb) }
}

const fixtureVenue = load(FIXTURE)
const cases: { label: string; venue: Venue }[] = [
  { label: 'fixture', venue: fixtureVenue },
  ...scenesWithModels().map((s) => ({ label: `scenes/${s.id}`, venue: s.venue })),
]

describe.each(cases)('hall model of $label', ({ venue }) => {
  let built: Built
  beforeAll(async () => {
    built = await build(venue)
  }, TIMEOUT)

  it('passes the Khronos glTF validator with zero errors', async () => {
    const report = await validator.validateBytes(new Uint8Array(built.glb), { writeTimestamp: false, maxIssues: 0 })
    const errors = report.issues.messages.filter((m) => m.severity === 0)
    expect(errors.map((m) => `${m.code} ${m.pointer ?? ''}: ${m.message}`)).toEqual([])
    expect(report.issues.numErrors).toBe(0)
    expect(report.issues.numWarnings).toBe(0)
    // The validator cannot look inside meshopt streams; that is the only extension it skips.
    const unsupported = report.issues.messages.filter((m) => m.code === 'UNSUPPORTED_EXTENSION')
    expect(unsupported.map((m) => m.message)).toEqual([expect.stringContaining('EXT_meshopt_compression')])
    expect(report.info?.generator).toBe('venue-twin build-models')
    expect(report.info?.hasDefaultScene).toBe(true)
  })

  it('is a few small primitives in a small file', () => {
    const prims = built.doc.getRoot().listMeshes().flatMap((m) => m.listPrimitives())
    expect(prims.length).toBeGreaterThanOrEqual(6)
    expect(prims.length).toBeLessThanOrEqual(12)
    for (const p of prims) {
      const n = p.getAttribute('POSITION')!.getCount()
      expect(n).toBeGreaterThan(0)
      expect(n).toBeLessThanOrEqual(65_535)
      expect(p.getIndices()!.getArray()).toBeInstanceOf(Uint16Array)
    }
    expect(built.glb.byteLength).toBeLessThan(300_000)
    const used = built.doc.getRoot().listExtensionsUsed().map((e) => e.extensionName).sort()
    expect(used).toEqual(['EXT_meshopt_compression', 'KHR_mesh_quantization'])
  })

  it('names its nodes and puts the names in extras (three.js strips ":" from node names)', () => {
    const names = built.doc.getRoot().listNodes().map((n) => n.getName())
    for (const name of ['hall', 'floor', 'aisle-markings', 'walls', 'columns', 'roof', 'signs']) expect(names).toContain(name)
    for (const z of venue.zones) {
      if (z.kind === 'stage') expect(names).toContain(`stage:${z.id}`)
      if (z.kind === 'pavilion' || z.kind === 'trade-zone') expect(names).toContain(`sign:${z.id}`)
      if (z.kind === 'service') expect(names).not.toContain(`sign:${z.id}`)
    }
    for (const n of built.doc.getRoot().listNodes()) {
      expect(n.getName()).not.toBe('')
      expect(n.getExtras()['name']).toBe(n.getName())
    }
    for (const name of ['floor', 'aisle-markings', 'walls', 'roof']) expect(nodeNamed(built.doc, name).getMesh()).not.toBeNull()
  })

  it('fits the hall footprint (±1 m) and reaches the hall height', () => {
    const hall = bbox(venue.hall.footprint)
    const all = built.doc
      .getRoot()
      .listNodes()
      .flatMap((n) => worldPositions(n))
    const min = [Infinity, Infinity, Infinity]
    const max = [-Infinity, -Infinity, -Infinity]
    for (const p of all) for (let i = 0; i < 3; i++) {
      min[i] = Math.min(min[i]!, p[i]!)
      max[i] = Math.max(max[i]!, p[i]!)
    }
    expect(Math.abs(min[0]! - hall.minX)).toBeLessThanOrEqual(1)
    expect(Math.abs(max[0]! - hall.maxX)).toBeLessThanOrEqual(1)
    expect(Math.abs(min[2]! - hall.minZ)).toBeLessThanOrEqual(1)
    expect(Math.abs(max[2]! - hall.maxZ)).toBeLessThanOrEqual(1)
    expect(min[1]).toBeGreaterThan(-1)
    expect(min[1]).toBeLessThan(0)
    expect(max[1]).toBeCloseTo(venue.hall.height, 1)
  })

  it('leaves the walls open where entrances and exits stand, and closed elsewhere', () => {
    const walls = worldTriangles(nodeNamed(built.doc, 'walls'))
    const doors = venue.pois.filter((p) => p.kind === 'entrance' || p.kind === 'exit')
    expect(doors.length).toBeGreaterThan(0)
    const layout = hallLayout(venue)
    expect(layout.openings.map((o) => o.poiId).sort()).toEqual(doors.map((d) => d.id).sort())
    const tol = 0.05
    for (const o of layout.openings) {
      const e = layout.edges[o.edge]!
      // Each low triangle standing on this wall line, as its span along the wall.
      const spans = walls.flatMap((tri) => {
        const s = tri.map(([x, , z]) => (x - e.a[0]) * e.dir[0] + (z - e.a[1]) * e.dir[1])
        const out = tri.map(([x, , z]) => (x - e.a[0]) * e.normal[0] + (z - e.a[1]) * e.normal[1])
        const low = Math.min(...tri.map((v) => v[1])) < 2
        const onLine = Math.min(...out) > -tol && Math.max(...out) < 1
        return low && onLine ? [[Math.min(...s), Math.max(...s)] as const] : []
      })
      const blocking = spans.filter(([lo, hi]) => hi > o.s0 + tol && lo < o.s1 - tol)
      expect(blocking, `wall geometry below 2 m across the opening of ${o.poiId}`).toEqual([])
      // The wall does stand right up to both sides of the opening (unless that side is a corner).
      if (o.s0 > tol) expect(spans.some(([, hi]) => Math.abs(hi - o.s0) < tol)).toBe(true)
      if (o.s1 < e.length - tol) expect(spans.some(([lo]) => Math.abs(lo - o.s1) < tol)).toBe(true)
      expect(o.s1 - o.s0).toBeCloseTo(venue.pois.find((p) => p.id === o.poiId)!.width ?? 6, 3)
    }
  })

  it('keeps columns out of zones, stages, the main aisle and door clearances', () => {
    const layout = hallLayout(venue)
    const { columns } = planColumns(venue, layout)
    expect(columns.length).toBeGreaterThan(0)
    const half = COLUMN_SIZE / 2
    for (const c of columns) {
      const square = rect(c.at[0] - half, c.at[1] - half, COLUMN_SIZE, COLUMN_SIZE)
      for (const z of venue.zones) expect(polygonsOverlap(square, z.footprint), `column at ${c.at.join(',')} in zone ${z.id}`).toBe(false)
      for (const o of layout.openings) expect(distanceToSegment(c.at, o.a, o.b)).toBeGreaterThanOrEqual(4)
      if (!c.perimeter) {
        expect(containsPoint(venue.hall.footprint, c.at)).toBe(true)
        expect(inMainAisle(layout.mainAisle, c.at, half)).toBe(false)
      }
    }
    // The column count in the model's extras matches the plan.
    expect(nodeNamed(built.doc, 'columns').getExtras()['count']).toBe(columns.length)
  })

  it('raises each stage on the zone side nearest the outer wall, with an LED wall behind', () => {
    const hall = bbox(venue.hall.footprint)
    const center: Point2 = [(hall.minX + hall.maxX) / 2, (hall.minZ + hall.maxZ) / 2]
    for (const z of venue.zones.filter((zone) => zone.kind === 'stage')) {
      const plan = planStage(z, hallLayout(venue))
      const zb = bbox(z.footprint)
      const p = plan.platform
      expect(p.minX).toBeGreaterThanOrEqual(zb.minX)
      expect(p.maxX).toBeLessThanOrEqual(zb.maxX)
      expect(p.minZ).toBeGreaterThanOrEqual(zb.minZ)
      expect(p.maxZ).toBeLessThanOrEqual(zb.maxZ)
      // The platform's centre lies farther from the hall centre than the zone's.
      const dist = (x: number, zz: number): number => Math.hypot(x - center[0], zz - center[1])
      expect(dist((p.minX + p.maxX) / 2, (p.minZ + p.maxZ) / 2)).toBeGreaterThan(dist((zb.minX + zb.maxX) / 2, (zb.minZ + zb.maxZ) / 2))
      const node = nodeNamed(built.doc, `stage:${z.id}`)
      expect(node.getExtras()['platformHeight']).toBe(1)
      const pts = node.getMesh() ? worldPositions(node) : []
      if (pts.length) expect(Math.max(...pts.map((v) => v[1]))).toBeGreaterThan(3)
    }
  })

  it('hangs one sign frame about 7 m up over each pavilion and trade zone', () => {
    for (const z of venue.zones.filter((zone) => zone.kind === 'pavilion' || zone.kind === 'trade-zone')) {
      const node = nodeNamed(built.doc, `sign:${z.id}`)
      const [x, y, zz] = node.getWorldTranslation()
      expect(containsPoint(z.footprint, [x, zz])).toBe(true)
      expect(y).toBeGreaterThan(5)
      expect(y).toBeLessThan(venue.hall.height)
      expect(node.getExtras()).toMatchObject({ zoneId: z.id, height: 2 })
    }
  })
})

describe('hall model build', () => {
  it(
    'is deterministic: the same venue gives the same bytes',
    async () => {
      const a = await buildHallGlb(fixtureVenue)
      const b = await buildHallGlb(structuredClone(fixtureVenue))
      expect(Buffer.compare(Buffer.from(a), Buffer.from(b))).toBe(0)
    },
    TIMEOUT,
  )

  it('paints aisles only where no zone stands', () => {
    const model = buildHallParts(fixtureVenue)
    const aisles = model.root.children.find((c) => c.name === 'aisle-markings')!
    const prim = aisles.primitives[0]!
    expect(prim.positions.length).toBeGreaterThan(0)
    // Every painted triangle's centre is inside the hall and outside every zone.
    for (let t = 0; t < prim.indices.length; t += 3) {
      const c: [number, number] = [0, 0]
      for (let k = 0; k < 3; k++) {
        const i = prim.indices[t + k]!
        c[0] += prim.positions[i * 3]! / 3
        c[1] += prim.positions[i * 3 + 2]! / 3
      }
      expect(containsPoint(fixtureVenue.hall.footprint, c)).toBe(true)
      for (const z of fixtureVenue.zones) expect(containsPoint(z.footprint, c)).toBe(false)
    }
  })

  it(
    'merges stages into one mesh with anchor nodes when a venue has too many for the primitive budget',
    async () => {
      const venue = structuredClone(fixtureVenue)
      venue.zones = venue.zones.filter((z) => z.footprint.every(([, zz]) => zz <= 22))
      for (let k = 0; k < 7; k++) {
        const x = -55 + k * 15
        venue.zones.push({ ...structuredClone(fixtureVenue.zones.find((z) => z.kind === 'stage')!), id: `stage-${k}`, footprint: rect(x, 26, 10, 12).map(([px, pz]): [number, number] => [px, pz]) })
      }
      const { doc } = await build(venue)
      expect(doc.getRoot().listMeshes().flatMap((m) => m.listPrimitives()).length).toBeLessThanOrEqual(12)
      for (let k = 0; k < 7; k++) {
        const anchor = nodeNamed(doc, `stage:stage-${k}`)
        expect(anchor.getMesh()).toBeNull()
        expect(anchor.getExtras()['zoneId']).toBe(`stage-${k}`)
      }
      expect(worldPositions(nodeNamed(doc, 'stage-geometry')).length).toBeGreaterThan(7 * 24)
    },
    TIMEOUT,
  )

  it('finds the main aisle that leads in from an entrance even when it does not cross the whole hall', () => {
    expect(hallLayout(fixtureVenue).mainAisle).toMatchObject({ runs: 'z', lo: -5, hi: 5, from: -40, to: 40 })
    const venue = structuredClone(fixtureVenue)
    // A zone straight ahead of the south entrance ends the corridor there.
    venue.zones.push({ ...structuredClone(venue.zones[0]!), id: 'blocker', footprint: [[-4, 26], [4, 26], [4, 38], [-4, 38]] })
    const aisle = hallLayout(venue).mainAisle
    expect(aisle).toEqual({ runs: 'z', lo: -5, hi: 5, from: -40, to: 26, entranceId: 'entrance-south' })
    expect(inMainAisle(aisle, [0, 0], 0.4)).toBe(true)
    expect(inMainAisle(aisle, [0, 30], 0.4)).toBe(false)
    expect(inMainAisle(aisle, [6, 0], 0.4)).toBe(false)
  })

  it('builds the default scene wdec-2023, whose model is committed and checked above', () => {
    expect(scenesWithModels().map((s) => `${s.id}: ${s.model}`)).toContain('wdec-2023: wdec-2023-hall.glb')
  })

  it('warns about an entrance that stands nowhere near a wall instead of cutting a random opening', () => {
    const venue = structuredClone(fixtureVenue)
    venue.pois.push({ id: 'lost-door', levelId: 'level-1', kind: 'entrance', name: { en: 'Lost', zh: '迷路' }, position: [0, 1] })
    const model = buildHallParts(venue)
    expect(model.warnings).toEqual([expect.stringContaining('lost-door')])
    expect(model.layout.openings.map((o) => o.poiId)).not.toContain('lost-door')
  })

  it.each(scenesWithModels())(
    'committed public/models/$model equals a fresh build of scenes/$id',
    async ({ venue, model }) => {
      const file = path.join(ROOT, 'public/models', model)
      expect(existsSync(file), `${file} is missing: run npm run build:models`).toBe(true)
      const fresh = await buildHallGlb(venue)
      expect(Buffer.compare(readFileSync(file), Buffer.from(fresh)), 'stale model: run npm run build:models').toBe(0)
    },
    TIMEOUT,
  )
})
