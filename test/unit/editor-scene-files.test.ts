/** The editor keeps a way to the opened scene's other files (its logos) for Publish; never outside the scene's folder. */
import { strToU8, zipSync } from 'fflate'
import { describe, expect, it } from 'vitest'
import { fileListReader } from '../../src/editor/sceneAssets.ts'
import { openZip } from '../../src/editor/sceneFiles.ts'
import { smallScene, toFileTexts } from '../fixtures/smallScene.ts'

const logo = new Uint8Array([0x89, 0x50, 0x4e, 0x47, 1, 2, 3])
const texts = toFileTexts(smallScene())

describe('the opened scene\'s logo files', () => {
  it('a zip with the scene in a folder: logos by their path in that folder', async () => {
    const entries: Record<string, Uint8Array> = { 'expo/logos/acme.png': logo, 'secret.png': logo }
    for (const [f, text] of Object.entries(texts)) entries[`expo/${f}`] = strToU8(text)
    const opened = openZip(zipSync(entries), 'expo.zip')
    expect(await opened.files('logos/acme.png')).toEqual(logo)
    expect(await opened.files('logos/other.png')).toBeNull()
    // Only paths a logo may have: nothing above the scene's folder.
    expect(await opened.files('../secret.png')).toBeNull()
  })

  it('a zip with the files at its top', async () => {
    const entries: Record<string, Uint8Array> = { 'logos/acme.png': logo }
    for (const [f, text] of Object.entries(texts)) entries[f] = strToU8(text)
    expect(await openZip(zipSync(entries), 'expo.zip').files('logos/acme.png')).toEqual(logo)
  })

  it('files picked from a folder input, by their path under the folder', async () => {
    const file = new File([logo], 'acme.png')
    Object.defineProperty(file, 'webkitRelativePath', { value: 'expo/logos/acme.png' })
    const read = fileListReader([file])
    expect(await read('logos/acme.png')).toEqual(logo)
    expect(await read('acme.png')).toBeNull()
  })
})
