/**
 * Builds the app once and serves the production build with Vite's preview server on a free
 * loopback port for the whole e2e run, the way users get it. Uses Vite's JavaScript API so
 * it never collides with a dev/preview server a developer left running.
 */
import { rm } from 'node:fs/promises'
import type { AddressInfo } from 'node:net'
import path from 'node:path'
import type { TestProject } from 'vitest/node'
import { build, preview } from 'vite'

declare module 'vitest' {
  export interface ProvidedContext {
    baseUrl: string
    distDir: string
  }
}

const root = path.resolve(import.meta.dirname, '../..')

export default async function setup(project: TestProject): Promise<() => Promise<void>> {
  const reuse = process.env.E2E_DIST
  const outDir = reuse ? path.resolve(reuse) : path.join(root, '.e2e-dist', String(process.pid))
  if (!reuse) {
    // Vitest sets NODE_ENV=test, from which Vite would bundle React's development build (and
    // the bundle budgets would measure it): build the production app users get.
    const nodeEnv = process.env.NODE_ENV
    process.env.NODE_ENV = 'production'
    try {
      await build({ root, logLevel: 'warn', build: { outDir, emptyOutDir: true } })
    } finally {
      process.env.NODE_ENV = nodeEnv
    }
  }
  const server = await preview({
    root,
    logLevel: 'warn',
    build: { outDir },
    preview: { host: '127.0.0.1', port: 0, strictPort: false, open: false },
  })
  const port = (server.httpServer.address() as AddressInfo).port
  project.provide('baseUrl', `http://127.0.0.1:${port}`)
  project.provide('distDir', outDir)
  return async () => {
    await server.close()
    if (!reuse) await rm(outDir, { recursive: true, force: true })
  }
}
