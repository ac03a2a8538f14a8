/**
 * The materials and geometries the venue view draws with, made in one place. The components
 * (Booths, Markers, Highlights, ZoneVolumes, the floor, the booth carpet) take theirs from here,
 * and so does the shader warm-up (ShaderWarmup.tsx): its stand-ins are built from `WARMUP_PARTS`,
 * the same factories, so a stand-in cannot drift from what it stands for — a material setting or a
 * vertex attribute that differs would compile a different shader program, and the venue's first
 * frame would pay for it after all.
 */
import {
  BoxGeometry,
  CylinderGeometry,
  DoubleSide,
  LineBasicMaterial,
  MeshBasicMaterial,
  MeshLambertMaterial,
  PlaneGeometry,
  Shape,
  ShapeGeometry,
  Texture,
  Vector2,
  type BufferGeometry,
  type Material,
} from 'three'
import type { Polygon } from '../domain/geometry/types.ts'
import { buildZoneGeometry } from './zoneGeometry.ts'

/**
 * Booths and service-point posts (one program for both: the first frame needs no other).
 * Lambert, not the physically based standard material: flat-coloured boxes under soft light look
 * the same (28 of 1.27 million overview pixels differ visibly), and its much shorter shader is
 * compiled and run faster (first frame ~30 ms sooner with software WebGL).
 */
export const boothMaterial = (): Material => new MeshLambertMaterial()

/** Selected and hovered booths' shells. */
export const highlightMaterial = (): Material => new MeshBasicMaterial({ transparent: true, opacity: 0.55, depthWrite: false })

/** The merged zone volumes: RGBA vertex colours carry each zone's emphasis. */
export const zoneFillMaterial = (): Material => new MeshBasicMaterial({ vertexColors: true, transparent: true, depthWrite: false, side: DoubleSide })
export const zoneEdgeMaterial = (): Material => new LineBasicMaterial({ vertexColors: true, transparent: true })

/** The plain floor of a venue without a model (its colour and shadows: floorLook.ts, from the theme). */
export const floorMaterial = (): Material => new MeshLambertMaterial()

/** The far booths' carpet: lit like the booths' roofs (same material), aisles cut out. */
export const carpetMaterial = (map: Texture): Material => new MeshLambertMaterial({ map, alphaTest: 0.5 })

/** The banners' names: white lettering on a canvas texture, unlit, over the board's face. */
export const letteringMaterial = (map: Texture): Material => new MeshBasicMaterial({ map, transparent: true, depthWrite: false, toneMapped: false })

/** A 1 m box standing on the floor, scaled per instance: booths and their highlight shells. */
export function boothBoxGeometry(): BufferGeometry {
  const g = new BoxGeometry(1, 1, 1)
  g.translate(0, 0.5, 0)
  return g
}

/** A service point's or kiosk's post. */
export function postGeometry(): BufferGeometry {
  const g = new CylinderGeometry(0.5, 0.5, 3, 12)
  g.translate(0, 1.5, 0)
  return g
}

/** The hall's footprint laid flat as a floor (any polygon, not just its bounding box). */
export function floorGeometry(footprint: Polygon): BufferGeometry {
  // Shape space is the floor seen from above: x east, y = −z once the mesh is laid flat.
  const g = new ShapeGeometry(new Shape(footprint.map(([x, z]) => new Vector2(x, -z))))
  g.rotateX(-Math.PI / 2)
  return g
}

export type WarmupKind = 'booths' | 'highlights' | 'zones' | 'zone-edges' | 'floor' | 'carpet' | 'lettering'

/** One kind of drawing the venue does: its material, how it is drawn, and a geometry with its vertex attributes. */
export interface WarmupPart {
  kind: WarmupKind
  draw: 'instanced' | 'mesh' | 'lines'
  material: () => Material
  /** A geometry of the kind (only its attributes matter). */
  geometry: () => BufferGeometry
}

const triangle: Polygon = [
  [0, 0],
  [1, 0],
  [0, 1],
]

/** Every kind of drawing of the venue's overview, as the components make it. */
export const WARMUP_PARTS: readonly WarmupPart[] = [
  // Booths and service points: lit, instanced, a colour per instance.
  { kind: 'booths', draw: 'instanced', material: boothMaterial, geometry: boothBoxGeometry },
  { kind: 'highlights', draw: 'instanced', material: highlightMaterial, geometry: boothBoxGeometry },
  { kind: 'zones', draw: 'mesh', material: zoneFillMaterial, geometry: () => buildZoneGeometry([]).fill },
  { kind: 'zone-edges', draw: 'lines', material: zoneEdgeMaterial, geometry: () => buildZoneGeometry([]).edges },
  { kind: 'floor', draw: 'mesh', material: floorMaterial, geometry: () => floorGeometry(triangle) },
  // Drawn by every floor but made afresh for each: a stand-in keeps their programs alive while a
  // level switch disposes one floor's and builds the next (else each switch relinks them).
  { kind: 'carpet', draw: 'mesh', material: () => carpetMaterial(new Texture()), geometry: () => new PlaneGeometry() },
  { kind: 'lettering', draw: 'mesh', material: () => letteringMaterial(new Texture()), geometry: () => new PlaneGeometry() },
]
