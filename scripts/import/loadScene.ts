/** A scene folder read and checked before anything is imported into it or exported from it. */
import type { RawSceneFiles } from '../../src/domain/scene/parseScene.ts'
import { parseScene } from '../../src/domain/scene/parseScene.ts'
import { formatIssue } from '../../src/domain/scene/issues.ts'
import type { Scene } from '../../src/domain/scene/schema.ts'
import { readSceneDir } from '../validate/readSceneDir.ts'

export type Loaded = { ok: true; raw: RawSceneFiles; scene: Scene } | { ok: false; report: string }

export function loadScene(dir: string): Loaded {
  const read = readSceneDir(dir)
  if (read.issues.length) return { ok: false, report: read.issues.map(formatIssue).join('\n') }
  const parsed = parseScene(read.files)
  if (!parsed.ok) return { ok: false, report: parsed.issues.slice(0, 50).map(formatIssue).join('\n') }
  return { ok: true, raw: read.files, scene: parsed.scene }
}
