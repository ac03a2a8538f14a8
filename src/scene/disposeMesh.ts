import type { Material, Mesh } from 'three'

/** Frees a mesh that owns its geometry and material (an InstancedMesh its instance buffers too). */
export function disposeMesh(mesh: Mesh): void {
  mesh.geometry.dispose()
  for (const m of ([] as Material[]).concat(mesh.material)) m.dispose()
  ;(mesh as Mesh & { dispose?: () => void }).dispose?.()
}
