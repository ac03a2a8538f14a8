/**
 * What publishing a scene writes, decided without touching a disk: each scene file under its
 * content-hashed name, the revision's copy of the manifest, then the manifest that names them —
 * last, so a reader sees one revision or the other, never a mix. One home for `npm run
 * publish:scene`, the build (the default scene as revision 1) and the editor's Publish; each
 * hashes with what it has (node:crypto, WebCrypto) and hands the hashes in.
 */
import { SCENE_FILES, type SceneFileName } from './files.ts'
import { hashedPath, MANIFEST_FORMAT, REVISIONS_DIR, sameContent, type ManifestEntry, type SceneManifest } from './manifest.ts'

/** A scene file's bytes and the hex SHA-256 of them. */
export interface HashedFile<B extends Uint8Array = Uint8Array> {
  bytes: B
  sha256: string
}

export interface PlannedFile<B extends Uint8Array = Uint8Array> {
  /** Relative to the scene's folder in the data folder. */
  path: string
  bytes: B
  /**
   * Named by its content hash: a file already there holds these very bytes and need not be
   * written again. The revision's manifest copy is not (a rollback rewrites it).
   */
  immutable: boolean
}

export interface PublishPlan<B extends Uint8Array = Uint8Array> {
  manifest: SceneManifest
  /** Hashed scene files, then the revision's copy of the manifest; the manifest itself comes last. */
  files: PlannedFile<B>[]
  manifestBytes: Uint8Array
  /** The previous revision had exactly these files: nothing new to publish. */
  unchanged: boolean
}

export function manifestFor(sceneId: string, revision: number, files: Record<SceneFileName, HashedFile>, publishedAt?: string): SceneManifest {
  const entries = {} as Record<SceneFileName, ManifestEntry>
  for (const name of SCENE_FILES) {
    const { bytes, sha256 } = files[name]
    entries[name] = { path: hashedPath(name, sha256), sha256, bytes: bytes.byteLength }
  }
  return { format: MANIFEST_FORMAT, scene: sceneId, revision, ...(publishedAt ? { publishedAt } : {}), files: entries }
}

/** The manifest as published: pretty JSON with a final newline, like the scene files. */
export function manifestText(manifest: SceneManifest): string {
  return `${JSON.stringify(manifest, null, 2)}\n`
}

export function planPublish<B extends Uint8Array>(
  sceneId: string,
  files: Record<SceneFileName, HashedFile<B>>,
  previous: SceneManifest | null,
  publishedAt?: string,
): PublishPlan<B | Uint8Array> {
  const manifest = manifestFor(sceneId, (previous?.revision ?? 0) + 1, files, publishedAt)
  const manifestBytes = new TextEncoder().encode(manifestText(manifest))
  return {
    manifest,
    files: [
      ...SCENE_FILES.map((name) => ({ path: manifest.files[name].path, bytes: files[name].bytes, immutable: true })),
      { path: `${REVISIONS_DIR}/${manifest.revision}.json`, bytes: manifestBytes, immutable: false },
    ],
    manifestBytes,
    unchanged: previous !== null && sameContent(previous, manifest),
  }
}

/** Hex of a digest (WebCrypto gives an ArrayBuffer). */
export function hex(digest: ArrayBuffer): string {
  return [...new Uint8Array(digest)].map((b) => b.toString(16).padStart(2, '0')).join('')
}
