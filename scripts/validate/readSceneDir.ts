/**
 * Turns a scene folder into the raw JSON of its three files plus the problems met while
 * reading them (a missing file, broken JSON with its line and column). Shared by the
 * validate CLI and any other script that loads scenes from disk.
 */
import { readFileSync, statSync } from 'node:fs'
import path from 'node:path'
import type { SceneIssue } from '../../src/domain/scene/issues.ts'
import type { RawSceneFiles } from '../../src/domain/scene/parseScene.ts'
import { SCENE_FILES, type SceneFileName } from '../../src/domain/scene/schema.ts'
import { findJsonSyntaxError, locate } from './jsonSyntax.ts'
import { LOGO_PATH } from '../../src/domain/logos/logoPath.ts'

export interface SceneDirRead {
  dir: string
  /** Parsed JSON of each file; `undefined` for a file that could not be read or parsed. */
  files: RawSceneFiles
  /** Files that could not be read or parsed (each has an issue in `issues`). */
  unreadable: SceneFileName[]
  issues: SceneIssue[]
  /** The logo files exhibitors.json names, by path: their bytes, or null when there is no such file. */
  logos?: Record<string, Uint8Array | null>
}

/** The issue `file` used for problems with the folder itself rather than one file in it. */
export const DIR_ISSUE_FILE = '(folder)'

export function readSceneDir(dir: string): SceneDirRead {
  const files: RawSceneFiles = { 'venue.json': undefined, 'exhibitors.json': undefined, 'sessions.json': undefined }
  const issues: SceneIssue[] = []
  const unreadable: SceneFileName[] = []

  if (!isDirectory(dir)) {
    issues.push({ file: DIR_ISSUE_FILE, path: '$', rule: 'scene-folder', message: `no scene folder at ${dir}`, value: dir })
    return { dir, files, unreadable: [...SCENE_FILES], issues }
  }

  for (const file of SCENE_FILES) {
    const full = path.join(dir, file)
    let text: string
    try {
      text = readFileSync(full, 'utf8')
    } catch (e) {
      const code = (e as NodeJS.ErrnoException).code
      unreadable.push(file)
      issues.push(
        code === 'ENOENT'
          ? { file, path: '$', rule: 'file-missing', message: `${file} is missing from the scene folder` }
          : { file, path: '$', rule: 'file-unreadable', message: `${file} could not be read: ${(e as Error).message}` },
      )
      continue
    }
    const result = parseJsonText(file, text)
    if (result.ok) files[file] = result.value
    else {
      unreadable.push(file)
      issues.push(result.issue)
    }
  }
  return { dir, files, unreadable, issues, logos: readLogos(dir, files['exhibitors.json']) }
}

/** Bytes of each logo the raw exhibitors name (paths the schema refuses are left to it). */
function readLogos(dir: string, raw: unknown): Record<string, Uint8Array | null> {
  const out: Record<string, Uint8Array | null> = {}
  const list = raw !== null && typeof raw === 'object' ? (raw as { exhibitors?: unknown }).exhibitors : undefined
  if (!Array.isArray(list)) return out
  for (const e of list as { logo?: unknown }[]) {
    if (typeof e?.logo !== 'string' || !LOGO_PATH.test(e.logo) || e.logo in out) continue
    try {
      out[e.logo] = readFileSync(path.join(dir, e.logo))
    } catch {
      out[e.logo] = null
    }
  }
  return out
}

function isDirectory(p: string): boolean {
  try {
    return statSync(p).isDirectory()
  } catch {
    return false
  }
}

/** JSON text to a value, or an issue naming the file, line and column. Pure. */
export function parseJsonText(file: string, text: string): { ok: true; value: unknown } | { ok: false; issue: SceneIssue } {
  // Editors on Windows like to start UTF-8 files with a byte-order mark; JSON.parse does not.
  const body = text.charCodeAt(0) === 0xfeff ? text.slice(1) : text
  if (body.trim() === '') return { ok: false, issue: { file, path: '$', rule: 'json-syntax', message: `${file} is empty` } }
  try {
    return { ok: true, value: JSON.parse(body) as unknown }
  } catch (e) {
    const where = findJsonSyntaxError(body) ?? fromEngineMessage(body, (e as Error).message)
    return {
      ok: false,
      issue: {
        file,
        path: '$',
        rule: 'json-syntax',
        message: `invalid JSON at line ${where.line}, column ${where.column}: ${where.reason}`,
        value: where.excerpt,
      },
    }
  }
}

function fromEngineMessage(text: string, message: string): ReturnType<typeof locate> {
  const m = /position (\d+)/.exec(message)
  return locate(text, m ? Number(m[1]) : 0, message)
}
