/**
 * The scene worker's messages. A validated 70,000-booth scene is ~30 MB of objects; posted in
 * one message, the main thread would spend over a second deserialising it in a single task.
 * So the big lists travel in slices: each slice is its own message, deserialised in its own
 * short task, and the page stays responsive while the scene arrives.
 */
import type { Booth, Exhibitor, Scene, Session } from '../domain/scene/schema.ts'
import type { LoadProgress } from './fetchSceneFiles.ts'
import type { SceneLoadFailure } from './sceneLoadError.ts'
import type { ValidatedScene } from './validateScene.ts'

export interface SceneWorkerRequest {
  /** null: the settings file's default scene. */
  sceneId: string | null
  /** Absolute URL the app is served from. */
  baseUrl: string
}

/** A request carried in the worker's name, after a '#' (src/data/loadScene.ts; index.html's start-up script writes the same). */
export function requestFragment(request: SceneWorkerRequest): string {
  return `#${encodeURIComponent(JSON.stringify(request))}`
}

/** The request in the '#…' part of a worker's name, or null when there is none (or it is not one). */
export function requestInWorkerName(name: string): SceneWorkerRequest | null {
  const hash = name.slice(Math.max(0, name.indexOf('#')))
  if (!hash.startsWith('#') || hash.length < 2) return null
  try {
    const value: unknown = JSON.parse(decodeURIComponent(hash.slice(1)))
    if (typeof value !== 'object' || value === null) return null
    const { sceneId, baseUrl } = value as Record<string, unknown>
    return (typeof sceneId === 'string' || sceneId === null) && typeof baseUrl === 'string' ? { sceneId, baseUrl } : null
  } catch {
    return null
  }
}

type ListName = 'booths' | 'exhibitors' | 'sessions'

export type SceneWorkerMessage =
  | { type: 'progress'; progress: LoadProgress }
  /** Not fatal: the offline copy could not be kept (a full disk). */
  | { type: 'warning'; message: string }
  /** The scene with its big lists empty; they follow as parts. */
  | { type: 'head'; scene: Scene; info: Omit<ValidatedScene, 'scene'> }
  | { type: 'part'; list: ListName; items: unknown[] }
  | { type: 'done' }
  | { type: 'failed'; failure: SceneLoadFailure }
  | { type: 'crashed'; message: string }

/** Items per part: a few hundred kB of objects, some tens of milliseconds to deserialise on a slow machine. */
export const PART_SIZE = 1500

export function* sceneMessages(loaded: ValidatedScene, partSize = PART_SIZE): Generator<SceneWorkerMessage> {
  const { scene, ...info } = loaded
  const head: Scene = { ...scene, venue: { ...scene.venue, booths: [] }, exhibitors: [], sessions: [] }
  yield { type: 'head', scene: head, info }
  const lists: [ListName, readonly unknown[]][] = [
    ['booths', scene.venue.booths],
    ['exhibitors', scene.exhibitors],
    ['sessions', scene.sessions],
  ]
  for (const [list, items] of lists) for (let i = 0; i < items.length; i += partSize) yield { type: 'part', list, items: items.slice(i, i + partSize) }
  yield { type: 'done' }
}

/** Puts the scene back together from the worker's messages, in the order they were sent. */
export function createSceneAssembler(): {
  accept(msg: Extract<SceneWorkerMessage, { type: 'head' | 'part' }>): void
  result(): ValidatedScene
} {
  let loaded: ValidatedScene | null = null
  return {
    accept(msg) {
      if (msg.type === 'head') {
        loaded = { scene: msg.scene, ...msg.info }
        return
      }
      if (!loaded) throw new Error('scene part before its head')
      const { scene } = loaded
      const target: unknown[] = msg.list === 'booths' ? (scene.venue.booths as Booth[]) : msg.list === 'exhibitors' ? (scene.exhibitors as Exhibitor[]) : (scene.sessions as Session[])
      for (const item of msg.items) target.push(item)
    },
    result() {
      if (!loaded) throw new Error('the scene never arrived')
      return loaded
    },
  }
}
