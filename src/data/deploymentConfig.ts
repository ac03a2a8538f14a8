/**
 * The app's one reading of venue-twin.config.json, shared by the edges that need it (kiosk PIN,
 * live brokers, embedding). The scene worker reads and checks the file beside the scene, so the
 * main thread usually only adopts its result; it reads and checks the file itself only without
 * a worker, or when an edge asks before the scene is in (an embedding host's first message).
 */
import type { LoadedConfig } from '../domain/config/deploymentConfig.ts'

let once: Promise<LoadedConfig> | null = null

/** The scene worker's reading, when it sent one: taken unless an edge already asked for its own. */
export function adoptDeploymentConfig(loaded: LoadedConfig | undefined): void {
  if (loaded) once ??= Promise.resolve(loaded)
}

export function deploymentConfigOnce(): Promise<LoadedConfig> {
  once ??= import('./readDeploymentConfig.ts').then((m) => m.loadDeploymentConfig())
  return once
}
