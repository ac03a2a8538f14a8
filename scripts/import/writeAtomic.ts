/**
 * Writes a scene's changed files so a reader never sees half a file: each goes to a temporary
 * file beside it first, and only when all are written are they renamed over the old ones.
 */
import { renameSync, rmSync, writeFileSync } from 'node:fs'
import path from 'node:path'

export function writeFilesAtomically(dir: string, files: Record<string, string | Uint8Array>): void {
  const temps: [string, string][] = []
  try {
    for (const [name, content] of Object.entries(files)) {
      const target = path.join(dir, name)
      const temp = `${target}.tmp.${process.pid}`
      writeFileSync(temp, content)
      temps.push([temp, target])
    }
  } catch (e) {
    for (const [temp] of temps) rmSync(temp, { force: true })
    throw e
  }
  for (const [temp, target] of temps) renameSync(temp, target)
}

export function sceneJson(value: unknown): string {
  return `${JSON.stringify(value, null, 2)}\n`
}
