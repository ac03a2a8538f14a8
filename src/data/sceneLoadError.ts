/**
 * How loading a scene fails, as plain data (it crosses the worker boundary by structured clone)
 * and as an Error for the app. Every failure names the file; data problems also the JSON path
 * and rule.
 */
import { SceneError, type SceneIssue } from '../domain/scene/issues.ts'
import type { SceneFileName } from '../domain/scene/files.ts'

export type SceneLoadFailure =
  | { kind: 'missing'; sceneId: string; file: SceneFileName | string }
  | { kind: 'network'; sceneId: string; file: SceneFileName | string; message: string }
  | { kind: 'invalid'; sceneId: string; issues: SceneIssue[] }
  | { kind: 'timeout'; sceneId: string; seconds: number }

export class SceneLoadError extends Error {
  readonly failure: SceneLoadFailure
  constructor(failure: SceneLoadFailure) {
    super(
      failure.kind === 'invalid'
        ? new SceneError(failure.sceneId, failure.issues).message
        : failure.kind === 'missing'
          ? `Scene "${failure.sceneId}" not found (${failure.file})`
          : failure.kind === 'timeout'
            ? `Scene "${failure.sceneId}" did not load within ${failure.seconds} s`
            : `Scene "${failure.sceneId}": ${failure.file}: ${failure.message}`,
    )
    this.name = 'SceneLoadError'
    this.failure = failure
  }
}
