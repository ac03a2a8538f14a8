/**
 * The roof structure, kept open so visitors can look into the hall from above: steel trusses
 * across the hall's short span on the structural grid, tied by lighter beams the other way.
 * Truss web detail is thinned out if a very large hall would overflow one primitive.
 */
import { addBeam } from './boxGeometry.ts'
import { GeometryBuilder } from './geometryBuilder.ts'
import type { HallLayout } from '../../src/domain/model/hallLayout.ts'
import { MAX_PRIMITIVE_VERTICES } from './modelTree.ts'
import { clipLine } from '../../src/domain/model/planGeometry.ts'
import type { Vec3 } from './vec3.ts'

const TOP_CHORD = 0.3
const BOTTOM_CHORD = 0.25
const WEB = 0.12
const TIE_WIDTH = 0.2
const TIE_DEPTH = 0.3

export function trussDepth(layout: HallLayout): number {
  const span = Math.min(layout.box.maxX - layout.box.minX, layout.box.maxZ - layout.box.minZ)
  return Math.min(3, Math.max(1.5, span / 30))
}

/**
 * Beyond this the roof of a very large hall would dominate the file for detail nobody sees
 * from visitor distance; well under the per-primitive limit either way.
 */
const ROOF_VERTEX_BUDGET = Math.min(24_000, MAX_PRIMITIVE_VERTICES)

export function buildRoof(layout: HallLayout): GeometryBuilder {
  // Panels as long as the truss is deep give 45° webs; longer panels if the budget needs it.
  for (const panelFactor of [1, 1.5, 2, 3, 4]) {
    const g = roofGeometry(layout, panelFactor)
    if (g.vertexCount <= ROOF_VERTEX_BUDGET) return g
  }
  return roofGeometry(layout, 0)
}

function roofGeometry(layout: HallLayout, panelFactor: number): GeometryBuilder {
  const g = new GeometryBuilder('roof-steel')
  const H = layout.height
  const D = trussDepth(layout)
  const spanAlongZ = layout.box.maxZ - layout.box.minZ <= layout.box.maxX - layout.box.minX
  // Trusses stand on the interior grid lines across the short span; ties run the long way.
  const trussLines = (spanAlongZ ? layout.gridX : layout.gridZ).slice(1, -1)
  const tieGrid = spanAlongZ ? layout.gridZ : layout.gridX
  const tieLines: number[] = []
  tieGrid.forEach((v, k) => {
    if (k > 0) tieLines.push((tieGrid[k - 1]! + v) / 2)
    if (k > 0 && k < tieGrid.length - 1) tieLines.push(v)
  })
  const at = (line: number, along: number, y: number, trussAlongZ: boolean): Vec3 =>
    trussAlongZ ? [line, y, along] : [along, y, line]
  const topY = H - TOP_CHORD / 2
  const bottomY = H - D + BOTTOM_CHORD / 2

  for (const line of trussLines) {
    for (const [lo, hi] of clipLine(layout.ring, spanAlongZ ? 'x' : 'z', line)) {
      const p = (s: number, y: number): Vec3 => at(line, s, y, spanAlongZ)
      addBeam(g, p(lo, topY), p(hi, topY), TOP_CHORD, TOP_CHORD)
      addBeam(g, p(lo, bottomY), p(hi, bottomY), BOTTOM_CHORD, BOTTOM_CHORD)
      if (panelFactor > 0) {
        const panels = Math.max(2, Math.round((hi - lo) / (D * panelFactor)))
        const step = (hi - lo) / panels
        for (let k = 0; k < panels; k++) {
          const s0 = lo + k * step
          const s1 = s0 + step
          // Warren truss: webs zig-zag between the chords.
          const up = k % 2 === 0
          addBeam(g, p(s0, up ? bottomY : topY), p(s1, up ? topY : bottomY), WEB, WEB, { open: true })
        }
      }
    }
  }
  for (const line of tieLines) {
    for (const [lo, hi] of clipLine(layout.ring, spanAlongZ ? 'z' : 'x', line)) {
      const p = (s: number): Vec3 => at(line, s, H - TIE_DEPTH / 2, !spanAlongZ)
      addBeam(g, p(lo), p(hi), TIE_WIDTH, TIE_DEPTH)
    }
  }
  return g
}
