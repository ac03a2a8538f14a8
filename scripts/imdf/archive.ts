/**
 * IMDF archives on disk: a .zip (through fflate) or an unpacked folder → file name → parsed
 * JSON, and the other way for export. Files may sit in a subfolder of the zip, as some tools
 * write them.
 */
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs'
import path from 'node:path'
import { strFromU8, strToU8, unzipSync, zipSync } from 'fflate'

export type ArchiveRead = { ok: true; files: Record<string, unknown>; names: string[]; unreadable: string[] } | { ok: false; message: string }

export function readArchive(source: string): ArchiveRead {
  if (!existsSync(source)) return { ok: false, message: `${source} does not exist` }
  const raw: Record<string, Uint8Array> = {}
  if (statSync(source).isDirectory()) {
    for (const name of readdirSync(source)) if (/\.(geo)?json$/i.test(name)) raw[name] = readFileSync(path.join(source, name))
  } else {
    let entries: Record<string, Uint8Array>
    try {
      entries = unzipSync(readFileSync(source))
    } catch (e) {
      return { ok: false, message: `${path.basename(source)} is not a zip archive (${(e as Error).message}); an IMDF archive is a .zip of GeoJSON files` }
    }
    const manifest = Object.keys(entries).find((n) => /(^|\/)manifest\.json$/i.test(n) && !n.startsWith('__MACOSX'))
    const prefix = manifest ? manifest.slice(0, manifest.length - 'manifest.json'.length) : ''
    for (const [name, bytes] of Object.entries(entries)) {
      if (!name.startsWith(prefix) || name.endsWith('/')) continue
      const rel = name.slice(prefix.length)
      if (!rel.includes('/')) raw[rel] = bytes
    }
  }
  const files: Record<string, unknown> = {}
  const unreadable: string[] = []
  for (const [name, bytes] of Object.entries(raw)) {
    try {
      files[name.toLowerCase()] = JSON.parse(strFromU8(bytes).replace(/^\uFEFF/, ''))
    } catch (e) {
      unreadable.push(`${name}: ${(e as Error).message}`)
    }
  }
  return { ok: true, files, names: Object.keys(raw).sort(), unreadable }
}

export function zipArchive(files: Record<string, unknown>): Uint8Array {
  const entries: Record<string, Uint8Array> = {}
  // A fixed time stamp: the same scene gives the same archive bytes except the manifest's date.
  for (const [name, value] of Object.entries(files)) entries[name] = strToU8(JSON.stringify(value))
  return zipSync(entries, { level: 6, mtime: new Date(Date.UTC(2020, 0, 1)) })
}
