/**
 * The floors recently in view, kept built: switching back to one shows its meshes, buffers and
 * textures as they are instead of building and uploading them again (at 70,000 booths the shared
 * ground floor is ~23,000 booths with its carpet texture and banners: hundreds of milliseconds
 * with software WebGL). A kept floor out of view is out of the scene graph — not drawn, not
 * picked, not found by name. The least recently shown floor beyond the limit is unmounted, which
 * frees its GPU objects; a new site (a new revision of the scene) frees the floors out of view,
 * and the one on screen takes the new revision in place (same key), as it did before.
 */
import { useThree } from '@react-three/fiber'
import { createContext, useContext, useEffect, useLayoutEffect, useState, type ReactNode } from 'react'
import { Group } from 'three'
import type { SceneIndex } from '../domain/scene/sceneIndex.ts'
import { whenIdle } from '../data/timeSlice.ts'

declare global {
  interface Window {
    /** Test hook: the floor on screen, the floors kept built (keys) and how many floors were built so far. */
    __venueTwinKeptFloors?: () => { shown: string; kept: string[]; built: number }
  }
}

/** Floors kept built, the one shown included: a building's levels and the ground floor they share. */
export const KEPT_FLOORS = 4

const Shown = createContext(true)

/** Whether the floor a component draws is the one on screen (window test hooks follow that floor only). */
export const useFloorShown = (): boolean => useContext(Shown)

export interface Floor {
  key: string
  index: SceneIndex
}

interface Kept {
  site: SceneIndex
  shown: string
  /** In the order first kept (a stable order for React), each with when it was last shown. */
  floors: (Floor & { lastShown: number })[]
}

/** A floor to build ahead: its key, and its index (built when it is needed). */
export interface NextFloor {
  key: string
  index: () => SceneIndex
}

interface Props {
  site: SceneIndex
  shown: Floor
  /** Draws one floor; called for every kept floor, `shown` true for the one on screen. */
  render: (floor: Floor, shown: boolean) => ReactNode
  /** The floors likely shown next, nearest first: built out of view in idle time, one at a time. */
  next?: readonly NextFloor[]
}

const NONE: readonly NextFloor[] = []

export function KeptFloors({ site, shown, render, next = NONE }: Props) {
  // The kept set is derived from the previous render's (React's "adjust state while rendering").
  const [kept, setKept] = useState<Kept>(() => keep(null, site, shown))
  const now = keep(kept, site, shown)
  if (now !== kept) setKept(now)

  useEffect(() => {
    const ahead = next.slice(0, KEPT_FLOORS - 1).find((n) => !now.floors.some((f) => f.key === n.key))
    if (!ahead) return
    return whenIdle(() => setKept((k) => (k.site === site ? withAhead(k, { key: ahead.key, index: ahead.index() }) : k)), { timeoutMs: 1000, fallbackMs: 300 })
  }, [now, next, site])

  useEffect(() => {
    window.__venueTwinKeptFloors = () => ({ shown: now.shown, kept: now.floors.map((f) => f.key), built: floorsBuilt })
    return () => {
      delete window.__venueTwinKeptFloors
    }
  }, [now])

  return now.floors.map((f) => (
    <KeptFloor key={f.key} shown={f.key === shown.key}>
      {render(f, f.key === shown.key)}
    </KeptFloor>
  ))
}

/** The kept set with `shown` on screen (the same object when nothing changed). */
function keep(kept: Kept | null, site: SceneIndex, shown: Floor): Kept {
  if (kept && kept.site === site && kept.shown === shown.key) return kept
  const floors = kept?.site === site ? [...kept.floors] : []
  const clock = Math.max(0, ...floors.map((f) => f.lastShown)) + 1
  const at = floors.findIndex((f) => f.key === shown.key)
  if (at < 0) floors.push({ ...shown, lastShown: clock })
  else floors[at] = { ...floors[at]!, lastShown: clock }
  return { site, shown: shown.key, floors: withinLimit(floors, shown.key) }
}

/** `floor` built ahead, ranked with the floor on screen: older floors make way for it. */
function withAhead(kept: Kept, floor: Floor): Kept {
  if (kept.floors.some((f) => f.key === floor.key)) return kept
  const clock = Math.max(0, ...kept.floors.map((f) => f.lastShown))
  return { ...kept, floors: withinLimit([...kept.floors, { ...floor, lastShown: clock }], kept.shown) }
}

/** Drops the least recently shown floors (never the one on screen) beyond the limit. */
function withinLimit(floors: Kept['floors'], shown: string): Kept['floors'] {
  const out = [...floors]
  while (out.length > KEPT_FLOORS) {
    const oldest = out.filter((f) => f.key !== shown).reduce((a, b) => (b.lastShown < a.lastShown ? b : a))
    out.splice(out.indexOf(oldest), 1)
  }
  return out
}

// R3F attaches a child that has an `attach` function by calling it instead of adding it to its
// parent: the floor's group joins the scene only while shown (below).
const detached = (): (() => void) => () => undefined

/** Floors built since the page opened (a test reads that a floor shown again is not built again). */
let floorsBuilt = 0

function KeptFloor({ shown, children }: { shown: boolean; children: ReactNode }) {
  const [group] = useState(() => new Group())
  useEffect(() => {
    floorsBuilt++
  }, [])
  const scene = useThree((s) => s.scene)
  const invalidate = useThree((s) => s.invalidate)
  useLayoutEffect(() => {
    if (!shown) return
    scene.add(group)
    invalidate()
    return () => {
      scene.remove(group)
      invalidate()
    }
  }, [shown, scene, group, invalidate])
  return (
    <primitive object={group} attach={detached}>
      <Shown.Provider value={shown}>{children}</Shown.Provider>
    </primitive>
  )
}
