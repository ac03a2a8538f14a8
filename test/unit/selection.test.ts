import { describe, expect, it } from 'vitest'
import { frameFor, hallBox } from '../../src/domain/camera/framing.ts'
import { parseScene } from '../../src/domain/scene/parseScene.ts'
import { buildSceneIndex, type SceneIndex } from '../../src/domain/scene/sceneIndex.ts'
import { boothsOfSelection, parentOfSelection, selectionExists, zoneOfPlace, zoneOfSelection } from '../../src/domain/selection.ts'
import { smallScene, toRaw, type SmallScene } from '../fixtures/smallScene.ts'

function indexOf(edit: (s: SmallScene) => void = () => {}): SceneIndex {
  const s = smallScene()
  edit(s)
  const parsed = parseScene(toRaw(s))
  if (!parsed.ok) throw new Error(JSON.stringify(parsed.issues))
  return buildSceneIndex(parsed.scene)
}

const index = indexOf()

describe('what a selection means', () => {
  it('gives the zone of each kind: itself, a booth’s, an exhibitor’s first booth’s, a session’s place', () => {
    expect(zoneOfSelection(index, { kind: 'zone', id: 'main-stage' })).toBe('main-stage')
    expect(zoneOfSelection(index, { kind: 'booth', id: 'booth-b01' })).toBe('digital-trade')
    expect(zoneOfSelection(index, { kind: 'exhibitor', id: 'acme-robotics' })).toBe('smart-city')
    expect(zoneOfSelection(index, { kind: 'session', id: 'opening-ceremony' })).toBe('main-stage')
    expect(zoneOfSelection(index, { kind: 'session', id: 'robot-demo' })).toBe('smart-city')
    expect(zoneOfSelection(index, { kind: 'booth', id: 'no-such-booth' })).toBeNull()
    expect(zoneOfSelection(index, null)).toBeNull()
  })

  it('places a session at a service point in the zone around that point', () => {
    const withPoi = indexOf((s) => {
      s.venue.pois!.push({ id: 'info-desk', levelId: 'level-1', kind: 'restroom', name: { en: 'Restrooms', zh: '洗手间' }, position: [40, 10] })
      s.sessions.sessions[0]!.locationId = 'info-desk'
    })
    const session = { kind: 'session', id: withPoi.scene.sessions[0]!.id } as const
    expect(zoneOfSelection(withPoi, session)).toBe('digital-trade')
    expect(parentOfSelection(withPoi, session)).toEqual({ kind: 'zone', id: 'digital-trade' })
    expect(zoneOfPlace(withPoi, 'info-desk')).toBe('digital-trade')
  })

  it('gives the booths of each kind: an exhibitor may have several, a zone none', () => {
    expect(boothsOfSelection(index, { kind: 'exhibitor', id: 'acme-robotics' })).toEqual(['booth-a01', 'booth-a02'])
    expect(boothsOfSelection(index, { kind: 'booth', id: 'booth-a03' })).toEqual(['booth-a03'])
    expect(boothsOfSelection(index, { kind: 'session', id: 'robot-demo' })).toEqual(['booth-a01'])
    expect(boothsOfSelection(index, { kind: 'session', id: 'trade-forum' })).toEqual([])
    expect(boothsOfSelection(index, { kind: 'zone', id: 'smart-city' })).toEqual([])
  })

  it('goes one level up to the zone, and from a zone to the overview', () => {
    expect(parentOfSelection(index, { kind: 'exhibitor', id: 'harbour-trade' })).toEqual({ kind: 'zone', id: 'digital-trade' })
    expect(parentOfSelection(index, { kind: 'zone', id: 'digital-trade' })).toBeNull()
  })

  it('knows which selections exist', () => {
    expect(selectionExists(index, { kind: 'session', id: 'trade-forum' })).toBe(true)
    expect(selectionExists(index, { kind: 'session', id: 'acme-robotics' })).toBe(false)
    expect(selectionExists(null, { kind: 'zone', id: 'smart-city' })).toBe(false)
  })

  it('frames the camera on the same booths the highlight shows', () => {
    const box = frameFor(index, { kind: 'exhibitor', id: 'acme-robotics' })
    const a01 = index.boothBox.get('booth-a01')!
    const a02 = index.boothBox.get('booth-a02')!
    expect(box.min[0]).toBeLessThan(a01.minX)
    expect(box.max[0]).toBeGreaterThan(a02.maxX)
    expect(frameFor(index, { kind: 'booth', id: 'no-such-booth' })).toEqual(hallBox(index))
  })
})
