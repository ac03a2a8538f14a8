/**
 * The built twin's venue-twin.config.json, changed for one test: merge a patch in, get the
 * restore back. The app reads the file afresh at every start.
 */
import { readFileSync, writeFileSync } from 'node:fs'
import path from 'node:path'
import { inject } from 'vitest'
import { CONFIG_FILE } from '../../src/domain/config/deploymentConfig.ts'

export function patchDeployConfig(patch: Record<string, unknown>): () => void {
  const file = path.join(inject('distDir'), CONFIG_FILE)
  const before = readFileSync(file, 'utf8')
  writeFileSync(file, JSON.stringify({ ...(JSON.parse(before) as object), ...patch }, null, 2))
  return () => writeFileSync(file, before)
}

/** Make a test's broker the site's own live source (links may only name trusted brokers). */
export function trustBroker(wsUrl: string): () => void {
  return patchDeployConfig({ live: { default: wsUrl, allowedBrokers: [wsUrl] } })
}
