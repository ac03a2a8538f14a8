/**
 * The deployment's settings (venue-twin.config.json) into the store, for the edges that start
 * later: kiosk PIN, live brokers, embedding, and the checks for new revisions of the scene.
 * The scene worker read and checked the file beside the scene; its reading is taken at once,
 * before any of those edges asks, and shown after the first view (a broken file's notice).
 */
import { adoptDeploymentConfig, deploymentConfigOnce } from '../data/deploymentConfig.ts'
import type { LoadedConfig } from '../domain/config/deploymentConfig.ts'
import { afterFirstView } from '../state/afterFirstView.ts'
import type { VenueStore } from '../state/store.ts'
import { warn } from '../state/warn.ts'
import type { Stop } from './types.ts'

export async function startDeploymentSettings(store: VenueStore, fromWorker: LoadedConfig | undefined): Promise<Stop> {
  adoptDeploymentConfig(fromWorker)
  await afterFirstView(store)
  const loaded = await deploymentConfigOnce()
  loaded.warnings.forEach(warn)
  for (const e of loaded.errors) console.error(`[venue-twin] ${e}`)
  store.getState().setDeployConfig(loaded.config, loaded.errors)
  return (await import('./sceneRevisions.ts')).startSceneRevisions(store)
}
