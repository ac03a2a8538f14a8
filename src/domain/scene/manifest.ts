/**
 * A published scene folder's `manifest.json`: which file holds each scene file in this revision,
 * by content hash. Publishing writes the files under hashed names first and the manifest last,
 * so a reader sees either the old revision or the new one, never a mix; a cache keyed by the
 * hashed names can never hand out one revision's file for another's. Zod-free: the scene worker
 * and the publish script both read it.
 */
import { SCENE_FILES, type SceneFileName } from './files.ts'
import { KEBAB_CASE } from './ids.ts'

export const MANIFEST_FILE = 'manifest.json'
export const MANIFEST_FORMAT = 'venue-twin-scene/1'
/** Hashed files live here, inside the scene folder. */
export const FILES_DIR = 'files'
/** Every manifest ever published, by revision: what a rollback republishes. */
export const REVISIONS_DIR = 'revisions'

export interface ManifestEntry {
  /** Relative to the manifest, e.g. `files/venue.3f2a9c81d0b4e6f7.json`. */
  path: string
  /** SHA-256 of the file's bytes, hex. */
  sha256: string
  bytes: number
}

export interface SceneManifest {
  format: typeof MANIFEST_FORMAT
  scene: string
  /** 1, 2, 3… one more at every publish (a rollback too). */
  revision: number
  /** ISO time of the publish; absent in the build's own copy (builds are reproducible). */
  publishedAt?: string
  files: Record<SceneFileName, ManifestEntry>
}

const SHA256 = /^[0-9a-f]{64}$/
const PATH = /^files\/[a-z0-9][a-z0-9-]*\.[0-9a-f]{16}\.json$/

/** The hashed name of a scene file: `venue.json` + hash → `files/venue.<16 hex>.json`. */
export function hashedPath(file: SceneFileName, sha256: string): string {
  return `${FILES_DIR}/${file.replace(/\.json$/, '')}.${sha256.slice(0, 16)}.json`
}

/** The manifest, or why it is not one (reported with its URL by the caller). */
export function parseManifest(raw: unknown): SceneManifest | string {
  if (typeof raw !== 'object' || raw === null || Array.isArray(raw)) return 'the manifest must be a JSON object'
  const m = raw as Record<string, unknown>
  if (m.format !== MANIFEST_FORMAT) return `format must be "${MANIFEST_FORMAT}"`
  if (typeof m.scene !== 'string' || !KEBAB_CASE.test(m.scene)) return 'scene must be a kebab-case id'
  if (typeof m.revision !== 'number' || !Number.isInteger(m.revision) || m.revision < 1) return 'revision must be a whole number ≥ 1'
  if (typeof m.files !== 'object' || m.files === null) return 'files must be an object'
  const files = m.files as Record<string, unknown>
  for (const name of SCENE_FILES) {
    const e = files[name] as Partial<ManifestEntry> | undefined
    if (!e || typeof e.path !== 'string' || !PATH.test(e.path)) return `files["${name}"].path must be a files/<name>.<hash>.json path`
    if (typeof e.sha256 !== 'string' || !SHA256.test(e.sha256) || !e.path.includes(`.${e.sha256.slice(0, 16)}.`)) return `files["${name}"].sha256 must be the hex SHA-256 its path names`
    if (typeof e.bytes !== 'number' || !Number.isInteger(e.bytes) || e.bytes < 0) return `files["${name}"].bytes must be a byte count`
  }
  return m as unknown as SceneManifest
}

/** Two manifests describe the same content (a republish of identical files changes nothing). */
export function sameContent(a: SceneManifest, b: SceneManifest): boolean {
  return SCENE_FILES.every((f) => a.files[f].sha256 === b.files[f].sha256)
}
