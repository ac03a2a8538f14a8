/**
 * Stepping a pavilion banner aside (see-through pass) without importing the banners' chunk:
 * both meet on the scene graph. The boards (`banner-boards`, an InstancedMesh) keep the
 * zone id of each instance and the matrices of hidden ones; the names (`banner-names`, a mesh
 * of one quad per face) keep each quad's zone and where its corners rest.
 */
import { Matrix4, type BufferAttribute, type InstancedMesh, type Mesh, type Object3D } from 'three'
import type { BannerLetteringData } from './bannerLettering.ts'

export interface BannerBoardsData {
  bannerZoneIds: string[]
  /** Hidden instances and their own matrices. */
  hidden: Map<number, Matrix4>
}

const collapsed = new Matrix4().makeScale(0, 0, 0)

export function setBannerHidden(scene: Object3D, i: number, hidden: boolean): void {
  const boards = scene.getObjectByName('banner-boards') as InstancedMesh | undefined
  const names = scene.getObjectByName('banner-names') as Mesh | undefined
  if (!boards) return
  const data = boards.userData as BannerBoardsData
  const zoneId = data.bannerZoneIds[i]
  if (zoneId === undefined || data.hidden.has(i) === hidden) return
  if (hidden) {
    const own = new Matrix4()
    boards.getMatrixAt(i, own)
    data.hidden.set(i, own)
    boards.setMatrixAt(i, collapsed)
  } else {
    boards.setMatrixAt(i, data.hidden.get(i)!)
    data.hidden.delete(i)
  }
  boards.instanceMatrix.needsUpdate = true
  if (names) setNamesHidden(names, zoneId, hidden)
}

/** A pavilion's name quads folded to a point (hidden) or back where they rest. */
export function setNamesHidden(names: Mesh, zoneId: string, hidden: boolean): void {
  const { faces, rest } = names.userData as BannerLetteringData
  const position = names.geometry.getAttribute('position') as BufferAttribute
  const at = position.array as Float32Array
  faces.forEach((f, i) => {
    if (f.zoneId !== zoneId) return
    for (let k = i * 12; k < i * 12 + 12; k++) at[k] = hidden ? rest[i * 12 + (k % 3)]! : rest[k]!
  })
  position.needsUpdate = true
}

/** The zone of a board instance (for the test hook). */
export function bannerZoneId(scene: Object3D, i: number): string | undefined {
  return (scene.getObjectByName('banner-boards')?.userData as BannerBoardsData | undefined)?.bannerZoneIds[i]
}
