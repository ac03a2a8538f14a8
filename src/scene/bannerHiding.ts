/**
 * Stepping a pavilion banner aside (see-through pass) without importing the banners' chunk:
 * both meet on the scene graph. The boards (`banner-boards`, an InstancedMesh) keep the
 * zone id of each instance and the matrices of hidden ones; the names (`banner-names`) keep
 * their member texts, each tagged with its zone.
 */
import { Matrix4, type InstancedMesh, type Object3D } from 'three'

export interface BannerBoardsData {
  bannerZoneIds: string[]
  /** Hidden instances and their own matrices. */
  hidden: Map<number, Matrix4>
}

const collapsed = new Matrix4().makeScale(0, 0, 0)

export function setBannerHidden(scene: Object3D, i: number, hidden: boolean): void {
  const boards = scene.getObjectByName('banner-boards') as InstancedMesh | undefined
  const names = scene.getObjectByName('banner-names')
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
  for (const t of (names?.userData.members as Object3D[] | undefined) ?? []) if (t.userData.zoneId === zoneId) t.scale.setScalar(hidden ? 0 : 1)
}

/** The zone of a board instance (for the test hook). */
export function bannerZoneId(scene: Object3D, i: number): string | undefined {
  return (scene.getObjectByName('banner-boards')?.userData as BannerBoardsData | undefined)?.bannerZoneIds[i]
}
