/**
 * The recorder's HTTP API (node:http, JSON):
 *   GET  /api/history?scene=&zone=<id[,id…]>|session=<id[,id…]>|sensor=<id[,id…]>&from=&to=&step=
 *        (no ids, or `session=` / `sensor=` empty: every zone / session / point sensor of the
 *        scene; zone series carry their alert thresholds)
 *   GET  /api/alerts?scene=&from=&to=
 *   POST /api/alerts/<id>/acknowledge  { "by": "<operator>" }
 *   POST /api/alerts/<id>/resolve      { "by": "<operator>" }
 *   GET  /api/health
 * Times are ISO 8601 or epoch ms; `step` is seconds (default 60). Cross-origin requests are
 * answered only for the configured origins. A bad parameter gets a 400 naming it and the rule.
 */
import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http'
import type { Alert } from '../domain/ops/alerts.ts'
import { thresholdsFor, type ThresholdConfig, type Thresholds } from '../domain/ops/thresholds.ts'
import type { SeriesKind, Store } from './store/store.ts'

export const MAX_POINTS = 20_000
const MAX_BODY = 4096

export interface ApiDeps {
  store: Store
  thresholds: ThresholdConfig
  origins: readonly string[]
  health: () => Promise<object>
  /** Acknowledge or resolve; returns the updated alert, or an error in words. */
  act: (id: string, action: 'acknowledge' | 'resolve', by: string) => Promise<Alert | { error: string; status: number }>
}

class BadRequest extends Error {}

export function createApiServer(deps: ApiDeps): Server {
  return createServer((req, res) => {
    handle(deps, req, res).catch((e: unknown) => {
      const bad = e instanceof BadRequest
      send(res, bad ? 400 : 500, { error: bad ? e.message : 'internal error' })
      if (!bad) console.error('recorder: request failed:', e)
    })
  })
}

async function handle(deps: ApiDeps, req: IncomingMessage, res: ServerResponse): Promise<void> {
  const origin = req.headers.origin
  if (origin && deps.origins.includes(origin)) {
    res.setHeader('Access-Control-Allow-Origin', origin)
    res.setHeader('Vary', 'Origin')
  }
  if (req.method === 'OPTIONS') {
    if (origin && deps.origins.includes(origin)) {
      res.setHeader('Access-Control-Allow-Methods', 'GET, POST')
      res.setHeader('Access-Control-Allow-Headers', 'Content-Type')
      res.setHeader('Access-Control-Max-Age', '600')
    }
    res.writeHead(204).end()
    return
  }
  const url = new URL(req.url ?? '/', 'http://recorder')
  const q = url.searchParams
  if (req.method === 'GET' && url.pathname === '/api/health') return send(res, 200, await deps.health())
  if (req.method === 'GET' && url.pathname === '/api/history') {
    const scene = need(q, 'scene')
    const zone = q.get('zone')
    const session = q.get('session')
    const sensor = q.get('sensor')
    if ([zone, session, sensor].filter((v) => v !== null).length > 1) throw new BadRequest('give one of zone=, session= or sensor=')
    const kind: SeriesKind = session !== null ? 'session' : sensor !== null ? 'sensor' : 'zone'
    const ids = (session ?? sensor ?? zone ?? '').split(',').filter(Boolean)
    const from = time(q, 'from')
    const to = time(q, 'to')
    if (to <= from) throw new BadRequest('to= must be after from=')
    const stepS = q.has('step') ? Number(q.get('step')) : 60
    if (!Number.isFinite(stepS) || stepS < 1) throw new BadRequest('step= is seconds, at least 1')
    const step = Math.round(stepS * 1000)
    if ((to - from) / step > MAX_POINTS) throw new BadRequest(`from..to at step=${stepS} gives more than ${MAX_POINTS} points per series; use a larger step`)
    const series = await deps.store.history({ scene, kind, ids, from, to, step })
    // Zone series come with their alert lines, so a chart draws the lines the recorder uses.
    const thresholds: Record<string, Thresholds> = {}
    if (kind === 'zone') for (const id of Object.keys(series)) thresholds[id] = thresholdsFor(deps.thresholds, id)
    return send(res, 200, { scene, kind, from, to, step, series, thresholds })
  }
  if (req.method === 'GET' && url.pathname === '/api/alerts') {
    const scene = need(q, 'scene')
    const from = q.has('from') ? time(q, 'from') : 0
    const to = q.has('to') ? time(q, 'to') : Number.MAX_SAFE_INTEGER
    return send(res, 200, { scene, alerts: await deps.store.alerts({ scene, from, to }) })
  }
  const m = /^\/api\/alerts\/([^/]+)\/(acknowledge|resolve)$/.exec(url.pathname)
  if (req.method === 'POST' && m) {
    const body = await readJson(req)
    const by = typeof body.by === 'string' ? body.by.trim() : ''
    if (!by || by.length > 80) throw new BadRequest('"by" must name the operator (1–80 characters)')
    const r = await deps.act(decodeURIComponent(m[1]!), m[2] as 'acknowledge' | 'resolve', by)
    if ('error' in r) return send(res, r.status, { error: r.error })
    return send(res, 200, { alert: r })
  }
  send(res, 404, { error: `no such endpoint: ${req.method} ${url.pathname}` })
}

function need(q: URLSearchParams, name: string): string {
  const v = q.get(name)
  if (!v) throw new BadRequest(`${name}= is required`)
  return v
}

function time(q: URLSearchParams, name: string): number {
  const v = need(q, name)
  const t = /^\d+$/.test(v) ? Number(v) : Date.parse(v)
  if (!Number.isFinite(t)) throw new BadRequest(`${name}= must be ISO 8601 or epoch milliseconds, got ${JSON.stringify(v.slice(0, 40))}`)
  return t
}

async function readJson(req: IncomingMessage): Promise<Record<string, unknown>> {
  let text = ''
  for await (const chunk of req) {
    text += String(chunk)
    if (text.length > MAX_BODY) throw new BadRequest('request body too large')
  }
  try {
    const v = JSON.parse(text || '{}') as unknown
    if (typeof v === 'object' && v !== null && !Array.isArray(v)) return v as Record<string, unknown>
  } catch {
    // Falls through to the error below.
  }
  throw new BadRequest('body must be a JSON object, e.g. {"by": "Li Wei"}')
}

function send(res: ServerResponse, status: number, body: object): void {
  res.writeHead(status, { 'Content-Type': 'application/json; charset=utf-8', 'Cache-Control': 'no-store' })
  res.end(JSON.stringify(body))
}
