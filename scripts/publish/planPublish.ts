/**
 * What publishing a scene writes, decided without touching the disk: each scene file under its
 * content-hashed name, then the manifest that names them. Shared by `npm run publish:scene` and
 * the build (which ships the default scene published the same way, as revision 1).
 */
import { createHash } from 'node:crypto'
import { SCENE_FILES, type SceneFileName } from '../../src/domain/scene/files.ts'
import { hashedPath, MANIFEST_FORMAT, REVISIONS_DIR, sameContent, type ManifestEntry, type SceneManifest } from '../../src/domain/scene/manifest.ts'

export interface PublishPlan {
  manifest: SceneManifest
  /** Hashed scene files, then the revision's copy of the manifest; the manifest itself comes last. */
  files: { path: string; bytes: Buffer }[]
  manifestBytes: Buffer
  /** The previous revision had exactly these files: nothing new to publish. */
  unchanged: boolean
}

export function sha256(bytes: Buffer): string {
  return createHash('sha256').update(bytes).digest('hex')
}

export function manifestFor(sceneId: string, revision: number, files: Record<SceneFileName, Buffer>, publishedAt?: string): SceneManifest {
  const entries = {} as Record<SceneFileName, ManifestEntry>
  for (const name of SCENE_FILES) {
    const hash = sha256(files[name])
    entries[name] = { path: hashedPath(name, hash), sha256: hash, bytes: files[name].byteLength }
  }
  return { format: MANIFEST_FORMAT, scene: sceneId, revision, ...(publishedAt ? { publishedAt } : {}), files: entries }
}

export function planPublish(
  sceneId: string,
  files: Record<SceneFileName, Buffer>,
  previous: SceneManifest | null,
  publishedAt?: string,
): PublishPlan {
  const manifest = manifestFor(sceneId, (previous?.revision ?? 0) + 1, files, publishedAt)
  const manifestBytes = Buffer.from(`${JSON.stringify(manifest, null, 2)}\n`)
  return {
    manifest,
    files: [
      ...SCENE_FILES.map((name) => ({ path: manifest.files[name].path, bytes: files[name] })),
      { path: `${REVISIONS_DIR}/${manifest.revision}.json`, bytes: manifestBytes },
    ],
    manifestBytes,
    unchanged: previous !== null && sameContent(previous, manifest),
  }
}
