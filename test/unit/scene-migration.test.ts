import { readFileSync } from 'node:fs'
import { describe, expect, it } from 'vitest'
import { migrate } from '../../src/domain/scene/migrations.ts'
import { parseScene, type RawSceneFiles } from '../../src/domain/scene/parseScene.ts'
import { CURRENT_SCHEMA_VERSION, SCENE_FILES } from '../../src/domain/scene/schema.ts'
import { smallScene, toRaw } from '../fixtures/smallScene.ts'

const V1_DIR = new URL('../fixtures/scene-v1/', import.meta.url)

/** Fresh parsed JSON of the schemaVersion 1 fixture files. */
function v1Files(): RawSceneFiles {
  const read = (file: string): unknown => JSON.parse(readFileSync(new URL(file, V1_DIR), 'utf8'))
  return { 'venue.json': read('venue.json'), 'exhibitors.json': read('exhibitors.json'), 'sessions.json': read('sessions.json') }
}

function obj(value: unknown): Record<string, unknown> {
  if (value === null || typeof value !== 'object' || Array.isArray(value)) throw new Error('expected an object')
  return value as Record<string, unknown>
}

describe('schemaVersion 1 scene files', () => {
  it('the fixture really is version 1, in the old shape', () => {
    const raw = v1Files()
    for (const file of SCENE_FILES) expect(obj(raw[file]).schemaVersion).toBe(1)
    const booths = obj(raw['venue.json']).booths as Record<string, unknown>[]
    expect(booths[0]).toHaveProperty('zone')
    expect(booths[0]).not.toHaveProperty('zoneId')
    expect(obj(raw['exhibitors.json'])).not.toHaveProperty('sectors')
    expect((obj(raw['exhibitors.json']).exhibitors as Record<string, unknown>[])[0]).toHaveProperty('booth', 'booth-f01')
    expect((obj(raw['sessions.json']).sessions as Record<string, unknown>[])[0]).toHaveProperty('location')
  })

  it('parse, and migratedFrom says every file came from version 1', () => {
    const result = parseScene(v1Files())
    if (!result.ok) throw new Error(`expected success, got ${JSON.stringify(result.issues)}`)
    expect(result.migratedFrom).toEqual({ 'venue.json': 1, 'exhibitors.json': 1, 'sessions.json': 1 })
  })

  it('booth.zone becomes zoneId, exhibitor.booth becomes boothIds, session.location becomes locationId', () => {
    const result = parseScene(v1Files())
    if (!result.ok) throw new Error('expected success')
    const { venue, exhibitors, sessions } = result.scene
    expect(venue.booths.map((b) => [b.id, b.zoneId])).toEqual([
      ['booth-f01', 'future-industries'],
      ['booth-f02', 'future-industries'],
    ])
    expect(venue.booths[0]).not.toHaveProperty('zone')
    expect(exhibitors.map((e) => [e.id, e.boothIds])).toEqual([
      ['nova-robotics', ['booth-f01']],
      ['keller-chips', ['booth-f02']],
    ])
    expect(exhibitors[0]).not.toHaveProperty('booth')
    expect(sessions.map((s) => [s.id, s.locationId])).toEqual([
      ['robotics-forum', 'forum-stage'],
      ['arm-demo', 'booth-f01'],
    ])
    expect(sessions[0]).not.toHaveProperty('location')
  })

  it('the sector list is built from the sectors exhibitors name, with readable names', () => {
    const result = parseScene(v1Files())
    if (!result.ok) throw new Error('expected success')
    expect(result.scene.sectors).toEqual([
      { id: 'robotics', name: { en: 'Robotics', zh: 'Robotics' } },
      { id: 'smart-manufacturing', name: { en: 'Smart Manufacturing', zh: 'Smart Manufacturing' } },
    ])
  })

  it('ids are kept exactly (they are in printed QR codes)', () => {
    const raw = v1Files()
    const result = parseScene(raw)
    if (!result.ok) throw new Error('expected success')
    expect(result.scene.venue.id).toBe('legacy-expo')
    expect(result.scene.venue.zones.map((z) => z.id)).toEqual(['future-industries', 'forum-stage'])
  })

  it('does not modify the raw input objects', () => {
    const raw = v1Files()
    const before = JSON.stringify(raw)
    parseScene(raw)
    expect(JSON.stringify(raw)).toBe(before)
  })

  it('a mix of versions: only the old file is reported as migrated', () => {
    const raw = { ...toRaw(smallScene()), 'sessions.json': obj(v1Files()['sessions.json']) }
    // The v1 sessions name places of the v1 venue; point them at the small scene's places.
    const sessions = raw['sessions.json'].sessions as Record<string, unknown>[]
    sessions[0]!.location = 'main-stage'
    sessions[1]!.location = 'booth-a01'
    const result = parseScene(raw)
    if (!result.ok) throw new Error(`expected success, got ${JSON.stringify(result.issues)}`)
    expect(result.migratedFrom).toEqual({ 'sessions.json': 1 })
  })

  it('cross-checks still run after migration, at the migrated paths', () => {
    const raw = v1Files()
    const exhibitors = obj(raw['exhibitors.json']).exhibitors as Record<string, unknown>[]
    exhibitors[1]!.booth = 'booth-f99'
    const result = parseScene(raw)
    expect(result.ok).toBe(false)
    if (result.ok) return
    expect(result.issues.map(({ file, path, rule, value }) => ({ file, path, rule, value }))).toEqual([
      { file: 'exhibitors.json', path: '$.exhibitors[1].boothIds[0]', rule: 'exhibitor-booth-exists', value: 'booth-f99' },
    ])
  })
})

describe('schemaVersion problems', () => {
  it('a future schemaVersion 99 is a clear schema-version issue, not a silent pass or a crash', () => {
    const s = smallScene()
    const raw = { ...toRaw(s), 'venue.json': { ...s.venue, schemaVersion: 99 } }
    const result = parseScene(raw)
    expect(result.ok).toBe(false)
    if (result.ok) return
    expect(result.issues).toHaveLength(1)
    const [issue] = result.issues
    expect(issue).toMatchObject({ file: 'venue.json', path: '$.schemaVersion', rule: 'schema-version', value: 99 })
    expect(issue!.message).toMatch(/99/)
    expect(issue!.message).toMatch(new RegExp(`newer.*\\b${CURRENT_SCHEMA_VERSION}\\b`))
  })

  it('a missing schemaVersion is an issue', () => {
    const s = smallScene()
    const { schemaVersion: _dropped, ...noVersion } = s.exhibitors
    const result = parseScene({ ...toRaw(s), 'exhibitors.json': noVersion })
    expect(result.ok).toBe(false)
    if (result.ok) return
    expect(result.issues.map(({ file, path, rule, value }) => ({ file, path, rule, value }))).toEqual([
      { file: 'exhibitors.json', path: '$.schemaVersion', rule: 'schema-version', value: undefined },
    ])
  })

  it.each([[0], [1.5], ['2'], [null], [-1]])('schemaVersion %j is an issue', (version) => {
    const s = smallScene()
    const result = parseScene({ ...toRaw(s), 'sessions.json': { ...s.sessions, schemaVersion: version } })
    expect(result.ok).toBe(false)
    if (result.ok) return
    expect(result.issues).toEqual([expect.objectContaining({ file: 'sessions.json', path: '$.schemaVersion', rule: 'schema-version', value: version })])
  })

  it('a problem in one file does not hide problems in the others', () => {
    const s = smallScene()
    s.exhibitors.exhibitors[0]!.name.zh = ''
    const result = parseScene({ ...toRaw(s), 'venue.json': { ...s.venue, schemaVersion: 99 } })
    expect(result.ok).toBe(false)
    if (result.ok) return
    expect(result.issues.map((i) => `${i.file} ${i.path} ${i.rule}`)).toEqual([
      'venue.json $.schemaVersion schema-version',
      'exhibitors.json $.exhibitors[0].name.zh schema:too_small',
    ])
  })

  it('migrate() passes current files through unchanged', () => {
    const s = smallScene()
    const m = migrate('venue.json', s.venue)
    expect(m.issues).toEqual([])
    expect(m.fromVersion).toBe(CURRENT_SCHEMA_VERSION)
    expect(m.data).toEqual(s.venue)
  })
})

describe('kiosk PINs in old v2 files', () => {
  it('are dropped on load, never kept in the scene, with a note saying where they moved', () => {
    const raw = toRaw(smallScene())
    const venue = obj(raw['venue.json'])
    ;(venue.kiosks as Record<string, unknown>[])[0]!.operatorPin = '2023'
    const result = parseScene(raw)
    if (!result.ok) throw new Error(JSON.stringify(result.issues))
    expect(result.migratedFrom).toEqual({})
    expect(JSON.stringify(result.scene)).not.toContain('operatorPin')
    expect(result.dropped).toEqual([expect.objectContaining({ file: 'venue.json', path: '$.kiosks[0].operatorPin', rule: 'kiosk-pin-moved' })])
    expect(result.dropped[0]!.message).toMatch(/venue-twin\.config\.json kiosks\.[a-z0-9-]+\.pinHash/)
    expect(migrate('venue.json', venue).data).toHaveProperty('schemaVersion', CURRENT_SCHEMA_VERSION)
  })
})
