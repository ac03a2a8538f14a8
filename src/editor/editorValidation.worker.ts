/**
 * Validation as you go, off the main thread: the same rules as `npm run validate` (schema,
 * cross-checks, then reachability for a scene that passes them) on every document it is sent.
 */
import type { EditorDoc } from '../domain/editing/doc.ts'
import { applyDelta, type Delta } from '../domain/editing/docDelta.ts'
import { docToFiles } from '../domain/editing/files.ts'
import { reachabilityIssues } from '../domain/routing/reachabilityIssues.ts'
import type { SceneIssue } from '../domain/scene/issues.ts'
import { parseScene } from '../domain/scene/parseScene.ts'

export interface ValidationRequest {
  revision: number
  /** From the document of the previous request (the first: from null). */
  delta: Delta
}
export interface ValidationResult {
  revision: number
  issues: SceneIssue[]
  /** Ids of places that cannot be walked to. */
  unreachable: string[]
  ms: number
}

let doc = null as unknown as EditorDoc

self.onmessage = (e: MessageEvent<ValidationRequest>) => {
  const started = performance.now()
  const { revision, delta } = e.data
  doc = applyDelta(doc, delta) as EditorDoc
  let issues: SceneIssue[]
  let unreachable: string[] = []
  try {
    const parsed = parseScene(docToFiles(doc))
    if (parsed.ok) {
      issues = reachabilityIssues(parsed.scene)
      unreachable = issues.map((i) => String(i.value))
    } else {
      issues = parsed.issues
    }
  } catch (err) {
    issues = [{ file: 'venue.json', path: '$', rule: 'validator-crash', message: `the validator failed: ${String(err)}` }]
  }
  const result: ValidationResult = { revision, issues, unreachable, ms: performance.now() - started }
  postMessage(result)
}
