/**
 * The stacked view of a building's levels: a way of looking, like orbit or plan, so it shows in
 * the 3D orbit view only (turning it on leaves the plan or walk view). Not in the URL: a shared
 * link opens on its level, as the camera's angle is not shared either.
 */
import { useVenueStore, type VenueState } from './store.ts'

export const isStacked = (s: VenueState): boolean => s.stacked === true && s.view === 'orbit'

export function setStacked(on: boolean): void {
  const s = useVenueStore.getState()
  if (on && s.view !== 'orbit') s.setView('orbit')
  useVenueStore.setState({ stacked: on })
}
