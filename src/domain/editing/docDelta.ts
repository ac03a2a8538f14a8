/**
 * What changed between two versions of an immutable value, by identity: the editor's documents
 * share every part an edit did not touch, so moving one booth of 10,000 changes one booth, the
 * booth list and the venue. Sent to the validation worker instead of the whole document, whose
 * copy took ~160 ms on the main thread at 10,000 booths (docs/architecture.md).
 */
export type Delta =
  /** Unchanged. */
  | { same: true }
  /** Replaced whole. */
  | { value: unknown }
  /** The same keys or more or fewer, some changed. */
  | { keys: Record<string, Delta>; drop: string[] }
  /** An array with a few elements replaced, or added or removed at its end. */
  | { at: [number, unknown][]; length: number }

/** Beyond this share of changed elements an array is sent whole. */
const MOST = 0.25

const isObject = (v: unknown): v is Record<string, unknown> => typeof v === 'object' && v !== null && !Array.isArray(v)

/** The delta that turns `prev` into `next`; deep only where both are plain objects or arrays. */
export function delta(prev: unknown, next: unknown): Delta {
  if (Object.is(prev, next)) return { same: true }
  if (Array.isArray(prev) && Array.isArray(next)) {
    const at: [number, unknown][] = []
    for (let i = 0; i < next.length; i++) {
      if (i < prev.length && prev[i] === next[i]) continue
      at.push([i, next[i]])
      if (at.length > next.length * MOST) return { value: next }
    }
    return { at, length: next.length }
  }
  if (isObject(prev) && isObject(next)) {
    const keys: Record<string, Delta> = {}
    for (const k of Object.keys(next)) {
      const p = k in prev ? delta(prev[k], next[k]) : { value: next[k] }
      if (!('same' in p)) keys[k] = p
    }
    return { keys, drop: Object.keys(prev).filter((k) => !(k in next)) }
  }
  return { value: next }
}

/** `prev` with the delta applied; parts the delta leaves alone stay the same objects. */
export function applyDelta(prev: unknown, d: Delta): unknown {
  if ('same' in d) return prev
  if ('value' in d) return d.value
  if ('at' in d) {
    const out = (prev as unknown[]).slice(0, d.length)
    for (const [i, v] of d.at) out[i] = v
    return out
  }
  const out: Record<string, unknown> = { ...(prev as Record<string, unknown>) }
  for (const k of d.drop) delete out[k]
  for (const [k, p] of Object.entries(d.keys)) out[k] = applyDelta(out[k], p)
  return out
}
