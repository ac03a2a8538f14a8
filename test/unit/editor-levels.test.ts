/**
 * Levels and connectors in the editor: each command changes the document and its inverse puts
 * it back exactly; a level is deleted only when empty; the plan of one level holds only its things.
 */
import { describe, expect, it } from 'vitest'
import { execute, type Command } from '../../src/domain/editing/commands.ts'
import { emptyDoc, items, type EditorDoc } from '../../src/domain/editing/doc.ts'
import { executeIn, startHistory, undoIn } from '../../src/domain/editing/history.ts'
import { levelOfItem, onLevel, shownLevel, stopsOn } from '../../src/domain/editing/levelView.ts'
import { applyPatch, invertPatch } from '../../src/domain/editing/patch.ts'
import { levelCheck } from '../../src/domain/scene/levelCheck.ts'
import type { Venue } from '../../src/domain/scene/schema.ts'

const upstairs = { name: { en: 'Level 2', zh: '2 层' }, shortName: { en: 'L2', zh: '2F' }, ordinal: 1, elevation: 6, height: 5 }

function twoLevels(): EditorDoc {
  let doc = emptyDoc()
  doc = execute(doc, { type: 'add-level', level: { id: 'level-2', ...upstairs } }).doc
  doc = execute(doc, {
    type: 'add',
    coll: 'zones',
    item: { id: 'forum', levelId: 'level-2', kind: 'stage', name: { en: 'Forum', zh: '论坛' }, summary: { en: 'Forum', zh: '论坛' }, footprint: [[10, 10], [30, 10], [30, 30], [10, 30]], height: 4, color: '#336699' },
  }).doc
  return execute(doc, {
    type: 'add',
    coll: 'kiosks',
    item: { id: 'kiosk-1', levelId: 'level-1', name: { en: 'K', zh: 'K' }, position: [5, 5], heading: 0 },
  }).doc
}

const commands: Command[] = [
  { type: 'add-level', level: { name: { en: 'Level 3', zh: '3 层' }, shortName: { en: 'L3', zh: '3F' }, ordinal: 2, elevation: 12, height: 5 } },
  { type: 'update-level', id: 'level-2', changes: { name: { en: 'Mezzanine', zh: '夹层' }, shortName: { en: 'M', zh: 'M' } } },
  {
    type: 'add-connector',
    connector: { kind: 'escalator', direction: 'up', name: { en: 'Escalator', zh: '自动扶梯' }, stops: [{ levelId: 'level-1', position: [40, 20] }, { levelId: 'level-2', position: [40, 20] }], seconds: 30 },
  },
  {
    type: 'add-connector',
    connector: { kind: 'lift', name: { en: 'Lift', zh: '电梯' }, stops: [{ levelId: 'level-1', position: [50, 20] }, { levelId: 'level-2', position: [50, 20] }], seconds: 10, waitSeconds: 30 },
  },
]

describe('level commands', () => {
  it.each(commands.map((c) => [c.type, c] as const))('%s changes the document and its inverse restores it exactly', (_t, cmd) => {
    const doc = twoLevels()
    const r = execute(doc, cmd)
    expect(r.patch.length).toBeGreaterThan(0)
    expect(r.doc).not.toEqual(doc)
    expect(applyPatch(r.doc, invertPatch(r.patch))).toEqual(doc)
  })

  it('adds a level to the scene’s building with a fresh id, and undo takes it away', () => {
    let h = startHistory(emptyDoc())
    const before = h.doc
    const { history, created } = executeIn(h, { type: 'add-level', level: upstairs })
    h = history
    expect(created).toEqual(['level-2'])
    expect(h.doc.venue.levels.map((l) => [l.id, l.buildingId, l.ordinal])).toEqual([['level-1', 'main-hall', 0], ['level-2', 'main-hall', 1]])
    expect(undoIn(h).doc).toEqual(before)
  })

  it('deletes an empty level only, naming what stands on a full one', () => {
    const doc = twoLevels()
    expect(() => execute(doc, { type: 'delete-level', id: 'level-2' })).toThrow(/level "level-2" is not empty \(zones: 1\)/)
    const emptied = execute(doc, { type: 'delete', ids: ['forum'] }).doc
    const r = execute(emptied, { type: 'delete-level', id: 'level-2' })
    expect(r.doc.venue.levels.map((l) => l.id)).toEqual(['level-1'])
    expect(applyPatch(r.doc, invertPatch(r.patch))).toEqual(emptied)
    expect(() => execute(r.doc, { type: 'delete-level', id: 'level-1' })).toThrow(/at least one level/)
  })

  it('a level with a connector stop is not empty; deleting the connector (with undo) frees it', () => {
    let doc = execute(twoLevels(), { type: 'delete', ids: ['forum'] }).doc
    const add = execute(doc, commands[3]!)
    doc = add.doc
    expect(() => execute(doc, { type: 'delete-level', id: 'level-2' })).toThrow(/connectors: 1/)
    const del = execute(doc, { type: 'delete', ids: add.created })
    expect(del.doc.venue.connectors).toEqual([])
    expect(applyPatch(del.doc, invertPatch(del.patch))).toEqual(doc)
  })

  it('moves a connector whole, every stop by the same offset, and back with its inverse', () => {
    const add = execute(twoLevels(), commands[3]!)
    const r = execute(add.doc, { type: 'move', ids: [...add.created, 'kiosk-1'], dx: 2, dz: -1 })
    expect(r.doc.venue.connectors[0]!.stops.map((s) => s.position)).toEqual([[52, 19], [52, 19]])
    expect(items(r.doc, 'kiosks')[0]!.position).toEqual([7, 4])
    expect(applyPatch(r.doc, invertPatch(r.patch))).toEqual(add.doc)
  })

  it('refuses levels and connectors that cannot be', () => {
    const doc = twoLevels()
    expect(() => execute(doc, { type: 'add-level', level: { ...upstairs, ordinal: 0 } })).toThrow(/already has ordinal 0/)
    expect(() => execute(doc, { type: 'add-level', level: { ...upstairs, ordinal: 3, buildingId: 'annex' } })).toThrow(/no building "annex"/)
    expect(() => execute(doc, { type: 'update-level', id: 'level-2', changes: { ordinal: 0 } })).toThrow(/already has ordinal 0/)
    const stops = [{ levelId: 'level-1', position: [1, 1] as [number, number] }, { levelId: 'level-2', position: [1, 1] as [number, number] }]
    expect(() => execute(doc, { type: 'add-connector', connector: { kind: 'escalator', name: upstairs.name, stops, seconds: 20 } })).toThrow(/runs "up" or "down"/)
    expect(() => execute(doc, { type: 'add-connector', connector: { kind: 'stairs', direction: 'up', name: upstairs.name, stops, seconds: 20 } })).toThrow(/only escalators/)
    expect(() => execute(doc, { type: 'add-connector', connector: { kind: 'lift', name: upstairs.name, stops: [stops[0]!, { levelId: 'level-9', position: [1, 1] }], seconds: 20 } })).toThrow(/no level "level-9"/)
  })

  it('the validator’s reachability rules are met once an escalator each way and a lift join the levels', () => {
    let doc = twoLevels()
    const reach = (d: EditorDoc) => levelCheck(d.venue as Venue).map((i) => i.rule)
    expect(reach(doc)).toEqual(['levels-reachable', 'levels-reachable-step-free'])
    doc = execute(doc, commands[2]!).doc
    expect(reach(doc)).toEqual(['levels-reachable', 'levels-reachable-step-free'])
    doc = execute(doc, commands[3]!).doc
    expect(reach(doc)).toEqual([])
  })
})

describe('one level’s plan', () => {
  it('holds only that level’s things; connectors show their stop on each level they join', () => {
    const doc = execute(twoLevels(), commands[2]!).doc
    expect(items(onLevel(doc, 'level-2'), 'zones').map((z) => z.id)).toEqual(['forum'])
    expect(items(onLevel(doc, 'level-2'), 'kiosks')).toEqual([])
    expect(items(onLevel(doc, 'level-1'), 'kiosks').map((k) => k.id)).toEqual(['kiosk-1'])
    expect(stopsOn(doc, 'level-2').map((s) => s.connector.kind)).toEqual(['escalator'])
    expect(levelOfItem(doc, 'forum')).toBe('level-2')
    expect(shownLevel(doc, 'gone')?.id).toBe('level-1')
  })
})
