import { describe, expect, it } from 'vitest'
import { execute, type Command } from '../../src/domain/editing/commands.ts'
import { emptyDoc, findItem, items, type EditorDoc } from '../../src/domain/editing/doc.ts'
import { executeIn, redoIn, startHistory, undoIn } from '../../src/domain/editing/history.ts'
import { applyPatch, invertPatch } from '../../src/domain/editing/patch.ts'
import { rectMeasure } from '../../src/domain/editing/shapes.ts'
import { loadDefaultScene } from '../e2e/sceneData.ts'

const zone = {
  id: 'hall-a',
  kind: 'pavilion' as const,
  name: { en: 'Hall A', zh: 'A 馆' },
  summary: { en: 'Hall A', zh: 'A 馆' },
  footprint: [
    [10, 10],
    [60, 10],
    [60, 40],
    [10, 40],
  ] as [number, number][],
  height: 4,
  color: '#336699',
}

function base(): EditorDoc {
  let doc = emptyDoc()
  doc = execute(doc, { type: 'add', coll: 'zones', item: zone }).doc
  doc = execute(doc, { type: 'generate-row', spec: { zoneId: 'hall-a', origin: [12, 12], count: 4, width: 3, depth: 3, labelPrefix: 'A' } }).doc
  doc = execute(doc, {
    type: 'add',
    coll: 'exhibitors',
    item: { id: 'acme', name: { en: 'Acme', zh: '阿克米' }, country: 'DE', sectors: [], boothIds: ['booth-a01'], summary: { en: 'x', zh: 'x' } },
  }).doc
  doc = execute(doc, { type: 'add', coll: 'kiosks', item: { id: 'kiosk-1', name: { en: 'K', zh: 'K' }, position: [30, 45], heading: 0 } }).doc
  return doc
}

/** Every command of the editor, each against the base document. */
const commands: Command[] = [
  { type: 'add', coll: 'pois', item: { id: 'info', kind: 'information', name: { en: 'Info', zh: '咨询台' }, position: [5, 5] } },
  { type: 'update', coll: 'zones', id: 'hall-a', changes: { color: '#aa0000', name: { en: 'Hall A1', zh: 'A1 馆' } } },
  { type: 'delete', ids: ['booth-a01', 'kiosk-1'] },
  { type: 'move', ids: ['booth-a02', 'kiosk-1'], dx: 1.5, dz: -2 },
  { type: 'rotate', ids: ['booth-a03'], degrees: 90 },
  { type: 'rotate', ids: ['booth-a03', 'booth-a04', 'kiosk-1'], degrees: 45 },
  { type: 'resize-booth', id: 'booth-a02', width: 6, depth: 4 },
  { type: 'set-footprint', target: 'hall', footprint: [[0, 0], [120, 0], [120, 70], [0, 70]] },
  { type: 'set-footprint', target: { coll: 'zones', id: 'hall-a' }, footprint: [[10, 10], [70, 10], [70, 40], [10, 40]] },
  { type: 'generate-row', spec: { zoneId: 'hall-a', origin: [12, 20], count: 5, width: 3, depth: 2, labelPrefix: 'A' } },
  { type: 'generate-island', spec: { zoneId: 'hall-a', origin: [30, 20], rows: 4, cols: 3, width: 3, depth: 3, aisle: 3, labelPrefix: 'B' } },
  { type: 'assign', exhibitorId: 'acme', boothId: 'booth-a02' },
  { type: 'assign', exhibitorId: 'acme', boothId: 'booth-a03', replace: true },
  { type: 'unassign', exhibitorId: 'acme', boothId: 'booth-a01' },
  { type: 'paste', items: [{ coll: 'booths', item: { id: 'booth-a01', zoneId: 'hall-a', label: 'A01', footprint: [[12, 12], [15, 12], [15, 15], [12, 15]] } }], dx: 0, dz: 5 },
  { type: 'align', ids: ['booth-a01', 'kiosk-1'], edge: 'left' },
  { type: 'distribute', ids: ['booth-a01', 'booth-a03', 'booth-a04'], axis: 'x' },
  { type: 'set-venue', changes: { name: { en: 'Expo', zh: '博览会' } } },
]

describe('editor commands', () => {
  it.each(commands.map((c) => [c.type, c] as const))('%s changes the document and its inverse restores it exactly', (_t, cmd) => {
    const doc = base()
    const r = execute(doc, cmd)
    expect(r.patch.length).toBeGreaterThan(0)
    expect(r.doc).not.toEqual(doc)
    expect(applyPatch(r.doc, invertPatch(r.patch))).toEqual(doc)
  })

  it('undo and redo walk the history; a new edit clears the redo steps', () => {
    let h = startHistory(base())
    const original = h.doc
    h = executeIn(h, { type: 'move', ids: ['booth-a01'], dx: 2, dz: 0 }).history
    const moved = h.doc
    h = executeIn(h, { type: 'delete', ids: ['booth-a02'] }).history
    h = undoIn(undoIn(h))
    expect(h.doc).toEqual(original)
    h = redoIn(h)
    expect(h.doc).toEqual(moved)
    h = executeIn(h, { type: 'set-venue', changes: { timezone: 'Europe/Berlin' } }).history
    expect(h.future).toHaveLength(0)
    expect(redoIn(h)).toBe(h)
  })

  it('generates labelled booths that continue a series and keep ids unique', () => {
    const r = execute(base(), { type: 'generate-row', spec: { zoneId: 'hall-a', origin: [12, 20], count: 3, width: 3, depth: 2, labelPrefix: 'a' } })
    const added = items(r.doc, 'booths').slice(-3)
    expect(added.map((b) => b.label)).toEqual(['A05', 'A06', 'A07'])
    expect(new Set(items(r.doc, 'booths').map((b) => b.id)).size).toBe(items(r.doc, 'booths').length)
    expect(r.created).toEqual(added.map((b) => b.id))
    expect(added.map((b) => rectMeasure(b.footprint)?.center[0])).toEqual([13.5, 16.5, 19.5])
  })

  it('an island block pairs rows back to back with an aisle between pairs', () => {
    const r = execute(base(), { type: 'generate-island', spec: { zoneId: 'hall-a', origin: [30, 12], rows: 4, cols: 2, width: 3, depth: 2, aisle: 4, labelPrefix: 'C' } })
    const zs = [...new Set(items(r.doc, 'booths').filter((b) => b.label.startsWith('C')).map((b) => rectMeasure(b.footprint)!.center[1]))]
    expect(zs).toEqual([13, 15, 21, 23])
  })

  it('deleting a booth takes it off its exhibitor', () => {
    const r = execute(base(), { type: 'delete', ids: ['booth-a01'] })
    expect(findItem(r.doc, 'exhibitors', 'acme')?.boothIds).toEqual([])
  })

  it('refuses what cannot be done, with a message', () => {
    expect(() => execute(base(), { type: 'add', coll: 'booths', item: { id: 'booth-a01', zoneId: 'hall-a', label: 'X', footprint: [[0, 0], [1, 0], [1, 1]] } })).toThrow(/already used/)
    expect(() => execute(base(), { type: 'assign', exhibitorId: 'nobody', boothId: 'booth-a01' })).toThrow(/no exhibitor "nobody"/)
    expect(() => execute(base(), { type: 'generate-row', spec: { zoneId: 'nope', origin: [0, 0], count: 2, width: 3, depth: 3, labelPrefix: 'A' } })).toThrow(/no zone/)
    expect(() => execute(base(), { type: 'generate-row', spec: { zoneId: 'hall-a', origin: [0, 0], count: 0, width: 3, depth: 3, labelPrefix: 'A' } })).toThrow(/whole number/)
  })

  it('edits the default scene and undoes back to the same data', () => {
    const doc = loadDefaultScene().scene
    let h = startHistory(doc)
    const boothId = doc.venue.booths[5]!.id
    h = executeIn(h, { type: 'move', ids: [boothId], dx: 0.5, dz: 0 }).history
    h = executeIn(h, { type: 'rotate', ids: [boothId], degrees: 90 }).history
    h = undoIn(undoIn(h))
    expect(h.doc).toEqual(doc)
  })
})
