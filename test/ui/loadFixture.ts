import { parseScene } from '../../src/domain/scene/parseScene.ts'
import { resetVenueStore, useVenueStore } from '../../src/state/store.ts'
import { smallScene, type SmallScene } from '../fixtures/smallScene.ts'

/** A fresh store holding the small fixture scene (or another `make` builds), as after a successful load. */
export function loadSmallScene(patch: Parameters<typeof resetVenueStore>[0] = {}, make: () => SmallScene = smallScene): void {
  const s = make()
  const result = parseScene({ 'venue.json': s.venue, 'exhibitors.json': s.exhibitors, 'sessions.json': s.sessions })
  if (!result.ok) throw new Error(`fixture invalid: ${JSON.stringify(result.issues)}`)
  resetVenueStore({ lang: 'en', ...patch })
  useVenueStore.getState().sceneLoaded(result.scene)
}
