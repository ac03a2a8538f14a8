/**
 * Raw scene JSON to a validated `Scene`, or a `SceneLoadError` listing every problem. This is
 * the module that carries zod and the whole rule set: it runs in the scene worker, and on the
 * main thread only as a lazily loaded fallback, so none of it is in the first download.
 */
import type { LoadedConfig } from '../domain/config/deploymentConfig.ts'
import type { SceneFileName } from '../domain/scene/files.ts'
import { formatIssue } from '../domain/scene/issues.ts'
import { parseScene, type RawSceneFiles } from '../domain/scene/parseScene.ts'
import type { Scene } from '../domain/scene/schema.ts'
import { SceneLoadError } from './sceneLoadError.ts'

export interface ValidatedScene {
  scene: Scene
  migratedFrom: Partial<Record<SceneFileName, number>>
  /** What loading dropped from old files (a kiosk PIN), for the console. */
  warnings: string[]
  /** The scene folder read (the settings' default when the URL named none). */
  sceneId: string
  /** The published revision (manifest.json), or null for an unpublished folder. */
  revision: number | null
  /** Where new revisions appear; null for an unpublished folder. */
  manifestUrl: string | null
  /** The deployment's settings, read and checked in the scene worker (absent without one). */
  settings?: LoadedConfig
}

export interface SceneSource {
  sceneId: string
  revision: number | null
  manifestUrl: string | null
}

export function validateScene(source: SceneSource, raw: RawSceneFiles): ValidatedScene {
  const result = parseScene(raw)
  if (!result.ok) throw new SceneLoadError({ kind: 'invalid', sceneId: source.sceneId, issues: result.issues })
  const { sceneId, revision, manifestUrl } = source
  return { scene: result.scene, migratedFrom: result.migratedFrom, warnings: result.dropped.map(formatIssue), sceneId, revision, manifestUrl }
}
