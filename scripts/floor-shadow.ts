/**
 * A scene's baked floor shadows as PNG files (one per floor, greyscale, named by the floor's
 * fingerprint: src/domain/shadow/floorShadows.ts), for the build, the dev and preview servers
 * and `npm run publish:scene`.
 */
import path from 'node:path'
import { deflateSync } from 'node:zlib'
import type { Venue } from '../src/domain/scene/schema.ts'
import type { ShadowImage } from '../src/domain/shadow/contactShadow.ts'
import { floorShadowPlans } from '../src/domain/shadow/floorShadows.ts'
import { greyPng, shadowScanlines } from '../src/domain/shadow/shadowPng.ts'
import { loadVenueFile } from './models/loadVenue.ts'

export interface FloorShadowFile {
  levelId: string
  fileName: string
  fingerprint: string
  /** Lazily made: the dev server only rasterises the floor asked for. */
  png: () => Buffer
}

export function floorShadowFiles(venue: Venue): FloorShadowFile[] {
  return floorShadowPlans(venue).map(({ image, ...plan }) => ({ ...plan, png: () => encodeShadow(image()) }))
}

/** The files for a scene folder; none (with the reason) when its venue.json does not load. */
export function floorShadowFilesIn(sceneDir: string): { files: FloorShadowFile[]; problem: string | null } {
  const load = loadVenueFile(path.join(sceneDir, 'venue.json'))
  if (!load.ok) return { files: [], problem: load.issues.map((i) => `${i.file} ${i.path}: ${i.rule}`).join('; ') }
  return { files: floorShadowFiles(load.venue), problem: null }
}

/** 8-bit greyscale PNG (src/domain/shadow/shadowPng.ts): a floor is mostly unshadowed, so it deflates to little. */
export function encodeShadow(image: ShadowImage): Buffer {
  const png = greyPng(image.frame.width, image.frame.height, deflateSync(shadowScanlines(image), { level: 9 }))
  return Buffer.from(png.buffer, png.byteOffset, png.byteLength)
}
