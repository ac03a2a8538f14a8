import { describe, expect, it } from 'vitest'
import { applyDelta, delta } from '../../src/domain/editing/docDelta.ts'

const booths = Array.from({ length: 100 }, (_, i) => ({ id: `b${i}`, footprint: [[i, 0], [i + 1, 0], [i + 1, 1]] }))
const doc = { venue: { id: 'v', booths, zones: [{ id: 'z' }] }, exhibitors: { exhibitors: [{ id: 'e' }] } }

describe('document deltas for the validation worker', () => {
  it('carries only the moved booth when one booth of many moves', () => {
    const moved = { ...booths[42]!, footprint: [[0, 5], [1, 5], [1, 6]] }
    const next = { ...doc, venue: { ...doc.venue, booths: booths.map((b, i) => (i === 42 ? moved : b)) } }
    const d = delta(doc, next)
    expect(d).toEqual({ keys: { venue: { keys: { booths: { at: [[42, moved]], length: 100 } }, drop: [] } }, drop: [] })
    const applied = applyDelta(doc, d) as typeof doc
    expect(applied).toEqual(next)
    // What the delta leaves alone stays the worker's own objects.
    expect(applied.exhibitors).toBe(doc.exhibitors)
    expect(applied.venue.zones).toBe(doc.venue.zones)
  })

  it('adds and removes at the end of a list, and sends a list whole when most of it changed', () => {
    const added = { ...doc, venue: { ...doc.venue, booths: [...booths, { id: 'new', footprint: [] }] } }
    const p1 = delta(doc, added)
    expect(applyDelta(doc, p1)).toEqual(added)
    expect(JSON.stringify(p1).length).toBeLessThan(200)
    const removed = { ...doc, venue: { ...doc.venue, booths: booths.slice(0, 99) } }
    expect(applyDelta(doc, delta(doc, removed))).toEqual(removed)
    // Deleting the first booth shifts every other: the list goes whole.
    const shifted = { ...doc, venue: { ...doc.venue, booths: booths.slice(1) } }
    const p3 = delta(doc, shifted)
    expect(p3).toEqual({ keys: { venue: { keys: { booths: { value: shifted.venue.booths } }, drop: [] } }, drop: [] })
    expect(applyDelta(doc, p3)).toEqual(shifted)
  })

  it('adds and drops keys, and replaces values of another type', () => {
    const prev = { a: 1, b: { c: 2 }, gone: true, list: [1, 2] }
    const next = { a: 1, b: 'text', fresh: { x: 1 }, list: null }
    expect(applyDelta(prev, delta(prev, next))).toEqual(next)
    expect(delta(prev, prev)).toEqual({ same: true })
  })
})
