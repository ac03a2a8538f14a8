/**
 * Production builds and preview servers for the benchmark, through Vite's JavaScript API (no
 * CLI, so it never collides with a dev or preview server someone left running): the app as
 * configured by vite.config.ts, and the baseline starter with a bare React config.
 */
import type { AddressInfo } from 'node:net'
import path from 'node:path'
import react from '@vitejs/plugin-react'
import { build, preview, type PreviewServer } from 'vite'

export const ROOT = path.resolve(import.meta.dirname, '../..')
export const BASELINE_ROOT = path.join(ROOT, 'scripts/bench/baseline')

export interface Served {
  url: string
  close(): Promise<void>
}

export async function buildApp(outDir: string): Promise<void> {
  await build({ root: ROOT, logLevel: 'warn', build: { outDir, emptyOutDir: true } })
}

export async function buildBaseline(outDir: string): Promise<void> {
  await build({ root: BASELINE_ROOT, configFile: false, logLevel: 'warn', plugins: [react()], build: { outDir, emptyOutDir: true, target: 'es2022' } })
}

async function serve(server: PreviewServer): Promise<Served> {
  const port = (server.httpServer.address() as AddressInfo).port
  return { url: `http://127.0.0.1:${port}`, close: () => server.close() }
}

const PREVIEW = { host: '127.0.0.1', port: 0, strictPort: false, open: false }

export async function serveApp(outDir: string): Promise<Served> {
  return serve(await preview({ root: ROOT, logLevel: 'warn', build: { outDir }, preview: PREVIEW }))
}

export async function serveBaseline(outDir: string): Promise<Served> {
  return serve(await preview({ root: BASELINE_ROOT, configFile: false, logLevel: 'warn', build: { outDir }, preview: PREVIEW }))
}
