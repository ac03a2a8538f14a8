import { useGLTF } from '@react-three/drei'
import { useFrame, useThree } from '@react-three/fiber'
import { useEffect, useRef } from 'react'
import { Box3, type Object3D } from 'three'
import { parseVolumeName, type ModelVolume } from '../domain/picking/modelVolumes.ts'
import { useFloorLook, type FloorLook } from './floorLook.ts'

/** Starts fetching and decoding a model (the same cache HallModel reads from). */
export function preloadHallModel(url: string): void {
  useGLTF.preload(url, false, true)
}

/**
 * The venue architecture (floor, walls, columns, roof, stage), built by `npm run build:models`,
 * or a venue's own model whose `zone:<id>` / `booth:<id>` nodes become clickable volumes.
 */
export function HallModel({ url, onVolumes, closeUp, floorLook }: { url: string; onVolumes: (volumes: ModelVolume[]) => void; closeUp: boolean; floorLook: FloorLook }) {
  // drei wires the meshopt decoder itself (useMeshopt defaults on).
  const gltf = useGLTF(url, false, true)
  const invalidate = useThree((s) => s.invalidate)
  useRoofOutOfTheWay(gltf.scene, closeUp)
  // The floor and its aisle paint take the theme's colours and the baked contact shadows.
  useFloorLook(gltf.scene, floorLook)
  useEffect(() => {
    const volumes: ModelVolume[] = []
    gltf.scene.updateMatrixWorld(true)
    gltf.scene.traverse((o) => {
      // The hall is scenery: picking goes through the domain index, never a raycast here.
      o.raycast = () => undefined
      o.matrixAutoUpdate = false
      o.updateMatrix()
      // three strips ':' from node names; GLTFLoader keeps the original in userData.name.
      const named = parseVolumeName(typeof o.userData.name === 'string' ? o.userData.name : undefined)
      if (named) {
        const box = new Box3().setFromObject(o)
        if (!box.isEmpty()) volumes.push({ ...named, min: box.min.toArray(), max: box.max.toArray() })
      }
    })
    onVolumes(volumes)
    invalidate()
  }, [gltf, invalidate, onVolumes])
  return <primitive object={gltf.scene} />
}

/** Above this height over the roof, the roof is part of the picture; below it, it hides the hall. */
const ROOF_CLEARANCE = 25

declare global {
  interface Window {
    /** Test hook: force the roof layer on or off (null: as the view decides). */
    __venueTwinRoof?: (on: boolean | null) => void
  }
}

/**
 * Nothing hides the subject: the roof (trusses and ties, the model's `roof` node) steps out of
 * the way when a booth or zone is looked at close up, and whenever the camera is lower than a
 * little above the roof — from there it is a lattice drawn across everything.
 */
function useRoofOutOfTheWay(scene: Object3D, closeUp: boolean): void {
  const roof = useRef<{ node: Object3D; top: number } | null>(null)
  const forced = useRef<boolean | null>(null)
  useEffect(() => {
    const node = scene.getObjectByName('roof')
    roof.current = node ? { node, top: new Box3().setFromObject(node).max.y } : null
  }, [scene])
  const invalidate = useThree((s) => s.invalidate)
  useEffect(() => {
    window.__venueTwinRoof = (on) => {
      forced.current = on
      invalidate()
    }
    return () => {
      delete window.__venueTwinRoof
    }
  }, [invalidate])
  useFrame(({ camera }) => {
    const r = roof.current
    if (!r) return
    const show = forced.current ?? (!closeUp && camera.position.y > r.top + ROOF_CLEARANCE)
    // Before this frame is drawn: it already shows the change.
    if (r.node.visible !== show) r.node.visible = show
  })
}
