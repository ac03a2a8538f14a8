import { useFrame, useThree } from '@react-three/fiber'
import { useEffect, useMemo, useRef, type RefObject } from 'react'
import { Color, ConeGeometry, CylinderGeometry, DoubleSide, MeshStandardMaterial, ShaderMaterial, SphereGeometry, type BufferGeometry, type Mesh } from 'three'
import { mergeGeometries } from 'three/examples/jsm/utils/BufferGeometryUtils.js'
import { floorKey } from '../domain/scene/levels.ts'
import { focusedLevelId } from '../state/selectors.ts'
import { useVenueStore } from '../state/store.ts'
import { ribbonGeometry } from './routeGeometry.ts'

const RIBBON_WIDTH = 1.6
/** A few centimetres above the floor and the zone floor tints (3 cm). */
const RIBBON_Y = 0.08
const COLOR = '#ff2e97'
const CHEVRON = '#ffffff'
const EDGE = '#2a0518'
/** Metres between chevrons, and how fast they walk (m/s). */
const SPACING = 4
const SPEED = 2.4

const vertexShader = /* glsl */ `
varying vec2 vUv;
void main() {
  vUv = uv;
  gl_Position = projectionMatrix * modelViewMatrix * vec4(position, 1.0);
}
`

// A bright band with a dark outline and white chevrons pointing the way; uOffset (metres)
// slides the chevrons along the walk.
const fragmentShader = /* glsl */ `
uniform vec3 uColor;
uniform vec3 uChevron;
uniform vec3 uEdge;
uniform float uOffset;
uniform float uSpacing;
varying vec2 vUv;
void main() {
  float across = abs(vUv.y - 0.5) * 2.0;
  vec3 c = uColor;
  if (across > 0.74) {
    c = uEdge;
  } else {
    float s = vUv.x + across * 0.9 - uOffset;
    float k = fract(s / uSpacing);
    if (k < 0.22 && across < 0.6) c = uChevron;
  }
  gl_FragColor = vec4(c, 1.0);
  #include <colorspace_fragment>
}
`

/**
 * The route on the floor: a wide ribbon with chevrons pointing the way, a start disc and a
 * destination pin. The chevrons walk along the route — each frame asks for the next one —
 * only while a route is shown and motion is not reduced; otherwise nothing here draws a frame.
 */
export function RouteLine({ reducedMotion }: { reducedMotion: boolean }) {
  const route = useVenueStore((s) => s.route)
  const index = useVenueStore((s) => s.index)
  const levelId = useVenueStore(focusedLevelId)
  // The part of the route on the floor in view: each level shows its own leg, from or to a connector.
  const points = useMemo(() => {
    if (!route || !index || !levelId) return null
    const here = floorKey(index.scene.venue, levelId)
    return route.legs.filter((l) => floorKey(index.scene.venue, l.levelId) === here).flatMap((l) => l.points)
  }, [route, index, levelId])
  // Its meshes are only built while there is a route: most visits never ask for one, and the
  // pin's geometry alone cost ~10 ms of the venue's mount.
  if (!points || points.length < 2) return null
  return <Route points={points} reducedMotion={reducedMotion} />
}

function Route({ points, reducedMotion }: { points: readonly (readonly [number, number])[]; reducedMotion: boolean }) {
  const invalidate = useThree((s) => s.invalidate)
  const ribbon = useRef<Mesh>(null)
  const material = useMemo(
    () =>
      new ShaderMaterial({
        vertexShader,
        fragmentShader,
        uniforms: {
          uColor: { value: new Color(COLOR) },
          uChevron: { value: new Color(CHEVRON) },
          uEdge: { value: new Color(EDGE) },
          uOffset: { value: 0 },
          uSpacing: { value: SPACING },
        },
        side: DoubleSide,
        polygonOffset: true,
        polygonOffsetFactor: -2,
        polygonOffsetUnits: -2,
      }),
    [],
  )
  const markers = useMemo(() => markerParts(), [])
  const geometry = useMemo(() => ribbonGeometry(points, RIBBON_WIDTH, RIBBON_Y), [points])
  useEffect(() => {
    invalidate()
    return () => {
      geometry.dispose()
      invalidate()
    }
  }, [geometry, invalidate])
  useEffect(
    () => () => {
      material.dispose()
      markers.start.dispose()
      markers.pin.dispose()
      markers.startMat.dispose()
      markers.pinMat.dispose()
    },
    [material, markers],
  )
  // Three small meshes: never culled, so the route costs the same three draw calls from any view.
  const end = points[points.length - 1]!
  return (
    <group name="route">
      <mesh ref={ribbon} name="route-ribbon" geometry={geometry} material={material} renderOrder={5} raycast={() => null} frustumCulled={false} />
      <mesh name="route-start" geometry={markers.start} material={markers.startMat} position={[points[0]![0], 0, points[0]![1]]} raycast={() => null} frustumCulled={false} />
      <mesh name="route-end" geometry={markers.pin} material={markers.pinMat} position={[end[0], 0, end[1]]} raycast={() => null} frustumCulled={false} />
      {!reducedMotion && <Animator ribbon={ribbon} />}
    </group>
  )
}

function offsetOf(ribbon: RefObject<Mesh | null>): { value: number } | null {
  const m = ribbon.current?.material
  return m instanceof ShaderMaterial ? (m.uniforms.uOffset ?? null) : null
}

/** Mounted only while a route is shown with motion allowed: the one per-frame cost of routes. */
function Animator({ ribbon }: { ribbon: RefObject<Mesh | null> }) {
  const invalidate = useThree((s) => s.invalidate)
  useEffect(() => {
    invalidate()
    return () => {
      // Standing still, the chevrons rest where a reduced-motion view draws them.
      const u = offsetOf(ribbon)
      if (u) u.value = 0
      invalidate()
    }
  }, [ribbon, invalidate])
  useFrame((_, delta) => {
    const u = offsetOf(ribbon)
    if (!u) return
    u.value = (u.value + Math.min(delta, 0.1) * SPEED) % SPACING
    invalidate()
  })
  return null
}

function markerParts(): { start: BufferGeometry; pin: BufferGeometry; startMat: MeshStandardMaterial; pinMat: MeshStandardMaterial } {
  const start = new CylinderGeometry(1.3, 1.3, 0.2, 32)
  start.translate(0, 0.1, 0)
  // A map pin: a cone standing on its tip with a ball on top, tall enough to show over booths.
  const cone = new ConeGeometry(0.75, 3, 24)
  cone.rotateX(Math.PI)
  cone.translate(0, 1.5, 0)
  const ball = new SphereGeometry(1.25, 24, 16)
  ball.translate(0, 3.6, 0)
  const pin = mergeGeometries([cone.toNonIndexed(), ball.toNonIndexed()])
  cone.dispose()
  ball.dispose()
  return {
    start,
    pin,
    startMat: new MeshStandardMaterial({ color: '#2ecc71', emissive: '#2ecc71', emissiveIntensity: 0.4 }),
    pinMat: new MeshStandardMaterial({ color: COLOR, emissive: COLOR, emissiveIntensity: 0.35, roughness: 0.4 }),
  }
}
