/**
 * `npm run export:imdf -- --scene <dir> --out <file.zip>`
 *
 * Writes the scene as an IMDF 1.0 archive (Apple / OGC indoor maps): manifest, address, venue,
 * building, footprint, level, unit, opening, amenity, anchor, occupant, kiosk. Feature ids stay
 * the same across exports of the same scene. Exit code: 0 written, 1 scene invalid, 2 usage.
 */
import path from 'node:path'
import { exportImdf } from '../src/domain/interchange/imdf/exportImdf.ts'
import { zipArchive } from './imdf/archive.ts'
import { parseArgs, runCli, UsageError } from './import/args.ts'
import { loadScene } from './import/loadScene.ts'
import { writeFilesAtomically } from './import/writeAtomic.ts'

const USAGE = `Usage: npm run export:imdf -- --scene <dir> --out <file.zip>

Writes the scene as an IMDF 1.0 archive. A scene without venue.geo is placed at a default
origin (0° E, 0° N, north up), with a warning; see docs/organizers.md.`

async function main(): Promise<number> {
  const args = parseArgs(process.argv.slice(2), ['scene', 'out'], [])
  const sceneDir = args.values.get('scene')?.[0]
  const out = args.values.get('out')?.[0]
  if (!sceneDir || !out) throw new UsageError('--scene and --out are required')
  if (!out.toLowerCase().endsWith('.zip')) throw new UsageError('--out must name a .zip file')
  const t0 = performance.now()
  const loaded = loadScene(path.resolve(sceneDir))
  if (!loaded.ok) {
    console.log(`${sceneDir}: the scene has problems; fix them first (npm run validate -- ${sceneDir}):\n${loaded.report}`)
    return 1
  }
  const result = exportImdf(loaded.scene, { created: new Date().toISOString().replace(/\.\d{3}Z$/, 'Z') })
  for (const w of result.warnings) console.log(`warning: ${w}`)
  const zip = zipArchive(result.files)
  writeFilesAtomically(path.dirname(path.resolve(out)), { [path.basename(out)]: zip })
  const c = result.counts
  console.log(
    `wrote ${out}: ${plural(c.building, 'building')}, ${plural(c.level, 'level')}, ${c.unit} units (hall floor, zones, booths), ${c.opening} openings, ${c.amenity} amenities, ` +
      `${c.kiosk} kiosks, ${c.occupant} occupants, ${c.anchor} anchors, ${c.relationship} relationships (connectors); ${(zip.length / 1e6).toFixed(2)} MB in ${Math.round(performance.now() - t0)} ms`,
  )
  return 0
}

function plural(n: number | undefined, word: string): string {
  return `${n ?? 0} ${word}${n === 1 ? '' : 's'}`
}

runCli(USAGE, 'export:imdf', main)
