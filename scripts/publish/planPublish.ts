/**
 * The publish plan (src/domain/scene/publishPlan.ts) for Node: files hashed with node:crypto and
 * handed back as Buffers. Shared by `npm run publish:scene` and the build (which ships the
 * default scene published the same way, as revision 1).
 */
import { createHash } from 'node:crypto'
import { SCENE_FILES, type SceneFileName } from '../../src/domain/scene/files.ts'
import type { SceneManifest } from '../../src/domain/scene/manifest.ts'
import { planPublish as planShared } from '../../src/domain/scene/publishPlan.ts'

export interface PublishPlan {
  manifest: SceneManifest
  /** Hashed scene files (immutable), then the revision's copy of the manifest; the manifest itself comes last. */
  files: { path: string; bytes: Buffer; immutable: boolean }[]
  manifestBytes: Buffer
  unchanged: boolean
}

export function sha256(bytes: Uint8Array): string {
  return createHash('sha256').update(bytes).digest('hex')
}

const asBuffer = (b: Uint8Array): Buffer => (Buffer.isBuffer(b) ? b : Buffer.from(b.buffer, b.byteOffset, b.byteLength))

export function planPublish(sceneId: string, files: Record<SceneFileName, Buffer>, previous: SceneManifest | null, publishedAt?: string): PublishPlan {
  const hashed = Object.fromEntries(SCENE_FILES.map((f) => [f, { bytes: files[f], sha256: sha256(files[f]) }])) as Record<SceneFileName, { bytes: Buffer; sha256: string }>
  const plan = planShared(sceneId, hashed, previous, publishedAt)
  return { ...plan, files: plan.files.map((f) => ({ ...f, bytes: asBuffer(f.bytes) })), manifestBytes: asBuffer(plan.manifestBytes) }
}
